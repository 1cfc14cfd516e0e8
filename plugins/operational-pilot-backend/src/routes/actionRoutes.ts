import type { Router } from 'express';
import { NotFoundError } from '@backstage/errors';
import {
  ACTION_TEMPLATES,
  ACTION_TRANSITIONS,
  actionCreatePermission,
  actionUpdatePermission,
  ActionStatus,
  canTransition,
  CreateActionRequest,
  HandoffAction,
  Phase,
  proposeActionForCriterion,
  TERMINAL_ACTION_STATUSES,
  UpdateActionRequest,
  validateTransition,
  waiverApprovePermission,
} from '@operational-pilot/backstage-plugin-common';
import { isVersionConflictError } from '../database/errors';
import type { ActionPatch } from '../database/ActionsStore';
import {
  FieldError,
  FieldValidationError,
  PreconditionFailedError,
} from '../service/errors';
import { requireIfMatch, setEtag } from '../service/etag';
import { checkDate, checkRef } from '../service/validation';
import { findCriterion } from './criteria';
import { entityFromPath, reevaluate, RouteContext } from './context';
import { checkWaiverExpiry } from './waiverRoutes';

const PEOPLE = ['user', 'group'];

export function registerActionRoutes(router: Router, ctx: RouteContext) {
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
    const body = req.body as CreateActionRequest;
    const errors: FieldError[] = [];
    let source: HandoffAction['source'] = 'manual';
    let criterionId = body.criterionId;
    if (body.templateId) {
      const template = ACTION_TEMPLATES.find(t => t.id === body.templateId);
      if (!template) {
        errors.push({
          path: 'templateId',
          message: `no action template ${body.templateId}`,
        });
      } else {
        source = 'template';
        criterionId ??= template.criterionIds[0];
      }
    }
    if (criterionId) {
      const path = body.criterionId ? 'criterionId' : 'templateId';
      findCriterion(ctx.model, criterionId, path, errors);
    }
    checkDate(errors, 'dueDate', body.dueDate);
    checkRef(errors, 'assigneeRef', body.assigneeRef, PEOPLE, 'user');
    await checkRelease(ctx, errors, 'releaseId', body.releaseId, entityRef);
    if (errors.length > 0) throw new FieldValidationError(errors);

    const criterion = criterionId
      ? ctx.model.criteria.find(c => c.id === criterionId)
      : undefined;
    const action = await ctx.audit.record(
      {
        req,
        credentials,
        eventId: 'action-create',
        entityRef,
        targetType: 'action',
      },
      async stores => {
        const created = await stores.actions.create({
          entityRef,
          title: body.title,
          description: body.description,
          phase: body.phase,
          side: body.side,
          assigneeRef: body.assigneeRef,
          dueDate: body.dueDate,
          priority:
            body.priority ??
            (criterion && criterion.blockingTiers.length > 0
              ? 'blocking'
              : 'major'),
          status: body.status ?? 'open',
          criterionId,
          releaseId: body.releaseId,
          externalTicketUrl: body.externalTicketUrl,
          source,
          createdBy: credentials.principal.userEntityRef,
        });
        return { result: created, targetId: created.id, after: created };
      },
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
    const entityRef = existing.entityRef;
    const credentials = await ctx.authorizer.writer(
      req,
      actionUpdatePermission,
      entityRef,
    );
    const expectedVersion = requireIfMatch(req);
    const body = req.body as UpdateActionRequest;
    const now = ctx.now();
    const errors: FieldError[] = [];
    checkDate(errors, 'dueDate', body.dueDate ?? undefined);
    checkRef(errors, 'assigneeRef', body.assigneeRef ?? undefined, PEOPLE, 'user');

    const to = body.status;
    let waiverExpiry: Date | undefined;
    if (to && to !== existing.status) {
      if (!canTransition(existing.status, to)) {
        const allowed = ACTION_TRANSITIONS[existing.status];
        errors.push({
          path: 'status',
          message: `an action cannot move from ${existing.status} to ${to}; allowed: ${
            allowed.length > 0 ? allowed.join(', ') : 'none (final status)'
          }`,
        });
      } else {
        const problem = validateTransition(existing, to, body);
        if (problem) errors.push({ path: 'status', message: problem });
      }
      if (to === 'risk_accepted') {
        if (!existing.criterionId) {
          errors.push({
            path: 'status',
            message:
              'only an action linked to a criterion can end in risk acceptance (it creates a waiver on that criterion)',
          });
        }
        waiverExpiry = checkWaiverExpiry(
          errors,
          'waiverExpiresAt',
          body.waiverExpiresAt,
          now,
          ctx.model.waiverMaxDays,
        );
        if (!body.waiverExpiresAt) {
          errors.push({
            path: 'waiverExpiresAt',
            message: 'accepting the risk creates a waiver: give its expiry',
          });
        }
      }
    }
    if (errors.length > 0) throw new FieldValidationError(errors);
    if (to === 'risk_accepted' && to !== existing.status) {
      // Accepting a risk is an approval: it needs the approver role too.
      await ctx.authorizer.writer(req, waiverApprovePermission, entityRef);
    }

    const patch: ActionPatch = { ...body };
    delete (patch as any).waiverExpiresAt;
    if (to && to !== existing.status) {
      patch.closedAt = TERMINAL_ACTION_STATUSES.includes(to)
        ? now.toISOString()
        : null;
      if (to !== 'blocked' && body.blockedReason === undefined) {
        patch.blockedReason = null;
      }
    }
    try {
      const updated = await ctx.audit.record(
        {
          req,
          credentials,
          eventId:
            to && to !== existing.status ? `action-${to.replace('_', '-')}` : 'action-update',
          entityRef,
          targetType: 'action',
          targetId: existing.id,
        },
        async stores => {
          const after = await stores.actions.update(
            existing.id,
            patch,
            expectedVersion,
            { now },
          );
          if (to === 'risk_accepted' && waiverExpiry && existing.criterionId) {
            const user = credentials.principal.userEntityRef;
            await stores.waivers.create({
              entityRef,
              criterionId: existing.criterionId,
              reason:
                body.resolution ?? `Risk accepted on action "${existing.title}"`,
              requestedBy: user,
              requestedAt: now.toISOString(),
              status: 'approved',
              approvedBy: user,
              approvedAt: now.toISOString(),
              expiresAt: waiverExpiry.toISOString(),
              actionId: existing.id,
              // A risk accepted on a release's action covers that release only.
              releaseId: existing.releaseId,
            });
          }
          return { result: after, before: existing, after };
        },
      );
      await reevaluate(ctx, entityRef);
      setEtag(res, updated.version);
      res.json(updated);
    } catch (error) {
      if (isVersionConflictError(error)) {
        throw new PreconditionFailedError(
          `The action was changed by someone else (you read version ${expectedVersion}, it is now at ${error.currentVersion}). Reload and apply your change again.`,
        );
      }
      throw error;
    }
  });
}

export async function checkRelease(
  ctx: RouteContext,
  errors: FieldError[],
  path: string,
  releaseId: string | undefined,
  entityRef: string,
) {
  if (!releaseId) return;
  const release = await ctx.stores.releases.getById(releaseId);
  if (!release || release.entityRef !== entityRef) {
    errors.push({ path, message: `no release ${releaseId} for ${entityRef}` });
  }
}
