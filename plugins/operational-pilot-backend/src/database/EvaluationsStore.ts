import type {
  EntityReadiness,
  LifecycleMismatch,
  PortfolioItem,
  PortfolioQuery,
  PortfolioResponse,
  ChangeSuccessResponse,
  PortfolioFailingCriteria,
  PortfolioHeatmap,
  PortfolioHighlights,
  PortfolioRollups,
  ReleaseCalendarItem,
  Tier,
  Verdict,
} from '@operational-pilot/backstage-plugin-common';
import type { Knex } from 'knex';
import { createHash } from 'node:crypto';
import {
  chunk,
  deleteForEntities,
  fromJson,
  isSqlite,
  optional,
  toJson,
  toOptionalRefKey,
  toOptionalTimestamp,
  toRefKey,
  toTimestamp,
} from './conversions';
import {
  portfolioItems,
  portfolioRows,
  portfolioSummary,
  summaryValidUntil,
} from './portfolio';
import type { ScopedPortfolioQuery } from './portfolio';
import { changeSuccess, releaseCalendar } from './releasePortfolio';
import {
  highlightsValidUntil,
  portfolioHighlights,
  portfolioRollups,
} from './portfolioRollups';
import { AggregateCache, Computed } from './aggregateCache';
import {
  CRITERION_TABLES,
  CriterionOutcome,
  criterionOutcomes,
  replaceCriterionResults,
} from './criterionResults';
import { failingCriteria, portfolioHeatmap } from './portfolioCriteria';
import { LEVEL_RANK, VERDICT_RANK } from './ranks';

/** The catalog fields the portfolio shows, filters and sorts on (copied at evaluation time). */
export interface EvaluatedEntity {
  kind: string;
  namespace: string;
  name: string;
  /** `metadata.title`; the name is used when absent. */
  title?: string;
  owner?: string;
  system?: string;
  domain?: string;
  /** POA from the operational metadata. */
  poa?: string;
}

/** What the evaluation service stores for one entity. */
export interface EvaluationRecord {
  entity: EvaluatedEntity;
  readiness: EntityReadiness;
  /** Hash of the evaluation inputs, so that the service can skip writes that would change nothing. */
  inputsHash?: string;
  /** Catalog lifecycle versus hand-over to run (portfolio filter `lifecycleMismatch`). */
  lifecycleMismatch?: LifecycleMismatch;
  /**
   * Outcome of each applicable criterion (counted in `category_results`, failures in `criterion_failures`). Defaults
   * to those of `readiness`, which needs the criteria's categories: pass it when `readiness` is compacted
   * (service/readinessCodec.ts).
   */
  criteria?: CriterionOutcome[];
}

/** A stored evaluation, as read back. Refs are lower-cased. */
export interface StoredEvaluation {
  entityRef: string;
  entity: EvaluatedEntity;
  readiness: EntityReadiness;
  inputsHash?: string;
  /** Set while the entity is absent from the catalog (until purged). */
  missingSince?: string;
}

export interface EvaluationFreshness {
  inputsHash?: string;
  modelVersion: string;
  nextChangeAt?: string;
  missingSince?: string;
}

