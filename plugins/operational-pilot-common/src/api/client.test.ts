import { ResponseError } from '@backstage/errors';
import {
  OperationalPilotClient,
  buildQuery,
  getErrorStatus,
  getFieldErrors,
  toEntityPath,
  toEtag,
} from './client';

const BASE = 'http://localhost:7007/api/operational-pilot';

type Call = { url: string; init: RequestInit };

function jsonResponse(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status: init.status ?? 200,
    statusText: init.status && init.status >= 400 ? 'Error' : 'OK',
    headers: { 'content-type': 'application/json', ...init.headers },
  });
}

function setup(
  respond: (call: Call) => Response = () => jsonResponse({ items: [] }),
) {
  const calls: Call[] = [];
  const fetchFn = jest.fn(async (input: any, init?: RequestInit) => {
    const call = { url: String(input), init: init ?? {} };
    calls.push(call);
    return respond(call);
  });
  const getBaseUrl = jest.fn(async (_pluginId: string) => BASE);
  const client = new OperationalPilotClient({
    discoveryApi: { getBaseUrl },
    fetchApi: { fetch: fetchFn as unknown as typeof fetch },
  });
  const headers = (i = 0) =>
    (calls[i].init.headers ?? {}) as Record<string, string>;
  return { client, calls, fetchFn, getBaseUrl, headers };
}

const entity = { kind: 'Component', namespace: 'default', name: 'billing-api' };

describe('helpers', () => {
  it('quotes etags once', () => {
    expect(toEtag(3)).toBe('"3"');
    expect(toEtag('3')).toBe('"3"');
    expect(toEtag('"3"')).toBe('"3"');
    expect(toEtag('W/"3"')).toBe('W/"3"');
  });

  it('converts entity refs and triples into paths', () => {
    expect(toEntityPath('component:default/billing-api')).toEqual({
      kind: 'component',
      namespace: 'default',
      name: 'billing-api',
    });
    expect(toEntityPath('API:payments/orders')).toEqual({
      kind: 'api',
      namespace: 'payments',
      name: 'orders',
    });
    expect(toEntityPath('component:billing-api').namespace).toBe('default');
    expect(toEntityPath({ kind: 'System', namespace: '', name: 'x' })).toEqual({
      kind: 'system',
      namespace: 'default',
      name: 'x',
    });
    expect(() => toEntityPath('billing-api')).toThrow();
  });

  it('builds query strings with repeated array parameters and no empty values', () => {
    expect(
      buildQuery({ a: ['x', 'y'], b: undefined, c: '', d: 0, e: null }),
    ).toBe('?a=x&a=y&d=0');
    expect(buildQuery({})).toBe('');
    expect(buildQuery({ q: 'a b&c' })).toBe('?q=a+b%26c');
  });

  it('reads field errors from the body, wherever the server put them', () => {
    expect(
      getFieldErrors({
        body: { fieldErrors: [{ path: 'sla.availability', message: 'bad' }] },
      }),
    ).toEqual([{ path: 'sla.availability', message: 'bad' }]);
    expect(
      getFieldErrors({
        body: { error: { fieldErrors: [{ path: 'tier', message: 'x' }, 3] } },
      }),
    ).toEqual([{ path: 'tier', message: 'x' }]);
    expect(getFieldErrors(new Error('x'))).toEqual([]);
    expect(getFieldErrors(undefined)).toEqual([]);
    expect(getErrorStatus({ statusCode: 412 })).toBe(412);
    expect(getErrorStatus(new Error('x'))).toBeUndefined();
  });
});

