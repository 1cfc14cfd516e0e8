import { ConflictError, NotFoundError } from '@backstage/errors';
import type {
  OperationsChange,
  OperationsProposal,
  OperationsProposalStatus,
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

export interface NewOperationsProposal {
  entityRef: string;
  changes: OperationsChange[];
  proposedBy: string;
  proposedAt: Date | string;
}

/** Sensitive changes of operational metadata held until the POA decides (table `operations_proposals`). */
export interface ProposalsStore {
  create(proposal: NewOperationsProposal): Promise<OperationsProposal>;
  getById(id: string): Promise<OperationsProposal | undefined>;
  /** Oldest first. */
  listByEntity(
    entityRef: string,
    filter?: { status?: OperationsProposalStatus[] },
  ): Promise<OperationsProposal[]>;
  /** Decides a pending proposal, atomically; ConflictError when it is no longer pending, NotFoundError when absent. */
  decide(
    id: string,
    decision: {
      status: 'accepted' | 'rejected';
      by: string;
      at: Date | string;
      comment?: string;
    },
  ): Promise<OperationsProposal>;
  deleteForEntities(entityRefs: string[]): Promise<number>;
}

interface ProposalRow {
  id: string;
  entity_ref: string;
  status: string;
  changes: string;
  proposed_by: string;
  proposed_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_comment: string | null;
}

const TABLE = 'operations_proposals';

export class DatabaseProposalsStore implements ProposalsStore {
  constructor(private readonly db: Knex) {}

  async create(proposal: NewOperationsProposal): Promise<OperationsProposal> {
    const row: ProposalRow = {
      id: randomUUID(),
      entity_ref: toRefKey(proposal.entityRef),
      status: 'pending',
      changes: toJson(proposal.changes),
      proposed_by: proposal.proposedBy,
      proposed_at: toTimestamp(proposal.proposedAt),
      decided_by: null,
      decided_at: null,
      decision_comment: null,
    };
    await this.db<ProposalRow>(TABLE).insert(row);
    return toProposal(row);
  }

  async getById(id: string): Promise<OperationsProposal | undefined> {
    const row = await this.db<ProposalRow>(TABLE).where({ id }).first();
    return row ? toProposal(row) : undefined;
  }

  async listByEntity(
    entityRef: string,
    filter: { status?: OperationsProposalStatus[] } = {},
  ): Promise<OperationsProposal[]> {
    const query = this.db<ProposalRow>(TABLE).where({
      entity_ref: toRefKey(entityRef),
    });
    if (filter.status?.length) query.whereIn('status', filter.status);
    const rows = await query.orderBy([
      { column: 'proposed_at', order: 'asc' },
      { column: 'id', order: 'asc' },
    ]);
    return rows.map(toProposal);
  }

  async decide(
    id: string,
    decision: {
      status: 'accepted' | 'rejected';
      by: string;
      at: Date | string;
      comment?: string;
    },
  ): Promise<OperationsProposal> {
    const rows = await this.db<ProposalRow>(TABLE)
      .where({ id, status: 'pending' })
      .update({
        status: decision.status,
        decided_by: decision.by,
        decided_at: toTimestamp(decision.at),
        decision_comment: decision.comment ?? null,
      })
      .returning('*');
    if (rows.length === 1) return toProposal(rows[0] as ProposalRow);
    const current = await this.getById(id);
    if (!current) throw new NotFoundError(`No proposal ${id}`);
    throw new ConflictError(
      `The proposal was already ${current.status} by ${current.decidedBy}`,
    );
  }

  async deleteForEntities(entityRefs: string[]): Promise<number> {
    return deleteForEntities(this.db, TABLE, entityRefs);
  }
}

function toProposal(row: ProposalRow): OperationsProposal {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    status: row.status as OperationsProposalStatus,
    changes: fromJson<OperationsChange[]>(row.changes),
    proposedBy: row.proposed_by,
    proposedAt: row.proposed_at,
    decidedBy: optional(row.decided_by) ?? undefined,
    decidedAt: optional(row.decided_at) ?? undefined,
    comment: optional(row.decision_comment) ?? undefined,
  };
}
