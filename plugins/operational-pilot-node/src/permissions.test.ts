import type { Entity } from '@backstage/catalog-model';
import {
  operationalPilotConditions,
  operationalPilotPermissionRules,
  roleHolder,
} from './permissions';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api', namespace: 'default' },
  spec: { owner: 'payments-team' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
};
const resource = {
  entityRef: 'component:default/payments-api',
  entity,
  operations: {
    roles: { poa: 'user:default/Alice.Martin', opsOwner: 'group:default/run-ops' },
    support: { l1: { group: 'group:default/service-desk' } },
  },
};

describe('IS_ENTITY_OWNER', () => {
  const rule = operationalPilotPermissionRules.isEntityOwner;
  it('matches a user whose group owns the entity, case-insensitively', () => {
    expect(rule.apply(resource, { claims: ['user:default/chloe', 'group:default/Payments-Team'] })).toBe(true);
  });
  it('does not match other users', () => {
    expect(rule.apply(resource, { claims: ['user:default/julie', 'group:default/commerce-team'] })).toBe(false);
    expect(rule.apply({ ...resource, entity: { ...entity, relations: undefined } }, { claims: ['group:default/payments-team'] })).toBe(false);
  });
  it('has a query form', () => {
    expect(rule.toQuery({ claims: ['group:default/a'] })).toEqual({ key: 'owner', values: ['group:default/a'] });
  });
});

describe('HAS_OPERATIONAL_ROLE', () => {
  const rule = operationalPilotPermissionRules.hasOperationalRole;
  it('matches the holder of one of the roles', () => {
    expect(rule.apply(resource, { roles: ['poa'], claims: ['user:default/alice.martin'] })).toBe(true);
    expect(rule.apply(resource, { roles: ['poa', 'opsOwner'], claims: ['user:default/bruno', 'group:default/run-ops'] })).toBe(true);
    expect(rule.apply(resource, { roles: ['supportL1'], claims: ['group:default/service-desk'] })).toBe(true);
  });
  it('does not match holders of other roles, or entities without metadata', () => {
    expect(rule.apply(resource, { roles: ['businessOwner'], claims: ['user:default/alice.martin'] })).toBe(false);
    expect(rule.apply({ ...resource, operations: undefined }, { roles: ['poa'], claims: ['user:default/alice.martin'] })).toBe(false);
  });
  it('validates its parameters', () => {
    const result = rule.paramsSchema?.['~standard'].validate({ roles: ['king'], claims: [] }) as any;
    expect(result.issues?.length).toBeGreaterThan(0);
  });
});

describe('condition helpers', () => {
  it('build conditions for policies', () => {
    expect(operationalPilotConditions.hasOperationalRole({ roles: ['poa'], claims: ['user:default/a'] })).toEqual({
      rule: 'HAS_OPERATIONAL_ROLE',
      resourceType: 'catalog-entity',
      params: { roles: ['poa'], claims: ['user:default/a'] },
    });
  });
  it('reads support groups as role holders', () => {
    expect(roleHolder(resource.operations, 'supportL1')).toBe('group:default/service-desk');
    expect(roleHolder(resource.operations, 'businessOwner')).toBeUndefined();
  });
});
