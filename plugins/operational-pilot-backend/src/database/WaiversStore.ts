import { ConflictError, NotFoundError } from '@backstage/errors';
import type {
  Waiver,
  WaiverStatus,
} from '@operational-pilot/backstage-plugin-common';
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import {
  chunk,
  definedOnly,
  deleteForEntities,
  optional,
  toOptionalTimestamp,
  toRefKey,
  toTimestamp,
} from './conversions';

export type NewWaiver = Omit<Waiver, 'id'>;

/** Fields a waiver update may change; `null` clears an optional field. */
export interface WaiverPatch {
  status?: WaiverStatus;
  reason?: string;
  approvedBy?: string | null;
  approvedAt?: string | null;
  expiresAt?: string;
  actionId?: string | null;
  /** Why the approver rejected it. */
  rejectionReason?: string | null;
}

export interface WaiverFilter {
  criterionId?: string;
  status?: WaiverStatus[];
  releaseId?: string;
}

export interface WaiversStore {
  create(waiver: NewWaiver): Promise<Waiver>;
  getById(id: string): Promise<Waiver | undefined>;
  /** Newest request first. */
  listByEntity(entityRef: string, filter?: WaiverFilter): Promise<Waiver[]>;
  /**
   * Applies the patch. With `expectedStatus`, the update only happens if the waiver is still in one of those
   * statuses (e.g. approve only a `requested` waiver), atomically; otherwise it throws a `ConflictError`.
   * Throws `NotFoundError` when the waiver does not exist.
   */
  update(
    id: string,
    patch: WaiverPatch,
    options?: { expectedStatus?: WaiverStatus[] },
  ): Promise<Waiver>;
  /** Records of many entities at once (keyed by lower-cased ref), in the same order as listByEntity. */
  listByEntities(entityRefs: string[]): Promise<Map<string, Waiver[]>>;
  deleteForEntities(entityRefs: string[]): Promise<number>;
}

interface WaiverRow {
  id: string;
  entity_ref: string;
  criterion_id: string;
  reason: string;
  requested_by: string;
  requested_at: string;
  status: string;
  approved_by: string | null;
  approved_at: string | null;
  expires_at: string;
  action_id: string | null;
  release_id: string | null;
  rejection_reason?: string | null;
}

const TABLE = 'waivers';

export class DatabaseWaiversStore implements WaiversStore {
  constructor(private readonly db: Knex) {}

  async create(waiver: NewWaiver): Promise<Waiver> {
    const row: WaiverRow = {
      id: randomUUID(),
      entity_ref: toRefKey(waiver.entityRef),
      criterion_id: waiver.criterionId,
      reason: waiver.reason,
      requested_by: waiver.requestedBy,
      requested_at: toTimestamp(waiver.requestedAt),
      status: waiver.status,
      approved_by: waiver.approvedBy ?? null,
      approved_at: toOptionalTimestamp(waiver.approvedAt),
      expires_at: toTimestamp(waiver.expiresAt),
      action_id: waiver.actionId ?? null,
      release_id: waiver.releaseId ?? null,
    };
    await this.db<WaiverRow>(TABLE).insert(row);
    return toWaiver(row);
  }

  async getById(id: string): Promise<Waiver | undefined> {
    const row = await this.db<WaiverRow>(TABLE).where({ id }).first();
    return row ? toWaiver(row) : undefined;
  }

  async listByEntity(
    entityRef: string,
    filter: WaiverFilter = {},
  ): Promise<Waiver[]> {
    const query = this.db<WaiverRow>(TABLE).where({
      entity_ref: toRefKey(entityRef),
    });
    if (filter.criterionId) {
      query.andWhere({ criterion_id: filter.criterionId });
    }
    if (filter.status?.length) {
      query.whereIn('status', filter.status);
    }
    if (filter.releaseId) {
      query.andWhere({ release_id: filter.releaseId });
    }
    const rows = await query.orderBy([
      { column: 'requested_at', order: 'desc' },
      { column: 'id', order: 'asc' },
    ]);
    return rows.map(toWaiver);
  }

  async update(
    id: string,
    patch: WaiverPatch,
    options: { expectedStatus?: WaiverStatus[] } = {},
  ): Promise<Waiver> {
    const changes = definedOnly({
      status: patch.status,
      reason: patch.reason,
      approved_by: patch.approvedBy,
      approved_at:
        patch.approvedAt === undefined
          ? undefined
          : toOptionalTimestamp(patch.approvedAt),
      expires_at:
        patch.expiresAt === undefined
          ? undefined
          : toTimestamp(patch.expiresAt),
      action_id: patch.actionId,
      rejection_reason: patch.rejectionReason,
    });
    const query = this.db<WaiverRow>(TABLE).where({ id });
    if (options.expectedStatus) {
      query.whereIn('status', options.expectedStatus);
    }
    const rows = Object.keys(changes).length
      ? await query.update(changes).returning('*')
      : await query.select('*');
    if (rows.length === 1) {
      return toWaiver(rows[0] as WaiverRow);
    }
    const current = await this.getById(id);
    if (!current) {
      throw new NotFoundError(`Waiver ${id} not found`);
    }
    throw new ConflictError(
      `Waiver ${id} is ${
        current.status
      }, expected ${options.expectedStatus?.join(' or ')}`,
    );
  }

  async listByEntities(entityRefs: string[]): Promise<Map<string, Waiver[]>> {
    const byEntity = new Map<string, Waiver[]>();
    for (const refs of chunk([...new Set(entityRefs.map(toRefKey))], 500)) {
      const rows = await this.db<WaiverRow>(TABLE)
        .whereIn('entity_ref', refs)
        .orderBy([
      { column: 'requested_at', order: 'desc' },
      { column: 'id', order: 'asc' },
    ]);
      for (const row of rows) {
        const list = byEntity.get(row.entity_ref) ?? [];
        list.push(toWaiver(row));
        byEntity.set(row.entity_ref, list);
      }
    }
    return byEntity;
  }

  async deleteForEntities(entityRefs: string[]): Promise<number> {
    return deleteForEntities(this.db, TABLE, entityRefs);
  }
}

function toWaiver(row: WaiverRow): Waiver {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    criterionId: row.criterion_id,
    reason: row.reason,
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    status: row.status as WaiverStatus,
    approvedBy: optional(row.approved_by),
    approvedAt: optional(row.approved_at),
    expiresAt: row.expires_at,
    actionId: optional(row.action_id),
    releaseId: optional(row.release_id),
    rejectionReason: optional(row.rejection_reason),
  };
}
