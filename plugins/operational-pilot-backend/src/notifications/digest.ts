/*
 * The weekly digest per POA, on the configured day (UTC): for the entities they pilot, the not-ready ones, the
 * overdue actions, the attestations expiring within 30 days and the releases of the next 7 days. Once per POA and
 * week (the period is the digest day).
 */
import type { Knex } from 'knex';
import type { NotificationKind } from '../options';
import { EXPIRY_HORIZON_DAYS } from './due';
import { normalizeRef } from './recipients';
import type { OutgoingNotification } from './NotificationSender';

const DAY_MS = 24 * 60 * 60 * 1000;

interface PoaCounts {
  entities: number;
  notReady: number;
  overdue: number;
  expiring: number;
  releases: number;
}

export async function weeklyDigests(
  knex: Knex,
  now: Date,
  digestDay: number,
): Promise<OutgoingNotification[]> {
  if (now.getUTCDay() !== digestDay) return [];
  const today = now.toISOString().slice(0, 10);
  const present = () =>
    knex('evaluations as e').whereNull('e.missing_since').whereNotNull('e.poa');
  const counts = new Map<string, PoaCounts>();
  const at = (poa: string) => {
    let c = counts.get(poa);
    if (!c) {
      c = { entities: 0, notReady: 0, overdue: 0, expiring: 0, releases: 0 };
      counts.set(poa, c);
    }
    return c;
  };
  const add = (
    rows: Array<{ poa: string; count: number | string }>,
    field: keyof PoaCounts,
  ) => {
    for (const row of rows) at(row.poa)[field] += Number(row.count);
  };

  add(
    await present().groupBy('e.poa').select('e.poa').count({ count: '*' }),
    'entities',
  );
  add(
    await present()
      .where('e.verdict', 'not-ready')
      .groupBy('e.poa')
      .select('e.poa')
      .count({ count: '*' }),
    'notReady',
  );
  add(
    await present()
      .join('actions as a', 'a.entity_ref', 'e.entity_ref')
      .whereIn('a.status', ['open', 'in_progress', 'blocked'])
      .whereNotNull('a.due_date')
      .where('a.due_date', '<', today)
      .groupBy('e.poa')
      .select('e.poa')
      .count({ count: '*' }),
    'overdue',
  );
  add(
    await present()
      .join('attestation_expiries as x', 'x.entity_ref', 'e.entity_ref')
      .whereBetween('x.expires_at', [
        now.toISOString(),
        new Date(now.getTime() + EXPIRY_HORIZON_DAYS * DAY_MS).toISOString(),
      ])
      .groupBy('e.poa')
      .select('e.poa')
      .count({ count: '*' }),
    'expiring',
  );
  add(
    await present()
      .join('releases as r', 'r.entity_ref', 'e.entity_ref')
      .whereIn('r.status', ['planned', 'go_no_go'])
      .whereBetween('r.planned_at', [
        now.toISOString(),
        new Date(now.getTime() + 7 * DAY_MS).toISOString(),
      ])
      .groupBy('e.poa')
      .select('e.poa')
      .count({ count: '*' }),
    'releases',
  );

  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([poa, c]) => {
      const recipient = normalizeRef(poa, 'user');
      if (!recipient) return [];
      return [
        {
          kind: 'weeklyDigest' as NotificationKind,
          subject: recipient,
          recipients: [recipient],
          period: today,
          title: `Operational pilot weekly digest: ${c.notReady} not ready, ${c.overdue} overdue actions, ${c.expiring} expiring attestations, ${c.releases} releases this week`,
          description: `Across the ${c.entities} entities you pilot as POA.`,
          link: `/operational-pilot?poa=${encodeURIComponent(recipient)}`,
        },
      ];
    });
}
