/*
 * Benchmark (`yarn bench`; not part of the tests): a synthetic catalog of 10,000 entities with operational
 * metadata, attestations and actions, on SQLite and on PostgreSQL. Prints p50/p95 latencies of the HTTP API
 * (through the real router, validation and stores) and the time of a full re-evaluation, plus peak memory.
 *
 *   yarn bench                       both databases, 10,000 entities
 *   OP_BENCH_ENTITIES=2000 yarn bench
 *   OP_BENCH_DATABASES=sqlite yarn bench
 *   OP_BENCH_ONLY=heatmap,failing yarn bench   only the requests whose label contains one of these substrings
 *                                              (case-insensitive; seeding and re-evaluation still run, and
 *                                              bench-results/latest.json then lists only those requests)
 *   OP_BENCH_KEEP_DATABASE=1 yarn bench        keep the benchmark's database afterwards (its place is printed),
 *                                              to study the queries' plans on a full-size portfolio
 */
/* eslint-disable no-console */
import { mockServices } from '@backstage/backend-test-utils';
import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { buildReadinessModel } from '@operational-pilot/backstage-plugin-common';
import express from 'express';
import fs from 'node:fs';
import inspector from 'node:inspector';
import os from 'node:os';
import path from 'node:path';
import { AddressInfo } from 'node:net';
import knexFactory, { Knex } from 'knex';
import { createStoresFromKnex, migrateDatabase } from '../../src/database';
import { readBackendOptions } from '../../src/options';
import { AuditRecorder } from '../../src/service/AuditRecorder';
import { Authorizer } from '../../src/service/Authorizer';
import type { CatalogGateway } from '../../src/service/CatalogGateway';
import { EvaluationService } from '../../src/service/EvaluationService';
import { createRouter } from '../../src/service/router';
import { EvaluationTask } from '../../src/tasks/EvaluationTask';
import { generateSyntheticPortfolio, seedPortfolioHistory } from './synthetic';

const ENTITIES = Number(process.env.OP_BENCH_ENTITIES ?? 10_000);
const DATABASES = (process.env.OP_BENCH_DATABASES ?? 'sqlite,postgres').split(
  ',',
);
const ONLY = (process.env.OP_BENCH_ONLY ?? '')
  .split(',')
  .map(part => part.trim().toLocaleLowerCase('en-US'))
  .filter(Boolean);
const KEEP_DATABASE = process.env.OP_BENCH_KEEP_DATABASE === '1';
const POSTGRES_URL =
  process.env.OP_TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432';

let peakRss = 0;

const silentLogger: any = {
  info() {},
  warn() {},
  error() {},
  debug() {},
  child() {
    return silentLogger;
  },
};
const noAuditor: any = {
  async createEvent() {
    return { async success() {}, async fail() {} };
  },
};

const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

/** An in-memory catalog with the CatalogGateway surface the plugin uses; `put` adds or replaces an entity. */
function memoryCatalog(
  entities: Entity[],
): CatalogGateway & { put(entity: Entity): void } {
  const byRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));
  return {
    put(entity: Entity) {
      const ref = stringifyEntityRef(entity);
      const index = entities.findIndex(e => stringifyEntityRef(e) === ref);
      if (index >= 0) entities[index] = entity;
      else entities.push(entity);
      byRef.set(ref, entity);
    },
    async getVisibleEntity(ref: string) {
      const entity = byRef.get(ref);
      if (!entity)
        throw Object.assign(new Error(`No ${ref}`), { name: 'NotFoundError' });
      return entity;
    },
    async getEntity(ref: string) {
      return byRef.get(ref);
    },
    async getRelated(refs: string[]) {
      return Object.fromEntries(refs.map(r => [r, byRef.get(r) ?? null]));
    },
    async *streamEntities(kinds: string[]) {
      const all = entities.filter(e =>
        kinds.includes(e.kind.toLocaleLowerCase('en-US')),
      );
      for (let i = 0; i < all.length; i += 500) yield all.slice(i, i + 500);
    },
  } as unknown as CatalogGateway & { put(entity: Entity): void };
}

