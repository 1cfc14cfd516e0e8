/*
 * What is due at `now`, for the scheduled pass: overdue actions (to the assignee, once per due date) and
 * attestations in force that expire within 30 days (to the POA and the owner, once per expiry). Each item carries
 * its dedupe period, so running the pass again (or on another replica) sends nothing new.
 */
import type { Knex } from 'knex';
import type { OperationalPilotStores as Stores } from '../database';
import type { NotificationKind } from '../options';
import { entityLabel, entityTabLink } from './links';
import { normalizeRef, uniqueRefs } from './recipients';
import type { OutgoingNotification } from './NotificationSender';

export const EXPIRY_HORIZON_DAYS = 30;
export const HYPERCARE_HORIZON_DAYS = 2;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function overdueActions(
  stores: Stores,
  now: Date,
): Promise<OutgoingNotification[]> {
  const today = now.toISOString().slice(0, 10);
  const overdue = await stores.actions.listOverdue({ today });
  return overdue.flatMap(action => {
    const assignee = normalizeRef(action.assigneeRef, 'user');
    if (!assignee || !action.dueDate) return [];
    return [
      {
        kind: 'actionOverdue' as NotificationKind,
        subject: action.id,
        recipients: [assignee],
        period: action.dueDate,
        title: `${entityLabel(action.entityRef)}: action overdue since ${
          action.dueDate
        }: ${action.title}`,
        description: `${action.priority} action (${action.phase}, ${action.status}).`,
        link: entityTabLink(action.entityRef, action.releaseId),
        severity: action.priority === 'blocking' ? 'high' : 'normal',
      },
    ];
  });
}

export async function expiringAttestations(
  knex: Knex,
  now: Date,
): Promise<OutgoingNotification[]> {
  const rows: Array<{
    entity_ref: string;
    criterion_id: string;
    expires_at: string;
    owner: string | null;
    poa: string | null;
  }> = await knex('attestation_expiries as x')
    .join('evaluations as e', 'e.entity_ref', 'x.entity_ref')
    .whereNull('e.missing_since')
    .whereBetween('x.expires_at', [
      now.toISOString(),
      new Date(now.getTime() + EXPIRY_HORIZON_DAYS * DAY_MS).toISOString(),
    ])
    .select('x.entity_ref', 'x.criterion_id', 'x.expires_at', 'e.owner', 'e.poa')
    .orderBy([
      { column: 'x.expires_at' },
      { column: 'x.entity_ref' },
      { column: 'x.criterion_id' },
    ]);
  return rows.map(row => {
    const expires = new Date(row.expires_at).toISOString().slice(0, 10);
    return {
      kind: 'attestationExpiring' as NotificationKind,
      subject: `${row.entity_ref}#${row.criterion_id}`,
      recipients: uniqueRefs([
        normalizeRef(row.poa ?? undefined, 'user'),
        normalizeRef(row.owner ?? undefined),
      ]),
      period: expires,
      title: `${entityLabel(row.entity_ref)}: attestation ${
        row.criterion_id
      } expires on ${expires}`,
      description: `Renew the attestation of ${row.criterion_id} before ${expires} to keep the readiness.`,
      link: entityTabLink(row.entity_ref),
    };
  });
}

interface ReleaseJoinRow {
  id: string;
  entity_ref: string;
  version: string;
  planned_at: string;
  gate_blockers: number | string | null;
  hypercare: string | null;
  owner: string | null;
  poa: string | null;
}

function releaseQuery(knex: Knex) {
  return knex('releases as r')
    .join('evaluations as e', 'e.entity_ref', 'r.entity_ref')
    .whereNull('e.missing_since')
    .select(
      'r.id',
      'r.entity_ref',
      'r.version',
      'r.planned_at',
      'r.gate_blockers',
      'r.hypercare',
      'e.owner',
      'e.poa',
    );
}

