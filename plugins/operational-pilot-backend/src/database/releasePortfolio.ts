/*
 * Releases across the portfolio, in SQL: the release calendar and the change-success report. Both join the
 * releases to the filtered `evaluations` (aliased `e`, the portfolio's filters and catalog read scope), so they
 * follow exactly the entities the portfolio shows the caller. Gate verdicts come from the releases' denormalised
 * gate columns, outcomes from their outcome columns (migration 20261203000100_release_outcomes).
 */
import {
  ChangeSuccessResponse,
  ChangeType,
  OPEN_RELEASE_STATUSES,
  Release,
  ReleaseCalendarItem,
  ReleaseKind,
  ReleaseStatus,
  Tier,
  Verdict,
} from '@operational-pilot/backstage-plugin-common';
import type { Knex } from 'knex';
import {
  fromOptionalJson,
  toNumber,
  toTimestamp,
} from './conversions';
import { filteredEvaluations, ScopedPortfolioQuery } from './portfolio';

export const CALENDAR_MAX_ITEMS = 500;
const SUCCESS_KINDS = ['success', 'success_with_incidents'];
const VERDICTS: Array<Verdict | 'unknown'> = [
  'not-ready',
  'ready-with-reservations',
  'ready-for-run',
  'unknown',
];
/** Group key of entities without an owner (or system). */
export const NO_GROUP = '(none)';

interface CalendarRow {
  id: string;
  entity_ref: string;
  title: string;
  owner: string | null;
  system: string | null;
  tier: string;
  version: string;
  kind: string;
  change_type: string | null;
  status: string;
  planned_at: string;
  release_window: string | null;
  go_no_go_verdict: string | null;
  handover_verdict: string | null;
  gate_blockers: number | string | null;
}

/** Open releases planned in [from, to), earliest first, at most `limit`. */
export async function releaseCalendar(
  db: Knex,
  query: ScopedPortfolioQuery,
  range: { from: Date; to: Date },
  limit: number = CALENDAR_MAX_ITEMS,
): Promise<ReleaseCalendarItem[]> {
  const rows: CalendarRow[] = await filteredEvaluations(db, query)
    .join('releases as r', 'r.entity_ref', 'e.entity_ref')
    .whereIn('r.status', OPEN_RELEASE_STATUSES as ReleaseStatus[])
    .where('r.planned_at', '>=', toTimestamp(range.from))
    .where('r.planned_at', '<', toTimestamp(range.to))
    .select(
      'r.id',
      'r.entity_ref',
      'e.title',
      'e.owner',
      'e.system',
      'e.tier',
      'r.version',
      'r.kind',
      'r.change_type',
      'r.status',
      'r.planned_at',
      'r.release_window',
      'r.go_no_go_verdict',
      'r.handover_verdict',
      'r.gate_blockers',
    )
    .orderBy([
      { column: 'r.planned_at', order: 'asc' },
      { column: 'r.id', order: 'asc' },
    ])
    .limit(Math.min(limit, CALENDAR_MAX_ITEMS));
  return rows.map(row => {
    const window = fromOptionalJson<Release['window']>(row.release_window);
    return {
      releaseId: row.id,
      entityRef: row.entity_ref,
      title: row.title,
      ...(row.owner ? { owner: row.owner } : {}),
      ...(row.system ? { system: row.system } : {}),
      tier: row.tier as Tier,
      version: row.version,
      kind: row.kind as ReleaseKind,
      changeType: (row.change_type ?? 'normal') as ChangeType,
      status: row.status as ReleaseStatus,
      plannedAt: row.planned_at,
      ...(window ? { window } : {}),
      ...(row.go_no_go_verdict
        ? { goNoGo: row.go_no_go_verdict as Verdict }
        : {}),
      ...(row.handover_verdict
        ? { handover: row.handover_verdict as Verdict }
        : {}),
      blockers: toNumber(row.gate_blockers ?? 0),
    };
  });
}

