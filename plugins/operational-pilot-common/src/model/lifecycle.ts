/*
 * The catalog's `spec.lifecycle` versus the hand-over to run: a component the catalog calls `production` that was
 * never handed over to the run team, or one handed over while still `experimental`, is a mismatch the POA must see.
 */
import type { Attestation, Release } from '../domain/types';
import { parseTime, toDay } from './dates';
import { type Message, renderMessage } from './messages';
import type { LifecycleStatus } from './types';

/** The legacy (entity-level) hand-over attestation still proves a hand-over made before per-release signatures. */
const LEGACY_HANDOVER_CRITERION = 'KT-04';

export function lifecycleStatus(
  catalogLifecycle: unknown,
  releases: Release[],
  attestations: Attestation[],
  /** Whether hand-over applies to this kind at all (an API is not handed over). */
  handoverApplies: boolean,
): LifecycleStatus {
  const catalog =
    typeof catalogLifecycle === 'string' && catalogLifecycle.trim() !== ''
      ? catalogLifecycle.trim()
      : undefined;
  let handedOver:
    | { atMs: number; releaseId?: string; version?: string }
    | undefined;
  for (const r of releases) {
    const atMs = parseTime(r?.handover?.completedAt);
    if (atMs !== undefined && (!handedOver || atMs > handedOver.atMs)) {
      handedOver = { atMs, releaseId: r.id, version: r.version };
    }
  }
  if (!handedOver) {
    for (const a of attestations) {
      const atMs = parseTime(a?.assessedAt);
      if (
        a?.criterionId === LEGACY_HANDOVER_CRITERION &&
        a.state === 'compliant' &&
        atMs !== undefined &&
        (!handedOver || atMs > handedOver.atMs)
      ) {
        handedOver = { atMs };
      }
    }
  }
  const status: LifecycleStatus = { inRun: handedOver !== undefined };
  if (catalog) status.catalog = catalog;
  if (handedOver) {
    status.handedOverAt = new Date(handedOver.atMs).toISOString();
    if (handedOver.releaseId) status.handedOverReleaseId = handedOver.releaseId;
    if (handedOver.version) status.handedOverVersion = handedOver.version;
  }
  if (!handoverApplies) return status;
  const lower = catalog?.toLowerCase();
  let reason: Message | undefined;
  if (lower === 'production' && !handedOver) {
    status.mismatch = 'production-not-handed-over';
    reason = { key: 'lifecycle.productionNotHandedOver' };
  } else if (lower === 'experimental' && handedOver) {
    status.mismatch = 'handed-over-experimental';
    const date = toDay(handedOver.atMs);
    reason = handedOver.version
      ? {
          key: 'lifecycle.experimentalHandedOverRelease',
          params: { date, version: handedOver.version },
        }
      : { key: 'lifecycle.experimentalHandedOver', params: { date } };
  }
  if (reason) {
    status.mismatchReason = renderMessage(reason, 'en');
    status.mismatchReasonMessage = reason;
  }
  return status;
}