export interface EvaluationsStore {
  /**
   * Inserts or replaces the evaluations (and their attestation expiries); clears `missingSince`. An evaluation
   * never replaces a newer one (stored `evaluated_at` later than its own: it read older inputs), so that
   * concurrent evaluations of one entity (a write's re-evaluation, the task, another replica) cannot lose an
   * update. Returns the (lower-cased) refs actually written.
   */
  upsert(records: EvaluationRecord | EvaluationRecord[]): Promise<string[]>;
  get(entityRef: string): Promise<StoredEvaluation | undefined>;
  /** What decides whether stored evaluations are still current, for many entities at once (lower-cased keys). */
  getFreshness(entityRefs: string[]): Promise<Map<string, EvaluationFreshness>>;
  /** Refs of stored evaluations; entities marked missing only with `includeMissing`. */
  listAllRefs(options?: { includeMissing?: boolean }): Promise<string[]>;
  /**
   * Refs to re-evaluate: present entities whose `nextChangeAt` has passed or that were evaluated with another
   * model version. Oldest evaluation first.
   */
  listDue(now: Date, modelVersion: string, limit: number): Promise<string[]>;
  /** Flags entities that left the catalog (kept until purged); returns how many were newly flagged. */
  markMissing(entityRefs: string[], now: Date): Promise<number>;
  /**
   * Deletes evaluations of entities missing since before `before` and returns their refs. Use
   * `stores.purgeMissingEntities` to also delete the entities' other data.
   */
  purgeMissingBefore(before: Date): Promise<string[]>;
  /** One page of the portfolio, its total and its summary, computed in SQL. */
  portfolio(query: ScopedPortfolioQuery, now: Date): Promise<PortfolioResponse>;
  /**
   * Every portfolio row matching the query's filters, in its order (`limit`/`offset` are ignored), read in
   * pages so that a CSV export can stream without loading everything.
   */
  portfolioCsvRows(
    query: PortfolioQuery,
    now: Date,
    options?: { pageSize?: number },
  ): AsyncIterable<PortfolioItem>;
  deleteForEntities(entityRefs: string[]): Promise<number>;
  /**
   * Stored evaluations of the present entities whose `system` is `systemRef` (a System's rollup), by entity ref.
   * `visibleRefs` limits them to the entities the caller may see.
   */
  listBySystem(
    systemRef: string,
    options?: { visibleRefs?: string[] },
  ): Promise<SystemMember[]>;
  /** Open releases planned in [from, to) of the entities matching the portfolio query, earliest first (≤ 500). */
  releaseCalendar(
    query: ScopedPortfolioQuery,
    range: { from: Date; to: Date },
  ): Promise<ReleaseCalendarItem[]>;
  /** Outcomes of the entities' releases per group and month, and per go/no-go gate verdict at "go". */
  changeSuccess(
    query: ScopedPortfolioQuery,
    options: { groupBy: 'owner' | 'system'; months: number; now: Date },
  ): Promise<ChangeSuccessResponse>;
  /** Per team or system of the portfolio query: verdicts, average, blockers, overdue actions (worst first). */
  rollups(
    query: ScopedPortfolioQuery,
    options: { groupBy: 'owner' | 'system'; limit: number; now: Date },
  ): Promise<PortfolioRollups>;
  /** Biggest score drops over `days` days and the approved waivers of the portfolio query. */
  highlights(
    query: ScopedPortfolioQuery,
    options: { days: number; limit: number; now: Date },
  ): Promise<PortfolioHighlights>;
  /** Per team (owner) × category of the portfolio query: entities, passing share, failing criteria (worst first). */
  heatmap(
    query: ScopedPortfolioQuery,
    options: { limit: number },
  ): Promise<PortfolioHeatmap>;
  /** The criteria failed by the most entities of the portfolio query. */
  failingCriteria(
    query: ScopedPortfolioQuery,
    options: { limit: number },
  ): Promise<PortfolioFailingCriteria>;
}

/** One entity of a system, from its stored evaluation (lower-cased ref). */
export interface SystemMember {
  entityRef: string;
  title?: string;
  tier: Tier;
  score: number;
  verdict: Verdict;
  blockers: string[];
}

export interface EvaluationRow {
  entity_ref: string;
  kind: string;
  namespace: string;
  name: string;
  title: string;
  owner: string | null;
  system: string | null;
  domain: string | null;
  tier: string;
  tier_declared: boolean;
  poa: string | null;
  score: number;
  verdict: string;
  verdict_rank: number;
  level: string;
  level_rank: number;
  blockers_count: number;
  reservations_count: number;
  search_text: string;
  model_version: string;
  inputs_hash: string | null;
  /** See `prepare`; null for rows written before the column existed. */
  result_hash: string | null;
  next_change_at: string | null;
  evaluated_at: string;
  missing_since: string | null;
  categories: string;
  lifecycle_mismatch: string | null;
}

interface ExpiryRow {
  entity_ref: string;
  criterion_id: string;
  expires_at: string;
}

const TABLE = 'evaluations';
const EXPIRIES = 'attestation_expiries';
const RESULTS = 'evaluation_results';
// SQLite builds before 3.32 allow 999 bind parameters per statement.
const EVALUATIONS_PER_INSERT = 30;
const EXPIRIES_PER_INSERT = 300;

