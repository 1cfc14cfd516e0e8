import type { ApiRouter } from './apiRouter';
import {
  operationsUpdatePermission,
  OperationalMetadata,
  TIERS,
} from '@operational-pilot/backstage-plugin-common';
import { requireIfMatch, setEtag } from '../service/etag';
import { governanceOf } from '../service/GovernanceService';
import { OperationsService } from '../service/OperationsService';
import { entityFromPath, reevaluate, RouteContext } from './context';

export function registerOperationsRoutes(router: ApiRouter, ctx: RouteContext) {
  const operations = new OperationsService({
    stores: ctx.stores,
    audit: ctx.audit,
    governance: governanceOf(ctx),
    now: ctx.now,
  });

  // Bulk tier and roles (the catalog module reads this with a service token, cached). Service principals see
  // everything; a user only what the catalog lets them read, as in the portfolio.
  router.get('/operations/roles', async (req, res) => {
    const credentials = await ctx.authorizer.reader(req);
    const scope = await ctx.authorizer.catalogReadScope(credentials);
    if (scope === 'none') {
      res.json({ items: [] });
      return;
    }
    let records = await ctx.stores.operations.listMetadata();
    if (scope === 'conditional') {
      const visible = await ctx.catalog.visibleAmong(
        records.map(record => record.entityRef),
        credentials,
      );
      records = records.filter(record => visible.has(record.entityRef));
    }
    res.json({
      items: records.map(({ entityRef, metadata }) => {
        const roles: Record<string, string> = {};
        for (const [role, holder] of Object.entries(metadata.roles ?? {})) {
          if (typeof holder === 'string' && holder) roles[role] = holder;
        }
        return {
          entityRef,
          ...(metadata.tier && TIERS.includes(metadata.tier)
            ? { tier: metadata.tier }
            : {}),
          roles,
        };
      }),
    });
  });

  router.get(
    '/entities/:kind/:namespace/:name/operations',
    async (req, res) => {
      const { entityRef } = await entityFromPath(ctx, req);
      const record = await operations.get(entityRef);
      setEtag(res, record.version);
      res.json(record);
    },
  );

  router.put(
    '/entities/:kind/:namespace/:name/operations',
    async (req, res) => {
      const { entity, entityRef } = await entityFromPath(ctx, req);
      const credentials = await ctx.authorizer.writer(
        req,
        operationsUpdatePermission,
        entityRef,
      );
      const expectedVersion = requireIfMatch(req);
      const outcome = await operations.put(
        { req, credentials },
        entityRef,
        req.body.metadata as OperationalMetadata,
        expectedVersion,
      );
      await reevaluate(ctx, entity);
      setEtag(res, outcome.record.version);
      if (outcome.status === 202) {
        // Held for the POA: the record as stored now, the proposal, and which fields it holds.
        res.status(202).json({
          ...outcome.record,
          proposal: outcome.proposal,
          held: outcome.held,
        });
      } else {
        res.json(outcome.record);
      }
    },
  );

  router.post(
    '/entities/:kind/:namespace/:name/operations/proposals/:id/accept',
    async (req, res) => {
      const { entity, entityRef } = await entityFromPath(ctx, req);
      const credentials = await ctx.authorizer.writer(
        req,
        operationsUpdatePermission,
        entityRef,
      );
      const { record, proposal } = await operations.accept(
        { req, credentials },
        entityRef,
        req.params.id,
        req.body?.comment,
      );
      await reevaluate(ctx, entity);
      setEtag(res, record.version);
      res.json({ ...record, proposal });
    },
  );

  router.post(
    '/entities/:kind/:namespace/:name/operations/proposals/:id/reject',
    async (req, res) => {
      const { entityRef } = await entityFromPath(ctx, req);
      const credentials = await ctx.authorizer.writer(
        req,
        operationsUpdatePermission,
        entityRef,
      );
      res.json(
        await operations.reject(
          { req, credentials },
          entityRef,
          req.params.id,
          req.body?.comment,
        ),
      );
    },
  );
}
