/*
 * HTTP errors beyond @backstage/errors, and the error middleware that gives every user mistake a 4xx with a
 * message naming the problem (and, for invalid bodies, `fieldErrors` naming each field).
 */
import { ConflictError, CustomErrorBase, InputError } from '@backstage/errors';
import type { ErrorRequestHandler } from 'express';

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

/**
 * The OpenAPI validator reports "request/body/metadata/sla/availability must be <= 100, …" as one InputError;
 * split it into field errors so that forms can show each message next to its field.
 */
export function fieldErrorsFromValidatorMessage(message: string): FieldError[] {
  const parts = message.split(/, (?=request\/)/);
  const errors: FieldError[] = [];
  for (const part of parts) {
    const match = /^request\/(body|query|params|headers)(?:\/(\S*))?\s+(.*)$/s.exec(
      part.trim(),
    );
    if (!match) return [];
    const [, location, path = '', text] = match;
    const dotted = path.split('/').filter(Boolean).join('.');
    errors.push({
      path: location === 'body' ? dotted : `${location}${dotted ? `.${dotted}` : ''}`,
      message: text,
    });
  }
  return errors;
}

/** Adds `fieldErrors` to 400 responses, then lets Backstage's error handler do the rest. */
export const fieldErrorsMiddleware: ErrorRequestHandler = (
  error,
  req,
  res,
  next,
) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  if (error instanceof FieldValidationError) {
    res.status(400).json({
      error: { name: 'InputError', message: error.message },
      request: { method: req.method, url: req.url },
      response: { statusCode: 400 },
      fieldErrors: error.fieldErrors,
    });
    return;
  }
  if (error instanceof FieldConflictError) {
    res.status(409).json({
      error: { name: 'ConflictError', message: error.message },
      request: { method: req.method, url: req.url },
      response: { statusCode: 409 },
      fieldErrors: error.fieldErrors,
    });
    return;
  }
  if (error?.name === 'InputError' && typeof error.message === 'string') {
    const fieldErrors = fieldErrorsFromValidatorMessage(error.message);
    if (fieldErrors.length > 0) {
      res.status(400).json({
        error: {
          name: 'InputError',
          message: new FieldValidationError(fieldErrors).message,
        },
        request: { method: req.method, url: req.url },
        response: { statusCode: 400 },
        fieldErrors,
      });
      return;
    }
  }
  next(error);
};
