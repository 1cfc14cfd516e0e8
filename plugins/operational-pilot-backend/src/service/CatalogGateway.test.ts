import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { CatalogGateway } from './CatalogGateway';
import { callerKey } from './inFlight';

const ORDERS: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'orders', namespace: 'default' },
  spec: { type: 'service', owner: 'team-orders' },
};
const REF = 'component:default/orders';

/** A catalog whose `getEntityByRef` counts its calls and answers only when the test releases it. */
function slowCatalog(answer: () => Promise<Entity | undefined>) {
  const calls: { ref: string; credentials: BackstageCredentials }[] = [];
  const pending: (() => void)[] = [];
  const catalog = {
    async getEntityByRef(
      ref: string,
      options: { credentials: BackstageCredentials },
    ) {
      calls.push({ ref, credentials: options.credentials });
      await new Promise<void>(resolve => pending.push(resolve));
      return answer();
    },
  } as unknown as CatalogService;
  const release = async () => {
    // Let every caller reach the catalog (or join a read) before answering.
    await new Promise(resolve => setImmediate(resolve));
    pending.splice(0).forEach(resolve => resolve());
  };
  return {
    gateway: new CatalogGateway(catalog, mockServices.auth()),
    calls,
    release,
  };
}

describe('CatalogGateway.getVisibleEntity', () => {
  it('shares one catalog read between concurrent calls of the same user for the same ref', async () => {
    const { gateway, calls, release } = slowCatalog(async () => ORDERS);
    const alice = mockCredentials.user('user:default/alice');
    const reads = [
      gateway.getVisibleEntity(REF, alice),
      gateway.getVisibleEntity(REF, alice),
      gateway.getVisibleEntity('Component:default/Orders', alice),
      gateway.getVisibleEntity(REF, mockCredentials.user('user:default/alice')),
      gateway.getVisibleEntity(REF, alice),
      gateway.getVisibleEntity(REF, alice),
    ];
    await release();
    const entities = await Promise.all(reads);
    expect(calls).toHaveLength(1);
    expect(entities.every(entity => entity === ORDERS)).toBe(true);
  });

  it('reads again once a read settled: nothing is kept', async () => {
    const { gateway, calls, release } = slowCatalog(async () => ORDERS);
    const alice = mockCredentials.user('user:default/alice');
    for (let i = 0; i < 3; i++) {
      const read = gateway.getVisibleEntity(REF, alice);
      await release();
      await read;
    }
    expect(calls).toHaveLength(3);
  });

  it('never shares between callers, nor for different refs', async () => {
    const { gateway, calls, release } = slowCatalog(async () => ORDERS);
    const alice = mockCredentials.user('user:default/alice');
    const reads = [
      gateway.getVisibleEntity(REF, alice),
      gateway.getVisibleEntity(REF, mockCredentials.user('user:default/bob')),
      gateway.getVisibleEntity(REF, mockCredentials.service('plugin:catalog')),
      gateway.getVisibleEntity(REF, mockCredentials.service('plugin:search')),
      gateway.getVisibleEntity('component:default/billing', alice),
    ];
    await release();
    await Promise.all(reads);
    expect(calls.map(c => c.credentials.principal)).toEqual([
      alice.principal,
      expect.objectContaining({ userEntityRef: 'user:default/bob' }),
      expect.objectContaining({ subject: 'plugin:catalog' }),
      expect.objectContaining({ subject: 'plugin:search' }),
      alice.principal,
    ]);
  });

  it('never shares for callers without an identity', async () => {
    const { gateway, calls, release } = slowCatalog(async () => ORDERS);
    const reads = [
      gateway.getVisibleEntity(REF, mockCredentials.none()),
      gateway.getVisibleEntity(REF, mockCredentials.none()),
      gateway.getVisibleEntity(REF, {
        $$type: '@backstage/BackstageCredentials',
        principal: { type: 'unknown' },
      } as unknown as BackstageCredentials),
    ];
    await release();
    await Promise.all(reads);
    expect(calls).toHaveLength(3);
  });

  it('gives a failure to every waiter and reads again on the next call', async () => {
    let answer: () => Promise<Entity | undefined> = async () => undefined;
    const { gateway, calls, release } = slowCatalog(() => answer());
    const alice = mockCredentials.user('user:default/alice');
    const missing = [
      gateway.getVisibleEntity(REF, alice),
      gateway.getVisibleEntity(REF, alice),
    ];
    await release();
    for (const read of missing) {
      await expect(read).rejects.toMatchObject({ name: 'NotFoundError' });
    }
    expect(calls).toHaveLength(1);

    answer = async () => {
      throw new Error('catalog unavailable');
    };
    const failing = [
      gateway.getVisibleEntity(REF, alice),
      gateway.getVisibleEntity(REF, alice),
    ];
    await release();
    for (const read of failing) {
      await expect(read).rejects.toThrow('catalog unavailable');
    }
    expect(calls).toHaveLength(2);

    answer = async () => ORDERS;
    const retry = gateway.getVisibleEntity(REF, alice);
    await release();
    await expect(retry).resolves.toBe(ORDERS);
    expect(calls).toHaveLength(3);
  });
});

describe('callerKey', () => {
  it('tells callers apart exactly', () => {
    const keys = [
      callerKey(mockCredentials.user('user:default/alice')),
      callerKey(mockCredentials.user('user:default/Alice')),
      callerKey(
        mockCredentials.user('user:default/alice', {
          actor: { subject: 'plugin:scaffolder' },
        }),
      ),
      callerKey(mockCredentials.service('plugin:catalog')),
      callerKey(
        mockCredentials.service('plugin:catalog', {
          permissionNames: ['catalog.entity.read'],
        }),
      ),
      callerKey(mockCredentials.service('user:default/alice')),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(callerKey(mockCredentials.none())).toBeUndefined();
  });
});
