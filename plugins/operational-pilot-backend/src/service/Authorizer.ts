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
import type { Request } from 'express';

export class Authorizer {
  constructor(
    private readonly httpAuth: HttpAuthService,
    private readonly permissions: PermissionsService,
  ) {}

  /** Credentials of any caller (user or service) for reads. 401 without valid credentials. */
  async reader(req: Request): Promise<BackstageCredentials> {
    return this.httpAuth.credentials(req, { allow: ['user', 'service'] });
  }

  /** A signed-in user allowed `permission` on `entityRef`; 401 / 403 otherwise. */
  async writer(
    req: Request,
    permission: ResourcePermission<'catalog-entity'>,
    entityRef: string,
  ): Promise<BackstageCredentials<BackstageUserPrincipal>> {
    const credentials = await this.httpAuth.credentials(req, {
      allow: ['user'],
    });
    const [decision] = await this.permissions.authorize(
      [{ permission, resourceRef: entityRef }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `${credentials.principal.userEntityRef} may not ${permission.name} on ${entityRef}`,
      );
    }
    return credentials;
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
   * (resolved by the catalog itself, see CatalogGateway.listVisibleRefs).
   */
  async catalogReadScope(
    credentials: BackstageCredentials,
  ): Promise<'all' | 'none' | 'conditional'> {
    if ((credentials.principal as { type?: string }).type === 'service') {
      return 'all';
    }
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) return 'all';
    if (decision.result === AuthorizeResult.DENY) return 'none';
    return 'conditional';
  }

  /** A signed-in user allowed a basic (non-entity) permission. */
  async basic(
    req: Request,
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
