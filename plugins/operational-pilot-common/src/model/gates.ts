/*
 * The verdict of a release gate (domain §3.3, §4). A gate is a checklist, not an average: it is not ready while a
 * blocking criterion fails, a required hand-over signature is missing, the application itself is not fit to be
 * run, or (for a normal change of a T1) the window conflicts with a freeze or falls outside the maintenance
 * windows. Waived or in-grace blocking items, and the other window conflicts, are reservations.
 */
import {
  criterionParams,
  HANDOVER_ROLE_TITLES_FR,
  listParam,
  type Message,
  nestMessage,
  renderMessage,
  textMessage,
} from './messages';
import type { Release, Tier } from '../domain/types';
import { HANDOVER_ROLE_TITLES } from './releases';
import { nextSteps, weightedScore } from './scoring';
import type {
  CriterionResult,
  CriterionStatus,
  EntityReadiness,
  GateId,
  GateResult,
  Verdict,
} from './types';

const BLOCKING: CriterionStatus[] = ['fail', 'stale', 'unknown'];
const RESERVING: CriterionStatus[] = ['waived', 'grace'];

export interface GateVerdictInput {
  gate: GateId;
  release: Release;
  tier: Tier;
  results: CriterionResult[];
  /** Why each blocking criterion blocks ("for T1 major releases", "at the hand-over of release 2.4"…). */
  blockingText: Map<string, string>;
  runReadiness: Pick<EntityReadiness, 'verdict' | 'blockers'>;
  /** Conflicts of the release window with freezes and maintenance windows (go/no-go gate only). */
  windowConflicts?: string[];
  /** Required hand-over roles that have not signed (hand-over gate only). */
  missingSignatures?: string[];
  /** Criteria that check the signatures themselves (KT-04): their gap is listed once, as the missing signatures. */
  signatureCriteria?: Set<string>;
}

/** A window conflict blocks a normal change of a T1; elsewhere it is a reservation. */
export function windowConflictBlocks(release: Release, tier: Tier): boolean {
  return tier === 'T1' && (release.changeType ?? 'normal') === 'normal';
}

export function decideGate(input: GateVerdictInput): GateResult {
  const { gate, release, results } = input;
  const blockers = results.filter(
    r => r.blocking && BLOCKING.includes(r.status),
  );
  const reservations = results.filter(
    r => r.blocking && RESERVING.includes(r.status),
  );
  // Sentences as catalogue messages; the English strings are rendered from them at the end.
  const reasons: Message[] = [];
  const missing: Message[] = [];
  const reservationReasons: Message[] = [];
  let blocked = false;

  if (input.runReadiness.verdict === 'not-ready') {
    blocked = true;
    const ids = input.runReadiness.blockers;
    const withIds = ids.length ? '.ids' : '';
    reasons.push({
      key: `gate.notReady.${
        gate === 'goNoGo' ? 'goNoGo' : 'handover'
      }${withIds}`,
      params: { ids: listParam(ids) },
    });
    missing.push({
      key: `gate.runReadiness${withIds}`,
      params: { ids: listParam(ids) },
    });
  } else if (input.runReadiness.verdict === 'ready-with-reservations') {
    reservationReasons.push({ key: 'gate.runWithReservations' });
  }

  for (const r of blockers) {
    blocked = true;
    reasons.push(
      !input.blockingText.has(r.id) && r.reasonMessage
        ? {
            key: 'verdict.blocking',
            params: {
              ...criterionParams(r),
              tier: input.tier,
              status: r.status,
              ...nestMessage('reason', r.reasonMessage),
            },
          }
        : textMessage(
            `${r.id} "${r.title}" is blocking ${
              input.blockingText.get(r.id) ?? `for ${input.tier}`
            } and ${r.status === 'fail' ? 'fails' : `is ${r.status}`}: ${
              r.reason
            }.`,
          ),
    );
    if (!input.signatureCriteria?.has(r.id)) {
      missing.push(
        r.reasonMessage
          ? {
              key: 'gate.missingCriterion',
              params: {
                ...criterionParams(r),
                ...nestMessage('reason', r.reasonMessage),
              },
            }
          : textMessage(`${r.id} ${r.title}: ${r.reason}`),
      );
    }
  }

  for (const role of input.missingSignatures ?? []) {
    blocked = true;
    const title =
      HANDOVER_ROLE_TITLES[role as keyof typeof HANDOVER_ROLE_TITLES] ?? role;
    missing.push({
      key: 'gate.signature',
      params: { role: title, roleFr: HANDOVER_ROLE_TITLES_FR[role] ?? title },
    });
  }
  if ((input.missingSignatures ?? []).length > 0) {
    reasons.push({
      key: 'gate.handoverNotSigned',
      params: { version: release.version },
    });
  }

  const conflicts = input.windowConflicts ?? [];
  if (conflicts.length > 0) {
    if (windowConflictBlocks(release, input.tier)) {
      blocked = true;
      reasons.push(
        textMessage(
          `The window of this normal change of a T1 conflicts: ${conflicts.join(
            '; ',
          )}.`,
        ),
      );
      missing.push(
        textMessage(
          `a release window without conflict: ${conflicts.join('; ')}`,
        ),
      );
    } else {
      reservationReasons.push(
        textMessage(
          `The window conflicts (a reservation for a ${
            release.changeType ?? 'normal'
          } change of a ${input.tier}): ${conflicts.join('; ')}.`,
        ),
      );
    }
  }

  for (const r of reservations) {
    reservationReasons.push(
      textMessage(
        r.status === 'waived' && r.waiver
          ? `${r.id} "${r.title}" is waived until ${r.waiver.expiresAt.slice(
              0,
              10,
            )}: a reservation.`
          : `${r.id} "${r.title}" is in grace: a reservation until it is re-attested.`,
      ),
    );
  }

  let verdict: Verdict;
  if (blocked) {
    verdict = 'not-ready';
  } else if (reservationReasons.length > 0) {
    verdict = 'ready-with-reservations';
    reasons.push(...reservationReasons);
  } else {
    verdict = 'ready-for-run';
    reasons.push(
      gate === 'goNoGo'
        ? { key: 'gate.allGoNoGoMet', params: { version: release.version } }
        : { key: 'gate.allHandoverMet', params: { version: release.version } },
    );
  }
  if (blocked && reservationReasons.length > 0) {
    reasons.push(...reservationReasons);
  }

  const blockerIds = blockers.map(r => r.id);
  return {
    gate,
    verdict,
    verdictReasons: reasons.map(m => renderMessage(m, 'en')),
    verdictReasonMessages: reasons,
    score: weightedScore(results),
    criteria: results,
    blockers: blockerIds,
    reservations: reservations.map(r => r.id),
    missing: missing.map(m => renderMessage(m, 'en')),
    missingMessages: missing,
    nextSteps: nextSteps(results, blockerIds, new Map()),
  };
}