export class DatabaseEvaluationsStore implements EvaluationsStore {
  private readonly aggregates: AggregateCache;

  constructor(private readonly db: Knex) {
    this.aggregates = new AggregateCache(db);
  }

  /**
   * A portfolio aggregate, served from the aggregate cache while its data and time window hold (database/
   * aggregateCache.ts). Answers restricted to what one caller may see are computed each time.
   */
  private async aggregate<T>(
    name: string,
    query: ScopedPortfolioQuery,
    options: object,
    now: Date,
    compute: () => Promise<Computed<T>>,
  ): Promise<T> {
    if (query.visibility !== undefined) return (await compute()).value;
    return this.aggregates.get(name, { query, options }, now, compute);
  }

  async upsert(
    records: EvaluationRecord | EvaluationRecord[],
  ): Promise<string[]> {
    const given = Array.isArray(records) ? records : [records];
    if (given.length === 0) {
      return [];
    }
    // One record per entity (the newest), in ref order: concurrent upserts then lock rows in the same order on
    // PostgreSQL and cannot deadlock.
    const byRef = new Map<string, EvaluationRecord>();
    for (const record of given) {
      const key = toRefKey(record.readiness.entityRef);
      const previous = byRef.get(key);
      if (
        !previous ||
        previous.readiness.evaluatedAt <= record.readiness.evaluatedAt
      ) {
        byRef.set(key, record);
      }
    }
    const list = [...byRef.keys()].sort().map(key => prepare(byRef.get(key)!));
    // The evaluation, its full result and its expiries change together (a nested call becomes a savepoint).
    return this.db.transaction(async trx => {
      // Read (and on PostgreSQL lock, in ref order) the stored hashes first: a concurrent writer cannot change a
      // row between this read and the write below, so "unchanged" stays true until commit.
      const previous = await storedResultHashes(
        trx,
        list.map(item => item.row.entity_ref),
      );
      const written = new Set<string>();
      for (const batch of chunk(list, EVALUATIONS_PER_INSERT)) {
        // Timestamps are ISO strings of one format: text order is time order on both databases. The row lock
        // taken by ON CONFLICT serialises concurrent writers; the WHERE sees the latest committed row.
        const done: Array<{ entity_ref: string }> = await trx(TABLE)
          .insert(batch.map(item => item.row))
          .onConflict('entity_ref')
          .merge()
          .where(
            trx.raw('??.?? <= ??.??', [
              TABLE,
              'evaluated_at',
              'excluded',
              'evaluated_at',
            ]),
          )
          .returning('entity_ref');
        for (const row of done) written.add(row.entity_ref);
      }
      // Of the written evaluations, those whose result changed: an unchanged one (a forced re-evaluation, a new
      // action that changes nothing) keeps its result, criterion rows and expiries — its time stamp is the row's.
      const changed = list.filter(
        item =>
          written.has(item.row.entity_ref) &&
          previous.get(item.row.entity_ref) !== item.row.result_hash,
      );
      const changedRefs = changed.map(item => item.row.entity_ref);
      for (const batch of chunk(changed, EVALUATIONS_PER_INSERT)) {
        await trx(RESULTS)
          .insert(
            batch.map(item => ({
              entity_ref: item.row.entity_ref,
              result: item.resultJson,
            })),
          )
          .onConflict('entity_ref')
          .merge();
      }
      await replaceCriterionResults(
        trx,
        changedRefs,
        new Map(changed.map(item => [item.row.entity_ref, item.outcomes])),
      );
      for (const refs of chunk(changedRefs, 500)) {
        await trx(EXPIRIES).whereIn('entity_ref', refs).delete();
      }
      for (const batch of chunk(
        changed.flatMap(item => attestationExpiries(item.record)),
        EXPIRIES_PER_INSERT,
      )) {
        await trx(EXPIRIES).insert(batch);
      }
      return [...written];
    });
  }

