/*
 * Shares a read between concurrent callers while it is in flight (the entity tab fires six or seven of our routes
 * at once, each reading the same entity for the same user). Nothing is kept once the read settles: no cache, so no
 * staleness and nothing replicas could disagree on.
 */
import type { BackstageCredentials } from '@backstage/backend-plugin-api';

export class InFlight<T> {
  private readonly pending = new Map<string, Promise<T>>();

  /**
   * The running read for `key` if there is one, otherwise a new `read()` that later callers with the same key join
   * until it settles. A failure reaches every waiter and is not kept. An undefined key never shares.
   */
  run(key: string | undefined, read: () => Promise<T>): Promise<T> {
    if (key === undefined) return read();
    const running = this.pending.get(key);
    if (running) return running;
    // Removed before any waiter resumes, so a call made once it settled reads again.
    const promise = read().finally(() => this.pending.delete(key));
    this.pending.set(key, promise);
    return promise;
  }

  /** How many reads are in flight (for tests). */
  get size(): number {
    return this.pending.size;
  }
}

/**
 * Who the catalog answers for: a user by its entity ref (and the service acting for it, if any), a service by its
 * subject and access restrictions. Undefined for anyone else (`none`, unknown principals): they never share.
 */
export function callerKey(
  credentials: BackstageCredentials,
): string | undefined {
  const principal = credentials.principal as {
    type?: unknown;
    userEntityRef?: unknown;
    subject?: unknown;
    actor?: { subject?: unknown };
    accessRestrictions?: unknown;
  };
  if (
    principal?.type === 'user' &&
    typeof principal.userEntityRef === 'string'
  ) {
    return JSON.stringify([
      'user',
      principal.userEntityRef,
      principal.actor?.subject ?? null,
    ]);
  }
  if (principal?.type === 'service' && typeof principal.subject === 'string') {
    return JSON.stringify([
      'service',
      principal.subject,
      principal.accessRestrictions ?? null,
    ]);
  }
  return undefined;
}
