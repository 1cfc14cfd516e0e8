import type { ApiRouter } from './apiRouter';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  CreateWaiverRequest,
  Waiver,
  WaiverStatus,
  waiverApprovePermission,
  waiverRequestPermission,
} from '@operational-pilot/backstage-plugin-common';
import { FieldError, FieldValidationError } from '../service/errors';
import { ReleaseService } from '../service/ReleaseService';
import { checkWaiverExpiry } from '../service/waiverRules';
import { governanceOf } from '../service/GovernanceService';
import { findCriterion } from './criteria';
import { entityFromPath, reevaluate, RouteContext } from './context';
import type { AnyRequest } from '../service/anyRequest';

// Kept here for the modules that import it from the routes; the rule lives in the service layer.
export { checkWaiverExpiry };

export function registerWaiverRoutes(router: ApiRouter, ctx: RouteContext) {
  const releases = new ReleaseService(ctx);
  router.get('/entities/:kind/:namespace/:name/waivers', async (req, res) => {
    const { entityRef } = await entityFromPath(ctx, req);
    res.json({ items: await ctx.stores.waivers.listByEntity(entityRef) });
  });

  router.post('/entities/:kind/:namespace/:name/waivers', async (req, res) => {
    const { entityRef } = await entityFromPath(ctx, req);
    const credentials = await ctx.authorizer.writer(
      req,
      waiverRequestPermission,
      entityRef,
    );
    const body = req.body as CreateWaiverRequest;
    const now = ctx.now();
    const errors: FieldError[] = [];
    const criterion = findCriterion(
      ctx.model,
      body.criterionId,
      'criterionId',
      errors,
    );
    await releases.checkWaiverRelease(
      errors,
      entityRef,
      criterion,
      body.releaseId,
    );
    const expiresAt = checkWaiverExpiry(
      errors,
      'expiresAt',
      body.expiresAt,
      now,
      ctx.model.waiverMaxDays,
    );
    if (body.actionId) {
      const action = await ctx.stores.actions.getById(body.actionId);
      if (!action || action.entityRef !== entityRef) {
        errors.push({
          path: 'actionId',
          message: `no action ${body.actionId} for ${entityRef}`,
        });
      }
    }
    if (errors.length > 0 || !expiresAt) throw new FieldValidationError(errors);

    const waiver = await ctx.audit.record(
      {
        req,
        credentials,
        eventId: 'waiver-request',
        entityRef,
        targetType: 'waiver',
      },
      async stores => {
        const created = await stores.waivers.create({
          entityRef,
          criterionId: body.criterionId,
          reason: body.reason,
          requestedBy: credentials.principal.userEntityRef,
          requestedAt: now.toISOString(),
          status: 'requested',
          expiresAt: expiresAt.toISOString(),
          actionId: body.actionId,
          releaseId: body.releaseId,
        });
        return { result: created, targetId: created.id, after: created };
      },
    );
    await ctx.notifier?.waiverRequested(waiver);
    res.status(201).json(waiver);
  });

  async function decide(
    req: AnyRequest,
    eventId: string,
    to: WaiverStatus,
    from: WaiverStatus[],
    rejectionReason?: string,
  ): Promise<Waiver> {
    const existing = await ctx.stores.waivers.getById(req.params.id);
    if (!existing) throw new NotFoundError(`No waiver ${req.params.id}`);
    const credentials = await ctx.authorizer.writer(
      req,
      waiverApprovePermission,
      existing.entityRef,
    );
    const user = credentials.principal.userEntityRef;
    const now = ctx.now();
    if (!from.includes(existing.status)) {
      throw new ConflictError(
        `The waiver is ${existing.status}; it can be ${to} only when ${from.join(' or ')}`,
      );
    }
    if (to === 'approved') {
      if (existing.requestedBy === user) {
        throw new ConflictError(
          'A waiver must be approved by someone other than the requester (four-eyes principle)',
        );
      }
      if (new Date(existing.expiresAt) <= now) {
        throw new ConflictError(
          'The waiver has already expired; request a new one',
        );
      }
      // Approvers are scoped by category (SEC: the security approver or the SEC approver groups).
      await governanceOf(ctx).checkCategoryApprover(
        credentials,
        existing.criterionId,
        existing.entityRef,
        (await ctx.stores.operations.get(existing.entityRef))?.metadata,
        'a waiver',
      );
    }
    const updated = await ctx.audit.record(
      {
        req,
        credentials,
        eventId,
        entityRef: existing.entityRef,
        targetType: 'waiver',
        targetId: existing.id,
      },
      async stores => {
        const after = await stores.waivers.update(
          existing.id,
          to === 'approved'
            ? { status: to, approvedBy: user, approvedAt: now.toISOString() }
            : { status: to, rejectionReason },
          { expectedStatus: from },
        );
        return { result: after, before: existing, after };
      },
    );
    await reevaluate(ctx, existing.entityRef);
    return updated;
  }

  router.post('/waivers/:id/approve', async (req, res) => {
    res.json(await decide(req, 'waiver-approve', 'approved', ['requested']));
  });
  router.post('/waivers/:id/reject', async (req, res) => {
    const reason: string | undefined = req.body?.reason?.trim() || undefined;
    res.json(
      await decide(req, 'waiver-reject', 'rejected', ['requested'], reason),
    );
  });
  router.delete('/waivers/:id', async (req, res) => {
    res.json(
      await decide(req, 'waiver-revoke', 'revoked', ['requested', 'approved']),
    );
  });
}
