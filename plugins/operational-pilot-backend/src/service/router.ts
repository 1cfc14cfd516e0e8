/*
 * The HTTP API. Requests are validated against the OpenAPI document (src/schema/openapi.yaml) before any
 * handler runs: wrong types, unknown fields or query parameters and out-of-range values are 400s that name the
 * field. Handlers add the checks a schema cannot express and the permission checks.
 */
import { createValidatedOpenApiRouterFromGeneratedEndpointMap } from '@backstage/backend-openapi-utils';
import express from 'express';
import { spec } from '../schema/openapi.generated';
import { createErrorMiddleware } from './errors';
import {
  methodNotAllowed,
  refuseNulCharacters,
  specPaths,
  strictNumericQuery,
  unknownBodyProperties,
} from './openapiOperations';
import { isDateOrDateTime } from './validation';
import type { RouteContext } from '../routes/context';
import type { ApiRouter, EndpointMap } from '../routes/apiRouter';
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
import { registerPortfolioCriteriaRoutes } from '../routes/portfolioCriteriaRoutes';

export type RouterOptions = RouteContext;

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const router =
    createValidatedOpenApiRouterFromGeneratedEndpointMap<EndpointMap>(
      spec as any,
      {
        // (express.json() is the default middleware; then no NUL character anywhere, and integer query parameters
        // must be plain decimal numbers before the validator coerces them.)
        middleware: [
          express.json(),
          refuseNulCharacters(spec),
          strictNumericQuery(spec),
        ],
        validatorOptions: {
          validateRequests: {
            // Query strings are text: the validator always turns "10" into 10 for integer parameters. Bodies are
            // JSON and are NOT coerced: null, true or "1" where a number is expected is a 400 naming the field.
            coerceTypes: false,
            allowUnknownQueryParameters: false,
            // Every invalid field at once, so that a form can show them all.
            allErrors: true,
          },
          // `format: date` is a real calendar date (no 2026-02-30); `date-or-date-time` (the DateTime schema)
          // a real date, or a real date-time with its time zone.
          ajvFormats: { mode: 'full' },
          formats: {
            'date-or-date-time': { type: 'string', validate: isDateOrDateTime },
          },
        } as any,
      },
    ) as ApiRouter;

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
  registerPortfolioCriteriaRoutes(router, options);
  registerPortfolioRoutes(router, options);
  router.use(methodNotAllowed(spec));
  const paths = specPaths(spec);
  router.use(
    createErrorMiddleware({
      logger: options.logger,
      unknownProperties: (req, location, segments) =>
        location === 'body'
          ? unknownBodyProperties(spec, paths, req, segments)
          : [],
    }),
  );
  // Express's own type from here on: the typed surface is for the route modules.
  return router as unknown as express.Router;
}
