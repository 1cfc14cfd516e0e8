/*
 * The API's controls on user input (README, "Controls"), over HTTP on SQLite and PostgreSQL: never a 500 for user
 * input, no silent coercion of bodies, dates that mean one thing, and HTTP semantics (If-Match, 405, one error
 * shape). Each case failed before the control existed.
 */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expect400"] }] */
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { readDemoCatalog } from './__testUtils__/catalogFiles';
import { operationalPilotPlugin } from './plugin';
import { entityRefFromPath } from './service/CatalogGateway';
import { createErrorMiddleware } from './service/errors';
import { isDateOrDateTime } from './service/validation';
import { createTestDatabases } from './testing/databases';

jest.setTimeout(120_000);

const databases = createTestDatabases();

const API = '/api/operational-pilot';
const ENTITIES = `${API}/entities`;
const COMPONENT = `${ENTITIES}/component/default/payments-api`;
const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) =>
  new Date(Date.now() + days * DAY).toISOString();

async function startBackend(knex: any) {
  const { server } = await startTestBackend({
    features: [
      operationalPilotPlugin,
      catalogServiceMock.factory({ entities: readDemoCatalog() }),
      mockServices.database.factory({ knex }),
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      mockServices.rootConfig.factory({
        data: { operationalPilot: { packs: ['core'] } },
      }),
    ],
  });
  return server;
}

/** A 400 whose fieldErrors name `path`. */
function expect400(res: request.Response, path: string) {
  expect({ status: res.status, body: res.body }).toEqual({
    status: 400,
    body: expect.objectContaining({
      error: { name: 'InputError', message: expect.stringContaining(path) },
      fieldErrors: expect.arrayContaining([expect.objectContaining({ path })]),
    }),
  });
}

function expectNoInternals(res: request.Response) {
  expect(res.status).toBeLessThan(500);
  expect(res.text).not.toMatch(/\bselect\b|\binsert\b|sqlite|postgres/i);
}

describe('isDateOrDateTime', () => {
  it('accepts real dates and zoned date-times only', () => {
    for (const ok of [
      '2026-06-30',
      '2024-02-29',
      '2026-06-30T10:00:00Z',
      '2026-06-30T10:00Z',
      '2026-06-30T10:00:00.123+02:00',
    ]) {
      expect([ok, isDateOrDateTime(ok)]).toEqual([ok, true]);
    }
    for (const bad of [
      '2026-06-30T10:00:00',
      '2026-06-31T10:00:00Z',
      '2026-02-30',
      '2025-02-29',
      '2026-06-30T24:00:00Z',
      '2026-06-30T10:60:00Z',
      '2026-06-30T10:00:00+25:00',
      '2026-06-30 10:00:00Z',
      '20260630',
    ]) {
      expect([bad, isDateOrDateTime(bad)]).toEqual([bad, false]);
    }
  });
});

describe('entityRefFromPath', () => {
  it('refuses a segment that cannot be part of an entity ref, naming the path parameter', () => {
    expect(() =>
      entityRefFromPath({
        kind: 'comp/onent',
        namespace: 'default',
        name: 'x',
      }),
    ).toThrow('request/params/kind');
    expect(() =>
      entityRefFromPath({
        kind: 'component',
        namespace: 'de:fault',
        name: 'a/b',
      }),
    ).toThrow(/params\/namespace.*params\/name/);
    expect(
      entityRefFromPath({
        kind: 'Component',
        namespace: 'default',
        name: 'payments-api',
      }),
    ).toBe('component:default/payments-api');
  });
});

describe('error middleware', () => {
  function run(error: unknown) {
    const logged: string[] = [];
    const res: any = {
      headersSent: false,
      statusCode: 0,
      body: undefined,
      status(code: number) {
        this.statusCode = code;
        return this;
      },
      json(body: unknown) {
        this.body = body;
        return this;
      },
    };
    createErrorMiddleware({ logger: { error: m => logged.push(m) } })(
      error,
      { method: 'GET', url: '/x', originalUrl: '/x' } as any,
      res,
      () => {},
    );
    return { res, logged };
  }

  it('answers an unexpected (database) error with a generic 500 and logs it', () => {
    const sqlError = Object.assign(
      new Error(
        'select * from `audit` limit 50 offset 9223372036854776000 - datatype mismatch',
      ),
      { name: 'SqliteError', code: 'SQLITE_MISMATCH' },
    );
    const { res, logged } = run(sqlError);
    expect(res.statusCode).toBe(500);
    expect(res.body.error).toEqual({
      name: 'Error',
      message: expect.stringMatching(
        /^An internal error occurred \(logId=[0-9a-f]+\)$/,
      ),
    });
    expect(JSON.stringify(res.body)).not.toContain('select');
    expect(logged[0]).toContain('datatype mismatch');
  });
});

