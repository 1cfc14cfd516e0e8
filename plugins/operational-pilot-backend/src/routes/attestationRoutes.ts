import type { ApiRouter } from './apiRouter';
import { NotFoundError } from '@backstage/errors';
import {
  attestationCreatePermission,
  CreateAttestationRequest,
  waiverApprovePermission,
} from '@operational-pilot/backstage-plugin-common';
import { AttestationService } from '../service/AttestationService';
import { governanceOf } from '../service/GovernanceService';
import { entityFromPath, reevaluate, RouteContext } from './context';

export function registerAttestationRoutes(router: ApiRouter, ctx: RouteContext) {
  const attestations = new AttestationService({
    model: ctx.model,
    stores: ctx.stores,
    audit: ctx.audit,
    governance: governanceOf(ctx),
    now: ctx.now,
  });

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
      const attestation = await attestations.create(
        { req, credentials },
        { entityRef, entity },
        req.body as CreateAttestationRequest,
      );
      await reevaluate(ctx, entity);
      res.status(201).json(attestation);
    },
  );

  async function existingAttestation(id: string) {
    const existing = await ctx.stores.attestations.getById(id);
    if (!existing) throw new NotFoundError(`No attestation ${id}`);
    return existing;
  }

  router.post('/attestations/:id/countersign', async (req, res) => {
    const existing = await existingAttestation(req.params.id);
    const credentials = await ctx.authorizer.writer(
      req,
      attestationCreatePermission,
      existing.entityRef,
    );
    const updated = await attestations.countersign(
      { req, credentials },
      existing,
    );
    await reevaluate(ctx, existing.entityRef);
    res.json(updated);
  });

  router.post('/attestations/:id/approve', async (req, res) => {
    const existing = await existingAttestation(req.params.id);
    const credentials = await ctx.authorizer.writer(
      req,
      waiverApprovePermission,
      existing.entityRef,
    );
    const updated = await attestations.approve({ req, credentials }, existing);
    await reevaluate(ctx, existing.entityRef);
    res.json(updated);
  });
}
