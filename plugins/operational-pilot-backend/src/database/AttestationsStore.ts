import type {
  Attestation,
  AttestationState,
} from '@operational-pilot/backstage-plugin-common';
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import {
  chunk,
  deleteForEntities,
  fromJson,
  optional,
  toJson,
  toOptionalTimestamp,
  toRefKey,
  toTimestamp,
} from './conversions';

/** What a caller provides to record an attestation; the store adds the id and `createdAt`. */
export type NewAttestation = Omit<Attestation, 'id' | 'createdAt'> & {
  createdAt?: string;
};

export interface AttestationFilter {
  criterionId?: string;
  releaseId?: string;
}

/** Manual attestations. Append-mostly: a new assessment is a new row; only the countersignature is updated. */
export interface AttestationsStore {
  create(attestation: NewAttestation): Promise<Attestation>;
  getById(id: string): Promise<Attestation | undefined>;
  /** Newest assessment first. */
  listByEntity(
    entityRef: string,
    filter?: AttestationFilter,
  ): Promise<Attestation[]>;
  /** All attestations recorded against a release, newest assessment first. */
  listByRelease(releaseId: string): Promise<Attestation[]>;
  /** Records the run side's countersignature; `undefined` when the attestation does not exist. */
  countersign(
    id: string,
    countersign: { by: string; at?: Date | string },
  ): Promise<Attestation | undefined>;
  /**
   * Approves a not-applicable exemption, once: `undefined` when the attestation does not exist or is already
   * approved (the caller reads it again to tell which).
   */
  approve(
    id: string,
    approval: { by: string; at?: Date | string },
  ): Promise<Attestation | undefined>;
  /** Records of many entities at once (keyed by lower-cased ref), in the same order as listByEntity. */
  listByEntities(entityRefs: string[]): Promise<Map<string, Attestation[]>>;
  deleteForEntities(entityRefs: string[]): Promise<number>;
}

interface AttestationRow {
  id: string;
  entity_ref: string;
  criterion_id: string;
  release_id: string | null;
  state: string;
  justification: string | null;
  evidence: string;
  assessed_by: string;
  assessed_at: string;
  expires_at: string | null;
  comment: string | null;
  countersigned_by: string | null;
  countersigned_at: string | null;
  review_by?: string | null;
  approved_by?: string | null;
  approved_at?: string | null;
  created_at: string;
}

const TABLE = 'attestations';

export class DatabaseAttestationsStore implements AttestationsStore {
  constructor(private readonly db: Knex) {}

  async create(attestation: NewAttestation): Promise<Attestation> {
    const row: AttestationRow = {
      id: randomUUID(),
      entity_ref: toRefKey(attestation.entityRef),
      criterion_id: attestation.criterionId,
      release_id: attestation.releaseId ?? null,
      state: attestation.state,
      justification: attestation.justification ?? null,
      evidence: toJson(attestation.evidence ?? []),
      assessed_by: attestation.assessedBy,
      assessed_at: toTimestamp(attestation.assessedAt),
      expires_at: toOptionalTimestamp(attestation.expiresAt),
      comment: attestation.comment ?? null,
      countersigned_by: attestation.countersignedBy ?? null,
      countersigned_at: toOptionalTimestamp(attestation.countersignedAt),
      review_by: toOptionalTimestamp(attestation.reviewBy),
      approved_by: attestation.approvedBy ?? null,
      approved_at: toOptionalTimestamp(attestation.approvedAt),
      created_at: toTimestamp(attestation.createdAt ?? new Date()),
    };
    await this.db<AttestationRow>(TABLE).insert(row);
    return toAttestation(row);
  }

  async getById(id: string): Promise<Attestation | undefined> {
    const row = await this.db<AttestationRow>(TABLE).where({ id }).first();
    return row ? toAttestation(row) : undefined;
  }

  async listByEntity(
    entityRef: string,
    filter: AttestationFilter = {},
  ): Promise<Attestation[]> {
    const query = this.db<AttestationRow>(TABLE).where({
      entity_ref: toRefKey(entityRef),
    });
    if (filter.criterionId) {
      query.andWhere({ criterion_id: filter.criterionId });
    }
    if (filter.releaseId) {
      query.andWhere({ release_id: filter.releaseId });
    }
    const rows = await query.orderBy([
      { column: 'assessed_at', order: 'desc' },
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'asc' },
    ]);
    return rows.map(toAttestation);
  }

  async listByRelease(releaseId: string): Promise<Attestation[]> {
    const rows = await this.db<AttestationRow>(TABLE)
      .where({ release_id: releaseId })
      .orderBy([
        { column: 'assessed_at', order: 'desc' },
        { column: 'id', order: 'asc' },
      ]);
    return rows.map(toAttestation);
  }

  async countersign(
    id: string,
    countersign: { by: string; at?: Date | string },
  ): Promise<Attestation | undefined> {
    const rows = await this.db<AttestationRow>(TABLE)
      .where({ id })
      .update({
        countersigned_by: countersign.by,
        countersigned_at: toTimestamp(countersign.at ?? new Date()),
      })
      .returning('*');
    return rows.length ? toAttestation(rows[0] as AttestationRow) : undefined;
  }

  async approve(
    id: string,
    approval: { by: string; at?: Date | string },
  ): Promise<Attestation | undefined> {
    const rows = await this.db<AttestationRow>(TABLE)
      .where({ id })
      .whereNull('approved_by')
      .update({
        approved_by: approval.by,
        approved_at: toTimestamp(approval.at ?? new Date()),
      })
      .returning('*');
    return rows.length ? toAttestation(rows[0] as AttestationRow) : undefined;
  }

  async listByEntities(entityRefs: string[]): Promise<Map<string, Attestation[]>> {
    const byEntity = new Map<string, Attestation[]>();
    for (const refs of chunk([...new Set(entityRefs.map(toRefKey))], 500)) {
      const rows = await this.db<AttestationRow>(TABLE)
        .whereIn('entity_ref', refs)
        .orderBy([
      { column: 'assessed_at', order: 'desc' },
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'asc' },
    ]);
      for (const row of rows) {
        const list = byEntity.get(row.entity_ref) ?? [];
        list.push(toAttestation(row));
        byEntity.set(row.entity_ref, list);
      }
    }
    return byEntity;
  }

  async deleteForEntities(entityRefs: string[]): Promise<number> {
    return deleteForEntities(this.db, TABLE, entityRefs);
  }
}

function toAttestation(row: AttestationRow): Attestation {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    criterionId: row.criterion_id,
    releaseId: optional(row.release_id),
    state: row.state as AttestationState,
    justification: optional(row.justification),
    evidence: fromJson<Attestation['evidence']>(row.evidence),
    assessedBy: row.assessed_by,
    assessedAt: row.assessed_at,
    expiresAt: optional(row.expires_at),
    comment: optional(row.comment),
    countersignedBy: optional(row.countersigned_by),
    countersignedAt: optional(row.countersigned_at),
    reviewBy: optional(row.review_by ?? null),
    approvedBy: optional(row.approved_by ?? null),
    approvedAt: optional(row.approved_at ?? null),
    createdAt: row.created_at,
  };
}
