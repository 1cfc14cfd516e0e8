/*
 * Registers the permission resource of Operational Pilot, so that conditional decisions of policies
 * (e.g. "the user is the entity's POA") are resolved here, where the operational roles live.
 */
import type { PermissionsRegistryService } from '@backstage/backend-plugin-api';
import {
  evaluationRunPermission,
  operationalPilotEntityPermissions,
} from '@operational-pilot/backstage-plugin-common';
import {
  OperationalPilotEntityResource,
  operationalPilotEntityResourceRef,
  operationalPilotPermissionRules,
} from '@operational-pilot/backstage-plugin-node';
import type { OperationalPilotStores } from '../database';
import type { CatalogGateway } from '../service/CatalogGateway';

export function registerPermissions(options: {
  permissionsRegistry: PermissionsRegistryService;
  stores: OperationalPilotStores;
  catalog: CatalogGateway;
}) {
  const { permissionsRegistry, stores, catalog } = options;
  permissionsRegistry.addResourceType({
    resourceRef: operationalPilotEntityResourceRef,
    permissions: operationalPilotEntityPermissions,
    rules: Object.values(operationalPilotPermissionRules),
    getResources: async (resourceRefs: string[]) => {
      const [entities, operations] = await Promise.all([
        catalog.getRelated(resourceRefs),
        stores.operations.getMany(resourceRefs),
      ]);
      return resourceRefs.map(
        (ref): OperationalPilotEntityResource | undefined => {
          const entity = entities[ref];
          if (!entity) return undefined;
          return {
            entityRef: ref,
            entity,
            operations:
              operations.get(ref.toLocaleLowerCase('en-US'))?.metadata ??
              operations.get(ref)?.metadata,
          };
        },
      );
    },
  });
  permissionsRegistry.addPermissions([evaluationRunPermission]);
}
