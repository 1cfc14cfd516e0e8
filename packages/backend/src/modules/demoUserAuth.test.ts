import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import authPlugin from '@backstage/plugin-auth-backend';
import request from 'supertest';
import { authModuleDemoUserProvider } from './demoUserAuth';

jest.setTimeout(60_000);

const user = (name: string, memberOf: string[], displayName: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: {
    profile: { displayName, email: `${name}@meridian.example` },
    memberOf,
  },
  relations: memberOf.map(group => ({
    type: 'memberOf',
    targetRef: `group:default/${group}`,
  })),
});

function decodeClaims(token: string) {
  return JSON.parse(
    Buffer.from(token.split('.')[1], 'base64url').toString('utf8'),
  );
}

async function start(providerConfig: object | undefined) {
  const { server } = await startTestBackend({
    features: [
      authPlugin,
      authModuleDemoUserProvider,
      catalogServiceMock.factory({
        entities: [
          user('alice.martin', ['poa-office'], 'Alice Martin'),
          user('bruno.lefevre', ['run-ops'], 'Bruno Lefèvre'),
        ],
      }),
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          auth: {
            environment: 'development',
            providers: providerConfig ? { demoUser: providerConfig } : {},
          },
        },
      }),
    ],
  });
  return server;
}

const CONFIGURED = {
  signIn: { resolvers: [{ resolver: 'userEntityRefMatchingDemoUser' }] },
};

describe('demoUser auth provider', () => {
  const nodeEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  it('signs in as a demo user of the catalog, with its groups and profile', async () => {
    process.env.NODE_ENV = 'development';
    const server = await start(CONFIGURED);
    const res = await request(server)
      .get('/api/auth/demoUser/refresh')
      .set('x-demo-user', 'bruno.lefevre')
      .set('X-Requested-With', 'XMLHttpRequest');
    expect(res.status).toBe(200);
    expect(res.body.profile).toEqual({
      displayName: 'Bruno Lefèvre',
      email: 'bruno.lefevre@meridian.example',
    });
    expect(res.body.backstageIdentity.identity).toEqual({
      type: 'user',
      userEntityRef: 'user:default/bruno.lefevre',
      ownershipEntityRefs: expect.arrayContaining([
        'user:default/bruno.lefevre',
        'group:default/run-ops',
      ]),
    });
    expect(decodeClaims(res.body.backstageIdentity.token).sub).toBe(
      'user:default/bruno.lefevre',
    );
  });

  it('refuses a user outside the catalog, a missing or malformed user name', async () => {
    process.env.NODE_ENV = 'development';
    const server = await start(CONFIGURED);
    const refresh = (name?: string) => {
      const req = request(server)
        .get('/api/auth/demoUser/refresh')
        .set('X-Requested-With', 'XMLHttpRequest');
      return name === undefined ? req : req.set('x-demo-user', name);
    };
    const unknown = await refresh('ghost.user');
    expect(unknown.status).toBe(403);
    expect(unknown.body.error.message).toMatch(
      /user:default\/ghost.user is not a User of the catalog/,
    );
    expect((await refresh()).status).toBe(401);
    expect((await refresh('../group:default/run-ops')).status).toBe(400);
  });

  it('is not wired when not configured', async () => {
    process.env.NODE_ENV = 'development';
    const server = await start(undefined);
    const res = await request(server)
      .get('/api/auth/demoUser/refresh')
      .set('x-demo-user', 'alice.martin')
      .set('X-Requested-With', 'XMLHttpRequest');
    expect(res.status).toBe(404);
  });

  it('refuses to work outside development', async () => {
    process.env.NODE_ENV = 'production';
    const server = await start(CONFIGURED);
    const res = await request(server)
      .get('/api/auth/demoUser/refresh')
      .set('x-demo-user', 'alice.martin')
      .set('X-Requested-With', 'XMLHttpRequest');
    expect(res.status).toBe(403);
  });
});
