import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { OperationalPilotClient } from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from './api';
import { entityContentRouteRef, rootRouteRef } from './routes';

/**
 * The Operational Pilot plugin for apps on the legacy frontend system.
 *
 * @public
 */
export const operationalPilotPlugin = createPlugin({
  id: 'operational-pilot',
  routes: { root: rootRouteRef, entityContent: entityContentRouteRef },
  apis: [
    createApiFactory({
      api: operationalPilotApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new OperationalPilotClient({ discoveryApi, fetchApi }),
    }),
  ],
});

/**
 * The portfolio page ("Readiness"), with its own page header (legacy apps).
 *
 * @public
 */
export const OperationalPilotPage = operationalPilotPlugin.provide(
  createRoutableExtension({
    name: 'OperationalPilotPage',
    component: () =>
      import('./components/Portfolio/LegacyPortfolioPage').then(
        m => m.LegacyPortfolioPage,
      ),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The entity tab, for `<EntityLayout.Route path="/operational-pilot" title="Operational pilot"
 * if={isOperationalPilotAvailable}>`.
 *
 * @public
 */
export const EntityOperationalPilotContent = operationalPilotPlugin.provide(
  createRoutableExtension({
    name: 'EntityOperationalPilotContent',
    component: () =>
      import('./components/EntityTab/EntityOperationalPilotContent').then(
        m => m.EntityOperationalPilotContent,
      ),
    mountPoint: entityContentRouteRef,
  }),
);

/**
 * Compact readiness card for the entity overview (legacy apps).
 *
 * @public
 */
export const EntityReadinessCard = operationalPilotPlugin.provide(
  createComponentExtension({
    name: 'EntityReadinessCard',
    component: {
      lazy: () =>
        import('./components/Cards/EntityReadinessCard').then(
          m => m.EntityReadinessCard,
        ),
    },
  }),
);

/**
 * Owners and run roles card for the entity overview (legacy apps).
 *
 * @public
 */
export const EntityOwnersCard = operationalPilotPlugin.provide(
  createComponentExtension({
    name: 'EntityOwnersCard',
    component: {
      lazy: () =>
        import('./components/Cards/EntityOwnersCard').then(
          m => m.EntityOwnersCard,
        ),
    },
  }),
);
