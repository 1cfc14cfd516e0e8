/*
 * Production releases: HTTP only (the OpenAPI validator checked the shapes). The rules of a release's life —
 * transitions, frozen fields, decisions, hand-over signatures, outcome — live in ReleaseService.
 */
import type { ApiRouter } from './apiRouter';
import type { ResourcePermission } from '@backstage/plugin-permission-common';
import {
  CreateDecisionRequest,
  CreateReleaseRequest,
  RecordOutcomeRequest,
  Release,
  releaseManagePermission,
  releaseSignPermission,
  SignHandoverRequest,
  UpdateReleaseRequest,
} from '@operational-pilot/backstage-plugin-common';
import { requireIfMatch, setEtag } from '../service/etag';
import { ReleaseActor, ReleaseService } from '../service/ReleaseService';
import { entityFromPath, reevaluate, RouteContext } from './context';
import type { AnyRequest } from '../service/anyRequest';

/** If-Match is optional on the release's sub-resources (decisions, signatures, outcome): checked when sent. */
function optionalIfMatch(req: AnyRequest): number | undefined {
  return req.header('if-match') === undefined ? undefined : requireIfMatch(req);
}

export function registerReleaseRoutes(router: ApiRouter, ctx: RouteContext) {
  const service = new ReleaseService(ctx);

  /** The release (404), the writer's credentials (401/403) and the entity as the writer sees it. */
  async function forWrite(
    req: AnyRequest,
    permission: ResourcePermission<'catalog-entity'> = releaseManagePermission,
  ) {
    const release = await service.get(req.params.id);
    const credentials = await ctx.authorizer.writer(
      req,
      permission,
      release.entityRef,
    );
    const entity = await ctx.catalog.getVisibleEntity(
      release.entityRef,
      credentials,
    );
    const actor: ReleaseActor = { req, credentials };
    return { release, entity, actor };
  }

  /** The release (404) and its entity, when the caller may read it. */
  async function forRead(req: AnyRequest) {
    const release = await service.get(req.params.id);
    const credentials = await ctx.authorizer.reader(req);
    const entity = await ctx.catalog.getVisibleEntity(
      release.entityRef,
      credentials,
    );
    return { release, entity };
  }

  router.get('/entities/:kind/:namespace/:name/releases', async (req, res) => {
    const { entityRef } = await entityFromPath(ctx, req);
    res.json({ items: await service.listByEntity(entityRef) });
  });

  router.post('/entities/:kind/:namespace/:name/releases', async (req, res) => {
    const { entity, entityRef } = await entityFromPath(ctx, req);
    const credentials = await ctx.authorizer.writer(
      req,
      releaseManagePermission,
      entityRef,
    );
    const release = await service.create(
      { req, credentials },
      entity,
      req.body as CreateReleaseRequest,
    );
    await reevaluate(ctx, entity);
    setEtag(res, release.rev);
    res.status(201).json(release);
  });

  router.get('/releases/:id', async (req, res) => {
    const { release } = await forRead(req);
    setEtag(res, release.rev);
    res.json(release);
  });

  router.patch('/releases/:id', async (req, res) => {
    const { release, entity, actor } = await forWrite(req);
    const expectedRev = requireIfMatch(req);
    const updated = await service.update(
      actor,
      release,
      entity,
      req.body as UpdateReleaseRequest,
      expectedRev,
    );
    await reevaluate(ctx, entity);
    setEtag(res, updated.rev);
    res.json(updated);
  });

  router.get('/releases/:id/gate', async (req, res) => {
    const { release, entity } = await forRead(req);
    res.json(await service.getGates(release, entity));
  });

  router.get('/releases/:id/decisions', async (req, res) => {
    const { release } = await forRead(req);
    res.json({ items: await service.listDecisions(release) });
  });

  router.post('/releases/:id/decisions', async (req, res) => {
    const { release, entity, actor } = await forWrite(req);
    const { decision, release: updated } = await service.recordDecision(
      actor,
      release,
      entity,
      req.body as CreateDecisionRequest,
      optionalIfMatch(req),
    );
    await reevaluate(ctx, entity);
    setEtag(res, updated.rev);
    res.status(201).json(decision);
  });

  router.get('/releases/:id/decision-approvers', async (req, res) => {
    const { release, entity } = await forRead(req);
    res.json(await service.decisionApprovers(release, entity));
  });

  router.post('/releases/:id/handover/signatures', async (req, res) => {
    const { release, entity, actor } = await forWrite(
      req,
      releaseSignPermission,
    );
    const updated: Release = await service.signHandover(
      actor,
      release,
      entity,
      req.body as SignHandoverRequest,
      optionalIfMatch(req),
    );
    await reevaluate(ctx, entity);
    setEtag(res, updated.rev);
    res.status(201).json(updated);
  });

  router.post('/releases/:id/outcome', async (req, res) => {
    const { release, entity, actor } = await forWrite(req);
    const updated = await service.recordOutcome(
      actor,
      release,
      req.body as RecordOutcomeRequest,
      optionalIfMatch(req),
    );
    await reevaluate(ctx, entity);
    setEtag(res, updated.rev);
    res.json(updated);
  });
}
