/*
 * `get-release-gate`: the two gates of a production release (what GET …/releases/{id}/gates answers).
 */
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { GateResult } from '@operational-pilot/backstage-plugin-common';
import type { RouteContext } from '../routes/context';
import { ReleaseService } from '../service/ReleaseService';
import { criteriaOf, criterionOutput, defined, Zod } from './shared';

function gateOutput(z: Zod, description: string) {
  return z
    .object({
      verdict: z
        .enum(['not-ready', 'ready-with-reservations', 'ready-for-run'])
        .describe('not-ready, ready-with-reservations or ready-for-run.'),
      decisionVerdict: z
        .string()
        .optional()
        .describe(
          'Go/no-go only: the verdict a go/no-go decision is taken on (without the decision record itself).',
        ),
      verdictReasons: z.array(z.string()),
      score: z.number().nullable(),
      blockers: z
        .array(criterionOutput(z))
        .describe('Blocking criteria of the gate that do not pass.'),
      reservations: z.array(z.string()),
      missing: z
        .array(z.string())
        .describe('What is missing to pass, in plain sentences.'),
    })
    .describe(description);
}

function toGateOutput(gate: GateResult) {
  return defined({
    verdict: gate.verdict,
    decisionVerdict: gate.decisionVerdict,
    verdictReasons: gate.verdictReasons,
    score: gate.score,
    blockers: criteriaOf(gate.criteria, gate.blockers),
    reservations: gate.reservations,
    missing: gate.missing,
  });
}

export function registerReleaseActions(
  registry: ActionsRegistryService,
  ctx: RouteContext,
) {
  const releases = new ReleaseService(ctx);

  registry.register({
    name: 'get-release-gate',
    title: 'Get the go/no-go and hand-over gates of a release',
    description: [
      'Returns the two gates of a production release (mise en production) of a catalog entity, evaluated now:',
      'goNoGo answers "may this release go?" and handover "may the application leave hypercare and be run by',
      'the run team?". Each gate has its verdict, the blocking criteria that do not pass (with reason and how to',
      'fix), the reservations and what is missing (e.g. a signature of the ops owner). Release ids are listed by',
      'get-readiness (releases). Fails with "not found" when the release does not exist or the caller may not see',
      'its entity.',
    ].join(' '),
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          releaseId: z
            .string()
            .min(1)
            .max(64)
            .describe('Id of the release (see get-readiness → releases).'),
        }),
      output: z =>
        z.object({
          releaseId: z.string(),
          entityRef: z.string(),
          version: z.string(),
          kind: z.string().describe('major, minor, patch or hotfix.'),
          status: z.string(),
          plannedAt: z.string(),
          goNoGo: gateOutput(z, 'The go/no-go gate.'),
          handover: gateOutput(z, 'The hand-over to run gate.'),
          needsHypercare: z.boolean(),
          windowConflicts: z
            .array(z.string())
            .describe(
              'Conflicts of the window with freezes and maintenance windows.',
            ),
          evaluatedAt: z.string(),
        }),
    },
    action: async ({ input, credentials }) => {
      const release = await releases.get(input.releaseId);
      const entity = await ctx.catalog.getVisibleEntity(
        release.entityRef,
        credentials,
      );
      const gates = await releases.getGates(release, entity);
      return {
        output: {
          releaseId: gates.releaseId,
          entityRef: gates.entityRef,
          version: gates.version,
          kind: gates.kind,
          status: gates.status,
          plannedAt: gates.plannedAt,
          goNoGo: toGateOutput(gates.goNoGo),
          handover: toGateOutput(gates.handover),
          needsHypercare: gates.needsHypercare,
          windowConflicts: gates.windowConflicts,
          evaluatedAt: gates.evaluatedAt,
        },
      };
    },
  });
}
