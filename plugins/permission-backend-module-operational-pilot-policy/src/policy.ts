/*
 * Default permission policy of Operational Pilot.
 *
 * - Operational Pilot writes: members of a configured POA group may edit every entity; otherwise the entity's
 *   owner (catalog), POA or ops owner (operational metadata) may. The hand-over of a release is signed by the
 *   holders of its roles (the business owner included). Waivers are approved by the business owner,
 *   ops owner or security approver of the entity, or by a configured approver group.
 * - Every other permission is allowed, as Backstage's allow-all policy does. Adopters with their own policy
 *   reuse `decideOperationalPilotPermission` in it instead of installing this module.
 */
import {
  AuthorizeResult,
  isPermission,
  isResourcePermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  evaluationRunPermission,
  operationalPilotPermissions,
  releaseSignPermission,
  waiverApprovePermission,
} from '@operational-pilot/backstage-plugin-common';
import {
  createOperationalPilotConditionalDecision,
  operationalPilotConditions,
} from '@operational-pilot/backstage-plugin-node';

export interface OperationalPilotPolicyOptions {
  /** Group refs whose members are POAs for every entity. */
  poaGroups: string[];
  /** Group refs whose members may approve waivers for every entity. */
  approverGroups: string[];
  /**
   * Per criterion category (e.g. `SEC`), group refs whose members approve waivers and not-applicable exemptions of
   * that category: they hold the approve permission on every entity, and the backend restricts them to their
   * category.
   */
  approverGroupsByCategory?: Record<string, string[]>;
}

const OPERATIONAL_PILOT_PERMISSION_NAMES = new Set(
  operationalPilotPermissions.map(p => p.name),
);

function isMemberOfAny(user: PolicyQueryUser | undefined, groups: string[]) {
  if (!user || groups.length === 0) return false;
  const claims = new Set(
    user.info.ownershipEntityRefs.map(r => r.toLowerCase()),
  );
  return groups.some(g => claims.has(g.toLowerCase()));
}

/**
 * The decision for an Operational Pilot permission, or `undefined` for any other permission.
 */
export function decideOperationalPilotPermission(
  request: PolicyQuery,
  user: PolicyQueryUser | undefined,
  options: OperationalPilotPolicyOptions,
): PolicyDecision | undefined {
  const { permission } = request;
  if (!OPERATIONAL_PILOT_PERMISSION_NAMES.has(permission.name)) {
    return undefined;
  }
  if (!user) {
    return { result: AuthorizeResult.DENY };
  }
  if (isPermission(permission, evaluationRunPermission)) {
    return {
      result: isMemberOfAny(user, options.poaGroups)
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY,
    };
  }
  if (!isResourcePermission(permission, 'catalog-entity')) {
    return { result: AuthorizeResult.DENY };
  }
  const claims = user.info.ownershipEntityRefs;

  if (isPermission(permission, waiverApprovePermission)) {
    const categoryGroups = Object.values(
      options.approverGroupsByCategory ?? {},
    ).flat();
    if (
      isMemberOfAny(user, options.approverGroups) ||
      isMemberOfAny(user, categoryGroups)
    ) {
      return { result: AuthorizeResult.ALLOW };
    }
    return createOperationalPilotConditionalDecision(
      permission,
      operationalPilotConditions.hasOperationalRole({
        roles: ['businessOwner', 'opsOwner', 'securityApprover'],
        claims,
      }),
    );
  }

  if (isMemberOfAny(user, options.poaGroups)) {
    return { result: AuthorizeResult.ALLOW };
  }
  if (isPermission(permission, releaseSignPermission)) {
    // Any holder of a hand-over role may sign; which role they sign as is checked by the service.
    return createOperationalPilotConditionalDecision(permission, {
      anyOf: [
        operationalPilotConditions.isEntityOwner({ claims }),
        operationalPilotConditions.hasOperationalRole({
          roles: ['poa', 'opsOwner', 'businessOwner', 'serviceOwner'],
          claims,
        }),
      ],
    });
  }
  return createOperationalPilotConditionalDecision(permission, {
    anyOf: [
      operationalPilotConditions.isEntityOwner({ claims }),
      operationalPilotConditions.hasOperationalRole({
        roles: ['poa', 'opsOwner'],
        claims,
      }),
    ],
  });
}

export class OperationalPilotPermissionPolicy implements PermissionPolicy {
  constructor(private readonly options: OperationalPilotPolicyOptions) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    return (
      decideOperationalPilotPermission(request, user, this.options) ?? {
        result: AuthorizeResult.ALLOW,
      }
    );
  }
}
