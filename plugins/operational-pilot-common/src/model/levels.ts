/*
 * Cumulative maturity levels (domain §3.4): bronze ids all passing, silver = bronze + silver ids, gold = silver +
 * every applicable criterion. Passing means pass, expiring or grace; not-applicable items are ignored; a waived item
 * does not count as passing.
 */
import { isPassing } from './checks/outcome';
import type { CriterionResult, Level } from './types';
import { LEVELS } from './types';

export interface LevelState {
  level: Level;
  /** For each not-yet-passing applicable criterion, the level reached if it alone passed (when higher). */
  unlocks: Map<string, Level>;
}

function levelFrom(
  bronzeMissing: number,
  silverMissing: number,
  allMissing: number,
): Level {
  if (bronzeMissing > 0) {
    return 'none';
  }
  if (silverMissing > 0) {
    return 'bronze';
  }
  return allMissing > 0 ? 'silver' : 'gold';
}

export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

export function computeLevels(
  results: CriterionResult[],
  levels: { bronze: string[]; silver: string[] },
): LevelState {
  const applicable = results.filter(r => r.status !== 'not-applicable');
  if (applicable.length === 0) {
    // Nothing evaluated proves nothing: no level.
    return { level: 'none', unlocks: new Map() };
  }
  const missing = new Set(
    applicable.filter(r => !isPassing(r.status)).map(r => r.id),
  );
  const bronze = new Set(levels.bronze.filter(id => missing.has(id)));
  const silver = new Set(levels.silver.filter(id => missing.has(id)));
  const level = levelFrom(bronze.size, silver.size, missing.size);
  const unlocks = new Map<string, Level>();
  for (const id of missing) {
    const next = levelFrom(
      bronze.size - (bronze.has(id) ? 1 : 0),
      silver.size - (silver.has(id) ? 1 : 0),
      missing.size - 1,
    );
    if (levelRank(next) > levelRank(level)) {
      unlocks.set(id, next);
    }
  }
  return { level, unlocks };
}