  async get(entityRef: string): Promise<StoredEvaluation | undefined> {
    const row: (EvaluationRow & { result: string }) | undefined = await this.db(
      `${TABLE} as e`,
    )
      .join(`${RESULTS} as r`, 'r.entity_ref', 'e.entity_ref')
      .where({ 'e.entity_ref': toRefKey(entityRef) })
      .select('e.*', 'r.result')
      .first();
    if (!row) {
      return undefined;
    }
    return {
      entityRef: row.entity_ref,
      entity: {
        kind: row.kind,
        namespace: row.namespace,
        name: row.name,
        title: row.title,
        owner: optional(row.owner),
        system: optional(row.system),
        domain: optional(row.domain),
        poa: optional(row.poa),
      },
      readiness: readStoredResult(row.result, row),
      inputsHash: optional(row.inputs_hash),
      missingSince: optional(row.missing_since),
    };
  }

  async getFreshness(
    entityRefs: string[],
  ): Promise<Map<string, EvaluationFreshness>> {
    const result = new Map<string, EvaluationFreshness>();
    for (const refs of chunk([...new Set(entityRefs.map(toRefKey))], 500)) {
      const rows = await this.db<EvaluationRow>(TABLE)
        .select(
          'entity_ref',
          'inputs_hash',
          'model_version',
          'next_change_at',
          'missing_since',
        )
        .whereIn('entity_ref', refs);
      for (const row of rows) {
        result.set(row.entity_ref, {
          inputsHash: optional(row.inputs_hash),
          modelVersion: row.model_version,
          nextChangeAt: optional(row.next_change_at),
          missingSince: optional(row.missing_since),
        });
      }
    }
    return result;
  }

  async listAllRefs(options: { includeMissing?: boolean } = {}) {
    const query = this.db<EvaluationRow>(TABLE)
      .select('entity_ref')
      .orderBy('entity_ref');
    if (!options.includeMissing) {
      query.whereNull('missing_since');
    }
    const rows = await query;
    return rows.map(row => row.entity_ref);
  }

  async listDue(
    now: Date,
    modelVersion: string,
    limit: number,
  ): Promise<string[]> {
    const rows = await this.db<EvaluationRow>(TABLE)
      .select('entity_ref')
      .whereNull('missing_since')
      .andWhere(due =>
        due
          .where('next_change_at', '<=', toTimestamp(now))
          .orWhereNot('model_version', modelVersion),
      )
      .orderBy([
        { column: 'evaluated_at', order: 'asc' },
        { column: 'entity_ref', order: 'asc' },
      ])
      .limit(limit);
    return rows.map(row => row.entity_ref);
  }

  async markMissing(entityRefs: string[], now: Date): Promise<number> {
    let marked = 0;
    for (const refs of chunk(entityRefs.map(toRefKey), 500)) {
      marked += await this.db(TABLE)
        .whereIn('entity_ref', refs)
        .whereNull('missing_since')
        .update({ missing_since: toTimestamp(now) });
    }
    return marked;
  }

  async purgeMissingBefore(before: Date): Promise<string[]> {
    return this.db.transaction(async trx => {
      const rows: Array<{ entity_ref: string }> = await trx(TABLE)
        .select('entity_ref')
        .where('missing_since', '<', toTimestamp(before));
      const refs = rows.map(row => row.entity_ref);
      await deleteEvaluations(trx, refs);
      return refs;
    });
  }

  portfolio(
    query: ScopedPortfolioQuery,
    now: Date,
  ): Promise<PortfolioResponse> {
    return this.aggregate('portfolio', query, {}, now, async () => {
      // The summary counts the filtered set, so its total is the page's total: no separate count query.
      const [items, summary, validUntil] = await Promise.all([
        portfolioItems(this.db, query, now),
        portfolioSummary(this.db, query, now),
        summaryValidUntil(this.db, now),
      ]);
      return {
        value: { items, totalItems: summary.totalEntities, summary },
        validUntil,
      };
    });
  }

  portfolioCsvRows(
    query: PortfolioQuery,
    now: Date,
    options: { pageSize?: number } = {},
  ): AsyncIterable<PortfolioItem> {
    return portfolioRows(this.db, query, now, options.pageSize);
  }

  releaseCalendar(
    query: ScopedPortfolioQuery,
    range: { from: Date; to: Date },
  ): Promise<ReleaseCalendarItem[]> {
    return releaseCalendar(this.db, query, range);
  }

  changeSuccess(
    query: ScopedPortfolioQuery,
    options: { groupBy: 'owner' | 'system'; months: number; now: Date },
  ): Promise<ChangeSuccessResponse> {
    return changeSuccess(this.db, query, options);
  }

