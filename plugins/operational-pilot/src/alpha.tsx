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
import { operationalPilotApiRef } from './api';
import { OPERATIONAL_PILOT_KINDS } from './conditions';
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

/** `page:operational-pilot`: the portfolio dashboard, listed in the sidebar as "Readiness". */
export const operationalPilotPage = PageBlueprint.make({
  params: {
    path: '/operational-pilot',
    routeRef: rootRouteRef,
    title: operationalPilotTranslationRef('plugin.title'),
    icon: <RiShieldCheckLine />,
    loader: () =>
      import('./components/Portfolio/PortfolioPage').then(m => (
        <m.PortfolioPage />
      )),
  },
});

/** `entity-content:operational-pilot`: the "Operational pilot" tab. */
export const operationalPilotEntityContent = EntityContentBlueprint.make({
  params: {
    path: '/operational-pilot',
    title: operationalPilotTranslationRef('plugin.entityContentTitle'),
    group: 'operation',
    filter: entityFilter,
    loader: () =>
      import('./components/EntityTab/EntityOperationalPilotContent').then(m => (
        <m.EntityOperationalPilotContent />
      )),
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
