import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { navModule } from './modules/nav';
import { signInModule } from './modules/signIn';

// Every frontend plugin listed in package.json is discovered (`app.packages: all`); Operational Pilot
// contributes the "Operational pilot" entity tab, two entity cards and the "Readiness" page. The sign-in page
// offers the guest (the demo POA) and, in development, the other demo users (modules/signIn).
export default createApp({
  features: [catalogPlugin, navModule, signInModule],
});
