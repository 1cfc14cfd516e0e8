/*
 * Demo backend for Operational Pilot: catalog with the demo organisation, guest sign-in (as a POA) and sign-in
 * as another demo user (development only), the permission framework with Operational Pilot's default policy,
 * and the Operational Pilot plugin.
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

// Sign-in: the guest provider, mapped to a demo POA user in app-config.yaml, and (development only, when
// `auth.providers.demoUser` is configured) sign-in as any other demo user of the catalog.
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
backend.add(import('./modules/demoUserAuth'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

// Permissions: engineers read, POAs and owners edit their entities, waivers need an approver role.
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(
  import(
    '@operational-pilot/backstage-plugin-permission-backend-module-policy'
  ),
);

backend.add(import('@operational-pilot/backstage-plugin-backend'));

backend.start();
