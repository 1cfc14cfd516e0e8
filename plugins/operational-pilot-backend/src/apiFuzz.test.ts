/*
 * Property-based fuzzing of the whole HTTP API, driven by the OpenAPI document: for every operation of `spec`,
 * random valid and invalid path parameters, query strings, If-Match headers and bodies (generated from the
 * operation's schemas, then mutated) against a real backend with the demo catalog, on SQLite and PostgreSQL.
 * Properties: never a 5xx; and a rejected write (4xx) changes nothing in the plugin's tables.
 * Bounded: NUM_RUNS per operation (OP_FUZZ_RUNS overrides it), so that a database takes well under a minute.
 */
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import fc from 'fast-check';
import type { Knex } from 'knex';
import request from 'supertest';
import { readDemoCatalog } from './__testUtils__/catalogFiles';
import { operationalPilotPlugin } from './plugin';
import { spec } from './schema/openapi.generated';
import {
  resolveRef,
  SpecOperation,
  specPaths,
} from './service/openapiOperations';
import { createTestDatabases } from './testing/databases';

jest.setTimeout(180_000);

const NUM_RUNS = Number(process.env.OP_FUZZ_RUNS ?? 25);
const SEED = Number(process.env.OP_FUZZ_SEED ?? 20261203);

const databases = createTestDatabases();
const API = '/api/operational-pilot';
const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) =>
  new Date(Date.now() + days * DAY).toISOString();

const ENTITY_TRIPLES = [
  ['component', 'default', 'payments-api'],
  ['system', 'default', 'checkout'],
  ['component', 'default', 'no-such-entity'],
];
const PEOPLE = [
  'user:default/alice',
  'group:default/payments-team',
  'user:default/mock',
];

/** Path segments a client could send (already URL-encoded), many of them invalid. */
const weirdSegment = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '%2F',
      '..',
      '%2E%2E',
      'a%3Ab',
      '%00',
      '%C3%BC',
      '%25',
      'a.b',
      '-a',
      'x'.repeat(300),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.string({ maxLength: 20 }).map(s => encodeURIComponent(s)),
  },
);

type Json = any;

/** `arbitrary` once in `n` times, `undefined` otherwise. */
function rarely<T>(
  arbitrary: fc.Arbitrary<T>,
  n: number,
): fc.Arbitrary<T | undefined> {
  return fc.oneof(
    { weight: n - 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary },
  );
}