async function opsOwners(stores: Stores, refs: string[]) {
  const operations = await stores.operations.getMany([...new Set(refs)]);
  return (ref: string) =>
    normalizeRef(operations.get(ref)?.metadata?.roles?.opsOwner);
}

/**
 * Releases planned within 7 days whose gates still have blockers: at D-7 and again at D-1, to the POA, the owner
 * and the ops owner.
 */
export async function approachingReleases(
  knex: Knex,
  stores: Stores,
  now: Date,
): Promise<OutgoingNotification[]> {
  const rows: ReleaseJoinRow[] = await releaseQuery(knex)
    .whereIn('r.status', ['planned', 'go_no_go'])
    .where('r.gate_blockers', '>', 0)
    .whereBetween('r.planned_at', [
      now.toISOString(),
      new Date(now.getTime() + 7 * DAY_MS).toISOString(),
    ])
    .orderBy([{ column: 'r.planned_at' }, { column: 'r.id' }]);
  const opsOwnerOf = await opsOwners(
    stores,
    rows.map(r => r.entity_ref),
  );
  return rows.map(row => {
    const days = Math.max(
      0,
      Math.ceil((new Date(row.planned_at).getTime() - now.getTime()) / DAY_MS),
    );
    const milestone = days <= 1 ? 'D-1' : 'D-7';
    const blockers = Number(row.gate_blockers ?? 0);
    return {
      kind: 'releaseApproaching' as NotificationKind,
      subject: row.id,
      recipients: uniqueRefs([
        normalizeRef(row.poa ?? undefined, 'user'),
        normalizeRef(row.owner ?? undefined),
        opsOwnerOf(row.entity_ref),
      ]),
      period: milestone,
      title: `${entityLabel(row.entity_ref)} ${row.version}: release in ${days} day${
        days === 1 ? '' : 's'
      } with ${blockers} open gate blocker${blockers === 1 ? '' : 's'}`,
      description: `${milestone}: the go/no-go is not ready; clear the blockers or record the decision.`,
      link: entityTabLink(row.entity_ref, row.id),
      severity: milestone === 'D-1' ? 'high' : 'normal',
    };
  });
}

/** Hypercare that ends within 2 days: to the POA and the ops owner, once per end date. */
export async function endingHypercare(
  knex: Knex,
  stores: Stores,
  now: Date,
): Promise<OutgoingNotification[]> {
  const rows: ReleaseJoinRow[] = await releaseQuery(knex)
    .where('r.status', 'hypercare')
    .whereNotNull('r.hypercare')
    .orderBy('r.id');
  const horizon = now.getTime() + HYPERCARE_HORIZON_DAYS * DAY_MS;
  const ending = rows.flatMap(row => {
    let end: string | undefined;
    try {
      const hypercare =
        typeof row.hypercare === 'string'
          ? JSON.parse(row.hypercare)
          : row.hypercare;
      end = hypercare?.end;
    } catch {
      return [];
    }
    const at = end ? new Date(end).getTime() : NaN;
    return Number.isNaN(at) || at < now.getTime() || at > horizon
      ? []
      : [{ row, end: new Date(at).toISOString().slice(0, 10) }];
  });
  const opsOwnerOf = await opsOwners(
    stores,
    ending.map(e => e.row.entity_ref),
  );
  return ending.map(({ row, end }) => ({
    kind: 'hypercareEnding' as NotificationKind,
    subject: row.id,
    recipients: uniqueRefs([
      normalizeRef(row.poa ?? undefined, 'user'),
      opsOwnerOf(row.entity_ref),
    ]),
    period: end,
    title: `${entityLabel(row.entity_ref)} ${row.version}: hypercare ends on ${end}`,
    description: 'Check the hand-over to run is signed before hypercare ends.',
    link: entityTabLink(row.entity_ref, row.id),
  }));
}

/**
 * Entities whose verdict is now not-ready while their last snapshot before today was not: to the POA, the owner
 * and the ops owner, once per drop (the period is the day of that previous snapshot).
 */
