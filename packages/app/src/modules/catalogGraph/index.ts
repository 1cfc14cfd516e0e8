import {
  ApiBlueprint,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import {
  ALL_RELATION_PAIRS,
  ALL_RELATIONS,
  DefaultCatalogGraphApi,
  catalogGraphApiRef,
} from '@backstage/plugin-catalog-graph';
import {
  OPERATIONAL_PILOT_RELATION_PAIRS,
  RELATION_HAS_OPS_OWNER,
  RELATION_HAS_POA,
  RELATION_OPS_OWNER_OF,
  RELATION_POA_OF,
} from '@operational-pilot/backstage-plugin-common';

/** The relations the catalog graph knows and draws: the catalog's own and those of Operational Pilot's catalog module. */
export const catalogGraphRelations = [
  ...ALL_RELATIONS,
  RELATION_HAS_POA,
  RELATION_POA_OF,
  RELATION_HAS_OPS_OWNER,
  RELATION_OPS_OWNER_OF,
];

/**
 * Replaces the catalog graph's API (`api:catalog-graph`) so that the graph card and page also draw the POA and
 * ops owner relations added by `@operational-pilot/backstage-plugin-catalog-backend-module` (hasPoa/poaOf,
 * hasOpsOwner/opsOwnerOf), one edge per pair.
 */
export const catalogGraphApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: catalogGraphApiRef,
      deps: {},
      factory: () =>
        new DefaultCatalogGraphApi({
          knownRelations: catalogGraphRelations,
          knownRelationPairs: [
            ...ALL_RELATION_PAIRS,
            ...OPERATIONAL_PILOT_RELATION_PAIRS.map(
              ([forward, reverse]) => [forward, reverse] as [string, string],
            ),
          ],
          defaultRelationTypes: { exclude: [] },
        }),
    }),
});

/** The app's module of the catalog graph plugin (overrides its API extension). */
export const catalogGraphModule = createFrontendModule({
  pluginId: 'catalog-graph',
  extensions: [catalogGraphApi],
});
