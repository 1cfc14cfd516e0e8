/*
 * Staleness and decay of attestations (domain §3.5): an attestation is fresh for V days, then decays linearly over a
 * grace period G = clamp(graceRatio × V, graceMinDays, graceMaxDays) from credit 1 to graceFloorCredit, then is stale.
 */
import { DAY_MS, round } from './dates';
import type { StalenessPolicy } from './types';

export type FreshnessStatus = 'pass' | 'expiring' | 'grace' | 'stale';

export interface Freshness {
  status: FreshnessStatus;
  credit: number;
  /** Validity in days used for the grace period. */
  validityDays: number;
  graceDays: number;
  /** End of validity, after any invalidating event. */
  expiryMs: number;
  /** When the "expiring" warning starts. */
  warnFromMs: number;
  graceEndMs: number;
}

export function graceDays(
  validityDays: number,
  policy: StalenessPolicy,
): number {
  const g = policy.graceRatio * validityDays;
  return Math.min(Math.max(g, policy.graceMinDays), policy.graceMaxDays);
}

/**
 * @param expiryMs - the natural end of validity (explicit `expiresAt`, or assessed date + V)
 * @param invalidatedAtMs - an event (major release, ops-owner change) that ends validity early, if any
 */
export function computeFreshness(args: {
  nowMs: number;
  validityDays: number;
  expiryMs: number;
  invalidatedAtMs?: number;
  policy: StalenessPolicy;
}): Freshness {
  const { nowMs, policy } = args;
  const validityDays = Math.max(0, args.validityDays);
  const grace = graceDays(validityDays, policy);
  const expiryMs =
    args.invalidatedAtMs !== undefined
      ? Math.min(args.expiryMs, args.invalidatedAtMs)
      : args.expiryMs;
  const warnFromMs = expiryMs - policy.warnBeforeDays * DAY_MS;
  const graceEndMs = expiryMs + grace * DAY_MS;
  const base = {
    validityDays,
    graceDays: grace,
    expiryMs,
    warnFromMs,
    graceEndMs,
  };

  if (nowMs <= expiryMs) {
    // An invalidating event puts the attestation in grace at once, so "fresh" only applies without one.
    return {
      ...base,
      status: nowMs <= warnFromMs ? 'pass' : 'expiring',
      credit: 1,
    };
  }
  if (nowMs <= graceEndMs && grace > 0) {
    const elapsed = (nowMs - expiryMs) / (graceEndMs - expiryMs);
    const credit = 1 - (1 - policy.graceFloorCredit) * elapsed;
    return { ...base, status: 'grace', credit: round(credit, 4) };
  }
  return { ...base, status: 'stale', credit: 0 };
}
