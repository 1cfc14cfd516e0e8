/*
 * Who may decide what, beyond the permission framework: the permission says "may write on this entity", these rules
 * say "as whom". Roles given to a group are held by its members as the catalog records them (user entity
 * `memberOf`), like the hand-over signatures of ReleaseService.
 *
 * - Approvers are scoped by category: a waiver or not-applicable exemption of a SEC criterion needs the entity's
 *   security approver or a member of `approverGroupsByCategory.SEC` (any category can be scoped so).
 * - Signatures are role-bound: a criterion's `signedBy` roles sign (and countersign) its attestations.
 * - Verifying an action is for the POA or run side, never its assignee.
 * - Sensitive operational metadata (tier, roles, support groups, SLO owner, continuity agreement) is changed by the
 *   POA, a POA-group member or an approver; others propose.
 */
import type {
  BackstageCredentials,
  BackstageUserPrincipal,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  CriterionDefinition,
  HandoffAction,
  OperationalMetadata,
  ReadinessModel,
  RoleKey,
  waiverApprovePermission,
} from '@operational-pilot/backstage-plugin-common';
import type { GovernanceOptions } from '../options';
import { DEFAULT_GOVERNANCE } from '../options';
import type { Authorizer } from './Authorizer';
import type { CatalogGateway } from './CatalogGateway';
import { groupsOf, refKey } from './membership';

/** Where each role lives in the operational metadata, the kind its bare names default to, and its title. */
const ROLES: Record<
  RoleKey,
  {
    get: (m: OperationalMetadata) => string | undefined;
    kind: string;
    title: string;
  }
> = {
  poa: { get: m => m.roles?.poa, kind: 'user', title: 'POA' },
  opsOwner: { get: m => m.roles?.opsOwner, kind: 'group', title: 'ops owner' },
  businessOwner: {
    get: m => m.roles?.businessOwner,
    kind: 'user',
    title: 'business owner',
  },
  serviceOwner: {
    get: m => m.roles?.serviceOwner,
    kind: 'user',
    title: 'service owner',
  },
  securityApprover: {
    get: m => m.roles?.securityApprover,
    kind: 'user',
    title: 'security approver',
  },
  supportL1: {
    get: m => m.support?.l1?.group,
    kind: 'group',
    title: 'N1 support',
  },
  supportL2: {
    get: m => m.support?.l2?.group,
    kind: 'group',
    title: 'N2 support',
  },
  supportL3: {
    get: m => m.support?.l3?.group,
    kind: 'group',
    title: 'N3 support',
  },
};

export function roleTitle(role: RoleKey): string {
  return ROLES[role]?.title ?? role;
}

/** A user and the groups the catalog says they belong to (lower-cased refs). */
export interface Membership {
  user: string;
  groups: Set<string>;
}

type UserCredentials = BackstageCredentials<BackstageUserPrincipal>;

export class GovernanceService {
  private readonly options: GovernanceOptions;

  constructor(
    private readonly deps: {
      model: ReadinessModel;
      catalog: CatalogGateway;
      authorizer: Authorizer;
      options?: GovernanceOptions;
      /** The ownership claims of the sign-in (what the permission policy sees), added to the catalog's groups. */
      userInfo?: UserInfoService;
    },
  ) {
    this.options = deps.options ?? DEFAULT_GOVERNANCE;
  }

  get sensitiveChanges(): 'propose' | 'refuse' {
    return this.options.sensitiveChanges;
  }

  /**
   * The user and their groups: the catalog's membership (user entity `memberOf`) and the ownership claims of the
   * sign-in, which the permission policy also reads.
   */
  async membership(credentials: UserCredentials): Promise<Membership> {
    const userRef = credentials.principal.userEntityRef;
    const user = refKey(userRef, 'user') ?? userRef.toLocaleLowerCase('en-US');
    const related = await this.deps.catalog.getRelated([user]);
    const groups = groupsOf(related[user] ?? null, user);
    if (this.deps.userInfo) {
      try {
        const info = await this.deps.userInfo.getUserInfo(credentials);
        for (const ref of info.ownershipEntityRefs) {
          const key = refKey(ref, 'group');
          if (key?.startsWith('group:')) groups.add(key);
        }
      } catch {
        // No user info (e.g. a token without claims): the catalog's membership alone.
      }
    }
    return { user, groups };
  }