async function openDatabase(
  kind: string,
): Promise<{ knex: Knex; close: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const file = path.join(os.tmpdir(), `op-bench-${process.pid}.sqlite`);
    fs.rmSync(file, { force: true });
    const knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: file },
      useNullAsDefault: true,
    });
    return {
      knex,
      close: async () => {
        await knex.destroy();
        if (KEEP_DATABASE) console.log(`SQLite database kept: ${file}`);
        else fs.rmSync(file, { force: true });
      },
    };
  }
  const name = `op_bench_${process.pid}`;
  const admin = knexFactory({
    client: 'pg',
    connection: `${POSTGRES_URL}/postgres`,
  });
  await admin.raw(`DROP DATABASE IF EXISTS ${name}`);
  await admin.raw(`CREATE DATABASE ${name}`);
  const knex = knexFactory({
    client: 'pg',
    connection: `${POSTGRES_URL}/${name}`,
    pool: { min: 1, max: 10 },
  });
  return {
    knex,
    close: async () => {
      await knex.destroy();
      if (KEEP_DATABASE) console.log(`PostgreSQL database kept: ${name}`);
      else await admin.raw(`DROP DATABASE IF EXISTS ${name}`);
      await admin.destroy();
    },
  };
}

/** What any write to an aggregated table does to the data version (migrations/20261205000000_aggregate_cache.js). */
async function changeDataVersion(knex: Knex) {
  if (knex.client.config.client === 'pg') {
    await knex.raw('insert into data_changes (txid) values (txid_current())');
  } else {
    await knex('data_version').increment('version', 1);
  }
}

function percentile(sorted: number[], p: number) {
  return sorted[
    Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))
  ];
}

/** The portfolio's read requests measured, in the order of the output: label and path (run `i`). */
const PORTFOLIO_READS: Array<[string, (i: number) => string]> = [
  ['GET /portfolio (first page, 50)', () => '/portfolio?limit=50'],
  [
    'GET /portfolio (filtered: tier=T1, verdict=not-ready)',
    () => '/portfolio?tier=T1&verdict=not-ready&limit=50',
  ],
  [
    'GET /portfolio (sorted by score, deep page)',
    () => '/portfolio?orderBy=score&order=desc&limit=50&offset=5000',
  ],
  ['GET /portfolio (text search)', i => `/portfolio?q=svc-${i % 97}&limit=50`],
  [
    'GET /portfolio/rollups (by team)',
    () => '/portfolio/rollups?groupBy=owner',
  ],
  [
    'GET /portfolio/rollups (by system, filtered: tier=T1)',
    () => '/portfolio/rollups?groupBy=system&tier=T1',
  ],
  [
    'GET /portfolio/highlights (7-day drops, waivers)',
    () => '/portfolio/highlights?days=7',
  ],
  ['GET /portfolio/heatmap (team × category)', () => '/portfolio/heatmap'],
  [
    'GET /portfolio/heatmap (filtered: tier=T1)',
    () => '/portfolio/heatmap?tier=T1',
  ],
  [
    'GET /portfolio/failing-criteria (top 10)',
    () => '/portfolio/failing-criteria',
  ],
  [
    'GET /portfolio/failing-criteria (filtered: verdict=not-ready)',
    () => '/portfolio/failing-criteria?verdict=not-ready',
  ],
  [
    'GET /portfolio/trend (whole portfolio, 30 days)',
    () => '/portfolio/trend?groupBy=portfolio&days=30',
  ],
  [
    'GET /portfolio/trend (by team, filtered: verdict=not-ready)',
    () => '/portfolio/trend?groupBy=owner&days=30&verdict=not-ready',
  ],
];

async function measure(
  label: string,
  runs: number,
  fn: (i: number) => Promise<void>,
  /** Untimed work before each run (e.g. a write that makes the aggregate cache compute again). */
  prepare?: () => Promise<void>,
) {
  if (
    ONLY.length > 0 &&
    !ONLY.some(part => label.toLocaleLowerCase('en-US').includes(part))
  )
    return undefined;
  for (let i = 0; i < Math.min(5, runs); i++) await fn(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await prepare?.();
    const start = process.hrtime.bigint();
    await fn(i);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return {
    label,
    runs,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
  };
}

/**
 * Runs `work`, under the V8 CPU profiler when OP_BENCH_CPU_PROF is set (the profile goes to
 * bench-results/profiles/<name>.cpuprofile, to open in Chrome's DevTools).
 */
async function profiled<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (!process.env.OP_BENCH_CPU_PROF) return work();
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<any>((resolve, reject) =>
      session.post(method, params, (error, result) =>
        error ? reject(error) : resolve(result),
      ),
    );
  await post('Profiler.enable');
  await post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await post('Profiler.stop');
    const dir = path.resolve(process.cwd(), '../../bench-results/profiles');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, `${name}.cpuprofile`),
      JSON.stringify(profile),
    );
    session.disconnect();
  }
}

