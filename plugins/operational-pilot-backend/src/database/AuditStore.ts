import type { AuditEntry } from '@operational-pilot/backstage-plugin-common';
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import {
  deleteForEntities,
  fromOptionalJson,
  optional,
  toNumber,
  toOptionalJson,
  toRefKey,
  toTimestamp,
} from './conversions';

/** What a caller provides to append an entry; the store adds the id and, unless given, the time. */
export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'> & {
  at?: Date | string;
};

/**
 * Append-only change log. To write a change and its audit entry atomically, append through the stores of a
 * transaction (`stores.transaction(tx => …)`).
 */
export interface AuditStore {
  append(entry: NewAuditEntry): Promise<AuditEntry>;
  /** Newest first (insertion order, so entries written in the same millisecond keep their order). */
  list(
    entityRef: string,
    page?: { limit?: number; offset?: number },
  ): Promise<AuditEntry[]>;
  count(entityRef: string): Promise<number>;
  /** Deletes entries older than `before`; returns how many. */
  purgeBefore(before: Date): Promise<number>;
  deleteForEntities(entityRefs: string[]): Promise<number>;
}

interface AuditRow {
  seq?: number | string;
  id: string;
  entity_ref: string;
  actor: string;
  action: string;
  target_type: string;
  target_id: string | null;
  before: string | null;
  after: string | null;
  at: string;
}

const TABLE = 'audit';
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

export class DatabaseAuditStore implements AuditStore {
  constructor(private readonly db: Knex) {}

  async append(entry: NewAuditEntry): Promise<AuditEntry> {
    const row: AuditRow = {
      id: randomUUID(),
      entity_ref: toRefKey(entry.entityRef),
      actor: entry.actor,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId ?? null,
      before: toOptionalJson(entry.before),
      after: toOptionalJson(entry.after),
      at: toTimestamp(entry.at ?? new Date()),
    };
    await this.db<AuditRow>(TABLE).insert(row);
    return toEntry(row);
  }

  async list(
    entityRef: string,
    page: { limit?: number; offset?: number } = {},
  ): Promise<AuditEntry[]> {
    const limit = Math.min(Math.max(page.limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
    const rows = await this.db<AuditRow>(TABLE)
      .where({ entity_ref: toRefKey(entityRef) })
      .orderBy('seq', 'desc')
      .limit(limit)
      .offset(Math.max(page.offset ?? 0, 0));
    return rows.map(toEntry);
  }

  async count(entityRef: string): Promise<number> {
    const [row] = await this.db(TABLE)
      .where({ entity_ref: toRefKey(entityRef) })
      .count({ count: '*' });
    return toNumber(row?.count);
  }

  async purgeBefore(before: Date): Promise<number> {
    return this.db(TABLE).where('at', '<', toTimestamp(before)).delete();
  }

  async deleteForEntities(entityRefs: string[]): Promise<number> {
    return deleteForEntities(this.db, TABLE, entityRefs);
  }
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    actor: row.actor,
    action: row.action,
    targetType: row.target_type,
    targetId: optional(row.target_id),
    before: fromOptionalJson(row.before),
    after: fromOptionalJson(row.after),
    at: row.at,
  };
}
