/*
 * Development only: sign in as any demo user of the catalog, to try the release hand-over as its different
 * signatories (POA, ops owner, business owner) without an identity provider.
 *
 * An auth provider (`demoUser`) built on Backstage's proxy auth machinery: the sign-in page sends the chosen user
 * name in the `x-demo-user` header to `GET /api/auth/demoUser/refresh`; the provider signs in as
 * `user:default/<name>` only if that User entity exists in the catalog (never a fallback identity), with the
 * ownership (group memberships) resolved by the catalog. The auth backend wires the provider only when
 * `auth.providers.demoUser` is configured, and it refuses to work outside `NODE_ENV=development` unless
 * `dangerouslyAllowOutsideDevelopment: true` is set, like the guest provider.
 */
import { createBackendModule } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  AuthenticationError,
  InputError,
  NotAllowedError,
} from '@backstage/errors';
import {
  authProvidersExtensionPoint,
  AuthResolverContext,
  createProxyAuthenticator,
  createProxyAuthProviderFactory,
  createSignInResolverFactory,
  SignInInfo,
} from '@backstage/plugin-auth-node';

export const DEMO_USER_PROVIDER_ID = 'demoUser';
/** Header carrying the chosen demo user's name (the `metadata.name` of a User entity). */
export const DEMO_USER_HEADER = 'x-demo-user';

/** A User entity name: letters, digits and `-_.`, at most 63 characters (the catalog's own rule). */
const USER_NAME = /^[a-z0-9A-Z]([a-z0-9A-Z._-]{0,61}[a-z0-9A-Z])?$/;

export interface DemoUserResult {
  /** User entity ref of the chosen demo user, e.g. `user:default/emma.bernard`. */
  userEntityRef: string;
}

interface DemoUserContext {
  enabled: boolean;
  namespace: string;
}

function refuseUnknown(userEntityRef: string, error: unknown): never {
  if ((error as Error)?.name === 'NotFoundError') {
    throw new NotAllowedError(
      `Demo sign-in refused: ${userEntityRef} is not a User of the catalog`,
    );
  }
  throw error;
}

/** Reads the chosen demo user from the request; refuses outside development. */
export const demoUserAuthenticator = createProxyAuthenticator<
  DemoUserContext,
  DemoUserResult,
  undefined
>({
  initialize({ config }) {
    return {
      enabled:
        process.env.NODE_ENV === 'development' ||
        config.getOptionalBoolean('dangerouslyAllowOutsideDevelopment') ===
          true,
      namespace: config.getOptionalString('namespace') ?? 'default',
    };
  },
  async authenticate({ req }, ctx) {
    if (!ctx.enabled) {
      throw new NotAllowedError(
        `The ${DEMO_USER_PROVIDER_ID} provider is for development only; set ` +
          `auth.providers.${DEMO_USER_PROVIDER_ID}.dangerouslyAllowOutsideDevelopment to use it elsewhere`,
      );
    }
    const name = req.header(DEMO_USER_HEADER)?.trim();
    if (!name) {
      throw new AuthenticationError(
        `Choose a demo user: the ${DEMO_USER_HEADER} header is missing`,
      );
    }
    if (!USER_NAME.test(name)) {
      throw new InputError(`"${name}" is not a valid user name`);
    }
    return {
      result: {
        userEntityRef: stringifyEntityRef({
          kind: 'user',
          namespace: ctx.namespace,
          name,
        }),
      },
    };
  },
  // The profile (display name, email, picture) comes from the User entity; an unknown user is refused here.
  async defaultProfileTransform(result, ctx: AuthResolverContext) {
    const { entity } = await ctx
      .findCatalogUser({ entityRef: result.userEntityRef })
      .catch(error => refuseUnknown(result.userEntityRef, error));
    const profile = (entity.spec?.profile ?? {}) as {
      displayName?: string;
      email?: string;
      picture?: string;
    };
    return {
      profile: {
        displayName: profile.displayName ?? entity.metadata.name,
        ...(profile.email ? { email: profile.email } : {}),
        ...(profile.picture ? { picture: profile.picture } : {}),
      },
    };
  },
});

/**
 * Sign-in resolvers of the provider (`auth.providers.demoUser.signIn.resolvers`). The catalog issues the identity
 * (user and group ownership); there is no fallback for a user missing from the catalog.
 */
export const demoUserSignInResolvers = {
  userEntityRefMatchingDemoUser: createSignInResolverFactory({
    create() {
      return async (
        info: SignInInfo<DemoUserResult>,
        ctx: AuthResolverContext,
      ) =>
        ctx
          .signInWithCatalogUser({ entityRef: info.result.userEntityRef })
          .catch(error => refuseUnknown(info.result.userEntityRef, error));
    },
  }),
};

/** Registers the `demoUser` auth provider (wired by the auth backend only when configured). */
export const authModuleDemoUserProvider = createBackendModule({
  pluginId: 'auth',
  moduleId: 'demo-user-provider',
  register(reg) {
    reg.registerInit({
      deps: {
        providers: authProvidersExtensionPoint,
      },
      async init({ providers }) {
        providers.registerProvider({
          providerId: DEMO_USER_PROVIDER_ID,
          factory: createProxyAuthProviderFactory({
            authenticator: demoUserAuthenticator,
            signInResolverFactories: demoUserSignInResolvers,
          }),
        });
      },
    });
  },
});

export default authModuleDemoUserProvider;
