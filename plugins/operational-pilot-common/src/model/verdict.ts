/*
 * The gate (domain §3.3). Blocking failures are never averaged away: any unwaived blocking item in fail, stale or
 * unknown forces "not ready" whatever the score. Waived or in-grace blocking items are reservations. "Ready with
 * reservations" also needs an action plan for what is being carried (waived and grace items).
 */
import { withEnglishText } from './lazyEnglish';
import {
  criterionParams,
  listParam,
  type Message,
  nestMessage,
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
  blockingText: Map<string, Message>;
  /** Set when nothing applies: the sentence explaining why. */
  nothingApplicable?: Message;
}

export interface VerdictOutcome {
  verdict: Verdict;
  verdictReasons: string[];
  verdictReasonMessages: Message[];
  blockers: string[];
  reservations: string[];
}

/** A result's reason as a message (results built outside the engine may carry English text only). */
export function reasonMessageOf(r: CriterionResult): Message {
  return r.reasonMessage ?? textMessage(r.reason);
}

/** Why a blocking criterion blocks: `when` from the engine, else "for <tier>". */
function blockingWhen(when: Message | undefined, tier: Tier) {
  return nestMessage(
    'when',
    when ?? { key: 'blocking.tier', params: { tier } },
  );
}

/** "<id> "<title>" is blocking <when> and fails: <reason>." */
export function blockerMessage(
  r: CriterionResult,
  when: Message | undefined,
  tier: Tier,
): Message {
  return {
    key: 'verdict.blocker',
    params: {
      ...criterionParams(r),
      ...blockingWhen(when, tier),
      status: r.status,
      ...nestMessage('reason', reasonMessageOf(r)),
    },
  };
}

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
  const messages: Message[] = [];
  /** One verdict sentence, as a catalogue message (`verdictReasons` renders them in English when read). */
  const say = (message: Message) => {
    messages.push(message);
  };
  const withReasons = (outcome: Omit<VerdictOutcome, 'verdictReasons'>) =>
    withEnglishText(
      outcome as VerdictOutcome,
      'verdictReasons',
      'verdictReasonMessages',
    );
  if (!input.tierDeclared) {
    say({ key: 'verdict.tierAssumed', params: { tier } });
  }
  if (input.nothingApplicable) {
    say(input.nothingApplicable);
    return withReasons({
      verdict: 'not-ready',
      verdictReasonMessages: messages,
      blockers: [],
      reservations: [],
    });
  }

  const blockers = results.filter(
    r => r.blocking && BLOCKING_STATUSES.includes(r.status),
  );
  const reservations = results.filter(
    r => r.blocking && RESERVATION_STATUSES.includes(r.status),
  );
  const outcome = (verdict: Verdict): VerdictOutcome =>
    withReasons({
      verdict,
      verdictReasonMessages: messages,
      blockers: blockers.map(r => r.id),
      reservations: reservations.map(r => r.id),
    });

  if (blockers.length > 0) {
    for (const r of blockers) {
      say(blockerMessage(r, input.blockingText.get(r.id), tier));
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
    const params = {
      ...criterionParams(r),
      ...blockingWhen(input.blockingText.get(r.id), tier),
      status: r.status,
    };
    say(
      r.status === 'waived' && r.waiver
        ? {
            key: 'verdict.reservationWaived',
            params: {
              ...params,
              until: toDay(parseTime(r.waiver.expiresAt) ?? 0),
            },
          }
        : { key: 'verdict.reservationGrace', params },
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
