import { NotFoundError } from '@backstage/errors';
import type {
  ActionPriority,
  ActionStatus,
  HandoffAction,
  Phase,
  Side,
} from '@operational-pilot/backstage-plugin-common';
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import {
  chunk,
  definedOnly,
  deleteForEntities,
  optional,
  toOptionalDay,
  toOptionalTimestamp,
  toRefKey,
  toTimestamp,
} from './conversions';
import { VersionConflictError } from './errors';

/** Statuses that count as "open" work (portfolio open/overdue counts). */
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = [
  'open',
  'in_progress',
  'blocked',
];

export type NewAction = Omit<
  HandoffAction,
  'id' | 'version' | 'createdAt' | 'updatedAt'
> & { createdAt?: string };

/** Fields an update may change; `null` clears an optional field. Legal status moves are the caller's job. */
export interface ActionPatch {
  title?: string;
  description?: string | null;
  phase?: Phase;
  side?: Side;
  assigneeRef?: string | null;
  dueDate?: string | null;
  priority?: ActionPriority;
  status?: ActionStatus;
  criterionId?: string | null;
  releaseId?: string | null;
  evidenceUrl?: string | null;
  externalTicketUrl?: string | null;
  blockedReason?: string | null;
  resolution?: string | null;
  closedAt?: string | null;
}

export interface ActionFilter {
  status?: ActionStatus[];
  phase?: Phase[];
  criterionId?: string;
  releaseId?: string;
}

export interface ActionsStore {
  create(action: NewAction): Promise<HandoffAction>;
  getById(id: string): Promise<HandoffAction | undefined>;
  /** Newest first. */
  listByEntity(
    entityRef: string,
    filter?: ActionFilter,
  ): Promise<HandoffAction[]>;
  /**
   * Applies the patch if the stored version is `expectedVersion` and returns the action at version + 1.
   * Throws `NotFoundError` when the action does not exist and {@link VersionConflictError} when the version
   * differs; of several concurrent writers with the same expectation, exactly one wins.
   */
  update(
    id: string,
    patch: ActionPatch,
    expectedVersion: number,
    options?: { now?: Date },
  ): Promise<HandoffAction>;
  /**
   * Open actions (open, in progress, blocked) due before `today` (YYYY-MM-DD, the UTC day of now), the most
   * overdue first; optionally of some entities, assigned to someone, or of entities owned by an owner (the
   * owner of the stored evaluation).
   */
  listOverdue(options: {
    today: string;
    entityRefs?: string[];
    assigneeRef?: string;
    ownerRef?: string;
  }): Promise<HandoffAction[]>;
  /** Records of many entities at once (keyed by lower-cased ref), in the same order as listByEntity. */
  listByEntities(entityRefs: string[]): Promise<Map<string, HandoffAction[]>>;
  deleteForEntities(entityRefs: string[]): Promise<number>;
}

interface ActionRow {
  id: string;
  entity_ref: string;
  title: string;
  description: string | null;
  phase: string;
  side: string;
  assignee_ref: string | null;
  due_date: string | null;
  priority: string;
  status: string;
  criterion_id: string | null;
  release_id: string | null;
  evidence_url: string | null;
  external_ticket_url: string | null;
  blocked_reason: string | null;
  resolution: string | null;
  source: string;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

const TABLE = 'actions';

export class DatabaseActionsStore implements ActionsStore {
  constructor(private readonly db: Knex) {}

  async create(action: NewAction): Promise<HandoffAction> {
    const createdAt = toTimestamp(action.createdAt ?? new Date());
    const row: ActionRow = {
      id: randomUUID(),
      entity_ref: toRefKey(action.entityRef),
      title: action.title,
      description: action.description ?? null,
      phase: action.phase,
      side: action.side,
      assignee_ref: action.assigneeRef ?? null,
      due_date: toOptionalDay(action.dueDate),
      priority: action.priority,
      status: action.status,
      criterion_id: action.criterionId ?? null,
      release_id: action.releaseId ?? null,
      evidence_url: action.evidenceUrl ?? null,
      external_ticket_url: action.externalTicketUrl ?? null,
      blocked_reason: action.blockedReason ?? null,
      resolution: action.resolution ?? null,
      source: action.source,
      version: 1,
      created_by: action.createdBy,
      created_at: createdAt,
      updated_at: createdAt,
      closed_at: toOptionalTimestamp(action.closedAt),
    };
    await this.db<ActionRow>(TABLE).insert(row);
    return toAction(row);
  }

  async getById(id: string): Promise<HandoffAction | undefined> {
    const row = await this.db<ActionRow>(TABLE).where({ id }).first();
    return row ? toAction(row) : undefined;
  }

