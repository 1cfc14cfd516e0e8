/*
 * Dev app of the plugin, on an in-memory API: `yarn start` in this package, then open
 * http://localhost:3000/operational-pilot (portfolio) or http://localhost:3000/dev/entity (entity tab and cards).
 */
import '@backstage/cli/asset-types';
import { useEffect } from 'react';
import ReactDOM from 'react-dom/client';
import { createApp } from '@backstage/frontend-defaults';
import {
  ApiBlueprint,
  createFrontendModule,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';
import { ReactRouterV6PageRouter } from '@backstage/frontend-adapter-react-router-v6';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { Flex } from '@backstage/ui';
// eslint-disable-next-line @backstage/no-ui-css-imports-in-non-frontend
import '@backstage/ui/css/styles.css';
import plugin from '../src/alpha';
import { operationalPilotApiRef } from '../src/api';
import { EntityOwnersCard } from '../src/components/Cards/EntityOwnersCard';
import { EntityReadinessCard } from '../src/components/Cards/EntityReadinessCard';
import { EntityOperationalPilotContent } from '../src/components/EntityTab/EntityOperationalPilotContent';
import { devApi } from './devApi';

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'billing-api',
    namespace: 'default',
    title: 'Billing API',
    annotations: { 'pagerduty.com/service-id': 'PXYZ123' },
  },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/team-billing',
  },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/team-billing' }],
};

/** Signs in at once as the demo POA: the dev app runs without an auth backend. */
function DevSignIn(props: { onSignInSuccess(identityApi: any): void }) {
  useEffect(() => {
    props.onSignInSuccess({
      getProfileInfo: async () => ({ displayName: 'Alice Martin' }),
      getBackstageIdentity: async () => ({
        type: 'user',
        userEntityRef: 'user:default/alice.martin',
        ownershipEntityRefs: ['user:default/alice.martin'],
      }),
      getCredentials: async () => ({}),
      signOut: async () => {},
    });
  }, [props]);
  return null;
}

const devModule = createFrontendModule({
  pluginId: 'app',
  extensions: [
    SignInPageBlueprint.make({ params: { loader: async () => DevSignIn } }),
    ApiBlueprint.make({
      name: 'permission',
      params: defineParams =>
        defineParams({
          api: permissionApiRef,
          deps: {},
          factory: () => ({
            authorize: async () => ({ result: AuthorizeResult.ALLOW }),
          }),
        }),
    }),
    PageBlueprint.make({
      name: 'dev-entity',
      params: {
        path: '/dev/entity',
        title: 'Dev entity',
        loader: async () => (
          <ReactRouterV6PageRouter>
            <EntityProvider entity={entity}>
              <Flex direction="column" gap="6" p="4">
                <Flex gap="4">
                  <div style={{ flex: 1 }}>
                    <EntityReadinessCard />
                  </div>
                  <div style={{ flex: 1 }}>
                    <EntityOwnersCard />
                  </div>
                </Flex>
                <EntityOperationalPilotContent />
              </Flex>
            </EntityProvider>
          </ReactRouterV6PageRouter>
        ),
      },
    }),
  ],
});

const devPlugin = plugin.withOverrides({
  extensions: [
    plugin.getExtension('api:operational-pilot').override({
      params: defineParams =>
        defineParams({
          api: operationalPilotApiRef,
          deps: {},
          factory: () => devApi,
        }),
    }),
  ],
});

const app = createApp({ features: [catalogPlugin, devPlugin, devModule] });

ReactDOM.createRoot(document.getElementById('root')!).render(app.createRoot());
