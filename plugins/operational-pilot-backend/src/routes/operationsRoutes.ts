import type { Router } from 'express';
import {
  operationsUpdatePermission,
  OperationalMetadata,
} from '@operational-pilot/backstage-plugin-common';
import { requireIfMatch, setEtag } from '../service/etag';
import { governanceOf } from '../service/GovernanceService';
import { OperationsService } from '../service/OperationsService';
import { entityFromPath, reevaluate, RouteContext } from './context';

export function registerOperationsRoutes(router: Router, ctx: RouteContext) {
  const operations = new OperationsService({
    stores: ctx.stores,
    audit: ctx.audit,
    governance: governanceOf(ctx),
    now: ctx.now,
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
