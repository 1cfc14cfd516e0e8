import type { Router } from 'express';
import {
  operationsUpdatePermission,
  OperationalMetadata,
} from '@operational-pilot/backstage-plugin-common';
import { isVersionConflictError } from '../database/errors';
import {
  FieldValidationError,
  PreconditionFailedError,
} from '../service/errors';
import { requireIfMatch, setEtag } from '../service/etag';
import { validateOperationalMetadata } from '../service/validation';
import { entityFromPath, reevaluate, RouteContext } from './context';

export function registerOperationsRoutes(router: Router, ctx: RouteContext) {
  router.get('/entities/:kind/:namespace/:name/operations', async (req, res) => {
    const { entityRef } = await entityFromPath(ctx, req);
    const record = (await ctx.stores.operations.get(entityRef)) ?? {
      entityRef,
      version: 0,
      metadata: {},
    };
    setEtag(res, record.version);
    res.json(record);
  });

  router.put('/entities/:kind/:namespace/:name/operations', async (req, res) => {
    const { entity, entityRef } = await entityFromPath(ctx, req);
    const credentials = await ctx.authorizer.writer(
      req,
      operationsUpdatePermission,
      entityRef,
    );
    const expectedVersion = requireIfMatch(req);
    const metadata = req.body.metadata as OperationalMetadata;
    const fieldErrors = validateOperationalMetadata(metadata);
    if (fieldErrors.length > 0) throw new FieldValidationError(fieldErrors);

    try {
      const record = await ctx.audit.record(
        {
          req,
          credentials,
          eventId: 'operations-update',
          entityRef,
          targetType: 'operations',
          targetId: entityRef,
        },
        async stores => {
          const before = await stores.operations.get(entityRef);
          const after = await stores.operations.put(entityRef, metadata, {
            expectedVersion,
            actor: credentials.principal.userEntityRef,
            now: ctx.now(),
          });
          return {
            result: after,
            before: before?.metadata,
            after: after.metadata,
          };
        },
      );
      await reevaluate(ctx, entity);
      setEtag(res, record.version);
      res.json(record);
    } catch (error) {
      if (isVersionConflictError(error)) {
        throw new PreconditionFailedError(
          `The operational metadata of ${entityRef} was changed by someone else (you read version ${expectedVersion}, it is now at ${error.currentVersion ?? 0}). Reload and apply your change again.`,
        );
      }
      throw error;
    }
  });
}
