/**
 * Operational Pilot for the new frontend system. The app discovers the plugin through this entry point
 * (`@operational-pilot/backstage-plugin/alpha`).
 *
 * @packageDocumentation
 */
import { RiShieldCheckLine } from '@remixicon/react';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { OperationalPilotClient } from '@operational-pilot/backstage-plugin-common';
import { z } from 'zod/v4';
import { SUB_VIEWS } from './components/EntityTab/subViewIds';
import { operationalPilotApiRef } from './api';
import { OPERATIONAL_PILOT_KINDS } from './conditions';
import { entityContentRouteRef } from './nfsRoutes';
import { rootRouteRef as legacyRootRouteRef } from './routes';
import { operationalPilotTranslationRef } from './translation';

/** Route of the portfolio page, shared with the legacy plugin. */
export const rootRouteRef = convertLegacyRouteRef(legacyRootRouteRef);

/** Entities that get the tab and cards; a predicate object so that app-config can override it. */
const entityFilter = { kind: { $in: OPERATIONAL_PILOT_KINDS } };

/** `api:operational-pilot` */
export const operationalPilotApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: operationalPilotApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new OperationalPilotClient({ discoveryApi, fetchApi }),
    }),
});

const filterValues = z.union([z.string(), z.array(z.string())]).optional();

/**
 * `page:operational-pilot`: the portfolio dashboard, listed in the sidebar as "Readiness". Configurable in
 * app-config (`app.extensions: - page:operational-pilot: { config: { defaultFilters: { tier: [T1] } } }`): the
 * filters applied when the page is opened without any.
 */
export const operationalPilotPage = PageBlueprint.makeWithOverrides({
  configSchema: {
    defaultFilters: z
      .object({
        q: z.string().optional(),
        owner: filterValues,
        system: filterValues,
        poa: filterValues,
        kind: filterValues,
        tier: filterValues,
        verdict: filterValues,
        level: filterValues,
        lifecycleMismatch: z.enum(['true']).optional(),
      })
      .optional(),
  },
  factory(originalFactory, { config }) {
    return originalFactory({
      path: '/operational-pilot',
      routeRef: rootRouteRef,
      title: operationalPilotTranslationRef('plugin.title'),
      icon: <RiShieldCheckLine />,
      loader: () =>
        import('./components/Portfolio/PortfolioPage').then(m => (
          <m.PortfolioPage defaultFilters={config.defaultFilters} />
        )),
    });
  },
});

/**
 * `entity-content:operational-pilot`: the "Operational pilot" tab. Besides Backstage's own `path`, `title`,
 * `filter` and `group`, `config.views` chooses the sub-views shown after the overview (default: all of
 * criteria, actions, releases, metadata, attestations, history).
 */
export const operationalPilotEntityContent =
  EntityContentBlueprint.makeWithOverrides({
    configSchema: {
      views: z.array(z.enum(SUB_VIEWS)).optional(),
    },
    factory(originalFactory, { config }) {
      return originalFactory({
        path: '/operational-pilot',
        routeRef: entityContentRouteRef,
        title: operationalPilotTranslationRef('plugin.entityContentTitle'),
        group: 'operation',
        filter: entityFilter,
        loader: () =>
          import('./components/EntityTab/EntityOperationalPilotContent').then(
            m => <m.EntityOperationalPilotContent views={config.views} />,
          ),
      });
    },
  });

/** `entity-card:operational-pilot/readiness`: compact readiness summary for the overview tab. */
export const operationalPilotReadinessCard = EntityCardBlueprint.make({
  name: 'readiness',
  params: {
    type: 'info',
    filter: entityFilter,
    loader: () =>
      import('./components/Cards/EntityReadinessCard').then(m => (
        <m.EntityReadinessCard />
      )),
  },
});

/** `entity-card:operational-pilot/owners`: owners and run roles. */
export const operationalPilotOwnersCard = EntityCardBlueprint.make({
  name: 'owners',
  params: {
    type: 'info',
    filter: entityFilter,
    loader: () =>
      import('./components/Cards/EntityOwnersCard').then(m => (
        <m.EntityOwnersCard />
      )),
  },
});

/**
 * The Operational Pilot frontend plugin (new frontend system).
 *
 * @public
 */
export default createFrontendPlugin({
  pluginId: 'operational-pilot',
  title: 'Readiness',
  icon: <RiShieldCheckLine />,
  info: { packageJson: () => import('../package.json') },
  routes: { root: rootRouteRef },
  extensions: [
    operationalPilotApi,
    operationalPilotPage,
    operationalPilotEntityContent,
    operationalPilotReadinessCard,
    operationalPilotOwnersCard,
  ],
});

export { operationalPilotTranslationRef } from './translation';
export { operationalPilotApiRef } from './api';
