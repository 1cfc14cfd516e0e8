import { NotFoundError } from '@backstage/errors';
import type {
  ChangeType,
  Release,
  ReleaseKind,
  ReleaseStatus,
  Verdict,
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
  changeType?: ChangeType;
  plannedAt?: string;
  window?: Release['window'] | null;
  changeRef?: string | null;
  changeApproval?: Release['changeApproval'] | null;
  environments?: string[] | null;
  scope?: Release['scope'] | null;
  status?: ReleaseStatus;
  goNoGo?: Release['goNoGo'] | null;
  hypercare?: Release['hypercare'] | null;
  handover?: Release['handover'] | null;
  outcome?: Release['outcome'] | null;
}

/** Verdicts of a release's two gates at the latest evaluation (denormalised for the release calendar). */
export interface ReleaseGateColumns {
  goNoGo: Verdict;
  handover: Verdict;
  /** Open blockers of the go/no-go gate. */
  blockers: number;
  evaluatedAt: string;
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
  /**
   * Stores the gate verdicts computed by an evaluation. Not a change of the release: the revision and
   * `updatedAt` stay as they are (an evaluation must never make a client's If-Match stale).
   */
  setGateSummary(releaseId: string, gates: ReleaseGateColumns): Promise<void>;
  /** The stored gate verdicts, when an evaluation has computed them. */
  getGateSummary(releaseId: string): Promise<ReleaseGateColumns | undefined>;
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
  change_type: string | null;
  change_approval: string | null;
  environments: string | null;
  scope: string | null;
  handover: string | null;
  outcome: string | null;
  go_no_go_verdict?: string | null;
  handover_verdict?: string | null;
  gate_blockers?: number | null;
  gates_evaluated_at?: string | null;
  /** Copied from `outcome` (migration 20261203000100_release_outcomes) for the change-success report. */
  outcome_kind?: string | null;
  outcome_at?: string | null;
  go_gate_verdict?: string | null;
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
      change_type: release.changeType ?? null,
      change_approval: toOptionalJson(release.changeApproval),
      environments: toOptionalJson(release.environments),
      scope: toOptionalJson(release.scope),
      handover: toOptionalJson(release.handover),
      outcome: toOptionalJson(release.outcome),
      ...outcomeColumns(release.outcome),
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
      change_type: patch.changeType,
      change_approval: json(patch.changeApproval),
      environments: json(patch.environments),
      scope: json(patch.scope),
      handover: json(patch.handover),
      outcome: json(patch.outcome),
      ...(patch.outcome === undefined ? {} : outcomeColumns(patch.outcome)),
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

  async setGateSummary(
    releaseId: string,
    gates: ReleaseGateColumns,
  ): Promise<void> {
    await this.db<ReleaseRow>(TABLE)
      .where({ id: releaseId })
      .update({
        go_no_go_verdict: gates.goNoGo,
        handover_verdict: gates.handover,
        gate_blockers: gates.blockers,
        gates_evaluated_at: toTimestamp(gates.evaluatedAt),
      });
  }

  async getGateSummary(
    releaseId: string,
  ): Promise<ReleaseGateColumns | undefined> {
    const row = await this.db<ReleaseRow>(TABLE)
      .where({ id: releaseId })
      .first(
        'go_no_go_verdict',
        'handover_verdict',
        'gate_blockers',
        'gates_evaluated_at',
      );
    if (!row?.go_no_go_verdict || !row.handover_verdict || !row.gates_evaluated_at) {
      return undefined;
    }
    return {
      goNoGo: row.go_no_go_verdict as Verdict,
      handover: row.handover_verdict as Verdict,
      blockers: Number(row.gate_blockers ?? 0),
      evaluatedAt: row.gates_evaluated_at,
    };
  }

  async deleteForEntities(entityRefs: string[]): Promise<number> {
    return deleteForEntities(this.db, TABLE, entityRefs);
  }
}

/** The outcome's queryable columns (the change-success report aggregates on them). */
function outcomeColumns(outcome: Release['outcome'] | null | undefined) {
  return {
    outcome_kind: outcome?.outcome ?? null,
    outcome_at: outcome?.recordedAt ? toTimestamp(outcome.recordedAt) : null,
    go_gate_verdict: outcome?.goGateVerdict ?? null,
  };
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
    changeType: (row.change_type ?? 'normal') as ChangeType,
    changeApproval: fromOptionalJson<Release['changeApproval']>(
      row.change_approval,
    ),
    environments: fromOptionalJson<string[]>(row.environments),
    scope: fromOptionalJson<Release['scope']>(row.scope),
    goNoGo: fromOptionalJson<Release['goNoGo']>(row.go_no_go),
    hypercare: fromOptionalJson<Release['hypercare']>(row.hypercare),
    handover: fromOptionalJson<Release['handover']>(row.handover),
    outcome: fromOptionalJson<Release['outcome']>(row.outcome),
    rev: row.rev,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
