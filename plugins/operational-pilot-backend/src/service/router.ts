/*
 * The HTTP API. Requests are validated against the OpenAPI document (src/schema/openapi.yaml) before any
 * handler runs: wrong types, unknown fields or query parameters and out-of-range values are 400s that name the
 * field. Handlers add the checks a schema cannot express and the permission checks.
 */
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import express from 'express';
import { spec } from '../schema/openapi.generated';
import { fieldErrorsMiddleware } from './errors';
import type { RouteContext } from '../routes/context';
import { registerReadinessRoutes } from '../routes/readinessRoutes';
import { registerOperationsRoutes } from '../routes/operationsRoutes';
import { registerAttestationRoutes } from '../routes/attestationRoutes';
import { registerWaiverRoutes } from '../routes/waiverRoutes';
import { registerActionRoutes } from '../routes/actionRoutes';
import { registerReleaseRoutes } from '../routes/releaseRoutes';
import { registerPortfolioRoutes } from '../routes/portfolioRoutes';
import { registerChecklistRoutes } from '../routes/checklistRoutes';
import { registerDossierRoutes } from '../routes/dossierRoutes';
import { registerReleasePortfolioRoutes } from '../routes/releasePortfolioRoutes';

export type RouterOptions = RouteContext;

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const router = createValidatedOpenApiRouter(spec as any, {
    validatorOptions: {
      validateRequests: {
        // Query strings are text; let the validator turn "10" into 10 for integer parameters.
        coerceTypes: true,
        allowUnknownQueryParameters: false,
      },
    },
  }) as unknown as express.Router;

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  registerReadinessRoutes(router, options);
  registerOperationsRoutes(router, options);
  registerAttestationRoutes(router, options);
  registerWaiverRoutes(router, options);
  registerActionRoutes(router, options);
  registerReleaseRoutes(router, options);
  registerChecklistRoutes(router, options);
  registerDossierRoutes(router, options);
  registerReleasePortfolioRoutes(router, options);
  registerPortfolioRoutes(router, options);
  router.use(fieldErrorsMiddleware);
  return router;
}
