/*
 * The router every route module registers on: `createValidatedOpenApiRouterFromGeneratedEndpointMap` typed by the
 * EndpointMap generated from openapi.yaml (scripts/generate-openapi.js), so a handler's `req.params`, `req.query`,
 * `req.body` and `res.json(…)` are the document's types and a route that is not in the document does not compile.
 */
import type { PathTemplate, TypedRouter } from '@backstage/backend-openapi-utils';
import type { RequestHandler } from 'express';
import type { EndpointMap } from '../schema/endpoints.generated';

type Field<E, F extends string> = E extends { [K in F]: infer V } ? V : never;

/** The express handler of one endpoint of the map. */
type EndpointHandler<K extends keyof EndpointMap> = RequestHandler<
  Field<EndpointMap[K], 'path'>,
  Field<EndpointMap[K], 'response'>,
  Field<EndpointMap[K], 'body'>,
  Field<EndpointMap[K], 'query'>
>;

/** `/actions/:id` → `#patch|/actions/{id}`, for the PATCH endpoints. */
type PatchRoutes = {
  [K in keyof EndpointMap as K extends `#patch|${infer P}`
    ? PathTemplate<P>
    : never]: K;
};

/**
 * backend-openapi-utils types get, post, put and delete only; PATCH (actions and releases) gets the same
 * treatment here, from the same map.
 */
export type ApiRouter = Omit<TypedRouter<EndpointMap>, 'patch'> & {
  patch<P extends keyof PatchRoutes>(
    path: P,
    ...handlers: Array<EndpointHandler<PatchRoutes[P]>>
  ): ApiRouter;
};

export type { EndpointMap };
