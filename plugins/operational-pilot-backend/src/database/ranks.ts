/*
 * Orders of verdicts, levels and tiers, stored as integer ranks so that SQL sorts them by meaning rather than
 * alphabetically. Kept here (typed against the shared unions) rather than imported at run time from `-common`,
 * so the stores only depend on its types.
 */
import type {
  Level,
  Tier,
  Verdict,
} from '@operational-pilot/backstage-plugin-common';

export const VERDICT_RANK = {
  'not-ready': 0,
  'ready-with-reservations': 1,
  'ready-for-run': 2,
} as const satisfies Record<Verdict, number>;

export const LEVEL_RANK = {
  none: 0,
  bronze: 1,
  silver: 2,
  gold: 3,
} as const satisfies Record<Level, number>;

export const VERDICT_VALUES = Object.keys(VERDICT_RANK) as Verdict[];
export const LEVEL_VALUES = Object.keys(LEVEL_RANK) as Level[];
const TIERS_PRESENT = {
  T1: true,
  T2: true,
  T3: true,
} as const satisfies Record<Tier, true>;
export const TIER_VALUES = Object.keys(TIERS_PRESENT) as Tier[];
