import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import {
  OperationalPilotCollatorFactory,
  OperationalPilotDocument,
} from './OperationalPilotCollatorFactory';

const BASE = 'http://backstage.test/api/operational-pilot';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

const paymentsItem = {
  entityRef: 'component:default/payments-api',
  title: 'Payments API',
  kind: 'Component',
  owner: 'group:default/payments-team',
  system: 'system:default/checkout',
  tier: 'T1',
  tierDeclared: true,
  poa: 'user:default/alice.martin',
  score: 62,
  verdict: 'not-ready',
  level: 'bronze',
  blockers: 1,
};

function item(name: string) {
  return {
    entityRef: `component:default/${name}`,
    title: name,
    kind: 'Component',
    tier: 'T3',
    score: 90,
    verdict: 'ready-for-run',
    level: 'gold',
    blockers: 0,
  };
}

const rolesAnswer = {
  items: [
    {
      entityRef: 'component:default/payments-api',
      tier: 'T1',
      roles: {
        poa: 'user:default/alice.martin',
        opsOwner: 'group:default/run-ops',
      },
    },
  ],
};

const paymentsReadiness = {
  entityRef: 'component:default/payments-api',
  blockers: ['OWN-03'],
  reservations: ['BCK-03'],
  criteria: [
    { id: 'OWN-03', title: 'Run roles assigned' },
    { id: 'BCK-03', title: 'Restore tested' },
    { id: 'OBS-01', title: 'Monitoring dashboard' },
  ],
};

const people: Record<string, Entity> = {
  'user:default/alice.martin': {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'alice.martin', namespace: 'default' },
    spec: { profile: { displayName: 'Alice Martin' } },
  },
  'group:default/run-ops': {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'run-ops', namespace: 'default', title: 'Run Ops' },
    spec: { profile: { displayName: 'Run operations' } },
  },
};

type Route = (url: URL) => Response | undefined;

function setup(
  options: {
    portfolio?: Array<ReturnType<typeof item> | typeof paymentsItem>;
    pageSize?: number;
    criteria?: boolean;
    route?: Route;
  } = {},
) {
  const portfolio = options.portfolio ?? [paymentsItem];
  const fetchMock = jest.fn(async (input: string, _init?: RequestInit) => {
    const url = new URL(input);
    const routed = options.route?.(url);
    if (routed) return routed;
    const path = url.pathname.replace('/api/operational-pilot', '');
    if (path === '/operations/roles') return jsonResponse(rolesAnswer);
    if (path === '/portfolio') {
      const limit = Number(url.searchParams.get('limit'));
      const offset = Number(url.searchParams.get('offset'));
      return jsonResponse({
        items: portfolio.slice(offset, offset + limit),
        totalItems: portfolio.length,
        summary: {},
      });
    }
    if (path === '/entities/component/default/payments-api/readiness') {
      return jsonResponse(paymentsReadiness);
    }
    const readiness = path.match(
      /^\/entities\/component\/default\/([^/]+)\/readiness$/,
    );
    if (readiness) {
      return jsonResponse({ blockers: [], reservations: [], criteria: [] });
    }
    return jsonResponse({ error: { message: 'not found' } }, 404);
  });
  const catalog = {
    getEntitiesByRefs: jest.fn(async (request: { entityRefs: string[] }) => ({
      items: request.entityRefs.map(ref => people[ref]),
    })),
  };
  const factory = new OperationalPilotCollatorFactory({
    discovery: {
      getBaseUrl: async pluginId => `http://backstage.test/api/${pluginId}`,
    },
    auth: mockServices.auth(),
    catalog: catalog as any,
    fetch: fetchMock as unknown as typeof fetch,
    pageSize: options.pageSize,
    criteria: options.criteria,
  });
  return { factory, fetchMock, catalog };
}

async function collate(
  factory: OperationalPilotCollatorFactory,
): Promise<OperationalPilotDocument[]> {
  const documents: OperationalPilotDocument[] = [];
  for await (const document of await factory.getCollator()) {
    documents.push(document);
  }
  return documents;
}

function pathsOf(fetchMock: jest.Mock): string[] {
  return fetchMock.mock.calls.map(([url]) => {
    const parsed = new URL(url as string);
    return `${parsed.pathname.replace('/api/operational-pilot', '')}${
      parsed.search
    }`;
  });
}

