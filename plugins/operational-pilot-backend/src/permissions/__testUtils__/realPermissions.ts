/*
 * Test set-up of the real permission flow: the permission backend with our default policy module, mock auth
 * whose on-behalf-of tokens carry the plugin as actor (as real Backstage tokens do), and group membership as
 * the catalog would resolve it. Shared by the permission integration tests.
 */
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import { permissionsRegistryServiceFactory } from '@backstage/backend-defaults/permissionsRegistry';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import permissionBackend from '@backstage/plugin-permission-backend';
import operationalPilotPolicyModule from '@operational-pilot/backstage-plugin-permission-backend-module-policy';

/** Mock auth, except that tokens requested on behalf of a user carry the requesting plugin as actor. */
export const actorAwareAuthFactory = createServiceFactory({
  service: coreServices.auth,
  deps: { pluginMetadata: coreServices.pluginMetadata },
  factory({ pluginMetadata }) {
    const pluginId = pluginMetadata.getId();
    const base = mockServices.auth({ pluginId });
    return Object.assign(Object.create(base), {
      async getPluginRequestToken(options: any) {
        const principal = options.onBehalfOf.principal;
        if (principal.type === 'user') {
          return {
            token: mockCredentials.user.token(principal.userEntityRef, {
              actor: { subject: `plugin:${pluginId}` },
            }),
          };
        }
        return base.getPluginRequestToken(options);
      },
    });
  },
});

/** Ownership claims of each user: the user and the groups it is a member of. */
export function membershipUserInfoFactory(
  membership: Record<string, string[]>,
) {
  return createServiceFactory({
    service: coreServices.userInfo,
    deps: {},
    factory: () => ({
      async getUserInfo(credentials: any) {
        const userEntityRef = credentials.principal.userEntityRef as string;
        return {
          userEntityRef,
          ownershipEntityRefs: [
            userEntityRef,
            ...(membership[userEntityRef] ?? []),
          ],
        };
      },
    }),
  });
}

/** The features of a test backend whose permission decisions come from our real policy. */
export function realPermissionFeatures(membership: Record<string, string[]>) {
  return [
    permissionBackend,
    operationalPilotPolicyModule,
    permissionsServiceFactory,
    permissionsRegistryServiceFactory,
    membershipUserInfoFactory(membership),
    actorAwareAuthFactory,
  ];
}
