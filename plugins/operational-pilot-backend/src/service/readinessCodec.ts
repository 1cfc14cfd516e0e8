/*
 * Stored evaluations drop what the model already holds (criterion titles, categories, weights, scopes, how to
 * fix) and the English sentences their catalogue messages render (`reason`, `verdictReasons`): at 51 criteria
 * that more than halves the JSON written per entity, which dominates a full re-evaluation of a large catalog, and
 * the engine never has to render them (they are rendered when read, see lazyEnglish.ts in -common). Reading puts
 * them back from the model in force and the messages.
 */
import {
  omitMembers,
  withEnglishText,
  type CriterionResult,
  type EntityReadiness,
  type NextStep,
  type ReadinessModel,
} from '@operational-pilot/backstage-plugin-common';

type CompactCriterion = Omit<
  CriterionResult,
  'title' | 'howToFix' | 'category' | 'weight' | 'scope'
> &
  Partial<
    Pick<
      CriterionResult,
      'title' | 'howToFix' | 'category' | 'weight' | 'scope'
    >
  >;

type CompactStep = Omit<NextStep, 'title' | 'howToFix'> &
  Partial<Pick<NextStep, 'title' | 'howToFix'>>;

const FROM_THE_MODEL = ['title', 'howToFix', 'category', 'weight', 'scope'];

export function compactReadiness(
  readiness: EntityReadiness,
  model: ReadinessModel,
): EntityReadiness {
  const known = new Set(model.criteria.map(c => c.id));
  const criteria = readiness.criteria.map(
    c =>
      omitMembers(c, [
        // The English reason only when its message renders it again.
        ...(c.reasonMessage ? ['reason'] : []),
        ...(known.has(c.id) ? FROM_THE_MODEL : []),
      ]) as CompactCriterion,
  );
  const nextSteps = readiness.nextSteps.map(s => {
    if (!known.has(s.criterionId)) return s;
    const { title, howToFix, ...rest } = s;
    return rest as CompactStep;
  });
  const categories = readiness.categories.map(({ title, ...rest }) => rest);
  return {
    ...omitMembers(
      readiness,
      readiness.verdictReasonMessages ? ['verdictReasons'] : [],
    ),
    criteria,
    nextSteps,
    categories,
  } as unknown as EntityReadiness;
}

export function expandReadiness(
  stored: EntityReadiness,
  model: ReadinessModel,
): EntityReadiness {
  const byId = new Map(model.criteria.map(c => [c.id, c]));
  const categoryTitles = new Map(model.categories.map(c => [c.id, c.title]));
  const expanded = {
    ...stored,
    categories: stored.categories.map(c => ({
      ...c,
      title: c.title ?? categoryTitles.get(c.id) ?? c.id,
    })),
    criteria: stored.criteria.map(c => {
      const def = byId.get(c.id);
      const criterion = {
        ...c,
        title: c.title ?? def?.title ?? c.id,
        howToFix: c.howToFix ?? def?.howToFix ?? '',
        category: c.category ?? def?.category,
        weight: c.weight ?? def?.weight ?? 0,
        scope: c.scope ?? def?.scope ?? 'entity',
      } as CriterionResult;
      return c.reason === undefined
        ? withEnglishText(criterion, 'reason', 'reasonMessage')
        : criterion;
    }),
    nextSteps: stored.nextSteps.map(s => {
      const def = byId.get(s.criterionId);
      return {
        ...s,
        title: s.title ?? def?.title ?? s.criterionId,
        howToFix: s.howToFix ?? def?.howToFix ?? '',
      };
    }),
  };
  return stored.verdictReasons === undefined
    ? withEnglishText(expanded, 'verdictReasons', 'verdictReasonMessages')
    : expanded;
}
