/*
 * The scheduled re-evaluation (scheduler service, scope global: one replica runs it at a time, safely across
 * replicas sharing PostgreSQL). Two tasks run it (see plugin.ts):
 *  - the refresh (every 30 s by default): walks the catalog in pages, gathers each page's evaluation inputs in bulk
 *    and re-evaluates what changed — new entities, the entity, the catalog entities it references (owner group,
 *    system, dependencies, role holders), its operational data, attestations, waivers, actions and releases (one
 *    inputs hash), the model, and clock-driven changes (expiries, grace decay: `nextChangeAt`) — then flags the
 *    entities that left the catalog;
 *  - the evaluation (every 10 min by default): the same, then today's snapshot (idempotent per day), the purge of
 *    entities gone for longer than the retention period and the retention of snapshots, audit and run ledger.
 * A full re-evaluation (everything, whatever the hashes say) runs when asked (`force`) or when a request left by
 * `POST /evaluations/run` is claimed. Every run is recorded in `evaluation_runs`.
 */
import type { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { OperationalPilotStores } from '../database';
import type { EvaluationRunsStore } from '../database/EvaluationRunsStore';
import type { BackendOptions } from '../options';
import type { CatalogGateway } from '../service/CatalogGateway';
import {
  EvaluationService,
  RelatedEntities,
} from '../service/EvaluationService';

const DAY = 24 * 60 * 60 * 1000;
/** Run ledger kept this long. */
const RUNS_RETENTION_DAYS = 7;

export interface EvaluationRunSummary {
  seen: number;
  evaluated: number;
  failed: number;
  missing: number;
  purged: number;
  /** Entities new to the portfolio (never evaluated, or back in the catalog). */
  added?: number;
  /** Whether everything was re-evaluated (forced, or a requested full run was claimed). */
  full?: boolean;
}

export interface EvaluationRunOptions {
  /** Re-evaluate every entity, not only those whose inputs changed. */
  force?: boolean;
  /** Snapshot of the day, purge of gone entities and retention (the 10-minute task); default true. */
  housekeeping?: boolean;
  /** Name of the run in the ledger (the scheduler task id). */
  task?: string;
}

/**
 * The pages of `pages`, asking for the next one as soon as the current one is handed out: the catalog reads the
 * next page (an HTTP round trip) while this one is evaluated and written, instead of after.
 */
export async function* readAhead<T>(pages: AsyncIterable<T>): AsyncIterable<T> {
  const iterator = pages[Symbol.asyncIterator]();
  let next = iterator.next();
  for (;;) {
    const current = await next;
    if (current.done) return;
    next = iterator.next();
    // Awaited on the next turn; until then a failure must not count as unhandled.
    next.catch(() => undefined);
    yield current.value;
  }
}

export class EvaluationTask {
  constructor(
    private readonly deps: {
      stores: OperationalPilotStores;
      catalog: CatalogGateway;
      evaluations: EvaluationService;
      logger: LoggerService;
      options: BackendOptions;
      runs?: EvaluationRunsStore;
      now?: () => Date;
    },
  ) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  private async refreshBatch(
    batch: Entity[],
    force: boolean,
    related: RelatedEntities,
  ): Promise<{ evaluated: number; failed: number; added: number }> {
    const { evaluations, logger } = this.deps;
    try {
      const { evaluated, added } = await evaluations.refresh(batch, {
        force,
        related,
      });
      return { evaluated, failed: 0, added };
    } catch (error) {
      // One bad entity must not stop the batch: retry one by one to isolate it.
      logger.warn(`Batch evaluation failed, retrying one by one: ${error}`);
      let evaluated = 0;
      let failed = 0;
      let added = 0;
      for (const entity of batch) {
        try {
          const outcome = await evaluations.refresh([entity], {
            force,
            related,
          });
          evaluated += outcome.evaluated;
          added += outcome.added;
        } catch (e) {
          failed += 1;
          logger.warn(
            `Evaluation of ${stringifyEntityRef(entity)} failed: ${e}`,
          );
        }
      }
      return { evaluated, failed, added };
    }
  }

  async run(options: EvaluationRunOptions = {}): Promise<EvaluationRunSummary> {
    const { runs, logger } = this.deps;
    const task = options.task ?? 'manual';
    const started = runs
      ? await runs.start(task, this.now(), { full: options.force })
      : { id: 0, full: Boolean(options.force) };
    try {
      const summary = await this.pass(
        started.full,
        options.housekeeping ?? true,
      );
      await runs?.finish(started.id, this.now(), summary);
      return summary;
    } catch (error) {
      await runs
        ?.finish(started.id, this.now(), { error: String(error) })
        .catch(e => logger.warn(`Could not record the evaluation run: ${e}`));
      throw error;
    }
  }

  private async pass(
    full: boolean,
    housekeeping: boolean,
  ): Promise<EvaluationRunSummary> {
    const { stores, catalog, logger } = this.deps;
    const now = this.now();
    const summary: EvaluationRunSummary = {
      seen: 0,
      evaluated: 0,
      failed: 0,
      missing: 0,
      purged: 0,
      added: 0,
      full,
    };
    const seen = new Set<string>();
    const related = new RelatedEntities(catalog);
    for await (const page of readAhead(
      catalog.streamEntities(this.deps.options.kinds),
    )) {
      for (const entity of page) {
        seen.add(stringifyEntityRef(entity).toLocaleLowerCase('en-US'));
      }
      summary.seen += page.length;
      const size = this.deps.options.batchSize;
      const batches = [];
      for (let i = 0; i < page.length; i += size) {
        batches.push(page.slice(i, i + size));
      }
      // Two batches in flight: one is evaluated (CPU) while the other is read or written (database).
      for (let i = 0; i < batches.length; i += 2) {
        const outcomes = await Promise.all(
          batches
            .slice(i, i + 2)
            .map(batch => this.refreshBatch(batch, full, related)),
        );
        for (const outcome of outcomes) {
          summary.evaluated += outcome.evaluated;
          summary.failed += outcome.failed;
          summary.added = (summary.added ?? 0) + outcome.added;
        }
      }
    }

    const stored = await stores.evaluations.listAllRefs();
    const gone = stored.filter(ref => !seen.has(ref));
    summary.missing = await stores.evaluations.markMissing(gone, now);

    if (housekeeping) {
      const { retention } = this.deps.options;
      summary.purged = (
        await stores.purgeMissingEntities(
          new Date(now.getTime() - retention.deletedEntityDays * DAY),
        )
      ).length;
      await stores.snapshots.recordFromEvaluations(now);
      await stores.snapshots.purgeBefore(
        new Date(now.getTime() - retention.snapshotDays * DAY),
      );
      await stores.audit.purgeBefore(
        new Date(now.getTime() - retention.auditDays * DAY),
      );
      await this.deps.runs?.purgeBefore(
        new Date(now.getTime() - RUNS_RETENTION_DAYS * DAY),
      );
      await stores.aggregateCache.compact(now);
    } else if ((summary.added ?? 0) > 0) {
      // In a fresh app the first evaluation run usually finds the catalog still empty; the refresh that picks up
      // the newly ingested entities also puts them in today's snapshot, so the portfolio's counts and trend do not
      // wait for the next evaluation run (10 minutes by default).
      await stores.snapshots.recordFromEvaluations(now);
    }
    const message = `Operational Pilot evaluation${full ? ' (full)' : ''}: ${
      summary.seen
    } entities, ${summary.evaluated} re-evaluated, ${summary.failed} failed, ${
      summary.missing
    } newly missing, ${summary.purged} purged`;
    if (summary.evaluated > 0 || summary.missing > 0 || housekeeping) {
      logger.info(message);
    } else {
      logger.debug(message);
    }
    return summary;
  }
}
