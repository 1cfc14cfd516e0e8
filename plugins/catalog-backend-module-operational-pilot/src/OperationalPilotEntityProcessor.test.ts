import { Entity, KubernetesValidatorFunctions } from '@backstage/catalog-model';
import type { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import { OperationalPilotEntityProcessor } from './OperationalPilotEntityProcessor';
import {
  OperationalPilotRolesSource,
  parseRolesResponse,
} from './OperationalPilotRolesSource';

const location = {
  type: 'url',
  target: 'https://example.com/catalog-info.yaml',
};

function component(
  name: string,
  extra: Partial<Entity['metadata']> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', ...extra },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
  };
}

function sourceOf(
  body: unknown,
): OperationalPilotRolesSource & { calls: number } {
  const data = parseRolesResponse(body);
  return {
    calls: 0,
    async getAll() {
      this.calls += 1;
      return data;
    },
  };
}

async function processEntity(
  processor: OperationalPilotEntityProcessor,
  entity: Entity,
) {
  const emitted: CatalogProcessorResult[] = [];
  const emit = (result: CatalogProcessorResult) => emitted.push(result);
  const pre = await processor.preProcessEntity(entity);
  const post = await processor.postProcessEntity(pre, location, emit);
  const relations = emitted.flatMap(r =>
    r.type === 'relation' ? [r.relation] : [],
  );
  return { entity: post, emitted, relations };
}

describe('OperationalPilotEntityProcessor', () => {
  const body = {
    items: [
      {
        entityRef: 'component:default/payments-api',
        tier: 'T1',
        roles: {
          poa: 'user:default/alice.martin',
          opsOwner: 'group:default/run-ops',
          businessOwner: 'user:default/emma.bernard',
        },
      },
      {
        entityRef: 'component:default/bad-tier',
        tier: 'T9',
        roles: { poa: 'not a ref:::', opsOwner: 'component:default/other' },
      },
      {
        entityRef: 'system:default/checkout',
        tier: 'T2',
        roles: { opsOwner: 'run-ops' },
      },
    ],
  };

  it('labels the tier and emits the POA and ops owner relations in both directions', async () => {
    const processor = new OperationalPilotEntityProcessor({
      source: sourceOf(body),
    });
    const { entity, relations } = await processEntity(
      processor,
      component('Payments-API', { labels: { team: 'payments' } }),
    );
    expect(entity.metadata.labels).toEqual({
      team: 'payments',
      'operational-pilot.io/tier': 'T1',
    });
    const self = {
      kind: 'Component',
      namespace: 'default',
      name: 'Payments-API',
    };
    const alice = { kind: 'user', namespace: 'default', name: 'alice.martin' };
    const runOps = { kind: 'group', namespace: 'default', name: 'run-ops' };
    expect(relations).toEqual([
      { source: self, type: 'hasPoa', target: alice },
      { source: alice, type: 'poaOf', target: self },
      { source: self, type: 'hasOpsOwner', target: runOps },
      { source: runOps, type: 'opsOwnerOf', target: self },
    ]);
  });

  it('produces a label value the catalog accepts', async () => {
    const processor = new OperationalPilotEntityProcessor({
      source: sourceOf(body),
    });
    const { entity } = await processEntity(
      processor,
      component('payments-api'),
    );
    for (const [key, value] of Object.entries(entity.metadata.labels ?? {})) {
      expect(KubernetesValidatorFunctions.isValidLabelKey(key)).toBe(true);
      expect(KubernetesValidatorFunctions.isValidLabelValue(value)).toBe(true);
    }
  });

  it('leaves an entity without operational data untouched', async () => {
    const processor = new OperationalPilotEntityProcessor({
      source: sourceOf(body),
    });
    const original = component('unknown-service', { labels: { team: 'x' } });
    const { entity, emitted } = await processEntity(processor, original);
    expect(entity).toEqual(original);
    expect(emitted).toEqual([]);
  });

  it('ignores an invalid tier and role holders that are not users or groups', async () => {
    const processor = new OperationalPilotEntityProcessor({
      source: sourceOf(body),
    });
    const { entity, emitted } = await processEntity(
      processor,
      component('bad-tier'),
    );
    expect(entity.metadata.labels).toBeUndefined();
    expect(emitted).toEqual([]);
  });

  it('reads a bare holder name as a group of the entity namespace, and handles other evaluated kinds', async () => {
    const processor = new OperationalPilotEntityProcessor({
      source: sourceOf(body),
    });
    const system: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: { name: 'checkout' },
      spec: { owner: 'team-a' },
    };
    const { entity, relations } = await processEntity(processor, system);
    expect(entity.metadata.labels).toEqual({
      'operational-pilot.io/tier': 'T2',
    });
    expect(relations).toEqual([
      {
        source: { kind: 'System', namespace: 'default', name: 'checkout' },
        type: 'hasOpsOwner',
        target: { kind: 'group', namespace: 'default', name: 'run-ops' },
      },
      {
        source: { kind: 'group', namespace: 'default', name: 'run-ops' },
        type: 'opsOwnerOf',
        target: { kind: 'System', namespace: 'default', name: 'checkout' },
      },
    ]);
  });

  it('skips kinds Operational Pilot does not evaluate without asking the source', async () => {
    const source = sourceOf({
      items: [
        {
          entityRef: 'group:default/run-ops',
          tier: 'T1',
          roles: { poa: 'user:default/a' },
        },
      ],
    });
    const processor = new OperationalPilotEntityProcessor({ source });
    const group: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'run-ops' },
      spec: { type: 'team', children: [] },
    };
    const { entity, emitted } = await processEntity(processor, group);
    expect(entity).toEqual(group);
    expect(emitted).toEqual([]);
    expect(source.calls).toBe(0);
  });

  it('follows the configured kinds', async () => {
    const processor = new OperationalPilotEntityProcessor({
      source: sourceOf(body),
      kinds: ['System'],
    });
    const { entity } = await processEntity(
      processor,
      component('payments-api'),
    );
    expect(entity.metadata.labels).toBeUndefined();
  });

  it('leaves entities untouched while the source has never answered', async () => {
    const processor = new OperationalPilotEntityProcessor({
      source: { getAll: async () => undefined },
    });
    const original = component('payments-api');
    const { entity, emitted } = await processEntity(processor, original);
    expect(entity).toEqual(original);
    expect(emitted).toEqual([]);
  });
});