async function benchDatabase(kind: string) {
  const { knex, close } = await openDatabase(kind);
  try {
    await migrateDatabase(knex);
    const stores = createStoresFromKnex(knex);
    const now = new Date();
    const { entities, seed } = generateSyntheticPortfolio(ENTITIES, now);
    const seedStart = Date.now();
    await seed(stores);
    const seedMs = Date.now() - seedStart;

    const catalog = memoryCatalog(entities);
    const model = buildReadinessModel({ packs: ['core', 'extended'] });
    const options = readBackendOptions(mockServices.rootConfig());
    const logger = silentLogger;
    const evaluations = new EvaluationService({
      model,
      stores,
      catalog,
      logger,
      kinds: options.kinds,
    });
    const task = new EvaluationTask({
      stores,
      catalog,
      evaluations,
      logger,
      options,
    });

    const evalStart = Date.now();
    const summary = await task.run({ force: true });
    const fullEvaluationMs = Date.now() - evalStart;
    // Fresh tables have no planner statistics; production autovacuum keeps them current.
    if (kind === 'postgres') await knex.raw('ANALYZE');
    // The first pass after a full one may re-evaluate what the full one changed (auto-resolved actions).
    const settle = await task.run({ housekeeping: false });
    const incrementalStart = Date.now();
    const incremental = await task.run();
    const incrementalMs = Date.now() - incrementalStart;
    if (process.env.OP_BENCH_VERBOSE) console.log({ settle, incremental });
    // What `POST /evaluations/run` does in the app: every entity re-evaluated while its results are stored.
    const forcedCpu = process.cpuUsage();
    const forcedMs = await profiled(`forced-${kind}`, async () => {
      const forcedStart = Date.now();
      await task.run({ force: true, housekeeping: false });
      return Date.now() - forcedStart;
    });
    const { user, system } = process.cpuUsage(forcedCpu);
    // CPU time of this process (the engine, JSON, hashing, and SQLite's work on this thread): less noisy than the
    // wall time on a shared machine.
    const forcedCpuMs = (user + system) / 1000;
    // Freshness: what the frequent refresh (every 30 s by default) does when the catalog changed — new
    // entities registered, and an owner group edited (every entity it owns must follow). Latency from a catalog
    // change to the portfolio is at most the refresh period plus this pass.
    const NEW_ENTITIES = 50;
    const owner = entities.find(
      e => e.kind === 'Group' && e.metadata.name === 'team-0',
    )!;
    const owned = entities.filter(e =>
      e.relations?.some(
        r => r.type === 'ownedBy' && r.targetRef === 'group:default/team-0',
      ),
    ).length;
    for (let i = 0; i < NEW_ENTITIES; i++) {
      catalog.put({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: `fresh-${i}`, namespace: 'default' },
        spec: { type: 'service', lifecycle: 'production', owner: 'team-1' },
        relations: [{ type: 'ownedBy', targetRef: 'group:default/team-1' }],
      });
    }
    catalog.put({
      ...owner,
      metadata: { ...owner.metadata, description: 'edited' },
    });
    const refreshStart = Date.now();
    const refresh = await task.run({ housekeeping: false });
    const refreshMs = Date.now() - refreshStart;
    const portfolioAfter = await stores.evaluations.portfolio(
      { q: 'fresh-', limit: 100 },
      new Date(),
    );
    if (portfolioAfter.totalItems !== NEW_ENTITIES) {
      throw new Error(
        `freshness: ${portfolioAfter.totalItems} of ${NEW_ENTITIES} new entities in the portfolio`,
      );
    }
    const freshness = {
      newEntities: NEW_ENTITIES,
      ownedByEditedGroup: owned,
      evaluated: refresh.evaluated,
      refreshMs,
      worstCaseLatencyMs: 30_000 + refreshMs,
    };

    // A week of history and running waivers for the trend, rollups and highlights.
    await seedPortfolioHistory(stores, new Date());
    // Statistics and the visibility map (index-only scans) as production autovacuum keeps them after the bulk
    // writes above (a test server may run with autovacuum off).
    if (kind === 'postgres') await knex.raw('VACUUM ANALYZE');

    const router = await createRouter({
      model,
      stores,
      catalog,
      evaluations,
      authorizer: new Authorizer(
        mockServices.httpAuth(),
        mockServices.permissions(),
      ),
      audit: new AuditRecorder(noAuditor, stores),
      logger,
      evaluationTaskId: 'bench',
      now: () => new Date(),
    });
    const app = express()
      .use('/api/operational-pilot', router)
      .use(
        MiddlewareFactory.create({
          config: mockServices.rootConfig(),
          logger: mockServices.rootLogger(),
        }).error(),
      );
    const server = app.listen(0);
    const base = `http://127.0.0.1:${
      (server.address() as AddressInfo).port
    }/api/operational-pilot`;
    const get = async (url: string) => {
      const res = await fetch(`${base}${url}`);
      if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
    };
    const components = entities.filter(e => e.kind === 'Component');
    const pick = (i: number) => components[(i * 7919) % components.length];

    // Each aggregate twice: as users mostly get it (the answer served from the aggregate cache while the data
    // holds) and computed, the data having changed just before each request (what the first reader after a
    // write pays).
    const measured = [];
    for (const [label, pathOf] of PORTFOLIO_READS) {
      measured.push(await measure(label, 200, i => get(pathOf(i))));
      measured.push(
        await measure(
          `${label}, computed after a write`,
          30,
          i => get(pathOf(i)),
          () => changeDataVersion(knex),
        ),
      );
    }
    measured.push(
      await measure('GET …/readiness (stored evaluation)', 300, async i => {
        const e = pick(i);
        await get(`/entities/component/default/${e.metadata.name}/readiness`);
      }),
      await measure(
        'PUT …/operations (write + audit + re-evaluation)',
        100,
        async i => {
          const e = pick(i + 1000);
          const url = `${base}/entities/component/default/${e.metadata.name}/operations`;
          const read = await fetch(url);
          const etag = read.headers.get('etag')!;
          const record = await read.json();
          const res = await fetch(url, {
            method: 'PUT',
            headers: { 'content-type': 'application/json', 'if-match': etag },
            body: JSON.stringify({
              metadata: { ...record.metadata, notes: `bench ${i}` },
            }),
          });
          if (!res.ok) throw new Error(`PUT ${res.status} ${await res.text()}`);
          await res.arrayBuffer();
        },
      ),
      await measure(`GET /portfolio/export.csv (${ENTITIES} rows)`, 5, () =>
        get('/portfolio/export.csv'),
      ),
    );
    const results = measured.filter(
      <T>(m: T | undefined): m is T => m !== undefined,
    );
    server.close();
    return {
      kind,
      seedMs,
      fullEvaluationMs,
      forcedMs,
      forcedCpuMs,
      incrementalMs,
      freshness,
      summary,
      results,
    };
  } finally {
    await close();
  }
}

