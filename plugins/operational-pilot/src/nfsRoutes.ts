import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { entityContentRouteRef as legacyEntityContentRouteRef } from './routes';

/**
 * The entity tab's route for the new frontend system, converted once so that the extension that declares it
 * and the links that resolve it share the same object.
 */
export const entityContentRouteRef = convertLegacyRouteRef(
  legacyEntityContentRouteRef,
);
