import { createApiRef } from '@backstage/frontend-plugin-api';
import type { OperationalPilotApi } from '@operational-pilot/backstage-plugin-common';

/**
 * Utility API reference of the Operational Pilot HTTP client.
 *
 * @public
 */
export const operationalPilotApiRef = createApiRef<OperationalPilotApi>().with({
  id: 'plugin.operational-pilot',
  pluginId: 'operational-pilot',
});
