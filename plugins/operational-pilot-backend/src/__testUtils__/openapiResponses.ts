/*
 * Checks HTTP responses of the plugin against its OpenAPI document: the response of the operation for that
 * status (or the operation's `default`, the error shape), its JSON body validated with the document's own
 * schemas. Installed for every supertest request of the package by src/setupTests.ts, so a route whose answer
 * is not described (a new route, a new field, an undocumented status) fails its tests.
 */
import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import * as supertest from 'supertest';
import { spec } from '../schema/openapi.generated';
import {
  matchSpecPath,
  resolveRef,
  specPaths,
} from '../service/openapiOperations';

export const API_PREFIX = '/api/operational-pilot';

/** Paths under the prefix that are not operations of the document (the document itself). */
const NOT_OPERATIONS = new Set(['/openapi.json']);

const ajv = new Ajv2020({
  strict: false,
  allErrors: true,
  // Formats are checked on input by the router; here the shape matters.
  validateFormats: false,
});
ajv.addSchema(spec as any, 'spec');
const paths = specPaths(spec);
const compiled = new Map<string, ValidateFunction>();

function pointerSegment(key: string) {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function validatorAt(pointer: string): ValidateFunction {
  let validate = compiled.get(pointer);
  if (!validate) {
    validate = ajv.compile({ $ref: `spec#${pointer}` });
    compiled.set(pointer, validate);
  }
  return validate;
}

export interface CheckedResponse {
  status: number;
  headers: Record<string, unknown>;
  body: unknown;
}

/** The JSON pointer of the response object for a status, following a `$ref` to components/responses. */
function responsePointer(
  template: string,
  method: string,
  status: number,
): string | undefined {
  const operation = (spec.paths as any)[template][method];
  let key: string | undefined;
  if (operation.responses?.[String(status)]) key = String(status);
  else if (operation.responses?.default) key = 'default';
  if (!key) return undefined;
  const response = operation.responses[key];
  if (response.$ref) return String(response.$ref).replace(/^#/, '');
  return `/paths/${pointerSegment(template)}/${method}/responses/${key}`;
}

/**
 * What is wrong with a response of the plugin (request path relative to the host, with the plugin's prefix),
 * or undefined when it is as documented. Responses outside the plugin are not checked.
 */
export function responseProblem(
  method: string,
  url: string,
  response: CheckedResponse,
): string | undefined {
  const pathname = new URL(url, 'http://localhost').pathname;
  if (!pathname.startsWith(`${API_PREFIX}/`)) return undefined;
  const relative = pathname.slice(API_PREFIX.length);
  if (NOT_OPERATIONS.has(relative)) return undefined;
  const lowerMethod = method === 'HEAD' ? 'get' : method.toLowerCase();
  const what = `${method} ${relative} → ${response.status}`;
  const contentType = String(response.headers['content-type'] ?? '');
  const isJson = contentType.startsWith('application/json');

  const operation = matchSpecPath(paths, relative)?.operations.get(lowerMethod);
  let pointer: string | undefined;
  if (!operation) {
    // Unknown path or method: only an error may answer, in the one error shape.
    if (response.status < 400) return `${what}: no operation in openapi.yaml`;
    // The framework's own 404 for a path outside the document has no body.
    if (!isJson) return undefined;
    pointer = '/components/responses/Error';
  } else {
    pointer = responsePointer(operation.path, lowerMethod, response.status);
    if (!pointer) {
      return `${what}: status not documented in openapi.yaml`;
    }
  }
  const responseObject = resolveRef(spec, { $ref: `#${pointer}` });
  const content = responseObject?.content as Record<string, any> | undefined;
  if (method === 'HEAD' || response.status === 204 || response.status === 304) {
    return undefined;
  }
  if (!content) {
    return isJson ? `${what}: a JSON body where none is documented` : undefined;
  }
  const mediaType = contentType.split(';')[0].trim();
  if (!content[mediaType]) {
    return `${what}: content type ${
      mediaType || '(none)'
    } not documented (${Object.keys(content).join(', ')})`;
  }
  if (!isJson) return undefined;
  const validate = validatorAt(
    `${pointer}/content/${pointerSegment(mediaType)}/schema`,
  );
  if (validate(response.body)) return undefined;
  const errors = (validate.errors ?? [])
    .slice(0, 8)
    .map(
      e =>
        `  ${e.instancePath || '(body)'} ${e.message}${
          e.keyword === 'additionalProperties'
            ? ` (${(e.params as any).additionalProperty})`
            : ''
        }`,
    )
    .join('\n');
  return `${what}: the body does not match openapi.yaml\n${errors}\nbody: ${JSON.stringify(
    response.body,
  ).slice(0, 600)}`;
}

let installed = false;

/**
 * Makes every supertest request fail when the plugin's response is not as documented: supertest calls
 * `assert` once per request (with `.expect()`, `await` or `.end()`), before the test sees the response.
 */
export function validateSupertestResponses() {
  if (installed) return;
  installed = true;
  const Test = (supertest as any).Test;
  const original = Test.prototype.assert;
  Test.prototype.assert = function assertDocumented(
    this: any,
    resError: unknown,
    res: any,
    fn?: (err: unknown, res: unknown) => void,
  ) {
    if (res) {
      const problem = responseProblem(this.method, this.url, res);
      if (problem) {
        fn?.call(this, new Error(`Response not described: ${problem}`), res);
        return;
      }
    }
    original.call(this, resError, res, fn);
  };
}
