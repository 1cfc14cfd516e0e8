import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  evaluationRunPermission,
  operationsUpdatePermission,
  waiverApprovePermission,
} from '@operational-pilot/backstage-plugin-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import { OperationalPilotPermissionPolicy } from './policy';

function user(ref: string, groups: string[] = []): PolicyQueryUser {
  return {
    identity: {
      type: 'user',
      userEntityRef: ref,
      ownershipEntityRefs: [ref, ...groups],
    },
    info: { userEntityRef: ref, ownershipEntityRefs: [ref, ...groups] },
    credentials: {} as any,
    token: 'token',
    expiresInSeconds: 3600,
  } as PolicyQueryUser;
}

const policy = new OperationalPilotPermissionPolicy({
  poaGroups: ['group:default/poa-office'],
  approverGroups: ['group:default/risk-committee'],
});

describe('OperationalPilotPermissionPolicy', () => {
  it('allows permissions of other plugins (catalog reads)', async () => {
    const decision = await policy.handle(
      { permission: catalogEntityReadPermission },
      user('user:default/julie'),
    );
    expect(decision.result).toBe(AuthorizeResult.ALLOW);
  });

  it('allows every entity write to members of a POA group', async () => {
    const decision = await policy.handle(
      { permission: operationsUpdatePermission },
      user('user:default/alice', ['group:default/poa-office']),
    );
    expect(decision.result).toBe(AuthorizeResult.ALLOW);
  });

  it('makes writes conditional on ownership or the POA / ops owner role for others', async () => {
    const decision = await policy.handle(
      { permission: operationsUpdatePermission },
      user('user:default/chloe', ['group:default/payments-team']),
    );
    expect(decision).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'operational-pilot',
      resourceType: 'catalog-entity',
      conditions: {
        anyOf: [
          {
            rule: 'IS_ENTITY_OWNER',
            resourceType: 'catalog-entity',
            params: {
              claims: ['user:default/chloe', 'group:default/payments-team'],
            },
          },
          {
            rule: 'HAS_OPERATIONAL_ROLE',
            resourceType: 'catalog-entity',
            params: {
              roles: ['poa', 'opsOwner'],
              claims: ['user:default/chloe', 'group:default/payments-team'],
            },
          },
        ],
      },
    });
  });

  it('gives waiver approval to the approver roles, not to POAs', async () => {
    const poa = await policy.handle(
      { permission: waiverApprovePermission },
      user('user:default/alice', ['group:default/poa-office']),
    );
    expect(poa.result).toBe(AuthorizeResult.CONDITIONAL);
    expect(JSON.stringify(poa)).toContain('businessOwner');
    expect(JSON.stringify(poa)).not.toContain('IS_ENTITY_OWNER');

    const committee = await policy.handle(
      { permission: waiverApprovePermission },
      user('user:default/rita', ['group:default/risk-committee']),
    );
    expect(committee.result).toBe(AuthorizeResult.ALLOW);
  });

  it('gives waiver approval to the members of category approver groups (the backend scopes them)', async () => {
    const scoped = new OperationalPilotPermissionPolicy({
      poaGroups: [],
      approverGroups: [],
      approverGroupsByCategory: { SEC: ['group:default/security-office'] },
    });
    expect(
      (
        await scoped.handle(
          { permission: waiverApprovePermission },
          user('user:default/sofia', ['group:default/security-office']),
        )
      ).result,
    ).toBe(AuthorizeResult.ALLOW);
    expect(
      (
        await scoped.handle(
          { permission: waiverApprovePermission },
          user('user:default/julie'),
        )
      ).result,
    ).toBe(AuthorizeResult.CONDITIONAL);
  });

  it('lets only POAs trigger a portfolio re-evaluation', async () => {
    expect(
      (
        await policy.handle(
          { permission: evaluationRunPermission },
          user('user:default/alice', ['group:default/poa-office']),
        )
      ).result,
    ).toBe(AuthorizeResult.ALLOW);
    expect(
      (
        await policy.handle(
          { permission: evaluationRunPermission },
          user('user:default/julie'),
        )
      ).result,
    ).toBe(AuthorizeResult.DENY);
  });

  it('denies Operational Pilot writes without a user', async () => {
    const decision = await policy.handle({
      permission: operationsUpdatePermission,
    });
    expect(decision.result).toBe(AuthorizeResult.DENY);
  });
});
