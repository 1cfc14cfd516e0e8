/*
 * The release checklist: HTTP only. The proposal, validation and creation live in service/releaseChecklist.ts.
 */
import type { ApiRouter } from './apiRouter';
import { NotFoundError } from '@backstage/errors';
import {
  actionCreatePermission,
  GenerateChecklistRequest,
  Release,
} from '@operational-pilot/backstage-plugin-common';
import { ReleaseChecklistService } from '../service/releaseChecklist';
import { reevaluate, RouteContext } from './context';

/** The release (404) or nothing. */
export async function releaseOr404(
  ctx: RouteContext,
  id: string,
): Promise<Release> {
  const release = await ctx.stores.releases.getById(id);
  if (!release) throw new NotFoundError(`No release ${id}`);
  return release;
}

export function registerChecklistRoutes(router: ApiRouter, ctx: RouteContext) {
  const service = new ReleaseChecklistService(ctx);

  router.post('/releases/:id/checklist', async (req, res) => {
    const release = await releaseOr404(ctx, req.params.id);
    // The checklist creates handoff actions: the action create permission on the release's entity.
    const credentials = await ctx.authorizer.writer(
      req,
      actionCreatePermission,
      release.entityRef,
    );
    const entity = await ctx.catalog.getVisibleEntity(
      release.entityRef,
      credentials,
    );
    const body = (req.body ?? {}) as GenerateChecklistRequest;
    if (body.preview) {
      res.json({ items: await service.preview(release, entity) });
      return;
    }
    const items = await service.create(
      { req, credentials },
      release,
      entity,
      body.items,
    );
    await reevaluate(ctx, entity);
    // Each assignee hears of their actions (never fails the write; not when they generated it themselves).
    for (const action of items) {
      await ctx.notifier?.actionAssigned(
        action,
        credentials.principal.userEntityRef,
      );
    }
    res.status(201).json({ items });
  });
}