  rollups(
    query: ScopedPortfolioQuery,
    options: { groupBy: 'owner' | 'system'; limit: number; now: Date },
  ): Promise<PortfolioRollups> {
    const { now, ...input } = options;
    // Overdue counts change at midnight (UTC), when every cached answer ends anyway.
    return this.aggregate('rollups', query, input, now, async () => ({
      value: await portfolioRollups(this.db, query, options),
    }));
  }

  highlights(
    query: ScopedPortfolioQuery,
    options: { days: number; limit: number; now: Date },
  ): Promise<PortfolioHighlights> {
    const { now, ...input } = options;
    return this.aggregate('highlights', query, input, now, async () => {
      const [value, validUntil] = await Promise.all([
        portfolioHighlights(this.db, query, options),
        highlightsValidUntil(this.db, now),
      ]);
      return { value, validUntil };
    });
  }

  heatmap(
    query: ScopedPortfolioQuery,
    options: { limit: number },
  ): Promise<PortfolioHeatmap> {
    // Data only: the clock does not change it.
    return this.aggregate('heatmap', query, options, new Date(), async () => ({
      value: await portfolioHeatmap(this.db, query, options),
    }));
  }

  failingCriteria(
    query: ScopedPortfolioQuery,
    options: { limit: number },
  ): Promise<PortfolioFailingCriteria> {
    return this.aggregate('failing', query, options, new Date(), async () => ({
      value: await failingCriteria(this.db, query, options),
    }));
  }

  async listBySystem(
    systemRef: string,
    options: { visibleRefs?: string[] } = {},
  ): Promise<SystemMember[]> {
    const query = this.db(`${TABLE} as e`)
      .join(`${RESULTS} as r`, 'r.entity_ref', 'e.entity_ref')
      .where('e.system', toRefKey(systemRef))
      .whereNull('e.missing_since')
      .select(
        'e.entity_ref',
        'e.title',
        'e.tier',
        'e.score',
        'e.verdict',
        'r.result',
      )
      .orderBy('e.entity_ref');
    if (options.visibleRefs) {
      if (options.visibleRefs.length === 0) return [];
      query.whereIn('e.entity_ref', options.visibleRefs.map(toRefKey));
    }
    const rows: Array<{
      entity_ref: string;
      title: string | null;
      tier: string;
      score: number | string;
      verdict: string;
      result: string;
    }> = await query;
    return rows.map(row => ({
      entityRef: row.entity_ref,
      title: optional(row.title),
      tier: row.tier as Tier,
      score: Number(row.score),
      verdict: row.verdict as Verdict,
      blockers:
        fromJson<Pick<EntityReadiness, 'blockers'>>(row.result).blockers ?? [],
    }));
  }

  async deleteForEntities(entityRefs: string[]): Promise<number> {
    return this.db.transaction(trx => deleteEvaluations(trx, entityRefs));
  }
}

/**
 * Deletes evaluations with their results, criterion rows and expiries, the `evaluations` row first: its row lock
 * makes a concurrent upsert of the same entity wait until the rest is gone, so no criterion row outlives its
 * evaluation (the most failing criteria count criterion rows without joining evaluations when the filter is broad).
 */
async function deleteEvaluations(
  trx: Knex.Transaction,
  entityRefs: string[],
): Promise<number> {
  const deleted = await deleteForEntities(trx, TABLE, entityRefs);
  await deleteForEntities(trx, EXPIRIES, entityRefs);
  for (const table of CRITERION_TABLES) {
    await deleteForEntities(trx, table, entityRefs);
  }
  await deleteForEntities(trx, RESULTS, entityRefs);
  return deleted;
}

