/*
 * HTTP errors beyond @backstage/errors, and the error middleware that gives every user mistake a 4xx with a
 * message naming the problem (and, for invalid bodies, `fieldErrors` naming each field).
 */
import { ConflictError, CustomErrorBase, InputError } from '@backstage/errors';
import type { ErrorRequestHandler } from 'express';
import { randomBytes } from 'node:crypto';
import type { AnyRequest } from './anyRequest';

/** 412: the If-Match header does not match the current version. */
export class PreconditionFailedError extends CustomErrorBase {
  readonly statusCode = 412;
  constructor(message: string) {
    super(message);
    this.name = 'PreconditionFailedError';
  }
}

/** 428: a versioned record was written without If-Match. */
export class PreconditionRequiredError extends CustomErrorBase {
  readonly statusCode = 428;
  constructor(message: string) {
    super(message);
    this.name = 'PreconditionRequiredError';
  }
}

export interface FieldError {
  /** Dotted path of the field in the request body, e.g. `metadata.sla.availability`. */
  path: string;
  message: string;
}

/** 400 with the list of invalid fields. */
export class FieldValidationError extends InputError {
  readonly statusCode = 400;
  constructor(readonly fieldErrors: FieldError[]) {
    super(
      `Invalid request: ${fieldErrors
        .map(e => `${e.path || 'body'}: ${e.message}`)
        .join('; ')}`,
    );
  }
}

/** 409 naming the fields whose change the record's state does not allow (e.g. a frozen field). */
export class FieldConflictError extends ConflictError {
  constructor(readonly fieldErrors: FieldError[]) {
    super(
      fieldErrors
        .map(e => `${e.path || 'body'}: ${e.message}`)
        .join('; '),
    );
  }
}

const FORMAT_MESSAGES: Record<string, string> = {
  'must match format "date"': 'must be a real calendar date, YYYY-MM-DD',
  'must match format "date-or-date-time"':
    'must be a real date (YYYY-MM-DD) or date-time with its time zone (2026-06-30T10:00:00Z)',
};

/**
 * The OpenAPI validator reports "request/body/metadata/sla/availability must be <= 100, …" as one InputError;
 * split it into field errors so that forms can show each message next to its field. A missing property is
 * named by its own path (`metadata`, not the body); an unknown one too, when `unknownProperties` can tell which
 * (the validator's message does not say).
 */
export function fieldErrorsFromValidatorMessage(
  message: string,
  unknownProperties?: (location: string, segments: string[]) => string[],
): FieldError[] {
  const unknownQuery = /^Unknown query parameter '([^']+)'$/.exec(message);
  if (unknownQuery) {
    return [{ path: `query.${unknownQuery[1]}`, message: 'unknown query parameter' }];
  }
  const badQuery =
    /^(?:Empty value found for query parameter|Parameter) '([^']+)'(.*)$/.exec(message);
  if (badQuery) {
    return [
      {
        path: `query.${badQuery[1]}`,
        message: badQuery[2].trim() || 'must not be empty',
      },
    ];
  }
  const parts = message.split(/, (?=request\/)/);
  const errors: FieldError[] = [];
  for (const part of parts) {
    const match = /^request\/(body|query|params|headers)(?:\/(\S*))?\s+(.*)$/s.exec(
      part.trim(),
    );
    if (!match) return [];
    const [, location, path = '', text] = match;
    const segments = path.split('/').filter(Boolean);
    const at = (segs: string[]) => {
      const dotted = segs.join('.');
      return location === 'body' ? dotted : `${location}${dotted ? `.${dotted}` : ''}`;
    };
    const missing = /^must have required property '([^']+)'$/.exec(text);
    if (missing) {
      errors.push({ path: at([...segments, missing[1]]), message: 'is required' });
      continue;
    }
    if (text === 'must NOT have additional properties') {
      const unknown = unknownProperties?.(location, segments) ?? [];
      if (unknown.length > 0) {
        for (const name of unknown) {
          errors.push({ path: at([...segments, name]), message: `unknown property ${name}` });
        }
        continue;
      }
    }
    errors.push({ path: at(segments), message: FORMAT_MESSAGES[text] ?? text });
  }
  // A nullable field (oneOf: [X, null]) also reports "must be null" and "must match exactly one schema in
  // oneOf": keep only the specific message of each such field.
  const generic = new Set([
    'must be null',
    'must match exactly one schema in oneOf',
    'must match a schema in anyOf',
  ]);
  return errors.filter(
    e =>
      !generic.has(e.message) ||
      !errors.some(other => other.path === e.path && !generic.has(other.message)),
  );
}

