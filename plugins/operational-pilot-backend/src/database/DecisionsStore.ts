import type {
  GateSnapshot,
  GoNoGoDecision,
  ReleaseDecision,
} from '@operational-pilot/backstage-plugin-common';
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import {
  deleteForEntities,
  fromJson,
  optional,
  toJson,
  toRefKey,
  toTimestamp,
} from './conversions';

export type NewReleaseDecision = Omit<ReleaseDecision, 'id'>;

/** Go/no-go decisions of releases. Append-only: a new decision is a new record, earlier ones stay. */
export interface DecisionsStore {
  create(decision: NewReleaseDecision): Promise<ReleaseDecision>;
  getById(id: string): Promise<ReleaseDecision | undefined>;
  /** Newest first. */
  listByRelease(releaseId: string): Promise<ReleaseDecision[]>;
  deleteForEntities(entityRefs: string[]): Promise<number>;
}

interface DecisionRow {
  id: string;
  release_id: string;
  entity_ref: string;
  decision: string;
  approvers: string;
  override_reason: string | null;
  notes: string | null;
  decided_by: string;
  decided_at: string;
  snapshot: string;
}

const TABLE = 'release_decisions';

export class DatabaseDecisionsStore implements DecisionsStore {
  constructor(private readonly db: Knex) {}

  async create(decision: NewReleaseDecision): Promise<ReleaseDecision> {
    const row: DecisionRow = {
      id: randomUUID(),
      release_id: decision.releaseId,
      entity_ref: toRefKey(decision.entityRef),
      decision: decision.decision,
      approvers: toJson(decision.approvers),
      override_reason: decision.overrideReason ?? null,
      notes: decision.notes ?? null,
      decided_by: decision.decidedBy,
      decided_at: toTimestamp(decision.decidedAt),
      snapshot: toJson(decision.snapshot),
    };
    await this.db<DecisionRow>(TABLE).insert(row);
    return toDecision(row);
  }

  async getById(id: string): Promise<ReleaseDecision | undefined> {
    const row = await this.db<DecisionRow>(TABLE).where({ id }).first();
    return row ? toDecision(row) : undefined;
  }

  async listByRelease(releaseId: string): Promise<ReleaseDecision[]> {
    const rows = await this.db<DecisionRow>(TABLE)
      .where({ release_id: releaseId })
      // Same instant: the id breaks the tie deterministically (the service never records two in one ms anyway).
      .orderBy([
        { column: 'decided_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ]);
    return rows.map(toDecision);
  }

  async deleteForEntities(entityRefs: string[]): Promise<number> {
    return deleteForEntities(this.db, TABLE, entityRefs);
  }
}

function toDecision(row: DecisionRow): ReleaseDecision {
  return {
    id: row.id,
    releaseId: row.release_id,
    entityRef: row.entity_ref,
    decision: row.decision as GoNoGoDecision,
    approvers: fromJson<string[]>(row.approvers),
    overrideReason: optional(row.override_reason),
    notes: optional(row.notes),
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    snapshot: fromJson<GateSnapshot>(row.snapshot),
  };
}
