import { NotFoundError } from '@backstage/errors';
import type {
  Release,
  ReleaseKind,
  ReleaseStatus,
} from '@operational-pilot/backstage-plugin-common';
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import {
  chunk,
  definedOnly,
  deleteForEntities,
  fromOptionalJson,
  optional,
  toOptionalJson,
  toRefKey,
  toTimestamp,
} from './conversions';
import { VersionConflictError } from './errors';

export type NewRelease = Omit<
  Release,
  'id' | 'rev' | 'createdAt' | 'updatedAt'
> & { createdAt?: string };

/** Fields an update may change; `null` clears an optional field. */
export interface ReleasePatch {
  version?: string;
  kind?: ReleaseKind;
  plannedAt?: string;
  window?: Release['window'] | null;
  changeRef?: string | null;
  status?: ReleaseStatus;
  goNoGo?: Release['goNoGo'] | null;
  hypercare?: Release['hypercare'] | null;
}

export interface ReleasesStore {
  create(release: NewRelease): Promise<Release>;
  getById(id: string): Promise<Release | undefined>;
  /** Latest planned release first. */
  listByEntity(
    entityRef: string,
    filter?: { status?: ReleaseStatus[] },
  ): Promise<Release[]>;
  /**
   * Applies the patch if the stored revision is `expectedRev`, and returns the release at rev + 1.
   * Throws `NotFoundError` or {@link VersionConflictError}.
   */
  update(
    id: string,
    patch: ReleasePatch,
    expectedRev: number,
    options?: { now?: Date },
  ): Promise<Release>;
  /** Records of many entities at once (keyed by lower-cased ref), in the same order as listByEntity. */
  listByEntities(entityRefs: string[]): Promise<Map<string, Release[]>>;
  deleteForEntities(entityRefs: string[]): Promise<number>;
}

interface ReleaseRow {
  id: string;
  entity_ref: string;
  version: string;
  kind: string;
  planned_at: string;
  release_window: string | null;
  change_ref: string | null;
  status: string;
  go_no_go: string | null;
  hypercare: string | null;
  rev: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

const TABLE = 'releases';

export class DatabaseReleasesStore implements ReleasesStore {
  constructor(private readonly db: Knex) {}

  async create(release: NewRelease): Promise<Release> {
    const createdAt = toTimestamp(release.createdAt ?? new Date());
    const row: ReleaseRow = {
      id: randomUUID(),
      entity_ref: toRefKey(release.entityRef),
      version: release.version,
      kind: release.kind,
      planned_at: toTimestamp(release.plannedAt),
      release_window: toOptionalJson(release.window),
      change_ref: release.changeRef ?? null,
      status: release.status,
      go_no_go: toOptionalJson(release.goNoGo),
      hypercare: toOptionalJson(release.hypercare),
      rev: 1,
      created_by: release.createdBy,
      created_at: createdAt,
      updated_at: createdAt,
    };
    await this.db<ReleaseRow>(TABLE).insert(row);
    return toRelease(row);
  }

  async getById(id: string): Promise<Release | undefined> {
    const row = await this.db<ReleaseRow>(TABLE).where({ id }).first();
    return row ? toRelease(row) : undefined;
  }

  async listByEntity(
    entityRef: string,
    filter: { status?: ReleaseStatus[] } = {},
  ): Promise<Release[]> {
    const query = this.db<ReleaseRow>(TABLE).where({
      entity_ref: toRefKey(entityRef),
    });
    if (filter.status?.length) {
      query.whereIn('status', filter.status);
    }
    const rows = await query.orderBy([
      { column: 'planned_at', order: 'desc' },
      { column: 'id', order: 'asc' },
    ]);
    return rows.map(toRelease);
  }

  async update(
    id: string,
    patch: ReleasePatch,
    expectedRev: number,
    options: { now?: Date } = {},
  ): Promise<Release> {
    const json = (value: unknown) =>
      value === undefined ? undefined : toOptionalJson(value);
    const changes = definedOnly({
      version: patch.version,
      kind: patch.kind,
      planned_at:
        patch.plannedAt === undefined
          ? undefined
          : toTimestamp(patch.plannedAt),
      release_window: json(patch.window),
      change_ref: patch.changeRef,
      status: patch.status,
      go_no_go: json(patch.goNoGo),
      hypercare: json(patch.hypercare),
    });
    const rows = await this.db<ReleaseRow>(TABLE)
      .where({ id, rev: expectedRev })
      .update({
        ...changes,
        rev: expectedRev + 1,
        updated_at: toTimestamp(options.now ?? new Date()),
      })
      .returning('*');
    if (rows.length === 1) {
      return toRelease(rows[0] as ReleaseRow);
    }
    const current = await this.getById(id);
    if (!current) {
      throw new NotFoundError(`Release ${id} not found`);
    }
    throw new VersionConflictError({
      resource: `Release ${id}`,
      expectedVersion: expectedRev,
      currentVersion: current.rev,
    });
  }

  async listByEntities(entityRefs: string[]): Promise<Map<string, Release[]>> {
    const byEntity = new Map<string, Release[]>();
    for (const refs of chunk([...new Set(entityRefs.map(toRefKey))], 500)) {
      const rows = await this.db<ReleaseRow>(TABLE)
        .whereIn('entity_ref', refs)
        .orderBy([
      { column: 'planned_at', order: 'desc' },
      { column: 'id', order: 'asc' },
    ]);
      for (const row of rows) {
        const list = byEntity.get(row.entity_ref) ?? [];
        list.push(toRelease(row));
        byEntity.set(row.entity_ref, list);
      }
    }
    return byEntity;
  }

  async deleteForEntities(entityRefs: string[]): Promise<number> {
    return deleteForEntities(this.db, TABLE, entityRefs);
  }
}

function toRelease(row: ReleaseRow): Release {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    version: row.version,
    kind: row.kind as ReleaseKind,
    plannedAt: row.planned_at,
    window: fromOptionalJson<Release['window']>(row.release_window),
    changeRef: optional(row.change_ref),
    status: row.status as ReleaseStatus,
    goNoGo: fromOptionalJson<Release['goNoGo']>(row.go_no_go),
    hypercare: fromOptionalJson<Release['hypercare']>(row.hypercare),
    rev: row.rev,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
