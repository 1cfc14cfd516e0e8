/*
 * The dedupe ledger (table notifications_sent): a notification is recorded by its key before it is sent, with a
 * plain insert on the primary key, so only one replica or task instance wins (SQLite and PostgreSQL alike).
 */
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';

export interface DedupeKeyParts {
  kind: string;
  subject: string;
  recipients: string[];
  /** The period the notification belongs to (a day, a week, a version…); '' for once ever. */
  period: string;
}

export function dedupeKey(parts: DedupeKeyParts): string {
  const recipients = [...new Set(parts.recipients)].sort();
  return createHash('sha256')
    .update(
      JSON.stringify([parts.kind, parts.subject, recipients, parts.period]),
    )
    .digest('hex');
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return (
    e?.code === '23505' ||
    (typeof e?.code === 'string' && e.code.startsWith('SQLITE_CONSTRAINT')) ||
    /UNIQUE constraint failed/i.test(e?.message ?? '')
  );
}

export class NotificationDedupeStore {
  constructor(private readonly knex: Knex) {}

  /** Records the key; true when this caller recorded it first (and so sends), false when it was already there. */
  async claim(parts: DedupeKeyParts, now: Date): Promise<boolean> {
    try {
      await this.knex('notifications_sent').insert({
        dedupe_key: dedupeKey(parts),
        kind: parts.kind,
        subject: parts.subject.slice(0, 255),
        sent_at: now.toISOString(),
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** Forgets a claim whose send failed, so the next pass tries again. */
  async release(parts: DedupeKeyParts): Promise<void> {
    await this.knex('notifications_sent')
      .where({ dedupe_key: dedupeKey(parts) })
      .delete();
  }

  /** Drops rows older than the cut-off (housekeeping). */
  async purgeBefore(cutoff: Date): Promise<number> {
    return this.knex('notifications_sent')
      .where('sent_at', '<', cutoff.toISOString())
      .delete();
  }
}
