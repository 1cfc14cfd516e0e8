/*
 * Read actions on an entity's run readiness: `get-readiness` (what GET …/readiness answers) and `list-blockers`.
 */
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { RouteContext } from '../routes/context';
import { readReadiness } from '../service/readinessRead';
import {
  criteriaOf,
  criterionOutput,
  defined,
  entityRefInput,
  normalizeRef,
  visibleEntity,
  Zod,
} from './shared';

function verdictOutput(z: Zod) {
  return z
    .enum(['not-ready', 'ready-with-reservations', 'ready-for-run'])
    .describe('not-ready, ready-with-reservations or ready-for-run.');
}

export function registerReadinessActions(
  registry: ActionsRegistryService,
  ctx: RouteContext,
) {
  registry.register({
    name: 'get-readiness',
    title: 'Get the run readiness of a catalog entity',
    description: [
      'Returns the operational (run) readiness of a Backstage catalog entity (Component, System, API, Resource),',
      'as the Operational Pilot tab shows it: the score (0-100), the verdict (not-ready, ready-with-reservations,',
      'ready-for-run) with the reasons, the level (none, bronze, silver, gold), the ids of the blocking criteria',
      'that do not pass (blockers) and of those kept as reservations (waived or in grace), the next steps ordered',
      'by impact, and for each open production release (planned to hypercare) the verdicts of its go/no-go and',
      'hand-over gates. Use list-blockers for the details of each blocker and get-release-gate for one release.',
      'For a System, rollup summarises its components. Fails with "not found" when the entity does not exist or',
      'the caller may not see it.',
    ].join(' '),
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => z.object({ entityRef: entityRefInput(z) }),
      output: z =>
        z.object({
          entityRef: z.string(),
          tier: z.string().describe('T1 critical, T2 standard, T3 low.'),
          tierDeclared: z
            .boolean()
            .describe('False when no tier is declared: evaluated as T1.'),
          score: z.number().describe('Weighted readiness score, 0-100.'),
          verdict: verdictOutput(z),
          verdictReasons: z.array(z.string()),
          level: z.enum(['none', 'bronze', 'silver', 'gold']),
          blockers: z
            .array(z.string())
            .describe('Ids of blocking criteria that do not pass.'),
          reservations: z
            .array(z.string())
            .describe(
              'Ids of criteria that keep the verdict "with reservations".',
            ),
          nextSteps: z.array(
            z.object({
              criterionId: z.string(),
              title: z.string(),
              howToFix: z.string(),
              scoreGain: z.number(),
              liftsBlocker: z.boolean(),
              unlocksLevel: z.string().optional(),
            }),
          ),
          releases: z
            .array(
              z.object({
                releaseId: z.string(),
                version: z.string(),
                kind: z.string(),
                status: z.string(),
                plannedAt: z.string(),
                goNoGo: verdictOutput(z),
                goNoGoBlockers: z.array(z.string()),
                handover: verdictOutput(z),
                handoverMissing: z.array(z.string()),
              }),
            )
            .describe(
              "Open releases with their gates' verdicts, earliest first.",
            ),
          rollup: z
            .object({
              components: z.array(
                z.object({
                  entityRef: z.string(),
                  title: z.string().optional(),
                  tier: z.string(),
                  score: z.number(),
                  verdict: z.string(),
                  blockers: z.array(z.string()),
                }),
              ),
              worstVerdict: z.string().nullable(),
              averageScore: z.number().nullable(),
            })
            .optional()
            .describe("For a System: its components' rollup."),
          evaluatedAt: z.string(),
        }),
    },
    action: async ({ input, credentials }) => {
      const { rollup, ...readiness } = await readReadiness(
        ctx,
        normalizeRef(input.entityRef),
        credentials,
      );
      return {
        output: defined({
          entityRef: readiness.entityRef,
          tier: readiness.tier,
          tierDeclared: readiness.tierDeclared,
          score: readiness.score,
          verdict: readiness.verdict,
          verdictReasons: readiness.verdictReasons,
          level: readiness.level,
          blockers: readiness.blockers,
          reservations: readiness.reservations,
          nextSteps: readiness.nextSteps.map(step => defined({ ...step })),
          releases: (readiness.releases ?? []).map(r => ({
            releaseId: r.releaseId,
            version: r.version,
            kind: r.kind,
            status: r.status,
            plannedAt: r.plannedAt,
            goNoGo: r.goNoGo,
            goNoGoBlockers: r.goNoGoBlockers,
            handover: r.handover,
            handoverMissing: r.handoverMissing,
          })),
          rollup: rollup && {
            ...rollup,
            components: rollup.components.map(c => defined({ ...c })),
          },
          evaluatedAt: readiness.evaluatedAt,
        }),
      };
    },
  });

  registry.register({
    name: 'list-blockers',
    title: 'List the blockers of a catalog entity',
    description: [
      'Lists the blocking criteria that keep a Backstage catalog entity from being ready for run: for each, its id',
      '(e.g. "BCK-03"), title, category, status (fail, stale, unknown…), the reason in plain words and how to fix',
      'it. Also lists the reservations (blocking criteria only waived or in grace). An empty list of blockers',
      'means no blocking criterion stands in the way (the verdict may still be not-ready for a low score). Fails',
      'with "not found" when the entity does not exist or the caller may not see it.',
    ].join(' '),
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => z.object({ entityRef: entityRefInput(z) }),
      output: z =>
        z.object({
          entityRef: z.string(),
          verdict: verdictOutput(z),
          score: z.number(),
          blockers: z.array(criterionOutput(z)),
          reservations: z.array(criterionOutput(z)),
        }),
    },
    action: async ({ input, credentials }) => {
      const { entity } = await visibleEntity(ctx, input.entityRef, credentials);
      const readiness = await ctx.evaluations.getReadiness(entity);
      return {
        output: {
          entityRef: readiness.entityRef,
          verdict: readiness.verdict,
          score: readiness.score,
          blockers: criteriaOf(readiness.criteria, readiness.blockers),
          reservations: criteriaOf(readiness.criteria, readiness.reservations),
        },
      };
    },
  });
}