describe.each(databases.eachSupportedId())('API controls (%s)', databaseId => {
  let server: any;
  beforeAll(async () => {
    server = await startBackend(await databases.init(databaseId));
  });

  describe('never a 500 for user input', () => {
    it('answers 400 naming the path parameter for an invalid entity ref in the path', async () => {
      const cases: Array<[string, string]> = [
        [
          `${ENTITIES}/comp%2Fonent/default/payments-api/readiness`,
          'params.kind',
        ],
        [
          `${ENTITIES}/component/de%3Afault/payments-api/readiness`,
          'params.namespace',
        ],
        [`${ENTITIES}/component/default/a%2Fb/readiness`, 'params.name'],
        [`${ENTITIES}/component/default/%2E%2E/operations`, 'params.name'],
        [`${ENTITIES}/component/default/a%3Ab/audit`, 'params.name'],
        [`${ENTITIES}/component/default/a%2Fb/evaluate`, 'params.name'],
      ];
      for (const [url, path] of cases) {
        const res = url.endsWith('/evaluate')
          ? await request(server).post(url)
          : await request(server).get(url);
        expect400(res, path);
        expectNoInternals(res);
      }
    });

    it('bounds offset, limit and days, and refuses non-decimal integers', async () => {
      const huge = '9223372036854775808';
      const cases: Array<[string, string]> = [
        [`${API}/portfolio?offset=${huge}`, 'query.offset'],
        [`${API}/portfolio?limit=${huge}`, 'query.limit'],
        [`${API}/portfolio/export.csv?offset=${huge}`, 'query.offset'],
        [`${COMPONENT}/audit?offset=${huge}`, 'query.offset'],
        [`${COMPONENT}/audit?limit=${huge}`, 'query.limit'],
        [`${COMPONENT}/history?days=${huge}`, 'query.days'],
        [`${API}/portfolio?limit=0x10`, 'query.limit'],
        [`${API}/portfolio?limit=Infinity`, 'query.limit'],
        [`${API}/portfolio?limit=1e3`, 'query.limit'],
        [`${API}/portfolio?limit=%205`, 'query.limit'],
        [`${API}/portfolio?offset=1.5`, 'query.offset'],
        [`${COMPONENT}/history?days=0x10`, 'query.days'],
        [`${API}/portfolio/trend?groupBy=owner&days=1e2`, 'query.days'],
      ];
      for (const [url, path] of cases) {
        const res = await request(server).get(url);
        expect400(res, path);
        expectNoInternals(res);
      }
      const ok = await request(server).get(
        `${API}/portfolio?limit=5&offset=1000000`,
      );
      expect(ok.status).toBe(200);
    });

    it('answers 405 with Allow for an unknown method on a known path', async () => {
      const del = await request(server).delete(`${API}/portfolio`);
      expect(del.status).toBe(405);
      expect(del.headers.allow).toBe('GET, HEAD');
      expect(del.body.error).toEqual({
        name: 'MethodNotAllowedError',
        message: expect.stringContaining('DELETE'),
      });
      const post = await request(server).post(`${COMPONENT}/readiness`);
      expect(post.status).toBe(405);
      expect(post.headers.allow).toBe('GET, HEAD');
      const put = await request(server).put(`${API}/actions/some-id`).send({});
      expect(put.status).toBe(405);
      expect(put.headers.allow).toBe('GET, PATCH, HEAD');
      const unknown = await request(server).get(`${API}/no-such-path`);
      expect(unknown.status).toBe(404);
    });
  });

  describe('an unexpected database error', () => {
    it('is a 500 whose body says nothing of the SQL', async () => {
      const knex = await databases.init(databaseId);
      const broken = await startBackend(knex);
      await knex.schema.dropTable('audit');
      const res = await request(broken).get(`${COMPONENT}/audit`);
      expect(res.status).toBe(500);
      expect(res.body.error).toEqual({
        name: 'Error',
        message: expect.stringMatching(
          /^An internal error occurred \(logId=[0-9a-f]+\)$/,
        ),
      });
      expect(JSON.stringify(res.body.error)).not.toMatch(
        /select|audit|sqlite|relation/i,
      );
    });
  });

  describe('no silent coercion of bodies', () => {
    it('refuses a body value of the wrong type, naming the property, and stores nothing', async () => {
      const before = await request(server).get(`${COMPONENT}/operations`);
      const cases: Array<[string, string]> = [
        ['{"metadata":{"serviceHours":null}}', 'metadata.serviceHours'],
        ['{"metadata":{"serviceHours":true}}', 'metadata.serviceHours'],
        ['{"metadata":{"serviceHours":1e999}}', 'metadata.serviceHours'],
        ['{"metadata":{"stateful":"true"}}', 'metadata.stateful'],
        [
          '{"metadata":{"sla":{"p1ResponseMinutes":"15"}}}',
          'metadata.sla.p1ResponseMinutes',
        ],
        [
          '{"metadata":{"sla":{"p1ResponseMinutes":null}}}',
          'metadata.sla.p1ResponseMinutes',
        ],
        ['{"metadata":{"roles":{"poa":1e999}}}', 'metadata.roles.poa'],
      ];
      for (const [body, path] of cases) {
        const res = await request(server)
          .put(`${COMPONENT}/operations`)
          .set('If-Match', before.headers.etag)
          .set('Content-Type', 'application/json')
          .send(body);
        expect400(res, path);
      }
      const after = await request(server).get(`${COMPONENT}/operations`);
      expect(after.headers.etag).toBe(before.headers.etag);
      expect(after.body.metadata).toEqual(before.body.metadata);
    });
  });

  describe('dates mean one thing', () => {
    it('refuses date-times without a time zone and impossible dates in every date field', async () => {
      const noZone = '2026-06-30T10:00:00';
      const releases = [
        [{ plannedAt: noZone }, 'plannedAt'],
        [{ plannedAt: '2026-06-31T10:00:00Z' }, 'plannedAt'],
        [
          {
            plannedAt: inDays(10),
            window: { start: noZone, end: '2026-06-30T12:00:00Z' },
          },
          'window.start',
        ],
        [
          {
            plannedAt: inDays(10),
            window: { start: '2026-06-30T10:00:00Z', end: '2026-02-30' },
          },
          'window.end',
        ],
      ] as const;
      for (const [body, path] of releases) {
        const res = await request(server)
          .post(`${COMPONENT}/releases`)
          .send({ version: '9.9.9', kind: 'major', ...body });
        expect400(res, path);
      }
      const waiver = await request(server).post(`${COMPONENT}/waivers`).send({
        criterionId: 'BCK-03',
        reason: 'restore test next week',
        expiresAt: noZone,
      });
      expect400(waiver, 'expiresAt');
      const attestation = await request(server)
        .post(`${COMPONENT}/attestations`)
        .send({
          criterionId: 'BCK-03',
          state: 'compliant',
          evidence: [{ url: 'https://x.example/restore' }],
          assessedAt: noZone,
        });
      expect400(attestation, 'assessedAt');
      const list = await request(server).get(`${COMPONENT}/releases`);
      expect(list.body.items).toEqual([]);

      // An action: waiverExpiresAt is checked even when the status does not move; dueDate stays a plain date.
      const action = await request(server).post(`${COMPONENT}/actions`).send({
        title: 'Write the runbook',
        phase: 'before',
        side: 'build',
        dueDate: '2026-12-31',
      });
      expect(action.status).toBe(201);
      const impossible = await request(server)
        .patch(`${API}/actions/${action.body.id}`)
        .set('If-Match', `"${action.body.version}"`)
        .send({ waiverExpiresAt: '2026-02-30' });
      expect400(impossible, 'waiverExpiresAt');
      const badDue = await request(server)
        .patch(`${API}/actions/${action.body.id}`)
        .set('If-Match', `"${action.body.version}"`)
        .send({ dueDate: '2026-06-31' });
      expect400(badDue, 'dueDate');
      expect(badDue.body.fieldErrors).toEqual([
        {
          path: 'dueDate',
          message: 'must be a real calendar date, YYYY-MM-DD',
        },
      ]);
      const goodDue = await request(server)
        .patch(`${API}/actions/${action.body.id}`)
        .set('If-Match', `"${action.body.version}"`)
        .send({ dueDate: '2027-01-15' });
      expect(goodDue.status).toBe(200);
      expect(goodDue.body.dueDate).toBe('2027-01-15');

      // A plain date in a date-time field is midnight UTC; a zoned date-time is accepted.
      const dated = await request(server)
        .post(`${COMPONENT}/waivers`)
        .send({
          criterionId: 'BCK-03',
          reason: 'restore test next week',
          expiresAt: inDays(20).slice(0, 10),
        });
      expect(dated.status).toBe(201);
      const zoned = await request(server)
        .post(`${COMPONENT}/releases`)
        .send({
          version: '9.9.9',
          kind: 'major',
          plannedAt: inDays(10).replace('Z', '+00:00'),
        });
      expect(zoned.status).toBe(201);
    });
  });

  describe('HTTP semantics', () => {
    it('answers 412 to a well-formed If-Match that does not match, 400 to a malformed or weak one, on every versioned write', async () => {
      const action = await request(server).post(`${COMPONENT}/actions`).send({
        title: 'Hand over the runbook',
        phase: 'before',
        side: 'build',
      });
      expect(action.status).toBe(201);
      const release = await request(server)
        .post(`${COMPONENT}/releases`)
        .send({ version: '3.0.0', kind: 'major', plannedAt: inDays(10) });
      expect(release.status).toBe(201);
      const writes = [
        () =>
          request(server)
            .put(`${COMPONENT}/operations`)
            .send({ metadata: { tier: 'T2' } }),
        () =>
          request(server)
            .patch(`${API}/actions/${action.body.id}`)
            .send({ title: 'Renamed' }),
        () =>
          request(server)
            .patch(`${API}/releases/${release.body.id}`)
            .send({ version: '3.0.1' }),
      ];
      for (const write of writes) {
        for (const tag of ['"abc"', '"999"', '"99999999999999999999"']) {
          const res = await write().set('If-Match', tag);
          expect([tag, res.status]).toEqual([tag, 412]);
          expect(Object.keys(res.body.error).sort()).toEqual([
            'message',
            'name',
          ]);
          expect(res.body.response).toEqual({ statusCode: 412 });
        }
        for (const tag of [
          'abc',
          '0',
          '1',
          'W/"0"',
          'W/"1"',
          '*',
          '"1", "2"',
        ]) {
          const res = await write().set('If-Match', tag);
          expect([tag, res.status]).toEqual([tag, 400]);
          expect(res.body.fieldErrors).toEqual([
            expect.objectContaining({ path: 'headers.if-match' }),
          ]);
        }
        const weak = await write().set('If-Match', 'W/"1"');
        expect(weak.body.error.message).toMatch(/weak ETag/);
        const missing = await write();
        expect(missing.status).toBe(428);
        expect(Object.keys(missing.body.error).sort()).toEqual([
          'message',
          'name',
        ]);
      }
      const operations = await request(server).get(`${COMPONENT}/operations`);
      expect(operations.headers.etag).toBe('"0"');
    });

    it('names an unknown property by its own name and a missing one by its path', async () => {
      const nested = await request(server)
        .put(`${COMPONENT}/operations`)
        .set('If-Match', '"0"')
        .send({ metadata: { sla: { availabilty: 99.9 } } });
      expect400(nested, 'metadata.sla.availabilty');
      const top = await request(server)
        .put(`${COMPONENT}/operations`)
        .set('If-Match', '"0"')
        .send({ metadata: {}, extra: 1 });
      expect400(top, 'extra');
      const missingMetadata = await request(server)
        .put(`${COMPONENT}/operations`)
        .set('If-Match', '"0"')
        .send({});
      expect400(missingMetadata, 'metadata');
      const missing = await request(server)
        .post(`${COMPONENT}/waivers`)
        .send({ criterionId: 'BCK-03', expiresAt: inDays(10) });
      expect400(missing, 'reason');
      const query = await request(server).get(`${API}/portfolio?offest=10`);
      expect400(query, 'query.offest');
    });

    it('stores and returns the reason of a rejected waiver', async () => {
      const waiver = await request(server)
        .post(`${COMPONENT}/waivers`)
        .send({
          criterionId: 'BCK-03',
          reason: 'runbook being rewritten',
          expiresAt: inDays(10),
        });
      expect(waiver.status).toBe(201);
      const rejected = await request(server)
        .post(`${API}/waivers/${waiver.body.id}/reject`)
        .send({ reason: 'write the runbook first' });
      expect(rejected.status).toBe(200);
      expect(rejected.body).toMatchObject({
        status: 'rejected',
        rejectionReason: 'write the runbook first',
      });
      const list = await request(server).get(`${COMPONENT}/waivers`);
      expect(list.body.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            id: waiver.body.id,
            rejectionReason: 'write the runbook first',
          }),
        ]),
      );
      const typo = await request(server)
        .post(`${API}/waivers/${waiver.body.id}/reject`)
        .send({ reasn: 'x' });
      expect400(typo, 'reasn');
    });
  });
});
