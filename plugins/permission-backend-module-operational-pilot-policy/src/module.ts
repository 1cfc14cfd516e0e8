import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import type { Config } from '@backstage/config';
import { OperationalPilotPermissionPolicy } from './policy';

function readGroupsByCategory(config: Config | undefined) {
  const byCategory: Record<string, string[]> = {};
  for (const category of config?.keys() ?? []) {
    byCategory[category.toLocaleUpperCase('en-US')] =
      config!.getStringArray(category);
  }
  return byCategory;
}

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
            approverGroupsByCategory: readGroupsByCategory(
              config.getOptionalConfig(
                'operationalPilot.approverGroupsByCategory',
              ),
            ),
          }),
        );
      },
    });
  },
});