  /** Whether `ref` (a user, or a group) designates this user. */
  holds(
    member: Membership,
    ref: string | undefined,
    defaultKind: string,
  ): boolean {
    if (!ref) return false;
    const key = refKey(ref, defaultKind);
    if (!key) return false;
    return key === member.user || member.groups.has(key);
  }

  isMemberOfAny(member: Membership, groups: readonly string[]): boolean {
    return groups.some(g => {
      const key = refKey(g, 'group');
      return key !== undefined && member.groups.has(key);
    });
  }

  /** The ref holding a role in the metadata, if any. */
  holderOf(operations: OperationalMetadata | undefined, role: RoleKey) {
    return operations ? ROLES[role].get(operations) : undefined;
  }

  holdsRole(
    member: Membership,
    operations: OperationalMetadata | undefined,
    role: RoleKey,
  ): boolean {
    return this.holds(
      member,
      this.holderOf(operations, role),
      ROLES[role].kind,
    );
  }

  /** The entity's POA (the user, or a member of the group) or a member of a POA group. */
  isPoa(member: Membership, operations: OperationalMetadata | undefined) {
    return (
      this.holdsRole(member, operations, 'poa') ||
      this.isMemberOfAny(member, this.options.poaGroups)
    );
  }

  /** Whether the caller may approve waivers of the entity (the permission policy decides). */
  async isApprover(credentials: UserCredentials, entityRef: string) {
    return this.deps.authorizer.allows(
      credentials,
      waiverApprovePermission,
      entityRef,
    );
  }

  private categoryOf(criterionId: string) {
    return (
      this.deps.model.criteria.find(c => c.id === criterionId)?.category ??
      criterionId.replace(/^FR-/, '').split('-')[0]
    );
  }

  /**
   * Category-scoped approvers (403 otherwise): SEC needs the entity's security approver or a member of
   * `approverGroupsByCategory.SEC`; a category with configured groups needs a member of them; others are decided
   * by the waiver-approve permission alone.
   */
  async checkCategoryApprover(
    credentials: UserCredentials,
    criterionId: string,
    entityRef: string,
    operations: OperationalMetadata | undefined,
    what: string,
  ): Promise<void> {
    const category = this.categoryOf(criterionId);
    const groups = this.options.approverGroupsByCategory[category] ?? [];
    const userRef = credentials.principal.userEntityRef;
    if (category !== 'SEC' && groups.length === 0) {
      // Not scoped: the approve permission decides, except for those who hold it only as members of another
      // category's approver groups (the default policy gives it to them for their category).
      const otherGroups = Object.values(
        this.options.approverGroupsByCategory,
      ).flat();
      if (otherGroups.length === 0) return;
      const member = await this.membership(credentials);
      if (
        !this.isMemberOfAny(member, otherGroups) ||
        this.isMemberOfAny(member, this.options.approverGroups) ||
        (['businessOwner', 'opsOwner', 'securityApprover'] as const).some(
          role => this.holdsRole(member, operations, role),
        )
      ) {
        return;
      }
      throw new NotAllowedError(
        `${userRef} approves as a member of a category's approver group only, and ${criterionId} is of category ${category}: it needs the business owner, the ops owner or the security approver of ${entityRef}, or a member of the approver groups`,
      );
    }
    const member = await this.membership(credentials);
    if (this.isMemberOfAny(member, groups)) return;
    const securityApprover =
      category === 'SEC'
        ? this.holderOf(operations, 'securityApprover')
        : undefined;
    if (
      category === 'SEC' &&
      this.holdsRole(member, operations, 'securityApprover')
    ) {
      return;
    }
    const who = [
      category === 'SEC'
        ? `the security approver of ${entityRef} (${
            securityApprover ?? 'not assigned: set roles.securityApprover'
          })`
        : undefined,
      groups.length > 0 ? `a member of ${groups.join(', ')}` : undefined,
    ]
      .filter(Boolean)
      .join(' or ');
    throw new NotAllowedError(
      `${userRef} may not approve ${what} of ${criterionId} (category ${category}): it needs ${who}`,
    );
  }

