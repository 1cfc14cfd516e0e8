import { ConflictError } from '@backstage/errors';

/**
 * An optimistic-concurrency write lost: the stored version (or revision) is not the one the caller read.
 *
 * It is a `ConflictError` (409 by default); the router answers 412 when the expectation came from `If-Match`.
 * `currentVersion` is the version stored when the write was rejected (`undefined` when the row does not exist).
 */
export class VersionConflictError extends ConflictError {
  readonly expectedVersion: number;
  readonly currentVersion: number | undefined;

  constructor(options: {
    resource: string;
    expectedVersion: number;
    currentVersion: number | undefined;
  }) {
    const found =
      options.currentVersion === undefined
        ? 'it does not exist'
        : `it is at version ${options.currentVersion}`;
    super(
      `${options.resource} was changed by someone else: expected version ${options.expectedVersion}, but ${found}`,
    );
    this.expectedVersion = options.expectedVersion;
    this.currentVersion = options.currentVersion;
  }
}

export function isVersionConflictError(
  error: unknown,
): error is VersionConflictError {
  return error instanceof VersionConflictError;
}
