/*
 * The verdict of a release gate (domain §3.3, §4). A gate is a checklist, not an average: it is not ready while a
 * blocking criterion fails, a required hand-over signature is missing, the application itself is not fit to be
 * run, or (for a normal change of a T1) the window conflicts with a freeze or falls outside the maintenance
 * windows. Waived or in-grace blocking items, and the other window conflicts, are reservations.
 */
import {
  combineMessages,
  criterionParams,
  HANDOVER_ROLE_TITLES_FR,
  listParam,
  type Message,
  nestMessage,
  renderMessage,
} from './messages';
import { blockerMessage, reasonMessageOf } from './verdict';
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
  blockingText: Map<string, Message>;
  runReadiness: Pick<EntityReadiness, 'verdict' | 'blockers'>;
  /** Conflicts of the release window with freezes and maintenance windows (go/no-go gate only). */
  windowConflicts?: Message[];
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
    reasons.push(blockerMessage(r, input.blockingText.get(r.id), input.tier));
    if (!input.signatureCriteria?.has(r.id)) {
      missing.push({
        key: 'gate.missingCriterion',
        params: {
          ...criterionParams(r),
          ...nestMessage('reason', reasonMessageOf(r)),
        },
      });
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
    const params = nestMessage('conflicts', combineMessages(conflicts));
    if (windowConflictBlocks(release, input.tier)) {
      blocked = true;
      reasons.push({ key: 'gate.windowConflict', params });
      missing.push({ key: 'gate.windowWithoutConflict', params });
    } else {
      reservationReasons.push({
        key: 'gate.windowReservation',
        params: {
          ...params,
          changeType: release.changeType ?? 'normal',
          tier: input.tier,
        },
      });
    }
  }

  for (const r of reservations) {
    reservationReasons.push(
      r.status === 'waived' && r.waiver
        ? {
            key: 'gate.reservationWaived',
            params: {
              ...criterionParams(r),
              until: r.waiver.expiresAt.slice(0, 10),
            },
          }
        : { key: 'gate.reservationGrace', params: criterionParams(r) },
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
