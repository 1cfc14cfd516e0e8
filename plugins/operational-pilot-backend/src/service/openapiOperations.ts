/*
 * What the router needs to know of the OpenAPI document beyond what the validator does with it:
 * - which operation a request path and method name (for 405 with `Allow` on a known path with another method);
 * - the integer and number query parameters, whose raw text must be a plain decimal number (the validator coerces
 *   query strings with `+value`, which would read `0x10` as 16, `1e3` as 1000 and ` 5` as 5);
 * - the schema at a path of a request body (to name an unknown property, which the validator's message does not).
 */
import { InputError } from '@backstage/errors';
import type { RequestHandler } from 'express';

type Json = any;

export const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

export interface SpecOperation {
  method: string;
  /** The path template, e.g. `/actions/{id}`. */
  path: string;
  operationId?: string;
  /** Parameters (path-level and operation-level, resolved). */
  parameters: Json[];
  /** The JSON request body schema, resolved one level (may contain `$ref`s). */
  bodySchema?: Json;
  bodyRequired: boolean;
}

export interface SpecPath {
  template: string;
  regex: RegExp;
  operations: Map<string, SpecOperation>;
}

/** Resolves a local `$ref` (`#/components/…`), repeatedly. */
export function resolveRef(spec: Json, node: Json): Json {
  let current = node;
  for (
    let i = 0;
    current && typeof current === 'object' && current.$ref && i < 20;
    i++
  ) {
    const ref: string = current.$ref;
    current = ref
      .replace(/^#\//, '')
      .split('/')
      .reduce(
        (acc: Json, key) => acc?.[key.replace(/~1/g, '/').replace(/~0/g, '~')],
        spec,
      );
  }
  return current;
}

function templateRegex(template: string): RegExp {
  const source = template
    .split(/(\{[^}]+\})/)
    .map(part =>
      part.startsWith('{')
        ? '([^/]+)'
        : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}/?$`);
}

/** Every path of the document with its operations. */
export function specPaths(spec: Json): SpecPath[] {
  return Object.entries(spec.paths ?? {}).map(
    ([template, item]: [string, Json]) => {
      const operations = new Map<string, SpecOperation>();
      const shared = (item.parameters ?? []).map((p: Json) =>
        resolveRef(spec, p),
      );
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!op) continue;
        const own = (op.parameters ?? []).map((p: Json) => resolveRef(spec, p));
        const parameters = [
          ...shared.filter(
            (p: Json) =>
              !own.some((o: Json) => o.name === p.name && o.in === p.in),
          ),
          ...own,
        ];
        const body = resolveRef(spec, op.requestBody);
        operations.set(method, {
          method,
          path: template,
          operationId: op.operationId,
          parameters,
          bodySchema: body?.content?.['application/json']?.schema,
          bodyRequired: Boolean(body?.required),
        });
      }
      return { template, regex: templateRegex(template), operations };
    },
  );
}

/** The path of the document a request path (relative to the plugin) is on, if any. */
export function matchSpecPath(paths: SpecPath[], requestPath: string) {
  return paths.find(p => p.regex.test(requestPath));
}

const DECIMAL_INTEGER = /^-?\d+$/;
const DECIMAL_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Refuses integer and number query parameters that are not plain decimal numbers (before the validator coerces
 * them). The error has the validator's message format, so it becomes a 400 with `fieldErrors` like its own.
 */
export function strictNumericQuery(spec: Json): RequestHandler {
  const paths = specPaths(spec);
  return (req, _res, next) => {
    const method = req.method === 'HEAD' ? 'get' : req.method.toLowerCase();
    const operation = matchSpecPath(paths, req.path)?.operations.get(method);
    if (!operation) {
      next();
      return;
    }
    const problems: string[] = [];
    for (const parameter of operation.parameters) {
      if (parameter.in !== 'query') continue;
      const schema = resolveRef(spec, parameter.schema);
      const type = schema?.type;
      if (type !== 'integer' && type !== 'number') continue;
      const raw = (req.query as Record<string, unknown>)[parameter.name];
      if (raw === undefined) continue;
      const pattern = type === 'integer' ? DECIMAL_INTEGER : DECIMAL_NUMBER;
      if (typeof raw !== 'string') {
        problems.push(`request/query/${parameter.name} must be given once`);
      } else if (!pattern.test(raw)) {
        problems.push(
          `request/query/${parameter.name} must be a decimal ${
            type === 'integer' ? 'integer' : 'number'
          } (got ${JSON.stringify(raw.slice(0, 40))})`,
        );
      }
    }
    if (problems.length > 0) {
      next(new InputError(problems.join(', ')));
      return;
    }
    next();
  };
}

/** 405: the path is in the document, the method is not. */
export class MethodNotAllowedError extends Error {
  readonly statusCode = 405;
  constructor(message: string, readonly allow: string[]) {
    super(message);
    this.name = 'MethodNotAllowedError';
  }
}

/**
 * Placed after the routes: a request that no route answered, on a path of the document with a method the
 * document does not define, is a 405 with the `Allow` header (instead of an empty 404).
 */
export function methodNotAllowed(spec: Json): RequestHandler {
  const paths = specPaths(spec);
  return (req, res, next) => {
    if (req.method === 'OPTIONS') {
      next();
      return;
    }
    const path = matchSpecPath(paths, req.path);
    const method = req.method === 'HEAD' ? 'get' : req.method.toLowerCase();
    if (!path || path.operations.has(method)) {
      next();
      return;
    }
    const allow = [...path.operations.keys()].map(m => m.toUpperCase());
    if (allow.includes('GET')) allow.push('HEAD');
    res.setHeader('Allow', allow.join(', '));
    next(
      new MethodNotAllowedError(
        `${req.method} is not allowed on ${
          path.template
        }; allowed: ${allow.join(', ')}`,
        allow,
      ),
    );
  };
}

/** The names of an object schema's declared properties (through `$ref`, `allOf`, `oneOf`, `anyOf`). */
function declaredProperties(
  spec: Json,
  schema: Json,
  depth = 0,
): Set<string> | undefined {
  const resolved = resolveRef(spec, schema);
  if (!resolved || typeof resolved !== 'object' || depth > 10) return undefined;
  if (
    resolved.additionalProperties !== undefined &&
    resolved.additionalProperties !== false
  ) {
    return undefined; // any property allowed
  }
  const names = new Set<string>(Object.keys(resolved.properties ?? {}));
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    for (const branch of resolved[key] ?? []) {
      const more = declaredProperties(spec, branch, depth + 1);
      if (!more) return undefined;
      more.forEach(n => names.add(n));
    }
  }
  return names;
}

/** The schema of the value at `segments` under `schema` (object properties and array items). */
function schemaAtPath(
  spec: Json,
  schema: Json,
  segments: string[],
): Json | undefined {
  let current = resolveRef(spec, schema);
  for (const segment of segments) {
    if (!current) return undefined;
    if (/^\d+$/.test(segment) && current.items) {
      current = resolveRef(spec, current.items);
      continue;
    }
    let next = current.properties?.[segment];
    for (const key of ['allOf', 'oneOf', 'anyOf']) {
      for (const branch of current[key] ?? []) {
        next = next ?? resolveRef(spec, branch)?.properties?.[segment];
      }
    }
    if (
      !next &&
      current.additionalProperties &&
      typeof current.additionalProperties === 'object'
    ) {
      next = current.additionalProperties;
    }
    current = resolveRef(spec, next);
  }
  return current;
}

/**
 * The properties of the body object at `segments` that its schema does not declare (for an
 * "must NOT have additional properties" error), or [] when they cannot be told.
 */
export function unknownBodyProperties(
  spec: Json,
  paths: SpecPath[],
  request: { method: string; path: string; body: unknown },
  segments: string[],
): string[] {
  const operation = matchSpecPath(paths, request.path)?.operations.get(
    request.method.toLowerCase(),
  );
  if (!operation?.bodySchema) return [];
  const schema = schemaAtPath(spec, operation.bodySchema, segments);
  const declared = schema ? declaredProperties(spec, schema) : undefined;
  const value = segments.reduce(
    (acc: Json, key) => (acc && typeof acc === 'object' ? acc[key] : undefined),
    request.body,
  );
  if (!declared || !value || typeof value !== 'object' || Array.isArray(value))
    return [];
  return Object.keys(value).filter(key => !declared.has(key));
}

function nulPaths(value: unknown, path: string[], found: string[], depth = 0) {
  if (found.length >= 5 || depth > 20) return;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(path.join('/'));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) found.push([...path, key].join('/'));
      nulPaths(item, [...path, key], found, depth + 1);
    }
  }
}

/**
 * Refuses the NUL character in path parameters, query strings and body strings: no field means it, and
 * PostgreSQL cannot store it in text (it would be a 500). The errors name the field, in the validator's format.
 */
export function refuseNulCharacters(spec: Json): RequestHandler {
  const paths = specPaths(spec);
  return (req, _res, next) => {
    const found: string[] = [];
    const specPath = matchSpecPath(paths, req.path);
    if (specPath && /%00/.test(req.path)) {
      const names = [...specPath.template.matchAll(/\{([^}]+)\}/g)].map(
        m => m[1],
      );
      const values = specPath.regex.exec(req.path)?.slice(1) ?? [];
      names.forEach((name, i) => {
        if (/%00/.test(values[i] ?? '')) found.push(`params/${name}`);
      });
    }
    nulPaths(req.query, ['query'], found);
    nulPaths(req.body, ['body'], found);
    if (found.length > 0) {
      next(
        new InputError(
          found
            .map(path => `request/${path} must not contain the NUL character`)
            .join(', '),
        ),
      );
      return;
    }
    next();
  };
}
