/*
 * `record-attestation`: what POST …/attestations does (AttestationService: role-bound signatures, evidence,
 * release-scoped criteria, not-applicable exemptions, audit).
 */
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import {
  Attestation,
  attestationCreatePermission,
  AttestationState,
} from '@operational-pilot/backstage-plugin-common';
import { reevaluate, RouteContext } from '../routes/context';
import { AttestationService } from '../service/AttestationService';
import { governanceOf } from '../service/GovernanceService';
import { defined, entityRefInput, httpUrl, visibleEntity } from './shared';

function toAttestationOutput(attestation: Attestation) {
  return defined({
    id: attestation.id,
    entityRef: attestation.entityRef,
    criterionId: attestation.criterionId,
    releaseId: attestation.releaseId,
    state: attestation.state,
    justification: attestation.justification,
    evidence: attestation.evidence.map(e => defined({ ...e })),
    assessedBy: attestation.assessedBy,
    assessedAt: attestation.assessedAt,
    expiresAt: attestation.expiresAt,
    comment: attestation.comment,
    reviewBy: attestation.reviewBy,
  });
}

export function registerAttestationActions(
  registry: ActionsRegistryService,
  ctx: RouteContext,
) {
  const attestations = new AttestationService({
    model: ctx.model,
    stores: ctx.stores,
    audit: ctx.audit,
    governance: governanceOf(ctx),
    now: ctx.now,
  });

  registry.register({
    name: 'record-attestation',
    title: 'Record an attestation on a readiness criterion',
    description: [
      'Records an attestation on an attestable readiness criterion of a catalog entity (e.g. "BCK-03" restore',
      'test done, "DOC-03" operations manual reviewed), assessed now by the caller: state compliant,',
      'non-compliant or not-applicable. A compliant attestation of a criterion that needs evidence must give at',
      'least one http(s) evidence link (report, ticket, recording); not-applicable needs a justification (on a',
      'blocking criterion it counts only once someone else approves it); a release-scoped criterion (REL-02,',
      'REL-04…) needs the releaseId. Some criteria are signed by a given role (e.g. the ops owner). The caller',
      'must be a signed-in user allowed to attest on the entity (permission operational-pilot.attestation.create),',
      'otherwise it fails; invalid fields fail with a message naming the field. The attestation is audited and',
      'the entity re-evaluated.',
    ].join(' '),
    attributes: { readOnly: false, idempotent: false, destructive: false },
    schema: {
      input: z =>
        z.object({
          entityRef: entityRefInput(z),
          criterionId: z
            .string()
            .min(1)
            .max(200)
            .describe('The attestable criterion, e.g. "BCK-03".'),
          state: z
            .enum(['compliant', 'non-compliant', 'not-applicable'])
            .describe('compliant, non-compliant or not-applicable.'),
          evidence: z
            .array(
              z.object({
                url: httpUrl(z).describe('An http(s) link to the evidence.'),
                description: z.string().max(500).optional(),
              }),
            )
            .max(20)
            .optional()
            .describe(
              'Evidence links (required for a compliant attestation of most criteria).',
            ),
          releaseId: z
            .string()
            .min(1)
            .max(64)
            .optional()
            .describe('The release, for a release-scoped criterion.'),
          justification: z
            .string()
            .max(5000)
            .optional()
            .describe('Why (required for not-applicable).'),
          comment: z.string().max(5000).optional(),
        }),
      output: z =>
        z.object({
          attestation: z.object({
            id: z.string(),
            entityRef: z.string(),
            criterionId: z.string(),
            releaseId: z.string().optional(),
            state: z.string(),
            justification: z.string().optional(),
            evidence: z.array(
              z.object({ url: z.string(), description: z.string().optional() }),
            ),
            assessedBy: z.string(),
            assessedAt: z.string(),
            expiresAt: z.string().optional(),
            comment: z.string().optional(),
            reviewBy: z
              .string()
              .optional()
              .describe('Not-applicable only: when the exemption lapses.'),
          }),
        }),
    },
    action: async ({ input, credentials }) => {
      const { entity, entityRef } = await visibleEntity(
        ctx,
        input.entityRef,
        credentials,
      );
      const user = await ctx.authorizer.writerFor(
        credentials,
        attestationCreatePermission,
        entityRef,
      );
      const created = await attestations.create(
        { credentials: user },
        { entityRef, entity },
        {
          criterionId: input.criterionId,
          state: input.state as AttestationState,
          evidence: input.evidence,
          releaseId: input.releaseId,
          justification: input.justification,
          comment: input.comment,
        },
      );
      await reevaluate(ctx, entity);
      return { output: { attestation: toAttestationOutput(created) } };
    },
  });
}