/** The status an error is answered with, when it says one (its `statusCode`, or a Backstage error name). */
function statusOf(error: any): number | undefined {
  for (const field of ['statusCode', 'status']) {
    const value = error?.[field];
    if (Number.isInteger(value) && value >= 300 && value <= 599) return value;
  }
  const byName: Record<string, number> = {
    NotModifiedError: 304,
    InputError: 400,
    AuthenticationError: 401,
    NotAllowedError: 403,
    NotFoundError: 404,
    ConflictError: 409,
    NotImplementedError: 501,
    ServiceUnavailableError: 503,
  };
  return typeof error?.name === 'string' ? byName[error.name] : undefined;
}

export interface ErrorMiddlewareOptions {
  /** Logs unexpected errors (their details never reach the response). */
  logger?: { error(message: string, meta?: any): void };
  /** See {@link fieldErrorsFromValidatorMessage}. */
  unknownProperties?: (
    req: AnyRequest,
    location: string,
    segments: string[],
  ) => string[];
}

/**
 * Every error answered in one shape: `{ error: { name, message }, request, response: { statusCode } }`, plus
 * `fieldErrors` on a 400 or 409 about fields. An unexpected error (a database error, a bug) is a 500 whose
 * message says nothing of the internals (no SQL statement): it is logged with the id the message gives.
 */
export function createErrorMiddleware(
  options: ErrorMiddlewareOptions = {},
): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const send = (
      statusCode: number,
      name: string,
      message: string,
      fieldErrors?: FieldError[],
    ) => {
      res.status(statusCode).json({
        error: { name, message },
        request: { method: req.method, url: req.url },
        response: { statusCode },
        ...(fieldErrors ? { fieldErrors } : {}),
      });
    };
    if (error instanceof FieldValidationError) {
      send(400, 'InputError', error.message, error.fieldErrors);
      return;
    }
    if (error instanceof FieldConflictError) {
      send(409, 'ConflictError', error.message, error.fieldErrors);
      return;
    }
    if (error?.name === 'InputError' && typeof error.message === 'string') {
      const fieldErrors = fieldErrorsFromValidatorMessage(
        error.message,
        options.unknownProperties &&
          ((location, segments) =>
            options.unknownProperties!(req, location, segments)),
      );
      if (fieldErrors.length > 0) {
        send(
          400,
          'InputError',
          new FieldValidationError(fieldErrors).message,
          fieldErrors,
        );
        return;
      }
    }
    const statusCode = statusOf(error);
    if (statusCode === undefined || statusCode === 500) {
      const logId = randomBytes(8).toString('hex');
      options.logger?.error(
        `${req.method} ${req.originalUrl ?? req.url} failed (logId=${logId}): ${error}`,
        error,
      );
      send(500, 'Error', `An internal error occurred (logId=${logId})`);
      return;
    }
    send(
      statusCode,
      typeof error.name === 'string' ? error.name : 'Error',
      String(error.message ?? ''),
    );
  };
}

/** The error middleware without a logger or body knowledge (kept for callers of the former name). */
export const fieldErrorsMiddleware: ErrorRequestHandler = createErrorMiddleware();
