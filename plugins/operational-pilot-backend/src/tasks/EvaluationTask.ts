/*
 * The scheduled re-evaluation (scheduler service, scope global: one replica runs it at a time, safely across
 * replicas sharing PostgreSQL). Each run:
 *  1. walks the catalog in pages and re-evaluates what changed: new entities, catalog changes (hash), model
 *     changes, and clock-driven changes (attestation expiry, grace end, waiver expiry: `nextChangeAt`);
 *  2. flags entities that left the catalog and purges them after the retention period;
 *  3. writes today's snapshot (idempotent per day) and applies the retention of snapshots and audit.
 */
import type { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { OperationalPilotStores } from '../database';
import type { BackendOptions } from '../options';
import type { CatalogGateway } from '../service/CatalogGateway';
import { EvaluationService, hashEntity } from '../service/EvaluationService';

const DAY = 24 * 60 * 60 * 1000;

export interface EvaluationRunSummary {
  seen: number;
  evaluated: number;
  failed: number;
  missing: number;
  purged: number;
}

export class EvaluationTask {
  constructor(
    private readonly deps: {
      stores: OperationalPilotStores;
      catalog: CatalogGateway;
      evaluations: EvaluationService;
      logger: LoggerService;
      options: BackendOptions;
      now?: () => Date;
    },
  ) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  /** The entities of a page whose stored evaluation must be redone. */
  private async staleEntities(page: Entity[], now: Date): Promise<Entity[]> {
    const freshness = await this.deps.stores.evaluations.getFreshness(
      page.map(e => stringifyEntityRef(e)),
    );
    const modelVersion = this.deps.evaluations.model.version;
    return page.filter(entity => {
      const stored = freshness.get(
        stringifyEntityRef(entity).toLocaleLowerCase('en-US'),
      );
      return (
        !stored ||
        stored.missingSince !== undefined ||
        stored.modelVersion !== modelVersion ||
        stored.inputsHash !== hashEntity(entity) ||
        (stored.nextChangeAt !== undefined &&
          new Date(stored.nextChangeAt) <= now)
      );
    });
  }

  private async evaluateBatch(
    batch: Entity[],
  ): Promise<{ evaluated: number; failed: number }> {
    const { evaluations, logger } = this.deps;
    try {
      await evaluations.evaluateEntities(batch);
      return { evaluated: batch.length, failed: 0 };
    } catch (error) {
      // One bad entity must not stop the batch: retry one by one to isolate it.
      logger.warn(`Batch evaluation failed, retrying one by one: ${error}`);
      let evaluated = 0;
      let failed = 0;
      for (const entity of batch) {
        try {
          await evaluations.evaluateEntity(entity);
          evaluated += 1;
        } catch (e) {
          failed += 1;
          logger.warn(
            `Evaluation of ${stringifyEntityRef(entity)} failed: ${e}`,
          );
        }
      }
      return { evaluated, failed };
    }
  }

  async run(options: { force?: boolean } = {}): Promise<EvaluationRunSummary> {
    const { stores, catalog, logger } = this.deps;
    const now = this.now();
    const summary: EvaluationRunSummary = {
      seen: 0,
      evaluated: 0,
      failed: 0,
      missing: 0,
      purged: 0,
    };
    const seen = new Set<string>();
    for await (const page of catalog.streamEntities(this.deps.options.kinds)) {
      for (const entity of page) {
        seen.add(stringifyEntityRef(entity).toLocaleLowerCase('en-US'));
      }
      summary.seen += page.length;
      const todo = options.force ? page : await this.staleEntities(page, now);
      const size = this.deps.options.batchSize;
      const batches = [];
      for (let i = 0; i < todo.length; i += size) {
        batches.push(todo.slice(i, i + size));
      }
      // Two batches in flight: one is evaluated (CPU) while the other is written (database).
      for (let i = 0; i < batches.length; i += 2) {
        const outcomes = await Promise.all(
          batches.slice(i, i + 2).map(batch => this.evaluateBatch(batch)),
        );
        for (const outcome of outcomes) {
          summary.evaluated += outcome.evaluated;
          summary.failed += outcome.failed;
        }
      }
    }

    const stored = await stores.evaluations.listAllRefs();
    const gone = stored.filter(ref => !seen.has(ref));
    summary.missing = await stores.evaluations.markMissing(gone, now);
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
    logger.info(
      `Operational Pilot evaluation: ${summary.seen} entities, ${summary.evaluated} re-evaluated, ${summary.failed} failed, ${summary.missing} newly missing, ${summary.purged} purged`,
    );
    return summary;
  }
}
