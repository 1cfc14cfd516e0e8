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
// Operational Pilot in the catalog: the tier as the label `operational-pilot.io/tier`, and the relations
// hasPoa/poaOf and hasOpsOwner/opsOwnerOf (read in bulk from the Operational Pilot backend, cached).
backend.add(
  import('@operational-pilot/backstage-plugin-catalog-backend-module'),
);

// Permissions: engineers read, POAs and owners edit their entities, waivers need an approver role.
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(
  import(
    '@operational-pilot/backstage-plugin-permission-backend-module-policy'
  ),
);

backend.add(import('@operational-pilot/backstage-plugin-backend'));

// Notifications (the bell of the app, live through signals): Operational Pilot sends waiver requests, assigned and
// overdue actions, expiring attestations (`operationalPilot.notifications` in app-config.yaml).
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

// Search (Lunr in memory, the default engine): the catalog, and Operational Pilot's readiness, roles and blockers
// of every evaluated entity (`search.collators.operationalPilot` in app-config.yaml), each result opening the
// entity's Operational pilot tab.
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(
  import('@operational-pilot/backstage-plugin-search-backend-module'),
);

// Software templates ("Create"), with Operational Pilot's `operational-pilot:register` action: opens the
// operational record of an entity on behalf of the user who runs the template (examples/templates/).
backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(
  import('@operational-pilot/backstage-plugin-scaffolder-backend-module'),
);

// AI agents: the actions of the plugins listed in `backend.actions.pluginSources` (app-config.yaml) as MCP tools,
// at /api/mcp-actions/v1 (see "AI agents (MCP)" in README.md).
backend.add(import('@backstage/plugin-mcp-actions-backend'));

backend.start();