  async listByEntity(
    entityRef: string,
    filter: ActionFilter = {},
  ): Promise<HandoffAction[]> {
    const query = this.db<ActionRow>(TABLE).where({
      entity_ref: toRefKey(entityRef),
    });
    if (filter.status?.length) {
      query.whereIn('status', filter.status);
    }
    if (filter.phase?.length) {
      query.whereIn('phase', filter.phase);
    }
    if (filter.criterionId) {
      query.andWhere({ criterion_id: filter.criterionId });
    }
    if (filter.releaseId) {
      query.andWhere({ release_id: filter.releaseId });
    }
    const rows = await query.orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'asc' },
    ]);
    return rows.map(toAction);
  }

  async update(
    id: string,
    patch: ActionPatch,
    expectedVersion: number,
    options: { now?: Date } = {},
  ): Promise<HandoffAction> {
    const changes = definedOnly({
      title: patch.title,
      description: patch.description,
      phase: patch.phase,
      side: patch.side,
      assignee_ref: patch.assigneeRef,
      due_date:
        patch.dueDate === undefined ? undefined : toOptionalDay(patch.dueDate),
      priority: patch.priority,
      status: patch.status,
      criterion_id: patch.criterionId,
      release_id: patch.releaseId,
      evidence_url: patch.evidenceUrl,
      external_ticket_url: patch.externalTicketUrl,
      blocked_reason: patch.blockedReason,
      resolution: patch.resolution,
      closed_at:
        patch.closedAt === undefined
          ? undefined
          : toOptionalTimestamp(patch.closedAt),
    });
    // One conditional statement: the version predicate lets exactly one concurrent writer through.
    const rows = await this.db<ActionRow>(TABLE)
      .where({ id, version: expectedVersion })
      .update({
        ...changes,
        version: expectedVersion + 1,
        updated_at: toTimestamp(options.now ?? new Date()),
      })
      .returning('*');
    if (rows.length === 1) {
      return toAction(rows[0] as ActionRow);
    }
    const current = await this.getById(id);
    if (!current) {
      throw new NotFoundError(`Action ${id} not found`);
    }
    throw new VersionConflictError({
      resource: `Action ${id}`,
      expectedVersion,
      currentVersion: current.version,
    });
  }

  async listOverdue(options: {
    today: string;
    entityRefs?: string[];
    assigneeRef?: string;
    ownerRef?: string;
  }): Promise<HandoffAction[]> {
    const query = this.db<ActionRow>(TABLE)
      .whereIn('status', OPEN_ACTION_STATUSES)
      .whereNotNull('due_date')
      .andWhere('due_date', '<', options.today)
      // Like the portfolio: not the actions of entities that left the catalog.
      .whereNotIn(
        'entity_ref',
        this.db('evaluations')
          .select('entity_ref')
          .whereNotNull('missing_since'),
      );
    if (options.entityRefs) {
      query.whereIn('entity_ref', options.entityRefs.map(toRefKey));
    }
    if (options.assigneeRef) {
      query.whereRaw('lower(assignee_ref) = ?', [
        toRefKey(options.assigneeRef),
      ]);
    }
    if (options.ownerRef) {
      query.whereIn(
        'entity_ref',
        this.db('evaluations')
          .select('entity_ref')
          .where('owner', toRefKey(options.ownerRef)),
      );
    }
    const rows = await query.orderBy([
      { column: 'due_date', order: 'asc' },
      { column: 'entity_ref', order: 'asc' },
      { column: 'id', order: 'asc' },
    ]);
    return rows.map(toAction);
  }

  async listByEntities(entityRefs: string[]): Promise<Map<string, HandoffAction[]>> {
    const byEntity = new Map<string, HandoffAction[]>();
    for (const refs of chunk([...new Set(entityRefs.map(toRefKey))], 500)) {
      const rows = await this.db<ActionRow>(TABLE)
        .whereIn('entity_ref', refs)
        .orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'asc' },
    ]);
      for (const row of rows) {
        const list = byEntity.get(row.entity_ref) ?? [];
        list.push(toAction(row));
        byEntity.set(row.entity_ref, list);
      }
    }
    return byEntity;
  }

  async deleteForEntities(entityRefs: string[]): Promise<number> {
    return deleteForEntities(this.db, TABLE, entityRefs);
  }
}

function toAction(row: ActionRow): HandoffAction {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    title: row.title,
    description: optional(row.description),
    phase: row.phase as Phase,
    side: row.side as Side,
    assigneeRef: optional(row.assignee_ref),
    dueDate: optional(row.due_date),
    priority: row.priority as ActionPriority,
    status: row.status as ActionStatus,
    criterionId: optional(row.criterion_id),
    releaseId: optional(row.release_id),
    evidenceUrl: optional(row.evidence_url),
    externalTicketUrl: optional(row.external_ticket_url),
    blockedReason: optional(row.blocked_reason),
    resolution: optional(row.resolution),
    source: row.source as HandoffAction['source'],
    version: row.version,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: optional(row.closed_at),
  };
}
