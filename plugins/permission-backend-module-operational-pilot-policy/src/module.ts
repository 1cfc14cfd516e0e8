import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { OperationalPilotPermissionPolicy } from './policy';

/**
 * Installs Operational Pilot's default permission policy in the permission backend.
 *
 * @public
 */
export const operationalPilotPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'operational-pilot-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        policy: policyExtensionPoint,
      },
      async init({ config, policy }) {
        policy.setPolicy(
          new OperationalPilotPermissionPolicy({
            poaGroups:
              config.getOptionalStringArray('operationalPilot.poaGroups') ?? [],
            approverGroups:
              config.getOptionalStringArray(
                'operationalPilot.approverGroups',
              ) ?? [],
          }),
        );
      },
    });
  },
});
