#!/usr/bin/env node
/*
 * Generates the typed code of the HTTP API from the backend's OpenAPI document (the source of truth,
 * plugins/operational-pilot-backend/src/schema/openapi.yaml):
 *
 * - plugins/operational-pilot-backend/src/schema/openapi.generated.ts: the document `as const`, from which the
 *   router is created and validated (@backstage/backend-openapi-utils), and the test helper checks responses;
 * - plugins/operational-pilot-common/src/api/openapi.generated.ts: the TypeScript types of every request and
 *   response (`paths`, `operations`, `components`), made by openapi-typescript. -common's api/types.ts re-exports
 *   them under the API's names, and the client and the frontend use those.
 *
 * - plugins/operational-pilot-backend/src/schema/endpoints.generated.ts: the router's `EndpointMap` (on -common's
 *   `OperationalPilotApiOperations`): the of @backstage/backend-openapi-utils (`#method|/path` → path, query, body, response), so the router
 *   made by `createValidatedOpenApiRouterFromGeneratedEndpointMap` types every handler's params, query, body and
 *   `res.json(…)` from the document, the shape Backstage's own server generator produces.
 *
 * - plugins/operational-pilot-common/src/api/client.generated.ts: the low-level client, one method per operation
 *   (named by its operationId) taking the typed path, query, body and headers and answering a typed `Response`,
 *   the shape of Backstage's generated `DefaultApiClient`; the public `OperationalPilotClient` wraps it (errors,
 *   ETags, convenient signatures), so its paths, parameters and response types come from the document.
 *
 * Why not `backstage-repo-tools package schema openapi generate --server --client-package …`: that command runs
 * the Java OpenAPI Generator through @openapitools/openapi-generator-cli, which downloads the generator's jar
 * from a Java artifact repository on first use. Only the npm registry is reachable from this project's machines
 * and CI, and no npm package ships that jar, so the command cannot run here. openapi-typescript is pure
 * JavaScript from npm and gives the same contract: the types come from the document, never by hand.
 *
 *   node scripts/generate-openapi.js           write the modules
 *   node scripts/generate-openapi.js --check   fail if a module is out of date
 */
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');
const prettier = require('prettier');

const root = path.resolve(__dirname, '..');
const source = path.join(
  root,
  'plugins/operational-pilot-backend/src/schema/openapi.yaml',
);
const specTarget = path.join(
  root,
  'plugins/operational-pilot-backend/src/schema/openapi.generated.ts',
);
const typesTarget = path.join(
  root,
  'plugins/operational-pilot-common/src/api/openapi.generated.ts',
);

const endpointsTarget = path.join(
  root,
  'plugins/operational-pilot-backend/src/schema/endpoints.generated.ts',
);

const clientTarget = path.join(
  root,
  'plugins/operational-pilot-common/src/api/client.generated.ts',
);

const HEADER = [
  '// This file is generated from openapi.yaml by scripts/generate-openapi.js. Do not edit.',
  '/* eslint-disable */',
];

function renderSpec(spec) {
  return [
    ...HEADER,
    `export const spec = ${JSON.stringify(spec, null, 2)} as const;`,
    '',
  ].join('\n');
}

async function typesOf(spec) {
  const { default: openapiTS, astToString } = await import(
    'openapi-typescript'
  );
  const ast = await openapiTS(spec, {
    // Closed objects stay closed; optional properties stay optional.
    alphabetize: false,
    exportType: false,
  });
  return astToString(ast);
}

async function format(text, target) {
  const options = (await prettier.resolveConfig(target)) ?? {};
  return prettier.format(text, { ...options, parser: 'typescript' });
}