/** `YYYY-MM` of each of the `months` months ending with the month of `now` (UTC). */
export function monthsUpTo(now: Date, months: number): string[] {
  const list: string[] = [];
  for (let i = months - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    list.push(d.toISOString().slice(0, 7));
  }
  return list;
}

function rate(succeeded: number, total: number): number | null {
  return total === 0 ? null : Math.round((succeeded / total) * 1000) / 1000;
}

/**
 * Releases whose outcome was recorded in the last `months` months (this month included): per group (owner or
 * system) and month, and per go/no-go gate verdict frozen at the "go" decision.
 */
export async function changeSuccess(
  db: Knex,
  query: ScopedPortfolioQuery,
  options: { groupBy: 'owner' | 'system'; months: number; now: Date },
): Promise<ChangeSuccessResponse> {
  const months = monthsUpTo(options.now, options.months);
  const since = `${months[0]}-01T00:00:00.000Z`;
  const column = options.groupBy === 'owner' ? 'e.owner' : 'e.system';
  const succeededSql = `sum(case when r.outcome_kind in (${SUCCESS_KINDS.map(
    () => '?',
  ).join(', ')}) then 1 else 0 end)`;
  const withOutcome = () =>
    filteredEvaluations(db, query)
      .join('releases as r', 'r.entity_ref', 'e.entity_ref')
      .whereNotNull('r.outcome_kind')
      .where('r.outcome_at', '>=', since);

  const groupRows: Array<{
    group_key: string | null;
    month: string;
    total: number | string;
    succeeded: number | string | null;
  }> = await withOutcome()
    .select(
      db.raw(`${column} as group_key`),
      db.raw('substr(r.outcome_at, 1, 7) as month'),
      db.raw('count(*) as total'),
      db.raw(`${succeededSql} as succeeded`, SUCCESS_KINDS),
    )
    .groupByRaw(`${column}, substr(r.outcome_at, 1, 7)`);

  const verdictRows: Array<{
    verdict: string;
    total: number | string;
    succeeded: number | string | null;
  }> = await withOutcome()
    .select(
      db.raw(`coalesce(r.go_gate_verdict, 'unknown') as verdict`),
      db.raw('count(*) as total'),
      db.raw(`${succeededSql} as succeeded`, SUCCESS_KINDS),
    )
    .groupByRaw(`coalesce(r.go_gate_verdict, 'unknown')`);

  const groups = new Map<
    string,
    Map<string, { total: number; succeeded: number }>
  >();
  for (const row of groupRows) {
    const key = row.group_key ?? NO_GROUP;
    const byMonth = groups.get(key) ?? new Map();
    const current = byMonth.get(row.month) ?? { total: 0, succeeded: 0 };
    current.total += toNumber(row.total);
    current.succeeded += toNumber(row.succeeded);
    byMonth.set(row.month, current);
    groups.set(key, byMonth);
  }
  const groupList = [...groups.entries()]
    .map(([key, byMonth]) => {
      const monthList = months.map(month => ({
        month,
        total: byMonth.get(month)?.total ?? 0,
        succeeded: byMonth.get(month)?.succeeded ?? 0,
      }));
      const total = monthList.reduce((sum, m) => sum + m.total, 0);
      const succeeded = monthList.reduce((sum, m) => sum + m.succeeded, 0);
      return { key, total, succeeded, rate: rate(succeeded, total), months: monthList };
    })
    .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));

  const byVerdict = new Map(
    verdictRows.map(row => [
      row.verdict,
      { total: toNumber(row.total), succeeded: toNumber(row.succeeded) },
    ]),
  );
  return {
    groupBy: options.groupBy,
    groups: groupList,
    byGateVerdict: VERDICTS.map(verdict => {
      const counts = byVerdict.get(verdict) ?? { total: 0, succeeded: 0 };
      return {
        verdict,
        total: counts.total,
        succeeded: counts.succeeded,
        failed: counts.total - counts.succeeded,
        rate: rate(counts.succeeded, counts.total),
      };
    }),
  };
}