describe('OperationalPilotClient', () => {
  it('discovers the backend with the plugin id and sends JSON accept headers', async () => {
    const { client, calls, getBaseUrl, headers } = setup(() =>
      jsonResponse({ categories: [], criteria: [] }),
    );
    await client.getModel();
    expect(getBaseUrl).toHaveBeenCalledWith('operational-pilot');
    expect(calls[0].url).toBe(`${BASE}/model`);
    expect(calls[0].init.method).toBe('GET');
    expect(headers().Accept).toBe('application/json');
  });

  it('reads the model once for concurrent and recent callers, and again after a failure', async () => {
    let fail = true;
    const { client, calls } = setup(() =>
      fail
        ? new Response('{"error":{"name":"Error","message":"down"}}', {
            status: 503,
            headers: { 'Content-Type': 'application/json' },
          })
        : jsonResponse({ categories: [], criteria: [] }),
    );
    await expect(client.getModel()).rejects.toThrow();
    fail = false;
    const [first, second] = await Promise.all([
      client.getModel(),
      client.getModel(),
    ]);
    expect(second).toBe(first);
    await client.getModel();
    expect(calls.map(c => c.url)).toEqual([`${BASE}/model`, `${BASE}/model`]);
  });

  it('tolerates a trailing slash in the discovered base URL', async () => {
    const { client, calls, getBaseUrl } = setup(() => jsonResponse({}));
    getBaseUrl.mockResolvedValueOnce(`${BASE}/`);
    await client.getModel();
    expect(calls[0].url).toBe(`${BASE}/model`);
  });

  it('builds entity paths from triples and refs, and encodes them', async () => {
    const { client, calls } = setup(() => jsonResponse({ score: 1 }));
    await client.getReadiness(entity);
    await client.getReadiness('resource:ops/db one');
    await client.evaluate(entity);
    expect(calls[0].url).toBe(
      `${BASE}/entities/component/default/billing-api/readiness`,
    );
    expect(calls[1].url).toBe(
      `${BASE}/entities/resource/ops/db%20one/readiness`,
    );
    expect(calls[2].url).toBe(
      `${BASE}/entities/component/default/billing-api/evaluate`,
    );
    expect(calls[2].init.method).toBe('POST');
  });

  it('returns the operations record with its ETag', async () => {
    const record = {
      entityRef: 'component:default/billing-api',
      version: 4,
      metadata: {},
    };
    const { client } = setup(() =>
      jsonResponse(record, { headers: { ETag: '"4"' } }),
    );
    await expect(client.getOperations(entity)).resolves.toEqual({
      record,
      etag: '"4"',
    });
  });

  it('falls back to the record version when the ETag header is not exposed', async () => {
    const record = {
      entityRef: 'component:default/billing-api',
      version: 0,
      metadata: {},
    };
    const { client } = setup(() => jsonResponse(record));
    await expect(client.getOperations(entity)).resolves.toEqual({
      record,
      etag: '"0"',
    });
  });

  it('saves operations with If-Match and returns the new ETag', async () => {
    const record = { entityRef: 'x', version: 5, metadata: { tier: 'T2' } };
    const { client, calls, headers } = setup(() =>
      jsonResponse(record, { headers: { ETag: '"5"' } }),
    );
    const result = await client.putOperations(entity, { tier: 'T2' }, 4);
    expect(calls[0].url).toBe(
      `${BASE}/entities/component/default/billing-api/operations`,
    );
    expect(calls[0].init.method).toBe('PUT');
    expect(headers()['If-Match']).toBe('"4"');
    expect(headers()['Content-Type']).toBe('application/json');
    expect(JSON.parse(calls[0].init.body as string)).toEqual({
      metadata: { tier: 'T2' },
    });
    expect(result).toEqual({ record, etag: '"5"' });
  });

  it('maps a 412 to a ResponseError with its status code', async () => {
    const { client } = setup(() =>
      jsonResponse(
        {
          error: { name: 'PreconditionFailedError', message: 'stale' },
          response: { statusCode: 412 },
        },
        { status: 412 },
      ),
    );
    const error = await client
      .putOperations(entity, {}, '"1"')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError).statusCode).toBe(412);
    expect((error as ResponseError).cause.message).toBe('stale');
  });

  it('keeps field errors of a 400 readable', async () => {
    const { client } = setup(() =>
      jsonResponse(
        {
          error: { name: 'InputError', message: 'invalid metadata' },
          response: { statusCode: 400 },
          fieldErrors: [{ path: 'sla.availability', message: 'must be ≤ 100' }],
        },
        { status: 400 },
      ),
    );
    const error = await client.putOperations(entity, {}, 1).catch(e => e);
    expect(getErrorStatus(error)).toBe(400);
    expect((error as ResponseError).cause.name).toBe('InputError');
    expect(getFieldErrors(error)).toEqual([
      { path: 'sla.availability', message: 'must be ≤ 100' },
    ]);
  });

  it('maps a non-JSON error body to a ResponseError too', async () => {
    const { client } = setup(
      () =>
        new Response('gateway down', {
          status: 502,
          statusText: 'Bad Gateway',
        }),
    );
    const error = await client.getModel().catch(e => e);
    expect(ResponseError.is(error)).toBe(true);
    expect(error.statusCode).toBe(502);
  });

  it('posts attestations and waivers, and acts on waivers', async () => {
    const { client, calls } = setup(call =>
      call.init.method === 'DELETE'
        ? new Response(null, { status: 204 })
        : jsonResponse({ id: 'w1' }),
    );
    await client.listAttestations(entity);
    await client.createAttestation(entity, {
      criterionId: 'BCK-03',
      state: 'compliant',
      evidence: [{ url: 'https://example.com/drill' }],
    });
    await client.listWaivers(entity);
    await client.requestWaiver(entity, {
      criterionId: 'BCK-03',
      reason: 'r',
      expiresAt: '2030-01-01',
    });
    await client.approveWaiver('w/1');
    await client.rejectWaiver('w1', 'no');
    await expect(client.revokeWaiver('w1')).resolves.toBeUndefined();
    const e = `${BASE}/entities/component/default/billing-api`;
    expect(calls.map(c => `${c.init.method} ${c.url}`)).toEqual([
      `GET ${e}/attestations`,
      `POST ${e}/attestations`,
      `GET ${e}/waivers`,
      `POST ${e}/waivers`,
      `POST ${BASE}/waivers/w%2F1/approve`,
      `POST ${BASE}/waivers/w1/reject`,
      `DELETE ${BASE}/waivers/w1`,
    ]);
    expect(JSON.parse(calls[1].init.body as string).criterionId).toBe('BCK-03');
    expect(JSON.parse(calls[5].init.body as string)).toEqual({ reason: 'no' });
  });

  it('countersigns and approves attestations, and decides operations proposals', async () => {
    const { client, calls } = setup(call =>
      call.url.endsWith('/operations')
        ? jsonResponse(
            {
              entityRef: 'component:default/billing-api',
              version: 2,
              metadata: { tier: 'T2' },
              proposal: { id: 'p1', status: 'pending', changes: [] },
              held: ['tier'],
            },
            { status: 202, headers: { ETag: '"2"' } },
          )
        : jsonResponse({ id: 'a1', version: 3, metadata: {} }),
    );
    await client.countersignAttestation('a/1');
    await client.approveAttestation('a1');
    const held = await client.putOperations(entity, { tier: 'T3' }, 1);
    expect(held).toEqual({
      record: {
        entityRef: 'component:default/billing-api',
        version: 2,
        metadata: { tier: 'T2' },
      },
      etag: '"2"',
      proposal: { id: 'p1', status: 'pending', changes: [] },
      held: ['tier'],
    });
    await client.acceptOperationsProposal(entity, 'p1', 'ok');
    await client.rejectOperationsProposal(entity, 'p/2');
    const e = `${BASE}/entities/component/default/billing-api`;
    expect(calls.map(c => `${c.init.method} ${c.url}`)).toEqual([
      `POST ${BASE}/attestations/a%2F1/countersign`,
      `POST ${BASE}/attestations/a1/approve`,
      `PUT ${e}/operations`,
      `POST ${e}/operations/proposals/p1/accept`,
      `POST ${e}/operations/proposals/p%2F2/reject`,
    ]);
    expect(JSON.parse(calls[3].init.body as string)).toEqual({ comment: 'ok' });
  });

  it('lists actions with repeated filters and patches them with If-Match', async () => {
    const { client, calls, headers } = setup(() => jsonResponse({ items: [] }));
    await client.listActions(entity, {
      status: ['open', 'in_progress'],
      phase: 'before',
    });
    await client.listActions(entity);
    await client.createAction(entity, {
      title: 'Write runbooks',
      phase: 'before',
      side: 'build',
    });
    await client.updateAction('a1', { status: 'in_progress' }, 7);
    const e = `${BASE}/entities/component/default/billing-api`;
    expect(calls[0].url).toBe(
      `${e}/actions?status=open&status=in_progress&phase=before`,
    );
    expect(calls[1].url).toBe(`${e}/actions`);
    expect(calls[2].init.method).toBe('POST');
    expect(calls[3].url).toBe(`${BASE}/actions/a1`);
    expect(calls[3].init.method).toBe('PATCH');
    expect(headers(3)['If-Match']).toBe('"7"');
    expect(JSON.parse(calls[3].init.body as string)).toEqual({
      status: 'in_progress',
    });
  });

  it('manages releases', async () => {
    const { client, calls, headers } = setup(() => jsonResponse({ items: [] }));
    await client.listReleases(entity);
    await client.createRelease(entity, {
      version: '2.0.0',
      kind: 'major',
      plannedAt: '2030-01-01T20:00:00Z',
    });
    await client.updateRelease('r1', { status: 'go_no_go' }, 2);
    expect(calls[0].url).toBe(
      `${BASE}/entities/component/default/billing-api/releases`,
    );
    expect(calls[1].init.method).toBe('POST');
    expect(calls[2].url).toBe(`${BASE}/releases/r1`);
    expect(calls[2].init.method).toBe('PATCH');
    expect(headers(2)['If-Match']).toBe('"2"');
  });

  it('reads gates, decisions and approvers, and records decisions', async () => {
    const { client, calls } = setup(() => jsonResponse({ items: [] }));
    await client.getRelease('r 1');
    await client.getReleaseGates('r1');
    await client.listDecisions('r1');
    await client.getDecisionApprovers('r1');
    await client.recordDecision('r1', {
      decision: 'go',
      approvers: ['user:default/a'],
      overrideReason: 'accepted by the CAB',
    });
    expect(calls.map(c => c.url)).toEqual([
      `${BASE}/releases/r%201`,
      `${BASE}/releases/r1/gate`,
      `${BASE}/releases/r1/decisions`,
      `${BASE}/releases/r1/decision-approvers`,
      `${BASE}/releases/r1/decisions`,
    ]);
    expect(calls[4].init.method).toBe('POST');
    expect(JSON.parse(calls[4].init.body as string)).toEqual({
      decision: 'go',
      approvers: ['user:default/a'],
      overrideReason: 'accepted by the CAB',
    });
  });

  it('signs the hand-over and records the outcome', async () => {
    const { client, calls } = setup(() => jsonResponse({ id: 'r1' }));
    await client.signHandover('r1', { role: 'opsOwner', comment: 'ok' });
    await client.recordOutcome('r1', {
      outcome: 'success_with_incidents',
      incidents: ['INC-1'],
      lessons: [{ title: 'Automate the smoke tests' }],
    });
    expect(calls[0].url).toBe(`${BASE}/releases/r1/handover/signatures`);
    expect(calls[0].init.method).toBe('POST');
    expect(JSON.parse(calls[0].init.body as string)).toEqual({
      role: 'opsOwner',
      comment: 'ok',
    });
    expect(calls[1].url).toBe(`${BASE}/releases/r1/outcome`);
    expect(JSON.parse(calls[1].init.body as string)).toMatchObject({
      outcome: 'success_with_incidents',
      lessons: [{ title: 'Automate the smoke tests' }],
    });
  });

  it('previews and creates the release checklist', async () => {
    const { client, calls } = setup(() => jsonResponse({ items: [] }));
    await client.previewChecklist('r1');
    await client.createChecklist('r1', [
      { title: 'Smoke tests', phase: 'during', side: 'run', priority: 'major' },
    ]);
    await client.createChecklist('r1');
    expect(calls.every(c => c.url === `${BASE}/releases/r1/checklist`)).toBe(
      true,
    );
    expect(calls.every(c => c.init.method === 'POST')).toBe(true);
    expect(JSON.parse(calls[0].init.body as string)).toEqual({
      preview: true,
    });
    expect(JSON.parse(calls[1].init.body as string)).toEqual({
      items: [
        {
          title: 'Smoke tests',
          phase: 'during',
          side: 'run',
          priority: 'major',
        },
      ],
    });
    expect(JSON.parse(calls[2].init.body as string)).toEqual({});
  });

  it('downloads the CAB dossier as HTML or Markdown, in a language', async () => {
    const { client, calls, headers } = setup(
      () =>
        new Response('# Dossier', {
          status: 200,
          headers: { 'content-type': 'text/markdown' },
        }),
    );
    expect(await client.getDossier('r1', 'markdown')).toBe('# Dossier');
    await client.getDossier('r1', 'html', 'fr');
    expect(calls[0].url).toBe(`${BASE}/releases/r1/dossier`);
    expect(headers(0).Accept).toBe('text/markdown');
    expect(calls[1].url).toBe(`${BASE}/releases/r1/dossier?lang=fr`);
    expect(headers(1).Accept).toBe('text/html');
  });

  it('reads the release calendar and the change success with the portfolio filters', async () => {
    const { client, calls } = setup(() => jsonResponse({ items: [] }));
    await client.getReleaseCalendar({
      from: '2030-01-01',
      to: '2030-03-31',
      owner: ['group:default/a'],
      verdict: ['not-ready'],
      lifecycleMismatch: true,
    });
    await client.getChangeSuccess({
      groupBy: 'system',
      months: 6,
      tier: ['T1'],
    });
    await client.getReleaseCalendar();
    const calendar = new URL(calls[0].url);
    expect(calendar.pathname).toBe('/api/operational-pilot/portfolio/releases');
    expect(calendar.searchParams.get('from')).toBe('2030-01-01');
    expect(calendar.searchParams.get('to')).toBe('2030-03-31');
    expect(calendar.searchParams.get('owner')).toBe('group:default/a');
    expect(calendar.searchParams.get('verdict')).toBe('not-ready');
    expect(calendar.searchParams.get('lifecycleMismatch')).toBe('true');
    expect(calls[1].url).toBe(
      `${BASE}/portfolio/change-success?groupBy=system&months=6&tier=T1`,
    );
    expect(calls[2].url).toBe(`${BASE}/portfolio/releases`);
  });

  it('filters the portfolio on lifecycle mismatches', async () => {
    const { client, calls } = setup(() =>
      jsonResponse({ items: [], totalItems: 0, summary: {} }),
    );
    await client.getPortfolio({ lifecycleMismatch: true });
    await client.getPortfolio({ lifecycleMismatch: false });
    expect(calls[0].url).toBe(`${BASE}/portfolio?lifecycleMismatch=true`);
    expect(calls[1].url).toBe(`${BASE}/portfolio`);
  });

  it('reads history and audit with their query parameters', async () => {
    const { client, calls } = setup(() => jsonResponse({ items: [] }));
    await client.getHistory(entity, { days: 90 });
    await client.getAudit(entity, { limit: 20, offset: 40 });
    await client.getAudit(entity);
    const e = `${BASE}/entities/component/default/billing-api`;
    expect(calls.map(c => c.url)).toEqual([
      `${e}/history?days=90`,
      `${e}/audit?limit=20&offset=40`,
      `${e}/audit`,
    ]);
  });

  it('queries the portfolio with repeated array filters, sort and page', async () => {
    const { client, calls } = setup(() =>
      jsonResponse({ items: [], totalItems: 0, summary: {} }),
    );
    await client.getPortfolio({
      owner: ['group:default/a', 'group:default/b'],
      tier: ['T1'],
      verdict: ['not-ready', 'ready-with-reservations'],
      level: ['gold'],
      poa: ['user:default/p'],
      kind: ['component'],
      system: ['payments'],
      q: 'bill',
      orderBy: 'score',
      order: 'asc',
      limit: 25,
      offset: 50,
    });
    const url = new URL(calls[0].url);
    expect(url.pathname).toBe('/api/operational-pilot/portfolio');
    expect(url.searchParams.getAll('owner')).toEqual([
      'group:default/a',
      'group:default/b',
    ]);
    expect(url.searchParams.getAll('verdict')).toEqual([
      'not-ready',
      'ready-with-reservations',
    ]);
    expect(url.searchParams.get('tier')).toBe('T1');
    expect(url.searchParams.get('level')).toBe('gold');
    expect(url.searchParams.get('poa')).toBe('user:default/p');
    expect(url.searchParams.get('kind')).toBe('component');
    expect(url.searchParams.get('system')).toBe('payments');
    expect(url.searchParams.get('q')).toBe('bill');
    expect(url.searchParams.get('orderBy')).toBe('score');
    expect(url.searchParams.get('order')).toBe('asc');
    expect(url.searchParams.get('limit')).toBe('25');
    expect(url.searchParams.get('offset')).toBe('50');

    await client.getPortfolio();
    expect(calls[1].url).toBe(`${BASE}/portfolio`);
  });

  it('builds the CSV export URL without paging, and downloads it', async () => {
    const { client, calls } = setup(
      () =>
        new Response('entityRef,score\n', {
          status: 200,
          headers: { 'content-type': 'text/csv' },
        }),
    );
    const url = await client.getPortfolioExportUrl({
      verdict: ['not-ready'],
      limit: 25,
      offset: 25,
      orderBy: 'score',
    });
    expect(url).toBe(
      `${BASE}/portfolio/export.csv?verdict=not-ready&orderBy=score`,
    );
    const blob = await client.exportPortfolioCsv({ q: 'x' });
    expect(await blob.text()).toBe('entityRef,score\n');
    expect(calls[0].url).toBe(`${BASE}/portfolio/export.csv?q=x`);
    await client.exportPortfolioCsv({ q: 'x' }, { lang: 'fr' });
    expect(new Headers(calls[1].init.headers).get('accept-language')).toBe(
      'fr',
    );
  });

  it('reads the portfolio trend', async () => {
    const { client, calls } = setup(() =>
      jsonResponse({ groupBy: 'owner', series: [] }),
    );
    await client.getPortfolioTrend({ groupBy: 'owner', days: 30 });
    expect(calls[0].url).toBe(`${BASE}/portfolio/trend?groupBy=owner&days=30`);
  });

  it('reads the heat map and the most failing criteria with the portfolio filters', async () => {
    const heatmap = { categories: ['SEC'], totalTeams: 0, teams: [] };
    const { client, calls } = setup(call =>
      jsonResponse(
        call.url.includes('heatmap')
          ? heatmap
          : { evaluatedEntities: 0, totalCriteria: 0, criteria: [] },
      ),
    );
    expect(
      await client.getPortfolioHeatmap({
        limit: 5,
        owner: ['group:default/a', 'group:default/b'],
        verdict: ['not-ready'],
      }),
    ).toEqual(heatmap);
    await client.getPortfolioFailingCriteria({ limit: 3, tier: ['T1'] });
    await client.getPortfolioFailingCriteria();
    expect(calls.map(c => c.url)).toEqual([
      `${BASE}/portfolio/heatmap?owner=group%3Adefault%2Fa&owner=group%3Adefault%2Fb&verdict=not-ready&limit=5`,
      `${BASE}/portfolio/failing-criteria?tier=T1&limit=3`,
      `${BASE}/portfolio/failing-criteria`,
    ]);
  });

  it('surfaces 403 and 404 as ResponseErrors', async () => {
    const { client } = setup(call =>
      call.url.endsWith('readiness')
        ? jsonResponse(
            {
              error: { name: 'NotFoundError', message: 'no such entity' },
              response: { statusCode: 404 },
            },
            { status: 404 },
          )
        : jsonResponse(
            {
              error: { name: 'NotAllowedError', message: 'nope' },
              response: { statusCode: 403 },
            },
            { status: 403 },
          ),
    );
    await expect(client.getReadiness(entity)).rejects.toMatchObject({
      statusCode: 404,
    });
    await expect(
      client.createAction(entity, { title: 't', phase: 'run', side: 'run' }),
    ).rejects.toMatchObject({ statusCode: 403, name: 'ResponseError' });
  });
});