/** Values of a schema: mostly valid, from its own constraints. */
function valueOf(
  schema: Json,
  ids: string[],
  depth = 0,
  name = '',
): fc.Arbitrary<unknown> {
  const s = resolveRef(spec, schema);
  if (!s || depth > 6) return fc.constant(undefined);
  if (s.enum) return fc.constantFrom(...s.enum);
  for (const key of ['oneOf', 'anyOf']) {
    if (s[key])
      return fc.oneof(
        ...s[key].map((b: Json) => valueOf(b, ids, depth + 1, name)),
      );
  }
  const types: string[] = [s.type ?? []].flat();
  if (types.length > 1) {
    return fc.oneof(
      ...types.map(t => valueOf({ ...s, type: t }, ids, depth + 1, name)),
    );
  }
  switch (types[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({
        min: s.minimum ?? -5,
        max: Math.min(s.maximum ?? 1000, 1_000_000),
      });
    case 'number':
      return fc.double({
        min: s.minimum ?? s.exclusiveMinimum ?? -5,
        max: s.maximum ?? 1000,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'array':
      return fc.array(valueOf(s.items ?? {}, ids, depth + 1, name), {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 3, 3),
      });
    case 'object': {
      const props = Object.entries(s.properties ?? {}).filter(
        ([, p]: [string, Json]) => !p.deprecated,
      );
      const required: string[] = s.required ?? [];
      return fc.record(
        Object.fromEntries(
          props.map(([k, p]) => [k, valueOf(p, ids, depth + 1, k)]),
        ),
        {
          requiredKeys: required.filter(k =>
            props.some(([prop]) => prop === k),
          ),
        },
      );
    }
    case 'string':
      return stringOf(s, ids, name);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

const CRITERIA = ['BCK-03', 'REL-02', 'DOC-01', 'KT-04', 'OWN-01', 'NOPE-99'];

function stringOf(s: Json, ids: string[], name: string): fc.Arbitrary<string> {
  if (name === 'criterionId') return fc.constantFrom(...CRITERIA);
  if (/Id$/.test(name))
    return fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 8 }));
  if (name === 'version') return fc.constantFrom('2.0.1', '3.0.0', '');
  const format: string | undefined = s.format;
  if (format === 'date') {
    return fc.oneof(
      fc
        .date({
          min: new Date('2020-01-01'),
          max: new Date('2035-12-31'),
          noInvalidDate: true,
        })
        .map(d => d.toISOString().slice(0, 10)),
      fc.constantFrom('2026-02-30', '2026-06-31', '2026-13-01'),
    );
  }
  if (format === 'date-or-date-time') {
    return fc.oneof(
      fc.integer({ min: -30, max: 400 }).map(d => inDays(d)),
      fc.integer({ min: 1, max: 60 }).map(d => inDays(d).slice(0, 10)),
      fc.constantFrom(
        '2026-06-30T10:00:00',
        '2026-06-31T10:00:00Z',
        '2026-02-30',
        '2026-06-30T10:00:00+02:00',
      ),
    );
  }
  const pattern: string | undefined = s.pattern;
  if (pattern?.startsWith('^https?')) {
    return fc
      .webUrl({ validSchemes: ['https', 'http'] })
      .filter(u => u.length <= (s.maxLength ?? 2000));
  }
  if (pattern?.includes('[A-Za-z0-9_-]+:'))
    return fc.constantFrom(...PEOPLE, 'component:default/payments-api');
  if (pattern) return fc.constant('x');
  const min = s.minLength ?? 0;
  const max = Math.min(s.maxLength ?? 40, 40);
  return fc.oneof(
    fc.string({ minLength: min, maxLength: Math.max(min, max) }),
    fc.constantFrom(
      ...ids,
      'BCK-03',
      'REL-02',
      'OWN-01',
      'T1',
      'nul\u0000byte',
    ),
  );
}

/** A valid-looking value with one part replaced by arbitrary JSON, an unknown key, or a key removed. */
function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      valid,
      fc.nat(),
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('replace', 'add', 'remove'),
    )
    .map(([value, index, junk, how]) => {
      const copy = JSON.parse(JSON.stringify(value ?? {}));
      const objects: Json[] = [];
      const walk = (v: Json) => {
        if (v && typeof v === 'object') {
          objects.push(v);
          Object.values(v).forEach(walk);
        }
      };
      walk(copy);
      if (objects.length === 0) return junk;
      const target = objects[index % objects.length];
      const keys = Object.keys(target);
      if (how === 'add' || keys.length === 0) {
        target[
          Array.isArray(target) ? target.length : `unexpected${index % 7}`
        ] = junk;
      } else if (how === 'remove') {
        if (Array.isArray(target)) target.splice(index % keys.length, 1);
        else delete target[keys[index % keys.length]];
      } else {
        target[keys[index % keys.length]] = junk;
      }
      return copy;
    });
}

