import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createOperationalPilotRegisterAction } from './actions/register';

/**
 * Scaffolder module of Operational Pilot: the `operational-pilot:register` action, which opens the operational
 * record (tier, run roles, service hours, stateful) of a catalog entity from a software template, on behalf of the
 * user who runs it.
 *
 * @public
 */
export const scaffolderModuleOperationalPilot = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'operational-pilot',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        scaffolder: scaffolderActionsExtensionPoint,
      },
      async init({ config, discovery, auth, scaffolder }) {
        scaffolder.addActions(
          createOperationalPilotRegisterAction({
            discovery,
            auth,
            appBaseUrl: config.getOptionalString('app.baseUrl'),
          }),
        );
      },
    });
  },
});