export async function verdictDrops(
  knex: Knex,
  stores: Stores,
  now: Date,
): Promise<OutgoingNotification[]> {
  const today = now.toISOString().slice(0, 10);
  const rows: Array<{
    entity_ref: string;
    owner: string | null;
    poa: string | null;
    score: number | string;
    previous_verdict: string;
    previous_day: string;
  }> = await knex('evaluations as e')
    .join('snapshots as s', 's.entity_ref', 'e.entity_ref')
    .whereNull('e.missing_since')
    .where('e.verdict', 'not-ready')
    .whereNot('s.verdict', 'not-ready')
    .where(
      's.day',
      knex('snapshots as p')
        .max('p.day')
        .whereRaw('p.entity_ref = e.entity_ref')
        .where('p.day', '<', today),
    )
    .select(
      'e.entity_ref',
      'e.owner',
      'e.poa',
      'e.score',
      's.verdict as previous_verdict',
      's.day as previous_day',
    )
    .orderBy('e.entity_ref');
  const opsOwnerOf = await opsOwners(
    stores,
    rows.map(r => r.entity_ref),
  );
  return rows.map(row => ({
    kind: 'verdictDropped' as NotificationKind,
    subject: row.entity_ref,
    recipients: uniqueRefs([
      normalizeRef(row.poa ?? undefined, 'user'),
      normalizeRef(row.owner ?? undefined),
      opsOwnerOf(row.entity_ref),
    ]),
    period: String(row.previous_day).slice(0, 10),
    title: `${entityLabel(row.entity_ref)}: readiness dropped to not ready`,
    description: `Was ${row.previous_verdict} on ${String(row.previous_day).slice(
      0,
      10,
    )}; score now ${Math.round(Number(row.score))}. See the blockers and next steps.`,
    link: entityTabLink(row.entity_ref),
    severity: 'high',
  }));
}

/**
 * Attestations that have expired (the criterion is in its grace period or stale): to the POA and the owner, once per
 * expiry. Reads only the stored results that mention such a status.
 */
export async function expiredAttestations(
  knex: Knex,
  now: Date,
): Promise<OutgoingNotification[]> {
  const rows: Array<{
    entity_ref: string;
    result: string;
    owner: string | null;
    poa: string | null;
  }> = await knex('evaluation_results as r')
    .join('evaluations as e', 'e.entity_ref', 'r.entity_ref')
    .whereNull('e.missing_since')
    .where(q =>
      q
        .where('r.result', 'like', '%"status":"grace"%')
        .orWhere('r.result', 'like', '%"status":"stale"%'),
    )
    .select('r.entity_ref', 'r.result', 'e.owner', 'e.poa')
    .orderBy('r.entity_ref');
  return rows.flatMap(row => {
    let criteria: Array<{
      id: string;
      source?: string;
      status?: string;
      expiresAt?: string;
    }> = [];
    try {
      criteria = JSON.parse(row.result)?.criteria ?? [];
    } catch {
      return [];
    }
    return criteria
      .filter(
        c =>
          c.source === 'attestation' &&
          (c.status === 'grace' || c.status === 'stale') &&
          c.expiresAt &&
          new Date(c.expiresAt).getTime() <= now.getTime(),
      )
      .map(c => {
        const expired = new Date(c.expiresAt!).toISOString().slice(0, 10);
        return {
          kind: 'attestationExpiring' as NotificationKind,
          subject: `${row.entity_ref}#${c.id}`,
          recipients: uniqueRefs([
            normalizeRef(row.poa ?? undefined, 'user'),
            normalizeRef(row.owner ?? undefined),
          ]),
          period: `expired:${expired}`,
          title: `${entityLabel(row.entity_ref)}: attestation ${c.id} expired on ${expired}`,
          description: `The attestation of ${c.id} has expired (${c.status}): record a new one.`,
          link: entityTabLink(row.entity_ref),
          severity: 'high' as const,
        };
      });
  });
}