  /**
   * A criterion with `signedBy` roles is signed (attested or countersigned) by a holder of one of them (403 naming
   * the role and its holder).
   */
  async checkSigner(
    credentials: UserCredentials,
    criterion: CriterionDefinition,
    entityRef: string,
    operations: OperationalMetadata | undefined,
    what: 'attest' | 'countersign',
  ): Promise<void> {
    const roles = criterion.signedBy ?? [];
    if (roles.length === 0) return;
    const userRef = credentials.principal.userEntityRef;
    const member = await this.membership(credentials);
    if (roles.some(role => this.holdsRole(member, operations, role))) return;
    const holders = roles
      .map(
        role =>
          `the ${roleTitle(role)} (${
            this.holderOf(operations, role) ??
            `nobody: assign it in the operational metadata of ${entityRef}`
          })`,
      )
      .join(' or ');
    throw new NotAllowedError(
      `${criterion.id} must be ${
        what === 'attest' ? 'attested' : 'countersigned'
      } by ${holders}; ${userRef} does not hold that role`,
    );
  }

  /**
   * Verifying a done action is for the POA or run side (the entity's POA or ops owner, a member of a POA group), and
   * never for its assignee.
   */
  async checkVerifier(
    credentials: UserCredentials,
    action: HandoffAction,
    operations: OperationalMetadata | undefined,
  ): Promise<void> {
    const userRef = credentials.principal.userEntityRef;
    const member = await this.membership(credentials);
    if (action.assigneeRef && this.holds(member, action.assigneeRef, 'user')) {
      throw new NotAllowedError(
        `${userRef} is the assignee of the action (${action.assigneeRef}): someone else, from the POA or run side, verifies it`,
      );
    }
    if (
      this.isPoa(member, operations) ||
      this.holdsRole(member, operations, 'opsOwner')
    ) {
      return;
    }
    throw new NotAllowedError(
      `${userRef} may not verify the action: verification is for the POA (${
        this.holderOf(operations, 'poa') ?? 'not assigned'
      }), the ops owner (${
        this.holderOf(operations, 'opsOwner') ?? 'not assigned'
      })${
        this.options.poaGroups.length > 0
          ? ` or a member of ${this.options.poaGroups.join(', ')}`
          : ''
      }`,
    );
  }

  /** May change sensitive operational metadata directly: the POA, a POA-group member, or an approver. */
  async maySetSensitive(
    credentials: UserCredentials,
    entityRef: string,
    operations: OperationalMetadata | undefined,
  ): Promise<boolean> {
    const member = await this.membership(credentials);
    if (this.isPoa(member, operations)) return true;
    return this.isApprover(credentials, entityRef);
  }
}

const services = new WeakMap<object, GovernanceService>();

/** The governance rules of a route context (one instance per context). */
export function governanceOf(ctx: {
  model: ReadinessModel;
  catalog: CatalogGateway;
  authorizer: Authorizer;
  governance?: GovernanceOptions;
  userInfo?: UserInfoService;
}): GovernanceService {
  let service = services.get(ctx);
  if (!service) {
    service = new GovernanceService({
      model: ctx.model,
      catalog: ctx.catalog,
      authorizer: ctx.authorizer,
      options: ctx.governance,
      userInfo: ctx.userInfo,
    });
    services.set(ctx, service);
  }
  return service;
}
