import type {
  OperationalMetadata,
  OperationsRecord,
} from '@operational-pilot/backstage-plugin-common';
import type { Knex } from 'knex';
import {
  chunk,
  deleteForEntities,
  fromJson,
  toJson,
  toRefKey,
  toTimestamp,
} from './conversions';
import { VersionConflictError } from './errors';

/** Operational metadata per entity, versioned for optimistic concurrency (the version is the ETag). */
export interface OperationsStore {
  get(entityRef: string): Promise<OperationsRecord | undefined>;
  getMany(entityRefs: string[]): Promise<Map<string, OperationsRecord>>;
  /** Every stored record's ref and metadata (no version or author), for bulk readers such as the catalog module. */
  listMetadata(): Promise<
    Array<{ entityRef: string; metadata: OperationalMetadata }>
  >;
  /**
   * Writes the metadata if the stored version is `expectedVersion` (`0`: the record must not exist yet) and
   * returns the new record (version + 1). Throws {@link VersionConflictError} otherwise; of several concurrent
   * writers with the same expectation, exactly one wins.
   */
  put(
    entityRef: string,
    metadata: OperationalMetadata,
    options: { expectedVersion: number; actor: string; now?: Date },
  ): Promise<OperationsRecord>;
  deleteForEntities(entityRefs: string[]): Promise<number>;
}

interface OperationsRow {
  entity_ref: string;
  version: number;
  metadata: string;
  updated_at: string;
  updated_by: string;
}

const TABLE = 'operations';

export class DatabaseOperationsStore implements OperationsStore {
  constructor(private readonly db: Knex) {}

  async get(entityRef: string): Promise<OperationsRecord | undefined> {
    const row = await this.db<OperationsRow>(TABLE)
      .where({ entity_ref: toRefKey(entityRef) })
      .first();
    return row ? toRecord(row) : undefined;
  }

  async getMany(entityRefs: string[]): Promise<Map<string, OperationsRecord>> {
    const result = new Map<string, OperationsRecord>();
    for (const refs of chunk(entityRefs.map(toRefKey), 500)) {
      const rows = await this.db<OperationsRow>(TABLE).whereIn(
        'entity_ref',
        refs,
      );
      for (const row of rows) {
        result.set(row.entity_ref, toRecord(row));
      }
    }
    return result;
  }

  async listMetadata(): Promise<
    Array<{ entityRef: string; metadata: OperationalMetadata }>
  > {
    const rows = await this.db<OperationsRow>(TABLE)
      .select('entity_ref', 'metadata')
      .orderBy('entity_ref');
    return rows.map(row => ({
      entityRef: row.entity_ref,
      metadata: fromJson<OperationalMetadata>(row.metadata),
    }));
  }

  async put(
    entityRef: string,
    metadata: OperationalMetadata,
    options: { expectedVersion: number; actor: string; now?: Date },
  ): Promise<OperationsRecord> {
    const { expectedVersion, actor } = options;
    const key = toRefKey(entityRef);
    const values = {
      metadata: toJson(metadata),
      updated_at: toTimestamp(options.now ?? new Date()),
      updated_by: actor,
    };

    // Both branches are single atomic statements: the primary key (insert) or the version predicate (update)
    // decides which of several concurrent writers wins. `onConflict().ignore()` keeps a surrounding PostgreSQL
    // transaction usable when the insert loses (a unique violation would abort it).
    const written =
      expectedVersion === 0
        ? await this.db<OperationsRow>(TABLE)
            .insert({ entity_ref: key, version: 1, ...values })
            .onConflict('entity_ref')
            .ignore()
            .returning('*')
        : await this.db<OperationsRow>(TABLE)
            .where({ entity_ref: key, version: expectedVersion })
            .update({ ...values, version: expectedVersion + 1 })
            .returning('*');

    if (written.length !== 1) {
      const current = await this.get(key);
      throw new VersionConflictError({
        resource: `Operational metadata of ${entityRef}`,
        expectedVersion,
        currentVersion: current?.version,
      });
    }
    return toRecord(written[0] as OperationsRow);
  }

  async deleteForEntities(entityRefs: string[]): Promise<number> {
    return deleteForEntities(this.db, TABLE, entityRefs);
  }
}

function toRecord(row: OperationsRow): OperationsRecord {
  return {
    entityRef: row.entity_ref,
    version: row.version,
    metadata: fromJson<OperationalMetadata>(row.metadata),
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}