async function renderTypes(spec) {
  return format([...HEADER, await typesOf(spec)].join('\n'), typesTarget);
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** The TypeScript type of a response or request content: JSON by its schema type, anything else as text. */
function contentType(operationType, content) {
  if (content['application/json']) {
    return `${operationType}['content']['application/json']`;
  }
  return 'string';
}

/** One EndpointMap entry: what the validated router gives a handler and what the handler may answer. */
function endpointEntry(spec, pathItem, operation) {
  const op = `operations['${operation.operationId}']`;
  const resolve = p =>
    p.$ref ? spec.components.parameters[p.$ref.split('/').pop()] : p;
  const params = [
    ...(pathItem.parameters ?? []),
    ...(operation.parameters ?? []),
  ].map(resolve);
  const fields = [];
  if (params.some(p => p.in === 'path')) {
    fields.push(`path: NonNullable<${op}['parameters']['path']>;`);
  }
  if (params.some(p => p.in === 'query')) {
    fields.push(`query: NonNullable<${op}['parameters']['query']>;`);
  }
  const body = operation.requestBody?.content;
  if (body) {
    fields.push(
      `body: ${contentType(
        `NonNullable<${op}['requestBody']>`,
        body,
      )};`,
    );
  }
  const success = Object.entries(operation.responses ?? {}).filter(([code]) =>
    /^2\d\d$/.test(code),
  );
  const responses = success.map(([code, response]) =>
    response.content
      ? contentType(`${op}['responses'][${code}]`, response.content)
      : 'void',
  );
  fields.push(`response: ${responses.length ? responses.join(' | ') : 'void'};`);
  return `{ ${fields.join(' ')} }`;
}

async function renderEndpoints(spec) {
  const entries = [];
  for (const [route, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      // backend-openapi-utils names DELETE `_delete` in its EndpointMap keys.
      const key = `#${method === 'delete' ? '_delete' : method}|${route}`;
      entries.push(`  '${key}': ${endpointEntry(spec, item, operation)};`);
    }
  }
  const text = [
    ...HEADER,
    // The request and response types are -common's (generated from the same document), not a second copy.
    "import type { OperationalPilotApiOperations as operations } from '@operational-pilot/backstage-plugin-common';",
    '',
    '/** Every operation of the document, keyed `#method|/path`, for `createValidatedOpenApiRouterFromGeneratedEndpointMap`. */',
    'export type EndpointMap = {',
    ...entries,
    '};',
    '',
  ].join('\n');
  return format(text, endpointsTarget);
}

/** The typed low-level client: one method per operation. */
async function renderClient(spec) {
  const resolve = p =>
    p.$ref ? spec.components.parameters[p.$ref.split('/').pop()] : p;
  const methods = [];
  for (const [route, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const id = operation.operationId;
      const op = `operations['${id}']`;
      const params = [
        ...(item.parameters ?? []),
        ...(operation.parameters ?? []),
      ].map(resolve);
      const fields = [];
      for (const location of ['path', 'query', 'header']) {
        const these = params.filter(p => p.in === location);
        if (these.length === 0) continue;
        const optional = these.every(p => !p.required) ? '?' : '';
        const name = location === 'header' ? 'headers' : location;
        fields.push(
          `${name}${optional}: NonNullable<${op}['parameters']['${location}']>;`,
        );
      }
      const body = operation.requestBody?.content?.['application/json'];
      if (body) {
        const optional = operation.requestBody.required ? '' : '?';
        fields.push(
          `body${optional}: NonNullable<${op}['requestBody']>['content']['application/json'];`,
        );
      }
      const success = Object.entries(operation.responses ?? {}).filter(
        ([code]) => /^2\d\d$/.test(code),
      );
      const result = success.length
        ? success
            .map(([code, response]) =>
              response.content
                ? contentType(`${op}['responses'][${code}]`, response.content)
                : 'void',
            )
            .join(' | ')
        : 'void';
      const requestType = fields.length ? `{ ${fields.join(' ')} }` : '{}';
      const summary = (operation.summary ?? '').replace(/\*\//g, '*\\/');
      methods.push(
        [
          `  /** ${method.toUpperCase()} ${route}${summary ? `: ${summary}` : ''} */`,
          `  async ${id}(request: ${requestType}${
            fields.length ? '' : ' = {}'
          }, options: RequestOptions = {}): Promise<TypedResponse<${result}>> {`,
          `    return this.send('${method.toUpperCase()}', '${route}', request, options);`,
          '  }',
        ].join('\n'),
      );
    }
  }
  const text = [
    ...HEADER,
    "import type { operations } from './openapi.generated';",
    '',
    '/** A fetch `Response` whose `json()` is the type the document gives the operation. */',
    'export interface TypedResponse<T> extends Response {',
    '  json(): Promise<T>;',
    '}',
    '',
    '/** Headers outside the document (content negotiation: `Accept`, `Accept-Language`). */',
    'export interface RequestOptions {',
    '  headers?: Record<string, string>;',
    '}',
    '',
    'interface RawRequest {',
    '  path?: object;',
    '  query?: object;',
    '  headers?: object;',
    '  body?: unknown;',
    '}',
    '',
    '/** Low-level client of every operation of openapi.yaml; errors are left to the caller (the status is on the response). */',
    'export class OperationalPilotApiClient {',
    '  constructor(',
    '    private readonly options: {',
    '      baseUrl: () => Promise<string>;',
    '      fetch: (url: string, init: RequestInit) => Promise<Response>;',
    '    },',
    '  ) {}',
    '',
    '  private async send(method: string, template: string, request: RawRequest, options: RequestOptions): Promise<TypedResponse<any>> {',
    '    const path = template.replace(/\\{(\\w+)\\}/g, (_m, name: string) =>',
    '      encodeURIComponent(String((request.path as Record<string, unknown>)[name])),',
    '    );',
    '    const search = new URLSearchParams();',
    '    for (const [key, value] of Object.entries(request.query ?? {})) {',
    '      for (const v of Array.isArray(value) ? value : [value]) {',
    "        if (v !== undefined && v !== null && v !== '') search.append(key, String(v));",
    '      }',
    '    }',
    "    const query = search.toString() ? `?${search}` : '';",
    "    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };",
    '    for (const [key, value] of Object.entries(request.headers ?? {})) {',
    '      if (value !== undefined) headers[key] = String(value);',
    '    }',
    '    const init: RequestInit = { method, headers };',
    '    if (request.body !== undefined) {',
    "      headers['Content-Type'] = 'application/json';",
    '      init.body = JSON.stringify(request.body);',
    '    }',
    '    return this.options.fetch(`${await this.options.baseUrl()}${path}${query}`, init);',
    '  }',
    '',
    methods.join('\n\n'),
    '}',
    '',
  ].join('\n');
  return format(text, clientTarget);
}

async function main() {
  const spec = YAML.parse(fs.readFileSync(source, 'utf8'));
  const outputs = [
    [specTarget, renderSpec(spec)],
    [typesTarget, await renderTypes(spec)],
    [endpointsTarget, await renderEndpoints(spec)],
    [clientTarget, await renderClient(spec)],
  ];
  if (process.argv.includes('--check')) {
    let stale = false;
    for (const [target, content] of outputs) {
      const current = fs.existsSync(target)
        ? fs.readFileSync(target, 'utf8')
        : '';
      if (current !== content) {
        console.error(
          `${path.relative(
            process.cwd(),
            target,
          )} is out of date: run node scripts/generate-openapi.js`,
        );
        stale = true;
      }
    }
    if (stale) process.exit(1);
  } else {
    for (const [target, content] of outputs) fs.writeFileSync(target, content);
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
