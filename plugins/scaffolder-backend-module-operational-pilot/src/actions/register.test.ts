import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import type { ActionContext } from '@backstage/plugin-scaffolder-node';
import {
  createOperationalPilotRegisterAction,
  operationsTabPath,
} from './register';

const ALICE = 'user:default/alice.martin';
const JULIE = 'user:default/julie.laurent';
const KNOWN = new Set([
  'component:default/order-service',
  'component:default/payments-api',
]);

interface Stored {
  version: number;
  metadata: Record<string, any>;
  updatedBy?: string;
}

/**
 * A fake Operational Pilot backend: `GET`/`PUT /api/operational-pilot/entities/{kind}/{ns}/{name}/operations` with
 * the real API's contract (If-Match, 404 unknown entity, 400 with fieldErrors, 202 proposal for a non-POA).
 */
class FakeOperationalPilot {
  readonly records = new Map<string, Stored>();
  readonly requests: Array<{
    method: string;
    url: string;
    ifMatch?: string;
    caller?: string;
    target?: string;
    body?: any;
  }> = [];
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer(async (req, res) => {
      const body = await readBody(req);
      const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      const claims = token.startsWith('mock-service-token:')
        ? JSON.parse(token.slice('mock-service-token:'.length))
        : {};
      this.requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        ifMatch: req.headers['if-match'] as string | undefined,
        caller: claims.obo,
        target: claims.target,
        body,
      });
      const send = (
        status: number,
        json: unknown,
        headers: Record<string, string> = {},
      ) => {
        res.writeHead(status, {
          'Content-Type': 'application/json; charset=utf-8',
          ...headers,
        });
        res.end(JSON.stringify(json));
      };
      const error = (
        status: number,
        name: string,
        message: string,
        extra = {},
      ) =>
        send(status, {
          error: { name, message },
          response: { statusCode: status },
          ...extra,
        });

