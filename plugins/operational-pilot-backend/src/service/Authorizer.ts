/*
 * Every mutation goes through here: the caller must be a signed-in user, and the permission framework must
 * allow the permission on the entity (resource permissions on `catalog-entity`, conditions resolved by our
 * permission integration, see permissions/registerPermissions.ts).
 */
import type {
  BackstageCredentials,
  BackstageUserPrincipal,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import type { AnyRequest } from './anyRequest';

type CatalogReadAccess = {
  scope: 'all' | 'none' | 'conditional';
  conditions?: string;
};

/** Users whose read decision is kept at most (the oldest goes first). */
const MAX_READ_DECISIONS = 10_000;

export class Authorizer {
  /**
   * Catalog read decisions per user, reused for `readDecisionMs`: every read (a readiness, each of the nine
   * requests of the portfolio page) needs one, and it is a round trip to the permission backend. The requests a
   * page sends at once share one decision even with 0 (the promise is kept while in flight). A change of policy
   * or of the user's groups reaches this replica's reads within that time; writes always ask.
   */
  private readonly readDecisions = new Map<
    string,
    { until: number; access: Promise<CatalogReadAccess> }
  >();

  constructor(
    private readonly httpAuth: HttpAuthService,
    private readonly permissions: PermissionsService,
    private readonly options: {
      readDecisionMs: number;
      clock?: () => number;
    } = { readDecisionMs: 0 },
  ) {}

  /** Credentials of any caller (user or service) for reads. 401 without valid credentials. */
  async reader(req: AnyRequest): Promise<BackstageCredentials> {
    return this.httpAuth.credentials(req, { allow: ['user', 'service'] });
  }

  /** A signed-in user allowed `permission` on `entityRef`; 401 / 403 otherwise. */
  async writer(
    req: AnyRequest,
    permission: ResourcePermission<'catalog-entity'>,
    entityRef: string,
  ): Promise<BackstageCredentials<BackstageUserPrincipal>> {
    const credentials = await this.httpAuth.credentials(req, {
      allow: ['user'],
    });
    return this.writerFor(credentials, permission, entityRef);
  }

  /**
   * The same check as {@link Authorizer.writer} for credentials obtained elsewhere (an action of the actions
   * registry): a signed-in user allowed `permission` on `entityRef`; NotAllowedError otherwise.
   */
  async writerFor(
    credentials: BackstageCredentials,
    permission: ResourcePermission<'catalog-entity'>,
    entityRef: string,
  ): Promise<BackstageCredentials<BackstageUserPrincipal>> {
    const user = asUser(credentials, `${permission.name} on ${entityRef}`);
    const [decision] = await this.permissions.authorize(
      [{ permission, resourceRef: entityRef }],
      { credentials: user },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `${user.principal.userEntityRef} may not ${permission.name} on ${entityRef}`,
      );
    }
    return user;
  }

  /** Whether a signed-in user holds `permission` on `entityRef` (no error when not). */
  async allows(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
    permission: ResourcePermission<'catalog-entity'>,
    entityRef: string,
  ): Promise<boolean> {
    const [decision] = await this.permissions.authorize(
      [{ permission, resourceRef: entityRef }],
      { credentials },
    );
    return decision.result === AuthorizeResult.ALLOW;
  }

  /**
   * How far the caller may read the catalog: everything, nothing, or only what the catalog's conditions allow
   * (resolved by the catalog itself, see service/catalogVisibility.ts).
   */
  async catalogReadScope(
    credentials: BackstageCredentials,
  ): Promise<'all' | 'none' | 'conditional'> {
    return (await this.catalogReadAccess(credentials)).scope;
  }

  /** {@link Authorizer.catalogReadScope} with, when conditional, the policy's conditions (JSON). */
  async catalogReadAccess(
    credentials: BackstageCredentials,
  ): Promise<CatalogReadAccess> {
    const principal = credentials.principal as {
      type?: string;
      userEntityRef?: string;
    };
    if (principal.type === 'service') return { scope: 'all' };
    if (principal.type !== 'user' || !principal.userEntityRef) {
      return this.askCatalogReadAccess(credentials);
    }
    const key = principal.userEntityRef;
    const now = (this.options.clock ?? Date.now)();
    const kept = this.readDecisions.get(key);
    if (kept && kept.until > now) return kept.access;
    const access = this.askCatalogReadAccess(credentials);
    // While in flight, concurrent reads share it; once answered, it is kept for readDecisionMs.
    const entry = { until: Number.POSITIVE_INFINITY, access };
    this.readDecisions.delete(key);
    this.readDecisions.set(key, entry);
    if (this.readDecisions.size > MAX_READ_DECISIONS) {
      this.readDecisions.delete(this.readDecisions.keys().next().value!);
    }
    try {
      const answer = await access;
      entry.until =
        (this.options.clock ?? Date.now)() + this.options.readDecisionMs;
      return answer;
    } catch (error) {
      if (this.readDecisions.get(key) === entry) this.readDecisions.delete(key);
      throw error;
    }
  }

  private async askCatalogReadAccess(
    credentials: BackstageCredentials,
  ): Promise<CatalogReadAccess> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) return { scope: 'all' };
    if (decision.result !== AuthorizeResult.CONDITIONAL)
      return { scope: 'none' };
    return {
      scope: 'conditional',
      conditions: JSON.stringify(decision.conditions ?? null),
    };
  }

  /** A signed-in user allowed a basic (non-entity) permission. */
  async basic(
    req: AnyRequest,
    permission: BasicPermission,
  ): Promise<BackstageCredentials<BackstageUserPrincipal>> {
    const credentials = await this.httpAuth.credentials(req, {
      allow: ['user'],
    });
    const [decision] = await this.permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `${credentials.principal.userEntityRef} may not ${permission.name}`,
      );
    }
    return credentials;
  }
}

/** The credentials of a signed-in user; NotAllowedError for a service or an anonymous caller. */
function asUser(
  credentials: BackstageCredentials,
  what: string,
): BackstageCredentials<BackstageUserPrincipal> {
  if ((credentials.principal as { type?: string }).type !== 'user') {
    throw new NotAllowedError(`Only a signed-in user may ${what}`);
  }
  return credentials as BackstageCredentials<BackstageUserPrincipal>;
}
