import type { Router } from 'express';
import {
  ACTION_TEMPLATES,
  evaluationRunPermission,
} from '@operational-pilot/backstage-plugin-common';
import { systemRollupFor } from '../service/systemRollup';
import { entityFromPath, RouteContext } from './context';

export function registerReadinessRoutes(router: Router, ctx: RouteContext) {
  router.get('/model', async (req, res) => {
    await ctx.authorizer.reader(req);
    res.json({ ...ctx.model, actionTemplates: ACTION_TEMPLATES });
  });

  router.get('/entities/:kind/:namespace/:name/readiness', async (req, res) => {
    const { entity } = await entityFromPath(ctx, req);
    const readiness = await ctx.evaluations.getReadiness(entity);
    // A System also shows its components' rollup (from their stored evaluations, as far as the caller may see).
    const rollup = await systemRollupFor(
      ctx,
      entity,
      await ctx.authorizer.reader(req),
    );
    res.json(rollup ? { ...readiness, rollup } : readiness);
  });

  router.post('/entities/:kind/:namespace/:name/evaluate', async (req, res) => {
    const { entity } = await entityFromPath(ctx, req);
    res.json(await ctx.evaluations.evaluateEntity(entity));
  });

  router.post('/evaluations/run', async (req, res) => {
    await ctx.authorizer.basic(req, evaluationRunPermission);
    await ctx.scheduler?.triggerTask(ctx.evaluationTaskId);
    res.status(202).json({ triggered: ctx.evaluationTaskId });
  });
}
