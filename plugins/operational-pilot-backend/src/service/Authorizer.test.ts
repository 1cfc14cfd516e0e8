/*
 * Catalog read decisions are a round trip to the permission backend for every read: a user's decision is reused
 * for `readDecisionMs` on one replica, concurrent reads share one question, and writes always ask.
 */
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  AuthorizeResult,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import { operationsUpdatePermission } from '@operational-pilot/backstage-plugin-common';
import { readBackendOptions } from '../options';
import { Authorizer } from './Authorizer';

const ALICE = mockCredentials.user('user:default/alice');
const BOB = mockCredentials.user('user:default/bob');

/** A permissions service whose catalog read answer can change, counting the questions it gets. */
function permissionsAnswering() {
  const state = {
    read: AuthorizeResult.ALLOW as AuthorizeResult,
    asked: 0,
    fail: false,
  };
  const service = mockServices.permissions.mock();
  service.authorizeConditional.mockImplementation(async requests => {
    state.asked += 1;
    await new Promise(resolve => setTimeout(resolve, 5));
    if (state.fail) throw new Error('permission backend unavailable');
    return requests.map(
      () => ({ result: state.read } as PolicyDecision),
    ) as any;
  });
  service.authorize.mockImplementation(async requests => {
    state.asked += 1;
    return requests.map(() => ({ result: state.read })) as any;
  });
  return { state, service };
}

describe('Authorizer read decisions', () => {
  it('shares one question among concurrent reads, reuses the answer for readDecisionMs, then asks again', async () => {
    const { state, service } = permissionsAnswering();
    let now = 1_000_000;
    const authorizer = new Authorizer(mockServices.httpAuth(), service, {
      readDecisionMs: 10_000,
      clock: () => now,
    });
    const scopes = await Promise.all(
      Array.from({ length: 9 }, () => authorizer.catalogReadScope(ALICE)),
    );
    expect(scopes).toEqual(Array(9).fill('all'));
    expect(state.asked).toBe(1);

    // The policy changes: this replica's reads follow within readDecisionMs, not before.
    state.read = AuthorizeResult.DENY;
    now += 9_999;
    expect(await authorizer.catalogReadScope(ALICE)).toBe('all');
    expect(state.asked).toBe(1);
    now += 2;
    expect(await authorizer.catalogReadScope(ALICE)).toBe('none');
    expect(state.asked).toBe(2);

    // Another user has a decision of their own; a service caller needs none.
    expect(await authorizer.catalogReadScope(BOB)).toBe('none');
    expect(state.asked).toBe(3);
    expect(
      await authorizer.catalogReadScope(mockCredentials.service('plugin:x')),
    ).toBe('all');
    expect(state.asked).toBe(3);
  });

  it('keeps nothing after the answer with 0, never keeps a failure, and always asks for writes', async () => {
    const { state, service } = permissionsAnswering();
    const authorizer = new Authorizer(mockServices.httpAuth(), service, {
      readDecisionMs: 0,
    });
    await Promise.all([
      authorizer.catalogReadScope(ALICE),
      authorizer.catalogReadScope(ALICE),
    ]);
    expect(state.asked).toBe(1);
    await authorizer.catalogReadScope(ALICE);
    expect(state.asked).toBe(2);

    state.fail = true;
    await expect(authorizer.catalogReadScope(BOB)).rejects.toThrow(
      'unavailable',
    );
    state.fail = false;
    expect(await authorizer.catalogReadScope(BOB)).toBe('all');

    const cached = new Authorizer(mockServices.httpAuth(), service, {
      readDecisionMs: 60_000,
    });
    await cached.catalogReadScope(ALICE);
    const before = state.asked;
    await cached.writerFor(
      ALICE,
      operationsUpdatePermission,
      'component:default/a',
    );
    state.read = AuthorizeResult.DENY;
    await expect(
      cached.writerFor(
        ALICE,
        operationsUpdatePermission,
        'component:default/a',
      ),
    ).rejects.toThrow('may not');
    expect(state.asked).toBe(before + 2);
  });

  it('reads permissions.readDecisionSeconds: 0 by default, a negative or fractional value refused with its key', () => {
    const read = (operationalPilot: object) =>
      readBackendOptions(new ConfigReader({ operationalPilot })).readDecisionMs;
    expect(readBackendOptions(new ConfigReader({})).readDecisionMs).toBe(0);
    expect(read({ permissions: { readDecisionSeconds: 0 } })).toBe(0);
    expect(read({ permissions: { readDecisionSeconds: 30 } })).toBe(30_000);
    expect(() => read({ permissions: { readDecisionSeconds: -1 } })).toThrow(
      'operationalPilot.permissions.readDecisionSeconds',
    );
    expect(() => read({ permissions: { readDecisionSeconds: 1.5 } })).toThrow(
      'operationalPilot.permissions.readDecisionSeconds',
    );
  });
});