function requestArbitrary(op: SpecOperation, ids: string[]) {
  const pathParams = op.parameters.filter(p => p.in === 'path');
  const queryParams = op.parameters.filter(p => p.in === 'query');
  // A known entity; one time in four, one of its segments replaced by a weird one.
  const triple = fc
    .tuple(
      fc.constantFrom(...ENTITY_TRIPLES),
      rarely(fc.tuple(fc.nat(2), weirdSegment), 3),
    )
    .map(([known, weird]) => {
      const segments = [...known];
      if (weird) segments[weird[0]] = weird[1];
      return segments;
    });
  const id = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...ids) },
    { weight: 1, arbitrary: weirdSegment },
  );
  const queryValue = (p: Json) =>
    fc.oneof(
      {
        weight: 16,
        arbitrary: valueOf(p.schema, ids).map(v =>
          Array.isArray(v) ? v.map(String) : String(v),
        ),
      },
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          '9223372036854775808',
          '-1',
          '0x10',
          '1e3',
          ' 5',
          'Infinity',
          '',
          'null',
          '%',
        ),
      },
      { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
    );
  const query = fc
    .tuple(
      fc.record(
        Object.fromEntries(
          queryParams.map(p => [
            p.name,
            p.required
              ? queryValue(p)
              : fc.option(queryValue(p), { nil: undefined, freq: 2 }),
          ]),
        ),
      ),
      rarely(fc.string({ maxLength: 5 }), 20),
    )
    .map(([known, unknown]) => {
      const defined = Object.fromEntries(
        Object.entries(known).filter(([, v]) => v !== undefined),
      );
      return unknown === undefined
        ? defined
        : { ...defined, unknownParam: unknown };
    });
  const body = op.bodySchema
    ? fc.oneof(
        { weight: 4, arbitrary: valueOf(op.bodySchema, ids) },
        { weight: 2, arbitrary: mutated(valueOf(op.bodySchema, ids)) },
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
      )
    : rarely(fc.jsonValue({ maxDepth: 2 }), 15);
  // CURRENT: the ETag the resource has when the request is sent.
  const ifMatch = fc.oneof(
    { weight: 4, arbitrary: fc.constant('CURRENT') },
    { weight: 1, arbitrary: fc.constant(undefined) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '"0"',
        '"1"',
        '"abc"',
        'W/"1"',
        '1',
        '*',
        '"1", "2"',
        '"99999999999"',
      ),
    },
  );
  return fc
    .record({
      triple,
      id,
      query,
      body,
      ifMatch,
      rawBody: rarely(
        fc.constantFrom('{"a":1e999}', '{', '[]', 'null', '"x"'),
        15,
      ),
    })
    .map(r => {
      let url = op.path;
      const entitySegments: Record<string, string> = {
        kind: r.triple[0],
        namespace: r.triple[1],
        name: r.triple[2],
      };
      for (const p of pathParams) {
        url = url.replace(`{${p.name}}`, entitySegments[p.name] ?? r.id);
      }
      const qs = Object.entries(r.query as Record<string, unknown>)
        .flatMap(([k, v]) => (Array.isArray(v) ? v.map(x => [k, x]) : [[k, v]]))
        .map(
          ([k, v]) =>
            `${encodeURIComponent(String(k))}=${encodeURIComponent(String(v))}`,
        )
        .join('&');
      return {
        path: `${API}${url}`,
        url: `${API}${url}${qs ? `?${qs}` : ''}`,
        body: r.body,
        rawBody: r.rawBody,
        ifMatch: r.ifMatch,
      };
    });
}

async function tableNames(knex: Knex): Promise<string[]> {
  const client = String(knex.client.config.client);
  const rows: Array<{ name: string }> = client.includes('sqlite')
    ? await knex.raw(`select name from sqlite_master where type = 'table'`)
    : (
        await knex.raw(
          `select tablename as name from pg_tables where schemaname = current_schema()`,
        )
      ).rows;
  return rows
    .map(r => r.name)
    .filter(n => !n.startsWith('knex_') && !n.startsWith('sqlite_'))
    .sort();
}

/** Every row of every plugin table, order-independent. */
async function snapshot(knex: Knex, tables: string[]) {
  const result: Record<string, string[]> = {};
  for (const table of tables) {
    const rows = await knex(table).select('*');
    result[table] = rows.map(row => JSON.stringify(row)).sort();
  }
  return result;
}

