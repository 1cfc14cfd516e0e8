import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { OperationalPilotEntityProcessor } from './OperationalPilotEntityProcessor';
import { HttpOperationalPilotRolesSource } from './OperationalPilotRolesSource';

/**
 * Catalog module of Operational Pilot: labels the entities Operational Pilot evaluates with their tier
 * (`operational-pilot.io/tier`) and relates them to their POA (`hasPoa`/`poaOf`) and ops owner
 * (`hasOpsOwner`/`opsOwnerOf`), from the Operational Pilot backend (read in bulk with a service token, cached
 * for `operationalPilot.catalogModule.cacheSeconds`, default 60).
 *
 * @public
 */
export const catalogModuleOperationalPilot = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'operational-pilot',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        logger: coreServices.logger,
        processing: catalogProcessingExtensionPoint,
      },
      async init({ config, discovery, auth, logger, processing }) {
        const cacheSeconds = config.getOptionalNumber(
          'operationalPilot.catalogModule.cacheSeconds',
        );
        if (
          cacheSeconds !== undefined &&
          (!Number.isFinite(cacheSeconds) || cacheSeconds < 0)
        ) {
          throw new Error(
            `Invalid configuration at operationalPilot.catalogModule.cacheSeconds: must be a number >= 0, got ${cacheSeconds}`,
          );
        }
        processing.addProcessor(
          new OperationalPilotEntityProcessor({
            source: new HttpOperationalPilotRolesSource({
              discovery,
              auth,
              logger,
              cacheSeconds,
            }),
            kinds: config.getOptionalStringArray(
              'operationalPilot.evaluation.kinds',
            ),
          }),
        );
      },
    });
  },
});
