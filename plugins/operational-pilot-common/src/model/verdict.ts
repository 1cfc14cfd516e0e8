/*
 * The gate (domain §3.3). Blocking failures are never averaged away: any unwaived blocking item in fail, stale or
 * unknown forces "not ready" whatever the score. Waived or in-grace blocking items are reservations. "Ready with
 * reservations" also needs an action plan for what is being carried (waived and grace items).
 */
import {
  criterionParams,
  listParam,
  type Message,
  nestMessage,
  renderMessage,
  textMessage,
} from './messages';
import type { HandoffAction, Tier } from '../domain/types';
import { parseTime, toDay } from './dates';
import type {
  CriterionResult,
  CriterionStatus,
  Verdict,
  VerdictThresholds,
} from './types';

const BLOCKING_STATUSES: CriterionStatus[] = ['fail', 'stale', 'unknown'];
const RESERVATION_STATUSES: CriterionStatus[] = ['waived', 'grace'];

/**
 * Action statuses that count as a plan for a reservation (domain §4.4 rule 3): work that is still to be done.
 * A terminal action (done, verified, risk accepted, cancelled) plans nothing, and neither does an overdue one.
 */
export const ACTION_PLAN_STATUSES = ['open', 'in_progress', 'blocked'] as const;

export interface VerdictInput {
  results: CriterionResult[];
  score: number;
  tier: Tier;
  tierDeclared: boolean;
  thresholds: VerdictThresholds;
  requireActionPlan: boolean;
  actions: Map<string, HandoffAction[]>;
  /** The evaluation clock: an action due before today is overdue, not a plan. */
  nowMs: number;
  /** Why each blocking criterion blocks ("for T1", "for 24x7 services"…). */
  blockingText: Map<string, string>;
  /** Set when nothing applies: the sentence explaining why. */
  nothingApplicable?: string;
}

export interface VerdictOutcome {
  verdict: Verdict;
  verdictReasons: string[];
  verdictReasonMessages: Message[];
  blockers: string[];
  reservations: string[];
}

const STATUS_TEXT: Partial<Record<CriterionStatus, string>> = {
  fail: 'fails',
  stale: 'is stale',
  unknown: 'is unknown',
  waived: 'is waived',
  grace: 'is in grace',
};

function hasActionPlan(
  actions: HandoffAction[] | undefined,
  nowMs: number,
): boolean {
  const today = toDay(nowMs);
  return (actions ?? []).some(a => {
    const due = parseTime(a.dueDate);
    return (
      (ACTION_PLAN_STATUSES as readonly string[]).includes(a.status) &&
      due !== undefined &&
      toDay(due) >= today
    );
  });
}

export function decideVerdict(input: VerdictInput): VerdictOutcome {
  const { results, score, tier, thresholds } = input;
  const reasons: string[] = [];
  const messages: Message[] = [];
  /** One verdict sentence: from a catalogue message (English rendered from it) or, without one, English text. */
  const say = (m: Message | string) => {
    const message = typeof m === 'string' ? textMessage(m) : m;
    reasons.push(renderMessage(message, 'en'));
    messages.push(message);
  };
  if (!input.tierDeclared) {
    say({ key: 'verdict.tierAssumed', params: { tier } });
  }
  if (input.nothingApplicable) {
    say(input.nothingApplicable);
    return {
      verdict: 'not-ready',
      verdictReasons: reasons,
      verdictReasonMessages: messages,
      blockers: [],
      reservations: [],
    };
  }

  const blockers = results.filter(
    r => r.blocking && BLOCKING_STATUSES.includes(r.status),
  );
  const reservations = results.filter(
    r => r.blocking && RESERVATION_STATUSES.includes(r.status),
  );
  const describe = (r: CriterionResult) =>
    `${r.id} "${r.title}" is blocking ${
      input.blockingText.get(r.id) ?? `for ${tier}`
    } and ${STATUS_TEXT[r.status] ?? r.status}`;
  const outcome = (verdict: Verdict): VerdictOutcome => ({
    verdict,
    verdictReasons: reasons,
    verdictReasonMessages: messages,
    blockers: blockers.map(r => r.id),
    reservations: reservations.map(r => r.id),
  });

  if (blockers.length > 0) {
    for (const r of blockers) {
      say(
        !input.blockingText.has(r.id) && r.reasonMessage
          ? {
              key: 'verdict.blocking',
              params: {
                ...criterionParams(r),
                tier,
                status: r.status,
                ...nestMessage('reason', r.reasonMessage),
              },
            }
          : `${describe(r)}: ${r.reason}.`,
      );
    }
  }
  if (score < thresholds.withReservations) {
    say({
      key: 'verdict.belowReservations',
      params: { score, tier, threshold: thresholds.withReservations },
    });
  }
  if (blockers.length > 0 || score < thresholds.withReservations) {
    return outcome('not-ready');
  }

  if (reservations.length === 0 && score >= thresholds.readyForRun) {
    say({
      key: 'verdict.ready',
      params: { score, tier, threshold: thresholds.readyForRun },
    });
    return outcome('ready-for-run');
  }

  for (const r of reservations) {
    say(
      r.status === 'waived' && r.waiver
        ? `${describe(r)} until ${toDay(
            parseTime(r.waiver.expiresAt) ?? 0,
          )}: a reservation.`
        : `${describe(r)}: a reservation until it is re-attested.`,
    );
  }
  if (score < thresholds.readyForRun) {
    say({
      key: 'verdict.withReservations',
      params: {
        score,
        tier,
        readyForRun: thresholds.readyForRun,
        withReservations: thresholds.withReservations,
      },
    });
  }

  if (input.requireActionPlan) {
    const needPlan = results.filter(r =>
      RESERVATION_STATUSES.includes(r.status),
    );
    const lacking = needPlan.filter(
      r => !hasActionPlan(input.actions.get(r.id), input.nowMs),
    );
    if (lacking.length > 0) {
      say({
        key: 'verdict.noActionPlan',
        params: { ids: listParam(lacking.map(r => r.id)) },
      });
      return outcome('not-ready');
    }
  }
  return outcome('ready-with-reservations');
}