describe.each(databases.eachSupportedId())(
  'API fuzz, driven by the OpenAPI document (%s)',
  databaseId => {
    it('never answers 5xx, and a rejected write changes nothing', async () => {
      const knex = await databases.init(databaseId);
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
      const COMPONENT = `${API}/entities/component/default/payments-api`;
      // Records whose ids the generated requests use.
      const action = await request(server)
        .post(`${COMPONENT}/actions`)
        .send({
          title: 'Write the runbook',
          phase: 'before',
          side: 'build',
          criterionId: 'DOC-01',
        });
      const release = await request(server)
        .post(`${COMPONENT}/releases`)
        .send({ version: '2.0.0', kind: 'major', plannedAt: inDays(10) });
      const waiver = await request(server)
        .post(`${COMPONENT}/waivers`)
        .send({
          criterionId: 'BCK-03',
          reason: 'restore test next week',
          expiresAt: inDays(20),
        });
      const attestation = await request(server)
        .post(`${COMPONENT}/attestations`)
        .send({
          criterionId: 'BCK-03',
          state: 'compliant',
          evidence: [{ url: 'https://x.example/r' }],
        });
      const ids = [action, release, waiver, attestation]
        .map(r => r.body?.id)
        .filter((x): x is string => typeof x === 'string');
      expect(ids).toHaveLength(4);

      const tables = await tableNames(knex);
      expect(tables).toEqual(
        expect.arrayContaining(['audit', 'waivers', 'actions', 'releases']),
      );

      // The trigger of the background re-evaluation goes last: it may keep writing after it answered.
      const operations = specPaths(spec)
        .flatMap(p => [...p.operations.values()])
        .sort(
          (a, b) =>
            Number(a.operationId === 'runEvaluations') -
            Number(b.operationId === 'runEvaluations'),
        );
      expect(operations.length).toBeGreaterThan(30);

      const failures: string[] = [];
      const statuses: Record<string, Record<number, number>> = {};
      for (const op of operations) {
        await fc.assert(
          fc.asyncProperty(requestArbitrary(op, ids), async generated => {
            const isWrite = op.method !== 'get';
            let ifMatch: string | undefined = generated.ifMatch;
            if (ifMatch === 'CURRENT') {
              const usesIfMatch = op.parameters.some(
                p => p.in === 'header' && p.name === 'If-Match',
              );
              ifMatch = usesIfMatch
                ? (await request(server).get(generated.path)).headers.etag ??
                  '"0"'
                : undefined;
            }
            const before = isWrite ? await snapshot(knex, tables) : undefined;
            let call = (request(server) as any)[op.method](generated.url);
            if (ifMatch !== undefined) call = call.set('If-Match', ifMatch);
            if (generated.rawBody !== undefined) {
              call = call
                .set('Content-Type', 'application/json')
                .send(generated.rawBody);
            } else if (generated.body !== undefined) {
              call = call
                .set('Content-Type', 'application/json')
                .send(JSON.stringify(generated.body));
            }
            const res = await call;
            const label = `${op.method.toUpperCase()} ${
              generated.url
            } ${JSON.stringify(generated.rawBody ?? generated.body)?.slice(
              0,
              300,
            )} -> ${res.status} ${res.text.slice(0, 300)}`;
            const counts = (statuses[`${op.method} ${op.path}`] ??= {});
            counts[res.status] = (counts[res.status] ?? 0) + 1;
            if (res.status >= 500) failures.push(label);
            if (process.env.OP_FUZZ_STATS === '2' && res.status === 400) {
              // eslint-disable-next-line no-console
              console.log(label);
            }
            expect([label, res.status < 500]).toEqual([label, true]);
            expect(res.text).not.toMatch(
              /\bselect\b.*\bfrom\b|\binsert into\b/i,
            );
            // A rejected write leaves every table as it was (reads and accepted writes compare with themselves).
            const rejected = before !== undefined && res.status >= 400;
            const after = rejected ? await snapshot(knex, tables) : before;
            expect([label, after]).toEqual([label, before]);
          }),
          {
            numRuns: NUM_RUNS,
            seed: SEED + op.path.length,
            endOnFailure: true,
          },
        );
      }
      if (process.env.OP_FUZZ_STATS) {
        // eslint-disable-next-line no-console
        console.log(JSON.stringify(statuses, null, 1));
      }
      expect(failures).toEqual([]);
    });
  },
);
