import { mockServices } from '@backstage/backend-test-utils';
import {
  HttpOperationalPilotRolesSource,
  parseRolesResponse,
} from './OperationalPilotRolesSource';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

const answer = {
  items: [
    {
      entityRef: 'Component:default/Payments-API',
      tier: 'T1',
      roles: {
        poa: 'user:default/alice.martin',
        opsOwner: 'group:default/run-ops',
      },
    },
  ],
};

function setup(options: { cacheSeconds?: number; retrySeconds?: number } = {}) {
  let clock = 1_000_000;
  const fetchMock = jest.fn(async (_url: string, _init?: RequestInit) =>
    jsonResponse(answer),
  );
  const logger = { warn: jest.fn(), debug: jest.fn() };
  const auth = mockServices.auth();
  const source = new HttpOperationalPilotRolesSource({
    discovery: {
      getBaseUrl: async pluginId => `http://backstage.test/api/${pluginId}`,
    },
    auth,
    logger,
    fetch: fetchMock as unknown as typeof fetch,
    now: () => clock,
    ...options,
  });
  return {
    source,
    fetchMock,
    logger,
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

describe('HttpOperationalPilotRolesSource', () => {
  it('reads the bulk endpoint with a service token for operational-pilot', async () => {
    const { source, fetchMock } = setup();
    const all = await source.getAll();
    expect(all?.get('component:default/payments-api')).toEqual({
      tier: 'T1',
      roles: {
        poa: 'user:default/alice.martin',
        opsOwner: 'group:default/run-ops',
      },
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe(
      'http://backstage.test/api/operational-pilot/operations/roles',
    );
    const authorization = (init?.headers as Record<string, string>)
      .Authorization;
    // mockServices.auth issues tokens that name the target plugin.
    expect(authorization).toMatch(/^Bearer /);
    expect(authorization).toContain('operational-pilot');
  });

  it('makes one request per cache period, however many entities are processed', async () => {
    const { source, fetchMock, advance } = setup({ cacheSeconds: 60 });
    await Promise.all(Array.from({ length: 50 }, () => source.getAll()));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    advance(59_000);
    for (let i = 0; i < 100; i++) await source.getAll();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    advance(1_000);
    await source.getAll();
    await source.getAll();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('keeps the last answer when a refresh fails, and retries after the retry delay', async () => {
    const { source, fetchMock, logger, advance } = setup({
      cacheSeconds: 60,
      retrySeconds: 5,
    });
    await source.getAll();
    advance(60_000);
    fetchMock.mockResolvedValueOnce(jsonResponse({ error: 'down' }, 503));
    const stale = await source.getAll();
    expect(stale?.get('component:default/payments-api')?.tier).toBe('T1');
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(/503.*keeping the last answer/),
    );
    expect(fetchMock).toHaveBeenCalledTimes(2);
    advance(4_000);
    await source.getAll();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    advance(1_000);
    await source.getAll();
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('answers undefined until a first read succeeds', async () => {
    const { source, fetchMock, advance } = setup({ retrySeconds: 10 });
    fetchMock.mockRejectedValueOnce(new Error('ECONNREFUSED'));
    expect(await source.getAll()).toBeUndefined();
    expect(await source.getAll()).toBeUndefined();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    advance(10_000);
    expect((await source.getAll())?.size).toBe(1);
  });
});

describe('parseRolesResponse', () => {
  it('skips malformed items, invalid tiers and non-string holders', () => {
    const parsed = parseRolesResponse({
      items: [
        null,
        { tier: 'T1', roles: {} },
        {
          entityRef: 'component:default/a',
          tier: 't1',
          roles: { poa: 42, opsOwner: 'group:default/x' },
        },
        {
          entityRef: 'component:default/b',
          tier: 'T3',
          roles: ['user:default/x'],
        },
      ],
    });
    expect([...parsed.entries()]).toEqual([
      ['component:default/a', { roles: { opsOwner: 'group:default/x' } }],
      ['component:default/b', { tier: 'T3', roles: {} }],
    ]);
  });

  it('refuses an answer without items', () => {
    expect(() => parseRolesResponse({ error: 'x' })).toThrow(/items/);
  });
});
