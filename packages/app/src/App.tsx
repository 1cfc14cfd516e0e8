import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { catalogGraphModule } from './modules/catalogGraph';
import { navModule } from './modules/nav';
import { searchModule } from './modules/search';
import { signInModule } from './modules/signIn';

// Every frontend plugin listed in package.json is discovered (`app.packages: all`); Operational Pilot
// contributes the "Operational pilot" entity tab, two entity cards and the "Readiness" page. The sign-in page
// offers the guest (the demo POA) and, in development, the other demo users (modules/signIn). The catalog graph
// also draws the POA and ops owner relations of Operational Pilot's catalog module (modules/catalogGraph).
// The search page (sidebar) filters by result type: the catalog or the run readiness (modules/search).
export default createApp({
  features: [
    catalogPlugin,
    catalogGraphModule,
    navModule,
    signInModule,
    searchModule,
  ],
});
