/*
 * The result of one check (before waivers and actions are applied) and small constructors for it.
 */
import type { Message } from '../messages';
import type { CheckSource, CriterionStatus, Evidence } from '../types';

export type CheckStatus = Exclude<CriterionStatus, 'waived'>;

export interface CheckOutcome {
  status: CheckStatus;
  /** In [0, 1]; 0 for not-applicable (which is outside the denominator anyway). */
  credit: number;
  /**
   * The reason as a catalogue message: every check explains itself in both languages. Rendered in English only on
   * the final criterion result (and only when read): the outcomes of sub-checks are combined as messages.
   */
  reasonMessage: Message;
  source: CheckSource;
  evidence: Evidence[];
  assessedAt?: string;
  expiresAt?: string;
  ageDays?: number;
  /** Instants (epoch ms) at which this outcome changes by the clock alone; past ones are ignored later. */
  changesAt?: number[];
  /** The outcome is an explicit, justified "not applicable" declaration (not a structural one). */
  declaredNotApplicable?: boolean;
}

type Extra = Partial<
  Omit<CheckOutcome, 'status' | 'credit' | 'source' | 'reasonMessage'>
>;

/**
 * A reason is a catalogue message, never a plain sentence: the French tab renders it from the French catalogue
 * (messages/fr.ts), so an English-only string here would show through untranslated.
 */
export type Reason = Message;

/** The reason member of an outcome, from the message. */
export function reasonFields(reason: Reason): { reasonMessage: Message } {
  return { reasonMessage: reason };
}

function outcome(
  status: CheckStatus,
  credit: number,
  source: CheckSource,
  reason: Reason,
  extra?: Extra,
): CheckOutcome {
  return {
    status,
    credit,
    ...reasonFields(reason),
    source,
    evidence: [],
    ...extra,
  };
}

export const pass = (source: CheckSource, reason: Reason, extra?: Extra) =>
  outcome('pass', 1, source, reason, extra);
export const fail = (source: CheckSource, reason: Reason, extra?: Extra) =>
  outcome('fail', 0, source, reason, extra);
export const unknown = (source: CheckSource, reason: Reason, extra?: Extra) =>
  outcome('unknown', 0, source, reason, extra);
export const notApplicable = (
  source: CheckSource,
  reason: Reason,
  extra?: Extra,
) => outcome('not-applicable', 0, source, reason, extra);

/** Statuses that count as passing (credit > 0). */
export function isPassing(status: CriterionStatus): boolean {
  return status === 'pass' || status === 'expiring' || status === 'grace';
}
