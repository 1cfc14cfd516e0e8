import type { Router } from 'express';
import { NotFoundError } from '@backstage/errors';
import {
  CreateReleaseRequest,
  releaseManagePermission,
  ReleaseStatus,
  UpdateReleaseRequest,
} from '@operational-pilot/backstage-plugin-common';
import { isVersionConflictError } from '../database/errors';
import type { ReleasePatch } from '../database/ReleasesStore';
import {
  FieldError,
  FieldValidationError,
  PreconditionFailedError,
} from '../service/errors';
import { requireIfMatch, setEtag } from '../service/etag';
import { checkInstant, checkRef } from '../service/validation';
import { entityFromPath, reevaluate, RouteContext } from './context';

/** Life of a production release ("mise en production"). */
export const RELEASE_TRANSITIONS: Record<ReleaseStatus, ReleaseStatus[]> = {
  planned: ['go_no_go', 'cancelled'],
  go_no_go: ['deployed', 'planned', 'cancelled'],
  deployed: ['hypercare', 'closed', 'rolled_back'],
  hypercare: ['closed', 'rolled_back'],
  closed: [],
  rolled_back: [],
  cancelled: [],
};

function checkWindow(
  errors: FieldError[],
  path: string,
  window: { start: string; end: string } | null | undefined,
) {
  if (!window) return;
  const start = checkInstant(errors, `${path}.start`, window.start);
  const end = checkInstant(errors, `${path}.end`, window.end);
  if (start && end && end <= start) {
    errors.push({ path: `${path}.end`, message: 'the window ends before it starts' });
  }
}

export function registerReleaseRoutes(router: Router, ctx: RouteContext) {
  router.get('/entities/:kind/:namespace/:name/releases', async (req, res) => {
    const { entityRef } = await entityFromPath(ctx, req);
    res.json({ items: await ctx.stores.releases.listByEntity(entityRef) });
  });

  router.post('/entities/:kind/:namespace/:name/releases', async (req, res) => {
    const { entity, entityRef } = await entityFromPath(ctx, req);
    const credentials = await ctx.authorizer.writer(
      req,
      releaseManagePermission,
      entityRef,
    );
    const body = req.body as CreateReleaseRequest;
    const errors: FieldError[] = [];
    const plannedAt = checkInstant(errors, 'plannedAt', body.plannedAt);
    checkWindow(errors, 'window', body.window);
    if (errors.length > 0 || !plannedAt) throw new FieldValidationError(errors);

    const release = await ctx.audit.record(
      {
        req,
        credentials,
        eventId: 'release-create',
        entityRef,
        targetType: 'release',
      },
      async stores => {
        const created = await stores.releases.create({
          entityRef,
          version: body.version,
          kind: body.kind,
          plannedAt: plannedAt.toISOString(),
          window: body.window,
          changeRef: body.changeRef,
          status: 'planned',
          createdBy: credentials.principal.userEntityRef,
        });
        return { result: created, targetId: created.id, after: created };
      },
    );
    await reevaluate(ctx, entity);
    setEtag(res, release.rev);
    res.status(201).json(release);
  });

  router.get('/releases/:id', async (req, res) => {
    const release = await ctx.stores.releases.getById(req.params.id);
    if (!release) throw new NotFoundError(`No release ${req.params.id}`);
    const credentials = await ctx.authorizer.reader(req);
    await ctx.catalog.getVisibleEntity(release.entityRef, credentials);
    setEtag(res, release.rev);
    res.json(release);
  });

  router.patch('/releases/:id', async (req, res) => {
    const existing = await ctx.stores.releases.getById(req.params.id);
    if (!existing) throw new NotFoundError(`No release ${req.params.id}`);
    const entityRef = existing.entityRef;
    const credentials = await ctx.authorizer.writer(
      req,
      releaseManagePermission,
      entityRef,
    );
    const expectedRev = requireIfMatch(req);
    const body = req.body as UpdateReleaseRequest;
    const now = ctx.now();
    const errors: FieldError[] = [];
    const plannedAt = checkInstant(errors, 'plannedAt', body.plannedAt);
    checkWindow(errors, 'window', body.window);
    if (body.hypercare) {
      checkWindow(errors, 'hypercare', body.hypercare);
      body.hypercare.buildStandby?.forEach((ref, i) =>
        checkRef(errors, `hypercare.buildStandby.${i}`, ref, ['user', 'group'], 'user'),
      );
    }
    body.goNoGo?.approvers.forEach((ref, i) =>
      checkRef(errors, `goNoGo.approvers.${i}`, ref, ['user', 'group'], 'user'),
    );
    const to = body.status;
    if (to && to !== existing.status) {
      const allowed = RELEASE_TRANSITIONS[existing.status];
      if (!allowed.includes(to)) {
        errors.push({
          path: 'status',
          message: `a release cannot move from ${existing.status} to ${to}; allowed: ${
            allowed.length > 0 ? allowed.join(', ') : 'none (final status)'
          }`,
        });
      }
      const decision = body.goNoGo?.decision ?? existing.goNoGo?.decision;
      if (to === 'deployed' && decision !== 'go' && decision !== 'go_with_reservations') {
        errors.push({
          path: 'status',
          message: 'record a "go" decision (goNoGo) before marking the release deployed',
        });
      }
    }
    if (errors.length > 0) throw new FieldValidationError(errors);

    const patch: ReleasePatch = {
      version: body.version,
      kind: body.kind,
      plannedAt: plannedAt?.toISOString(),
      window: body.window,
      changeRef: body.changeRef,
      status: body.status,
      hypercare: body.hypercare,
      goNoGo: body.goNoGo
        ? { ...body.goNoGo, decidedAt: now.toISOString() }
        : undefined,
    };
    for (const key of Object.keys(patch) as Array<keyof ReleasePatch>) {
      if (patch[key] === undefined) delete patch[key];
    }
    try {
      const updated = await ctx.audit.record(
        {
          req,
          credentials,
          eventId: body.goNoGo ? 'release-go-no-go' : 'release-update',
          entityRef,
          targetType: 'release',
          targetId: existing.id,
        },
        async stores => {
          const after = await stores.releases.update(
            existing.id,
            patch,
            expectedRev,
            { now },
          );
          return { result: after, before: existing, after };
        },
      );
      await reevaluate(ctx, entityRef);
      setEtag(res, updated.rev);
      res.json(updated);
    } catch (error) {
      if (isVersionConflictError(error)) {
        throw new PreconditionFailedError(
          `The release was changed by someone else (you read revision ${expectedRev}, it is now at ${error.currentVersion}). Reload and apply your change again.`,
        );
      }
      throw error;
    }
  });
}
