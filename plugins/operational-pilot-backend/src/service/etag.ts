/*
 * Optimistic concurrency: versioned records are sent with `ETag: "<version>"` and written with
 * `If-Match: "<version>"`. A missing header is 428, a malformed one 400, a stale one 412 (raised by the store).
 */
import { InputError } from '@backstage/errors';
import type { Request, Response } from 'express';
import { PreconditionRequiredError } from './errors';

export function etagOf(version: number): string {
  return `"${version}"`;
}

export function setEtag(res: Response, version: number) {
  res.setHeader('ETag', etagOf(version));
}

/** The version the client read, from If-Match. */
export function requireIfMatch(req: Request): number {
  const header = req.header('if-match');
  if (header === undefined || header.trim() === '') {
    throw new PreconditionRequiredError(
      'This record is versioned: send the If-Match header with the ETag you read, so that concurrent edits are detected',
    );
  }
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (!match) {
    throw new InputError(
      `Invalid If-Match header ${JSON.stringify(header)}: expected an ETag such as "3"`,
    );
  }
  return Number(match[1]);
}
