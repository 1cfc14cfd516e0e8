/**
 * Operational Pilot frontend: the entity tab and cards, the portfolio readiness dashboard.
 *
 * The root entry serves apps on the legacy frontend system; apps on the new frontend system install the
 * plugin from `@operational-pilot/backstage-plugin/alpha`.
 *
 * @packageDocumentation
 */
export {
  operationalPilotPlugin,
  OperationalPilotPage,
  EntityOperationalPilotContent,
  EntityReadinessCard,
  EntityOwnersCard,
} from './plugin';
export { isOperationalPilotAvailable } from './conditions';
export { operationalPilotApiRef } from './api';
export { operationalPilotTranslationRef } from './translation';
export { rootRouteRef } from './routes';
export {
  OperationalPilotClient,
  type OperationalPilotApi,
} from '@operational-pilot/backstage-plugin-common';
