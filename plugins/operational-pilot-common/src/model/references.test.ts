import type { Entity } from '@backstage/catalog-model';
import { collectReferencedEntityRefs } from './references';
import { readyComponent, readyOperations } from './__testUtils__/fixtures';

describe('collectReferencedEntityRefs', () => {
  it('collects owner, system, dependencies, roles and support groups, normalised, deduplicated and sorted', () => {
    expect(
      collectReferencedEntityRefs(readyComponent(), readyOperations()),
    ).toEqual([
      'group:default/n1',
      'group:default/n2',
      'group:default/ops-team',
      'group:default/team-billing',
      'resource:default/billing-db',
      'system:default/billing',
      'user:default/bob',
      'user:default/jane',
    ]);
  });

  it('applies default kinds: user for people, group for the ops owner, support and owner', () => {
    const entity: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'x', namespace: 'Payments' },
      spec: { owner: 'Team-Pay', system: 'pay', dependsOn: ['Resource:db'] },
      relations: [{ type: 'ownedBy', targetRef: 'group:payments/team-pay' }],
    };
    expect(
      collectReferencedEntityRefs(entity, {
        roles: {
          poa: 'Jane',
          opsOwner: 'ops',
          businessOwner: 'user:corp/bob',
          securityApprover: 'group:default/sec',
        },
        support: { l1: { group: 'n1' }, l3: { group: 'user:dev' } },
      }),
    ).toEqual([
      'group:default/n1',
      'group:default/ops',
      'group:default/sec',
      'group:payments/team-pay',
      'resource:payments/db',
      'system:payments/pay',
      'user:corp/bob',
      'user:default/dev',
      'user:default/jane',
    ]);
  });

  it('returns nothing for an entity without spec or metadata refs', () => {
    expect(
      collectReferencedEntityRefs({
        apiVersion: 'v1',
        kind: 'User',
        metadata: { name: 'u' },
      }),
    ).toEqual([]);
  });

  it('skips refs that cannot be parsed', () => {
    const entity = {
      apiVersion: 'v1',
      kind: 'Component',
      metadata: { name: 'x' },
      spec: { owner: '', dependsOn: ['db'] },
    } as Entity;
    expect(
      collectReferencedEntityRefs(entity, { roles: { poa: '  ' } }),
    ).toEqual([]);
  });
});
