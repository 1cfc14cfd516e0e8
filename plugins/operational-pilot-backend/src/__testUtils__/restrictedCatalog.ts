/*
 * A mock catalog (catalogServiceMock) that applies a catalog read decision the test can change: under a
 * conditional decision, calls made with a user's credentials only see the entities `visible` accepts, and each
 * such call is counted. The plugin's own calls (service credentials) see everything. For the route tests of the
 * aggregated views' catalog read access.
 */
import { createServiceFactory } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';

/** The catalog's "owned entities only" decision: our routes must ask the catalog what the caller may see. */
export const CONDITIONAL: PolicyDecision = {
  result: AuthorizeResult.CONDITIONAL,
  pluginId: 'catalog',
  resourceType: 'catalog-entity',
  conditions: {
    rule: 'IS_ENTITY_OWNER',
    resourceType: 'catalog-entity',
    params: { claims: [] },
  },
};

export interface Access {
  read: PolicyDecision;
}

/** Catalog calls made with a user's credentials (the plugin's own tasks read with service credentials). */
export interface Calls {
  byRefs: number[];
  streams: number;
  queries: number;
}

/**
 * The mock catalog, except that under a conditional policy users only see the entities `visible` accepts, and
 * every call made for a user is counted.
 */
export function countingCatalogFactory(
  entities: Entity[],
  access: Access,
  visible: (name: string) => boolean,
  calls: Calls,
) {
  const base: any = catalogServiceMock({ entities });
  const isUser = (options: any) =>
    options?.credentials?.principal?.type === 'user';
  const hides = (options: any) =>
    isUser(options) && access.read.result !== AuthorizeResult.ALLOW;
  const wrapped = new Proxy(base, {
    get(target, prop) {
      if (prop === 'streamEntities') {
        return async function* stream(req: any, options: any) {
          if (isUser(options)) calls.streams += 1;
          for await (const page of target.streamEntities(req, options)) {
            yield hides(options)
              ? page.filter((e: Entity) => visible(e.metadata.name))
              : page;
          }
        };
      }
      if (prop === 'queryEntities' || prop === 'getEntities') {
        return async (req: any, options: any) => {
          if (isUser(options)) calls.queries += 1;
          return target[prop](req, options);
        };
      }
      if (prop === 'getEntitiesByRefs') {
        return async (req: any, options: any) => {
          if (isUser(options)) calls.byRefs.push(req.entityRefs.length);
          const result = await target.getEntitiesByRefs(req, options);
          if (!hides(options)) return result;
          return {
            items: result.items.map((e: Entity | undefined) =>
              e && visible(e.metadata.name) ? e : null,
            ),
          };
        };
      }
      if (prop === 'getEntityByRef') {
        return async (ref: any, options: any) => {
          const entity = await target.getEntityByRef(ref, options);
          return hides(options) && entity && !visible(entity.metadata.name)
            ? undefined
            : entity;
        };
      }
      const value = target[prop];
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return createServiceFactory({
    service: catalogServiceRef,
    deps: {},
    factory: () => wrapped,
  });
}
