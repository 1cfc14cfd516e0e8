import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { navModule } from './modules/nav';

// Every frontend plugin listed in package.json is discovered (`app.packages: all`); Operational Pilot
// contributes the "Operational pilot" entity tab, two entity cards and the "Readiness" page.
export default createApp({
  features: [catalogPlugin, navModule],
});
