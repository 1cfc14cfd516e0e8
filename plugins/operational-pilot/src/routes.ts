import { createRouteRef } from '@backstage/core-plugin-api';

/** Root route of the portfolio page ("Readiness"). Legacy ref; the NFS plugin converts it. */
export const rootRouteRef = createRouteRef({ id: 'operational-pilot' });

/** Mount point of the entity tab in legacy apps (`EntityLayout.Route`). */
export const entityContentRouteRef = createRouteRef({
  id: 'operational-pilot:entity-content',
});
