import { createTranslationRef } from '@backstage/frontend-plugin-api';
import { signInMessages } from './translations/en';

/** Messages of the demo app's sign-in page, in English and French like the rest of the app. */
export const signInTranslationRef = createTranslationRef({
  id: 'app.sign-in',
  messages: signInMessages,
  translations: {
    fr: () => import('./translations/fr'),
  },
});
