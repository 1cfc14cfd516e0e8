import type { ApiRouter } from './apiRouter';
import { NotFoundError } from '@backstage/errors';
import {
  actionCreatePermission,
  actionUpdatePermission,
  ActionStatus,
  CreateActionRequest,
  HandoffAction,
  Phase,
  proposeActionForCriterion,
  TERMINAL_ACTION_STATUSES,
  UpdateActionRequest,
  waiverRequestPermission,
} from '@operational-pilot/backstage-plugin-common';
import { ActionService } from '../service/ActionService';
import { governanceOf } from '../service/GovernanceService';
import { requireIfMatch, setEtag } from '../service/etag';
import { entityFromPath, reevaluate, RouteContext } from './context';

export function registerActionRoutes(router: ApiRouter, ctx: RouteContext) {
  const actions = new ActionService({
    model: ctx.model,
    stores: ctx.stores,
    audit: ctx.audit,
    governance: governanceOf(ctx),
    now: ctx.now,
    notifier: ctx.notifier,
  });
  router.get('/entities/:kind/:namespace/:name/actions', async (req, res) => {
    const { entityRef } = await entityFromPath(ctx, req);
    const asList = (v: unknown) =>
      v === undefined ? undefined : ([] as string[]).concat(v as string[]);
    const items = await ctx.stores.actions.listByEntity(entityRef, {
      status: asList(req.query.status) as ActionStatus[] | undefined,
      phase: asList(req.query.phase) as Phase[] | undefined,
      releaseId: req.query.releaseId as string | undefined,
    });
    res.json({ items });
  });

  router.post('/entities/:kind/:namespace/:name/actions', async (req, res) => {
    const { entity, entityRef } = await entityFromPath(ctx, req);
    const credentials = await ctx.authorizer.writer(
      req,
      actionCreatePermission,
      entityRef,
    );
    const action = await actions.create(
      { req, credentials },
      entityRef,
      req.body as CreateActionRequest,
    );
    await reevaluate(ctx, entity);
    setEtag(res, action.version);
    res.status(201).json(action);
  });

  router.post(
    '/entities/:kind/:namespace/:name/actions/propose',
    async (req, res) => {
      const { entity, entityRef } = await entityFromPath(ctx, req);
      const credentials = await ctx.authorizer.writer(
        req,
        actionCreatePermission,
        entityRef,
      );
      const readiness = await ctx.evaluations.evaluateEntity(entity);
      const existing = await ctx.stores.actions.listByEntity(entityRef);
      const covered = new Set(
        existing
          .filter(a => !TERMINAL_ACTION_STATUSES.includes(a.status))
          .map(a => a.criterionId),
      );
      const releases = await ctx.stores.releases.listByEntity(entityRef, {
        status: ['planned', 'go_no_go'],
      });
      const nextRelease = [...releases].sort((a, b) =>
        a.plannedAt.localeCompare(b.plannedAt),
      )[0];
      const failing = readiness.criteria.filter(
        c =>
          ['fail', 'stale', 'grace', 'unknown'].includes(c.status) &&
          !covered.has(c.id),
      );
      const created = await ctx.audit.record(
        {
          req,
          credentials,
          eventId: 'actions-propose',
          entityRef,
          targetType: 'action',
        },
        async stores => {
          const items: HandoffAction[] = [];
          for (const result of failing) {
            const criterion = ctx.model.criteria.find(c => c.id === result.id);
            if (!criterion) continue;
            const proposal = proposeActionForCriterion(result, criterion, {
              now: ctx.now(),
              nextRelease,
            });
            items.push(
              await stores.actions.create({
                ...proposal,
                entityRef,
                status: 'proposed',
                releaseId:
                  proposal.phase === 'before' ? nextRelease?.id : undefined,
                createdBy: credentials.principal.userEntityRef,
              }),
            );
          }
          return {
            result: items,
            after: items.map(a => ({ id: a.id, criterionId: a.criterionId })),
          };
        },
      );
      await reevaluate(ctx, entity);
      res.json({ items: created });
    },
  );

  router.get('/actions/:id', async (req, res) => {
    const action = await ctx.stores.actions.getById(req.params.id);
    if (!action) throw new NotFoundError(`No action ${req.params.id}`);
    const credentials = await ctx.authorizer.reader(req);
    await ctx.catalog.getVisibleEntity(action.entityRef, credentials);
    setEtag(res, action.version);
    res.json(action);
  });

  router.patch('/actions/:id', async (req, res) => {
    const existing = await ctx.stores.actions.getById(req.params.id);
    if (!existing) throw new NotFoundError(`No action ${req.params.id}`);
    const credentials = await ctx.authorizer.writer(
      req,
      actionUpdatePermission,
      existing.entityRef,
    );
    const expectedVersion = requireIfMatch(req);
    const body = req.body as UpdateActionRequest;
    if (body.status === 'risk_accepted' && existing.status !== 'risk_accepted') {
      // Accepting a risk requests a waiver (approved by someone else).
      await ctx.authorizer.writer(req, waiverRequestPermission, existing.entityRef);
    }
    const updated = await actions.update(
      { req, credentials },
      existing,
      body,
      expectedVersion,
    );
    await reevaluate(ctx, existing.entityRef);
    setEtag(res, updated.version);
    res.json(updated);
  });
}