      const match =
        /^\/api\/operational-pilot\/entities\/([^/]+)\/([^/]+)\/([^/]+)\/operations$/.exec(
          req.url ?? '',
        );
      if (!match) return error(404, 'NotFoundError', 'no route');
      const ref = `${decodeURIComponent(match[1])}:${decodeURIComponent(
        match[2],
      )}/${decodeURIComponent(match[3])}`.toLocaleLowerCase('en-US');
      if (!claims.obo) {
        return error(401, 'AuthenticationError', 'a user token is required');
      }
      if (!KNOWN.has(ref)) {
        return error(404, 'NotFoundError', `No entity ${ref} in the catalog`);
      }
      const current = this.records.get(ref) ?? { version: 0, metadata: {} };
      if (req.method === 'GET') {
        return send(
          200,
          { entityRef: ref, ...current },
          { ETag: `"${current.version}"` },
        );
      }
      if (req.method !== 'PUT') return error(405, 'Error', 'method');
      const ifMatch = req.headers['if-match'];
      if (!ifMatch) {
        return error(428, 'PreconditionRequiredError', 'send If-Match');
      }
      const fieldErrors: Array<{ path: string; message: string }> = [];
      for (const [role, holder] of Object.entries(
        body?.metadata?.roles ?? {},
      )) {
        if (!/^(user|group):/.test(String(holder))) {
          fieldErrors.push({
            path: `metadata.roles.${role}`,
            message: 'must be a user or group entity ref',
          });
        }
      }
      if (fieldErrors.length > 0) {
        return error(
          400,
          'InputError',
          `Invalid request: ${fieldErrors
            .map(e => `${e.path}: ${e.message}`)
            .join('; ')}`,
          { fieldErrors },
        );
      }
      if (ifMatch !== `"${current.version}"`) {
        return error(
          412,
          'PreconditionFailedError',
          'The record was changed by someone else',
        );
      }
      const next: Stored = {
        version: current.version + 1,
        metadata: body.metadata,
        updatedBy: claims.obo,
      };
      if (claims.obo !== ALICE) {
        // Not the POA: the sensitive fields are held as a proposal, the rest applies.
        const { tier, roles, ...rest } = body.metadata;
        next.metadata = rest;
        this.records.set(ref, next);
        const held = [
          ...(tier ? ['tier'] : []),
          ...Object.keys(roles ?? {}).map(role => `roles.${role}`),
        ];
        return send(
          202,
          {
            entityRef: ref,
            ...next,
            proposal: {
              id: 'p1',
              entityRef: ref,
              status: 'pending',
              changes: [],
              proposedBy: claims.obo,
              proposedAt: '2026-12-03T09:00:00Z',
            },
            held,
          },
          { ETag: `"${next.version}"` },
        );
      }
      this.records.set(ref, next);
      return send(
        200,
        { entityRef: ref, ...next },
        { ETag: `"${next.version}"` },
      );
    });
    await new Promise<void>(resolve =>
      this.server!.listen(0, '127.0.0.1', () => resolve()),
    );
    const { port } = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${port}/api/operational-pilot`;
  }

  async stop() {
    await new Promise<void>(resolve => this.server?.close(() => resolve()));
  }
}

async function readBody(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

function mockContext(
  input: Record<string, unknown>,
  options: { user?: string; isDryRun?: boolean } = {},
) {
  const outputs: Record<string, unknown> = {};
  const logger = mockServices.logger.mock();
  const ctx = {
    input,
    logger,
    workspacePath: '/tmp/workspace',
    task: { id: 'task-1' },
    isDryRun: options.isDryRun,
    output: (name: string, value: unknown) => {
      outputs[name] = value;
    },
    checkpoint: async ({ fn }: { fn: () => Promise<unknown> }) => fn(),
    createTemporaryDirectory: async () => '/tmp/workspace/tmp',
    getInitiatorCredentials: async () =>
      mockCredentials.user(options.user ?? ALICE),
  } as unknown as ActionContext<any, any>;
  return { ctx, outputs, logger };
}

describe('operational-pilot:register', () => {
  const fake = new FakeOperationalPilot();
  let baseUrl: string;

  beforeAll(async () => {
    baseUrl = await fake.start();
  });
  afterAll(() => fake.stop());
  beforeEach(() => {
    fake.records.clear();
    fake.requests.length = 0;
  });

  function action() {
    return createOperationalPilotRegisterAction({
      discovery: {
        getBaseUrl: async pluginId => {
          expect(pluginId).toBe('operational-pilot');
          return baseUrl;
        },
      },
      auth: mockServices.auth(),
      appBaseUrl: 'http://localhost:3000/',
    });
  }

  it('publishes its input and output schemas', () => {
    const { schema, id, supportsDryRun } = action();
    expect(id).toBe('operational-pilot:register');
    expect(supportsDryRun).toBe(true);
    const input = schema?.input as any;
    expect(input.required).toEqual(
      expect.arrayContaining(['entityRef', 'tier']),
    );
    expect(input.properties.tier.enum).toEqual(['T1', 'T2', 'T3']);
    expect(Object.keys(input.properties.roles.properties)).toEqual([
      'poa',
      'opsOwner',
      'businessOwner',
      'serviceOwner',
    ]);
    expect(Object.keys((schema?.output as any).properties)).toEqual(
      expect.arrayContaining(['operationsUrl', 'status', 'version']),
    );
  });

  it('opens the operational record with If-Match "0", on behalf of the user who runs the template', async () => {
    const { ctx, outputs } = mockContext({
      entityRef: 'component:default/order-service',
      tier: 'T2',
      roles: {
        poa: ALICE,
        opsOwner: 'group:default/run-ops',
        businessOwner: '',
      },
      serviceHours: 'Mon-Fri 08:00-20:00 Europe/Paris',
      stateful: true,
    });
    await action().handler(ctx);

    expect(fake.requests).toEqual([
      expect.objectContaining({
        method: 'PUT',
        url: '/api/operational-pilot/entities/component/default/order-service/operations',
        ifMatch: '"0"',
        caller: ALICE,
        target: 'operational-pilot',
        body: {
          metadata: {
            tier: 'T2',
            // The empty business owner (an unset template parameter) is left out.
            roles: { poa: ALICE, opsOwner: 'group:default/run-ops' },
            serviceHours: 'Mon-Fri 08:00-20:00 Europe/Paris',
            stateful: true,
          },
        },
      }),
    ]);
    expect(fake.records.get('component:default/order-service')).toMatchObject({
      version: 1,
      updatedBy: ALICE,
      metadata: { tier: 'T2' },
    });
    expect(outputs).toEqual({
      entityRef: 'component:default/order-service',
      operationsUrl:
        'http://localhost:3000/catalog/default/component/order-service/operational-pilot',
      status: 'created',
      version: 1,
    });
  });

  it('reports the fields held as a proposal when the user is not the POA', async () => {
    const { ctx, outputs, logger } = mockContext(
      {
        entityRef: 'component:default/order-service',
        tier: 'T3',
        roles: { poa: ALICE },
        stateful: false,
      },
      { user: JULIE },
    );
    await action().handler(ctx);
    expect(fake.requests[0].caller).toBe(JULIE);
    expect(outputs).toMatchObject({
      status: 'proposed',
      held: ['tier', 'roles.poa'],
      version: 1,
    });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('tier, roles.poa held as a proposal for the POA'),
    );
  });

  it('fails the step with the API refusal, naming the invalid field as the action input', async () => {
    const { ctx } = mockContext({
      entityRef: 'component:default/order-service',
      tier: 'T1',
      roles: { poa: 'component:default/payments-api' },
    });
    await expect(action().handler(ctx)).rejects.toThrow(
      'Operational Pilot refused the operational record of component:default/order-service (400): roles.poa: must be a user or group entity ref',
    );
    expect(fake.records.size).toBe(0);
  });

  it('fails clearly for an entity the catalog does not know', async () => {
    const { ctx } = mockContext({
      entityRef: 'component:default/nope',
      tier: 'T1',
    });
    await expect(action().handler(ctx)).rejects.toThrow(
      /\(404\): No entity component:default\/nope in the catalog/,
    );
  });

  it('refuses an entity ref without its kind before calling the API', async () => {
    const { ctx } = mockContext({ entityRef: 'order-service', tier: 'T1' });
    await expect(action().handler(ctx)).rejects.toThrow(
      /entityRef: must be a full entity ref/,
    );
    expect(fake.requests).toEqual([]);
  });

  it('writes nothing in a dry run', async () => {
    const { ctx, outputs, logger } = mockContext(
      {
        entityRef: 'component:default/order-service',
        tier: 'T2',
        roles: { poa: ALICE },
      },
      { isDryRun: true },
    );
    await action().handler(ctx);
    expect(fake.requests).toEqual([]);
    expect(fake.records.size).toBe(0);
    expect(outputs).toEqual({
      entityRef: 'component:default/order-service',
      operationsUrl:
        'http://localhost:3000/catalog/default/component/order-service/operational-pilot',
      status: 'dry-run',
      version: 0,
    });
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringContaining('Dry run: would open the operational record'),
    );
  });

  describe('when the entity already has an operational record', () => {
    beforeEach(() => {
      fake.records.set('component:default/payments-api', {
        version: 4,
        metadata: { tier: 'T1', roles: { poa: ALICE } },
        updatedBy: 'user:default/helene.petit',
      });
    });

    it('fails by default, leaving the record unchanged and saying what exists', async () => {
      const { ctx } = mockContext({
        entityRef: 'component:default/payments-api',
        tier: 'T3',
      });
      await expect(action().handler(ctx)).rejects.toThrow(
        'component:default/payments-api already has an operational record (version 4, tier T1, POA user:default/alice.martin, last changed by user:default/helene.petit); it was not changed. Edit it in the Operational pilot tab (http://localhost:3000/catalog/default/component/payments-api/operational-pilot), or set ifExists: keep to accept an existing record.',
      );
      expect(fake.records.get('component:default/payments-api')).toMatchObject({
        version: 4,
        metadata: { tier: 'T1' },
      });
      expect(fake.requests.map(r => r.method)).toEqual(['PUT', 'GET']);
    });

    it('keeps and reports it with ifExists: keep', async () => {
      const { ctx, outputs } = mockContext({
        entityRef: 'component:default/payments-api',
        tier: 'T3',
        ifExists: 'keep',
      });
      await action().handler(ctx);
      expect(outputs).toMatchObject({ status: 'existing', version: 4 });
      expect(fake.records.get('component:default/payments-api')).toMatchObject({
        version: 4,
        metadata: { tier: 'T1' },
      });
    });
  });

  it('fails clearly when the Operational Pilot backend cannot be reached', async () => {
    const unreachable = createOperationalPilotRegisterAction({
      discovery: { getBaseUrl: async () => 'http://127.0.0.1:1/api/x' },
      auth: mockServices.auth(),
    });
    const { ctx } = mockContext({
      entityRef: 'component:default/order-service',
      tier: 'T2',
    });
    await expect(unreachable.handler(ctx)).rejects.toThrow(
      /^Could not reach Operational Pilot to open the operational record of component:default\/order-service/,
    );
  });

  it('links to the tab with the lower-cased kind and namespace, as the catalog routes do', () => {
    expect(operationsTabPath('System:Prod/Checkout')).toBe(
      '/catalog/prod/system/Checkout/operational-pilot',
    );
  });
});
