import { createTranslationRef } from '@backstage/frontend-plugin-api';
import { operationalPilotMessages } from './translations/en';

/**
 * Every user-visible string of the Operational Pilot frontend. English is the source; French ships with the
 * plugin (`translations/fr.ts`). Apps can override any message with `createTranslationMessages`.
 *
 * @public
 */
export const operationalPilotTranslationRef = createTranslationRef({
  id: 'plugin.operational-pilot',
  messages: operationalPilotMessages,
  translations: {
    fr: () => import('./translations/fr'),
  },
});