describe('OperationalPilotCollatorFactory', () => {
  it('indexes readiness, roles with display names and blocking criteria, pointing to the tab', async () => {
    const { factory } = setup();
    expect(factory.type).toBe('operational-pilot');
    expect(factory.visibilityPermission.name).toBe('catalog.entity.read');
    const [document, ...rest] = await collate(factory);
    expect(rest).toEqual([]);
    expect(document).toEqual({
      title: 'Payments API — T1 — Not ready',
      text:
        'Payments API — Component component:default/payments-api — T1 — Not ready (score 62%, level bronze)' +
        ' — POA user:default/alice.martin (Alice Martin)' +
        ' — ops owner group:default/run-ops (Run operations)' +
        ' — owner group:default/payments-team — system system:default/checkout' +
        ' — blockers: OWN-03 Run roles assigned — reservations: BCK-03 Restore tested',
      location: '/catalog/default/component/payments-api/operational-pilot',
      authorization: { resourceRef: 'component:default/payments-api' },
      entityRef: 'component:default/payments-api',
      kind: 'Component',
      namespace: 'default',
      name: 'payments-api',
      owner: 'group:default/payments-team',
      system: 'system:default/checkout',
      tier: 'T1',
      verdict: 'not-ready',
      score: 62,
      level: 'bronze',
      poa: 'user:default/alice.martin',
      roles: [
        'POA user:default/alice.martin (Alice Martin)',
        'ops owner group:default/run-ops (Run operations)',
      ],
      blockers: ['OWN-03'],
      reservations: ['BCK-03'],
    });
  });

  it('finds the entity by the words a POA types', async () => {
    const { factory } = setup();
    const [document] = await collate(factory);
    const words = `${document.title} ${document.text}`.toLocaleLowerCase();
    for (const query of [
      'payments api poa',
      'not ready t1',
      'alice martin',
      'run roles assigned',
    ]) {
      for (const word of query.split(' ')) expect(words).toContain(word);
    }
  });

  it('pages through the portfolio within its limits, and indexes each entity once', async () => {
    const portfolio = ['a', 'b', 'c', 'd', 'e'].map(item);
    const { factory, fetchMock } = setup({ portfolio, pageSize: 2 });
    const documents = await collate(factory);
    expect(documents.map(d => d.name)).toEqual(['a', 'b', 'c', 'd', 'e']);
    const portfolioCalls = pathsOf(fetchMock).filter(p =>
      p.startsWith('/portfolio'),
    );
    expect(portfolioCalls).toEqual([
      '/portfolio?limit=2&offset=0&orderBy=entityRef&order=asc',
      '/portfolio?limit=2&offset=2&orderBy=entityRef&order=asc',
      '/portfolio?limit=2&offset=4&orderBy=entityRef&order=asc',
    ]);
    // The roles are read once, not per page.
    expect(
      pathsOf(fetchMock).filter(p => p === '/operations/roles'),
    ).toHaveLength(1);
  });

  it('never asks for more than the API allows per page', async () => {
    const { factory, fetchMock } = setup({ pageSize: 10_000 });
    await collate(factory);
    expect(pathsOf(fetchMock)).toContain(
      '/portfolio?limit=500&offset=0&orderBy=entityRef&order=asc',
    );
  });

  it('skips an entity repeated by a page shift', async () => {
    const a = item('a');
    const b = item('b');
    const { factory } = setup({ portfolio: [a, b, b, item('c')], pageSize: 2 });
    const documents = await collate(factory);
    expect(documents.map(d => d.name)).toEqual(['a', 'b', 'c']);
  });

  it('calls the Operational Pilot API with a service token for operational-pilot', async () => {
    const { factory, fetchMock, catalog } = setup();
    await collate(factory);
    expect(fetchMock).toHaveBeenCalled();
    for (const [url, init] of fetchMock.mock.calls) {
      expect(url).toMatch(new RegExp(`^${BASE}/`));
      const authorization = (init?.headers as Record<string, string>)
        .Authorization;
      // mockServices.auth issues service tokens that name the target plugin.
      expect(authorization).toMatch(/^Bearer /);
      expect(
        JSON.parse(authorization.slice('Bearer mock-service-token:'.length)),
      ).toEqual(expect.objectContaining({ target: 'operational-pilot' }));
    }
    // The catalog is read as the module's own service.
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledWith(
      expect.objectContaining({
        entityRefs: expect.arrayContaining([
          'user:default/alice.martin',
          'group:default/run-ops',
        ]),
      }),
      {
        credentials: expect.objectContaining({
          principal: expect.objectContaining({ type: 'service' }),
        }),
      },
    );
  });

  it('does not read each readiness when criteria are turned off', async () => {
    const { factory, fetchMock } = setup({ criteria: false });
    const [document] = await collate(factory);
    expect(pathsOf(fetchMock).some(p => p.includes('/readiness'))).toBe(false);
    expect(document.blockers).toEqual([]);
    // The portfolio's count of blockers still says there are some.
    expect(document.text).toContain('blockers: 1');
  });

  it('fails the collation with the API error, so the previous index is kept', async () => {
    const { factory } = setup({
      route: url =>
        url.pathname.endsWith('/portfolio')
          ? jsonResponse(
              { error: { name: 'Error', message: 'database is down' } },
              503,
            )
          : undefined,
    });
    await expect(collate(factory)).rejects.toThrow(
      /GET http:\/\/backstage\.test\/api\/operational-pilot\/portfolio\?limit=500&offset=0.* answered 503.*database is down/,
    );
  });

  it('fails when the roles cannot be read', async () => {
    const { factory } = setup({
      route: url =>
        url.pathname.endsWith('/operations/roles')
          ? jsonResponse({ error: { message: 'no' } }, 401)
          : undefined,
    });
    await expect(collate(factory)).rejects.toThrow(
      /operations\/roles answered 401/,
    );
  });

  it('fails on a readiness error, but skips an entity removed meanwhile (404)', async () => {
    const gone = setup({
      portfolio: [paymentsItem, item('b')],
      route: url =>
        url.pathname.endsWith('/payments-api/readiness')
          ? jsonResponse({ error: { message: 'gone' } }, 404)
          : undefined,
    });
    const documents = await collate(gone.factory);
    expect(documents.map(d => d.name)).toEqual(['payments-api', 'b']);
    expect(documents[0].blockers).toEqual([]);

    const failing = setup({
      route: url =>
        url.pathname.endsWith('/readiness')
          ? jsonResponse({ error: { message: 'boom' } }, 500)
          : undefined,
    });
    await expect(collate(failing.factory)).rejects.toThrow(
      /readiness answered 500.*boom/,
    );
  });
});
