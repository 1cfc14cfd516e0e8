/*
 * Optimistic concurrency: versioned records are sent with `ETag: "<version>"` and written with
 * `If-Match: "<version>"`. A missing header is 428, a malformed or weak one 400, a well-formed one that is not
 * the current version 412 (a foreign tag such as "abc" here, a stale version by the store).
 */
import type { Response } from 'express';
import {
  FieldValidationError,
  PreconditionFailedError,
  PreconditionRequiredError,
} from './errors';
import type { AnyRequest } from './anyRequest';

/** A 400 about the If-Match header, with its field error (`headers.if-match`). */
function invalidIfMatch(message: string) {
  return new FieldValidationError([{ path: 'headers.if-match', message }]);
}

export function etagOf(version: number): string {
  return `"${version}"`;
}

export function setEtag(res: Response, version: number) {
  res.setHeader('ETag', etagOf(version));
}

/** The version the client read, from If-Match. */
export function requireIfMatch(req: AnyRequest): number {
  const header = req.header('if-match');
  if (header === undefined || header.trim() === '') {
    throw new PreconditionRequiredError(
      'This record is versioned: send the If-Match header with the ETag you read, so that concurrent edits are detected',
    );
  }
  const value = header.trim();
  if (value === '*') {
    throw invalidIfMatch(
      '* is not accepted here: send the ETag you read (such as "3"), so that concurrent edits are detected',
    );
  }
  const tags = value.split(',').map(tag => tag.trim());
  const versions = new Set<number>();
  for (const tag of tags) {
    if (/^W\//.test(tag)) {
      throw invalidIfMatch(
        `${JSON.stringify(header)} is a weak ETag (W/"…"), which cannot guard a write: send the strong ETag you read, such as "3"`,
      );
    }
    // RFC 9110 entity-tag: a quoted string of visible characters other than the quote.
    if (!/^"[\x21\x23-\x7e\x80-\xff]*"$/.test(tag)) {
      throw invalidIfMatch(
        `${JSON.stringify(header)} is not an ETag: expected a quoted ETag such as "3"`,
      );
    }
    const inner = tag.slice(1, -1);
    // Versions are small integers; a longer number can never be current (and must not reach the database).
    if (/^\d{1,9}$/.test(inner)) versions.add(Number(inner));
  }
  if (versions.size > 1) {
    throw invalidIfMatch(
      `${JSON.stringify(header)} lists several versions: send the one ETag you read`,
    );
  }
  if (versions.size === 0) {
    // Well-formed, but no version of this record ever has that tag: the record is not the one the client read.
    throw new PreconditionFailedError(
      `If-Match ${header.trim()} does not match the record's current version (its ETags are numbers such as "3"). Reload and apply your change again.`,
    );
  }
  return [...versions][0];
}
