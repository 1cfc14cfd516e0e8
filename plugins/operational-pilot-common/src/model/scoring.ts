/*
 * Weighted score (domain §3.2): 100 × Σ w·c / Σ w over applicable criteria; not-applicable items are outside the
 * denominator. The same formula gives category scores and the gain of each next step.
 */
import { round } from './dates';
import { isPassing } from './checks/outcome';
import type {
  CategoryDefinition,
  CategoryScore,
  CriterionResult,
  CriterionStatus,
  Level,
  NextStep,
} from './types';

export function applicableResults(
  results: CriterionResult[],
): CriterionResult[] {
  return results.filter(r => r.status !== 'not-applicable');
}

/** Score in [0, 100] with one decimal; null when nothing applies. */
export function weightedScore(results: CriterionResult[]): number | null {
  const applicable = applicableResults(results);
  const total = applicable.reduce((sum, r) => sum + r.weight, 0);
  if (applicable.length === 0 || total <= 0) {
    return null;
  }
  const earned = applicable.reduce((sum, r) => sum + r.weight * r.credit, 0);
  return Math.min(100, Math.max(0, round((100 * earned) / total, 1)));
}

export function categoryScores(
  categories: CategoryDefinition[],
  results: CriterionResult[],
): CategoryScore[] {
  return categories.map(category => {
    const inCategory = applicableResults(
      results.filter(r => r.category === category.id),
    );
    return {
      id: category.id,
      title: category.title,
      score: weightedScore(inCategory),
      passed: inCategory.filter(r => isPassing(r.status)).length,
      applicable: inCategory.length,
    };
  });
}

/** Statuses a next step can improve (grace included: re-attesting restores full credit). */
const IMPROVABLE: CriterionStatus[] = [
  'fail',
  'stale',
  'unknown',
  'waived',
  'grace',
];

/** Plain code-unit order (not locale-dependent, so every runtime sorts alike). */
export function compareText(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

export function nextSteps(
  results: CriterionResult[],
  blockers: string[],
  unlocks: Map<string, Level>,
): NextStep[] {
  const applicable = applicableResults(results);
  const total = applicable.reduce((sum, r) => sum + r.weight, 0);
  return applicable
    .filter(r => IMPROVABLE.includes(r.status))
    .map(r => {
      const step: NextStep = {
        criterionId: r.id,
        title: r.title,
        howToFix: r.howToFix,
        scoreGain:
          total > 0 ? round((100 * r.weight * (1 - r.credit)) / total, 1) : 0,
        liftsBlocker: blockers.includes(r.id),
      };
      const level = unlocks.get(r.id);
      if (level) {
        step.unlocksLevel = level;
      }
      return step;
    })
    .sort(
      (a, b) =>
        Number(b.liftsBlocker) - Number(a.liftsBlocker) ||
        b.scoreGain - a.scoreGain ||
        compareText(a.criterionId, b.criterionId),
    );
}
