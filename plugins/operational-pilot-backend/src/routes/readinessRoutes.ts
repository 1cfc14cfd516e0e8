import type { ApiRouter } from './apiRouter';
import {
  ACTION_TEMPLATES,
  evaluationRunPermission,
  operationsUpdatePermission,
} from '@operational-pilot/backstage-plugin-common';
import { entityRefFromPath } from '../service/CatalogGateway';
import { readReadiness } from '../service/readinessRead';
import { entityFromPath, RouteContext } from './context';

export function registerReadinessRoutes(router: ApiRouter, ctx: RouteContext) {
  router.get('/model', async (req, res) => {
    await ctx.authorizer.reader(req);
    res.json({ ...ctx.model, actionTemplates: ACTION_TEMPLATES });
  });

  router.get('/entities/:kind/:namespace/:name/readiness', async (req, res) => {
    res.json(
      await readReadiness(
        ctx,
        entityRefFromPath(req.params),
        await ctx.authorizer.reader(req),
      ),
    );
  });

  // Writes a stored evaluation: the caller must be allowed to edit the entity's operational data.
  router.post('/entities/:kind/:namespace/:name/evaluate', async (req, res) => {
    const { entity, entityRef } = await entityFromPath(ctx, req);
    await ctx.authorizer.writer(req, operationsUpdatePermission, entityRef);
    res.json(await ctx.evaluations.evaluateEntity(entity));
  });

  // A full re-evaluation (every entity, not only what changed), run by the next task run on any replica.
  router.post('/evaluations/run', async (req, res) => {
    const credentials = await ctx.authorizer.basic(
      req,
      evaluationRunPermission,
    );
    await ctx.evaluations.requestFullRun(credentials.principal.userEntityRef);
    try {
      await ctx.scheduler?.triggerTask(ctx.evaluationTaskId);
    } catch (error) {
      // Running now (here or on another replica): the request is claimed by its next run, seconds away.
      if ((error as Error)?.name !== 'ConflictError') throw error;
    }
    res.status(202).json({ triggered: ctx.evaluationTaskId });
  });
}
