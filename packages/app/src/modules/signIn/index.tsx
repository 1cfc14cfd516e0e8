import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';
import { z } from 'zod';

/**
 * The app's sign-in page (replaces the default `sign-in-page:app`): "Enter" as the guest and, when demo users are
 * configured (app-config.yaml, development), "Sign in as demo user". Config:
 *
 * ```yaml
 * app:
 *   extensions:
 *     - sign-in-page:app:
 *         config:
 *           guestDescription: Alice Martin, POA
 *           demoUsers:
 *             - { name: emma.bernard, title: 'Emma Bernard: business owner' }
 * ```
 */
export const demoSignInPage = SignInPageBlueprint.makeWithOverrides({
  configSchema: {
    guestDescription: z.string().optional(),
    demoProvider: z.string().default('demoUser'),
    demoUsers: z
      .array(z.object({ name: z.string(), title: z.string().optional() }))
      .default([]),
  },
  factory(originalFactory, { config }) {
    return originalFactory({
      loader: async () => {
        const { DemoSignInPage } = await import('./DemoSignInPage');
        return props => (
          <DemoSignInPage
            {...props}
            guestDescription={config.guestDescription}
            demoProvider={config.demoProvider}
            demoUsers={config.demoUsers}
          />
        );
      },
    });
  },
});

export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [demoSignInPage],
});
