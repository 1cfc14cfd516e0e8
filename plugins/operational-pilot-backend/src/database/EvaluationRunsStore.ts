/*
 * The ledger of evaluation runs (table `evaluation_runs`): each run of the scheduled tasks records itself, so that
 * one can see that a scheduled run happens once across replicas; `POST /evaluations/run` leaves a request that the
 * next run claims (and then re-evaluates everything).
 */
import type { Knex } from 'knex';
import { hostname } from 'node:os';
import { toTimestamp } from './conversions';

const TABLE = 'evaluation_runs';

export interface EvaluationRunRow {
  id: number;
  task: string;
  mode: 'incremental' | 'full';
  requested_by: string | null;
  requested_at: string | null;
  started_at: string | null;
  finished_at: string | null;
  runner: string | null;
  claimed_by: number | null;
  seen: number | null;
  evaluated: number | null;
  failed: number | null;
  error: string | null;
}

export interface EvaluationRunsStore {
  /** Asks for a full re-evaluation, performed by the next run of an evaluation task. */
  requestFullRun(requestedBy: string | undefined, now: Date): Promise<void>;
  /**
   * Records the start of a run and claims the pending full-run requests; `full` tells whether the run must
   * re-evaluate everything (asked for, or a request was claimed).
   */
  start(
    task: string,
    now: Date,
    options?: { full?: boolean },
  ): Promise<{ id: number; full: boolean }>;
  finish(
    id: number,
    now: Date,
    outcome: {
      seen?: number;
      evaluated?: number;
      failed?: number;
      error?: string;
    },
  ): Promise<void>;
  /** Runs (not requests), oldest first. */
  list(options?: { task?: string }): Promise<EvaluationRunRow[]>;
  /** Deletes runs and claimed requests started before `before`. */
  purgeBefore(before: Date): Promise<number>;
}

export const RUNNER_ID = `${hostname()}:${process.pid}`;

export class DatabaseEvaluationRunsStore implements EvaluationRunsStore {
  constructor(private readonly db: Knex) {}

  async requestFullRun(requestedBy: string | undefined, now: Date) {
    await this.db(TABLE).insert({
      task: 'request',
      mode: 'full',
      requested_by: requestedBy ?? null,
      requested_at: toTimestamp(now),
    });
  }

  async start(task: string, now: Date, options: { full?: boolean } = {}) {
    return this.db.transaction(async trx => {
      const [row] = await trx(TABLE)
        .insert({
          task,
          mode: options.full ? 'full' : 'incremental',
          started_at: toTimestamp(now),
          runner: RUNNER_ID,
        })
        .returning('id');
      const id = Number(typeof row === 'object' ? row.id : row);
      // Atomic on both databases: a request is claimed by one run only.
      const claimed = await trx(TABLE)
        .where({ task: 'request' })
        .whereNull('started_at')
        .update({
          started_at: toTimestamp(now),
          runner: RUNNER_ID,
          claimed_by: id,
        });
      const full = Boolean(options.full) || claimed > 0;
      if (full && !options.full) {
        await trx(TABLE).where({ id }).update({ mode: 'full' });
      }
      return { id, full };
    });
  }

  async finish(
    id: number,
    now: Date,
    outcome: {
      seen?: number;
      evaluated?: number;
      failed?: number;
      error?: string;
    },
  ) {
    await this.db(TABLE)
      .where({ id })
      .update({
        finished_at: toTimestamp(now),
        seen: outcome.seen ?? null,
        evaluated: outcome.evaluated ?? null,
        failed: outcome.failed ?? null,
        error: outcome.error ?? null,
      });
  }

  async list(options: { task?: string } = {}): Promise<EvaluationRunRow[]> {
    const query = this.db<EvaluationRunRow>(TABLE)
      .whereNot({ task: 'request' })
      .orderBy('id');
    if (options.task) query.where({ task: options.task });
    return query;
  }

  /** Deletes runs and claimed requests started before `before` (the ledger is kept like the audit). */
  async purgeBefore(before: Date): Promise<number> {
    return this.db(TABLE)
      .whereNotNull('started_at')
      .where('started_at', '<', toTimestamp(before))
      .delete();
  }
}
