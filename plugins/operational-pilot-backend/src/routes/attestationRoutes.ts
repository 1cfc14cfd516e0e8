import type { Router } from 'express';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  attestationCreatePermission,
  CreateAttestationRequest,
} from '@operational-pilot/backstage-plugin-common';
import { FieldError, FieldValidationError } from '../service/errors';
import { checkInstant } from '../service/validation';
import { attestationCheckOf, findCriterion } from './criteria';
import { entityFromPath, reevaluate, RouteContext } from './context';

export function registerAttestationRoutes(router: Router, ctx: RouteContext) {
  router.get(
    '/entities/:kind/:namespace/:name/attestations',
    async (req, res) => {
      const { entityRef } = await entityFromPath(ctx, req);
      const criterionId = req.query.criterionId as string | undefined;
      const items = await ctx.stores.attestations.listByEntity(
        entityRef,
        criterionId ? { criterionId } : undefined,
      );
      res.json({ items });
    },
  );

  router.post(
    '/entities/:kind/:namespace/:name/attestations',
    async (req, res) => {
      const { entity, entityRef } = await entityFromPath(ctx, req);
      const credentials = await ctx.authorizer.writer(
        req,
        attestationCreatePermission,
        entityRef,
      );
      const body = req.body as CreateAttestationRequest;
      const now = ctx.now();
      const errors: FieldError[] = [];
      const criterion = findCriterion(
        ctx.model,
        body.criterionId,
        'criterionId',
        errors,
        { attestable: true },
      );
      const assessedAt = checkInstant(errors, 'assessedAt', body.assessedAt);
      const expiresAt = checkInstant(errors, 'expiresAt', body.expiresAt);
      if (assessedAt && assessedAt.getTime() > now.getTime() + 60_000) {
        errors.push({
          path: 'assessedAt',
          message: 'an assessment cannot be dated in the future',
        });
      }
      if (expiresAt && expiresAt <= (assessedAt ?? now)) {
        errors.push({
          path: 'expiresAt',
          message: 'the expiry must be after the assessment date',
        });
      }
      if (body.state === 'not-applicable' && !body.justification?.trim()) {
        errors.push({
          path: 'justification',
          message: 'say why the criterion does not apply (required for not-applicable)',
        });
      }
      const check = criterion && attestationCheckOf(criterion.check);
      const evidenceRequired =
        check?.kind === 'releaseAttestation' ||
        (check?.kind === 'attestation' && check.evidenceRequired !== false);
      if (
        body.state === 'compliant' &&
        evidenceRequired &&
        !(body.evidence && body.evidence.length > 0)
      ) {
        errors.push({
          path: 'evidence',
          message: `${body.criterionId} needs evidence: add at least one http(s) link (report, ticket, recording…)`,
        });
      }
      if (criterion?.scope === 'release' && !body.releaseId) {
        errors.push({
          path: 'releaseId',
          message: `${body.criterionId} is attested per production release: give the releaseId`,
        });
      }
      if (body.releaseId) {
        const release = await ctx.stores.releases.getById(body.releaseId);
        if (!release || release.entityRef !== entityRef) {
          errors.push({
            path: 'releaseId',
            message: `no release ${body.releaseId} for ${entityRef}`,
          });
        }
      }
      if (errors.length > 0) throw new FieldValidationError(errors);

      const attestation = await ctx.audit.record(
        {
          req,
          credentials,
          eventId: 'attestation-create',
          entityRef,
          targetType: 'attestation',
        },
        async stores => {
          const created = await stores.attestations.create({
            entityRef,
            criterionId: body.criterionId,
            releaseId: body.releaseId,
            state: body.state,
            justification: body.justification,
            evidence: body.evidence ?? [],
            assessedBy: credentials.principal.userEntityRef,
            assessedAt: (assessedAt ?? now).toISOString(),
            expiresAt: expiresAt?.toISOString(),
            comment: body.comment,
          });
          return { result: created, targetId: created.id, after: created };
        },
      );
      await reevaluate(ctx, entity);
      res.status(201).json(attestation);
    },
  );

  router.post('/attestations/:id/countersign', async (req, res) => {
    const existing = await ctx.stores.attestations.getById(req.params.id);
    if (!existing) throw new NotFoundError(`No attestation ${req.params.id}`);
    const credentials = await ctx.authorizer.writer(
      req,
      attestationCreatePermission,
      existing.entityRef,
    );
    const user = credentials.principal.userEntityRef;
    if (existing.countersignedBy) {
      throw new ConflictError(
        `This attestation was already countersigned by ${existing.countersignedBy}`,
      );
    }
    if (existing.assessedBy === user) {
      throw new ConflictError(
        'A countersignature must come from someone other than the assessor (two-party attestation)',
      );
    }
    const updated = await ctx.audit.record(
      {
        req,
        credentials,
        eventId: 'attestation-countersign',
        entityRef: existing.entityRef,
        targetType: 'attestation',
        targetId: existing.id,
      },
      async stores => {
        const after = await stores.attestations.countersign(existing.id, {
          by: user,
          at: ctx.now(),
        });
        if (!after) throw new NotFoundError(`No attestation ${existing.id}`);
        return { result: after, before: existing, after };
      },
    );
    await reevaluate(ctx, existing.entityRef);
    res.json(updated);
  });
}