function toRow(record: EvaluationRecord): EvaluationRow {
  const { entity, readiness } = record;
  const entityRef = toRefKey(readiness.entityRef);
  const title = entity.title || entity.name;
  return {
    entity_ref: entityRef,
    kind: entity.kind.toLocaleLowerCase('en-US'),
    namespace: entity.namespace,
    name: entity.name,
    title,
    owner: toOptionalRefKey(entity.owner),
    system: toOptionalRefKey(entity.system),
    domain: toOptionalRefKey(entity.domain),
    tier: readiness.tier,
    tier_declared: readiness.tierDeclared,
    poa: toOptionalRefKey(entity.poa),
    score: readiness.score,
    verdict: readiness.verdict,
    verdict_rank: VERDICT_RANK[readiness.verdict],
    level: readiness.level,
    level_rank: LEVEL_RANK[readiness.level],
    blockers_count: readiness.blockers.length,
    reservations_count: readiness.reservations.length,
    search_text: [entity.name, title, entityRef]
      .join('\n')
      .toLocaleLowerCase('en-US'),
    model_version: readiness.modelVersion,
    inputs_hash: record.inputsHash ?? null,
    result_hash: null,
    next_change_at: toOptionalTimestamp(readiness.nextChangeAt),
    evaluated_at: toTimestamp(readiness.evaluatedAt),
    missing_since: null,
    categories: toJson(
      Object.fromEntries(readiness.categories.map(c => [c.id, c.score])),
    ),
    lifecycle_mismatch:
      record.lifecycleMismatch ?? readiness.lifecycle?.mismatch ?? null,
  };
}

/**
 * A record ready to write: its row, result JSON and outcomes. The JSON leaves out the two time stamps, which the row
 * holds (`evaluated_at`, `next_change_at`, often "now + 1 day"): without them, re-evaluating an entity whose
 * inputs did not change gives the same JSON, and the write is skipped.
 */
interface PreparedRecord {
  record: EvaluationRecord;
  row: EvaluationRow;
  resultJson: string;
  outcomes: CriterionOutcome[];
}

function prepare(record: EvaluationRecord): PreparedRecord {
  const {
    evaluatedAt: _evaluatedAt,
    nextChangeAt: _nextChangeAt,
    ...timeless
  } = record.readiness;
  const resultJson = toJson(timeless);
  const outcomes = record.criteria ?? criterionOutcomes(record.readiness);
  const resultHash = createHash('sha1')
    .update(resultJson)
    .update('\n')
    .update(JSON.stringify(outcomes))
    .digest('hex');
  return {
    record,
    row: { ...toRow(record), result_hash: resultHash },
    resultJson,
    outcomes,
  };
}

/** Stored result hashes by (lower-cased) ref; rows locked for the transaction on PostgreSQL. */
async function storedResultHashes(
  trx: Knex.Transaction,
  refs: string[],
): Promise<Map<string, string | null>> {
  const hashes = new Map<string, string | null>();
  for (const batch of chunk(refs, 500)) {
    const query = trx(TABLE)
      .select('entity_ref', 'result_hash')
      .whereIn('entity_ref', batch)
      .orderBy('entity_ref');
    if (!isSqlite(trx)) query.forUpdate();
    for (const row of await query) hashes.set(row.entity_ref, row.result_hash);
  }
  return hashes;
}

/** A stored result with its row's time stamps (results written before the hash carry their own: replaced). */
function readStoredResult(
  json: string,
  row: Pick<EvaluationRow, 'evaluated_at' | 'next_change_at'>,
): EntityReadiness {
  const { nextChangeAt: _stored, ...result } = fromJson<EntityReadiness>(json);
  return {
    ...result,
    evaluatedAt: row.evaluated_at,
    ...(row.next_change_at ? { nextChangeAt: row.next_change_at } : {}),
  };
}

/**
 * The expiry of each attestation-based criterion that currently passes, as computed by the engine (explicit
 * expiry, or assessment date + the criterion's validity for the entity's tier). Counting these, rather than
 * `attestations.expires_at`, counts only the attestation in force per criterion and includes computed expiries.
 */
export function attestationExpiries(record: EvaluationRecord): ExpiryRow[] {
  const entityRef = toRefKey(record.readiness.entityRef);
  const byCriterion = new Map<string, ExpiryRow>();
  for (const criterion of record.readiness.criteria) {
    const inForce =
      criterion.source === 'attestation' &&
      (criterion.status === 'pass' || criterion.status === 'expiring');
    if (inForce && criterion.expiresAt) {
      byCriterion.set(criterion.id, {
        entity_ref: entityRef,
        criterion_id: criterion.id,
        expires_at: toTimestamp(criterion.expiresAt),
      });
    }
  }
  return [...byCriterion.values()];
}