async function main() {
  console.log(
    `Operational Pilot benchmark: ${ENTITIES} entities, ${
      os.cpus().length
    } CPUs, Node ${process.version}`,
  );
  const all = [];
  for (const kind of DATABASES) {
    const r = await benchDatabase(kind);
    all.push(r);
    console.log(
      `\n## ${kind} — seed ${(r.seedMs / 1000).toFixed(
        1,
      )} s, full re-evaluation of ${r.summary.evaluated} entities ${(
        r.fullEvaluationMs / 1000
      ).toFixed(2)} s, forced re-evaluation (results stored) ${(
        r.forcedMs / 1000
      ).toFixed(2)} s (target ≤ 5 s; CPU ${(r.forcedCpuMs / 1000).toFixed(
        2,
      )} s), incremental run ${(r.incrementalMs / 1000).toFixed(2)} s`,
    );
    const f = r.freshness;
    console.log(
      `freshness: ${f.newEntities} new entities + an owner group edited (${
        f.ownedByEditedGroup
      } entities it owns) → refresh pass re-evaluated ${f.evaluated} in ${(
        f.refreshMs / 1000
      ).toFixed(2)} s; in the portfolio at most ${(
        f.worstCaseLatencyMs / 1000
      ).toFixed(1)} s after the change (30 s period + pass)`,
    );
    console.log('| request | runs | p50 (ms) | p95 (ms) |\n|---|---|---|---|');
    for (const m of r.results) {
      console.log(
        `| ${m.label} | ${m.runs} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(
          1,
        )} |`,
      );
    }
  }
  clearInterval(sampler);
  console.log(`\nPeak memory (RSS): ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
  // yarn bench runs in the backend package directory.
  const out = path.resolve(process.cwd(), '../../bench-results');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(
    path.join(out, 'latest.json'),
    JSON.stringify({ entities: ENTITIES, peakRss, runs: all }, null, 2),
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
