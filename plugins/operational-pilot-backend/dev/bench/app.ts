/*
 * `yarn bench:app` (not part of the tests): the benchmark of what users get. It starts the REAL demo backend
 * (packages/backend: catalog, auth with the guest provider, the permission backend with our policy, our plugin,
 * search, notifications…) as a separate process on 127.0.0.1:7300+, feeds the catalog the synthetic entities of
 * `yarn bench` through `file` locations (YAML files, ingested by the catalog itself), and measures:
 *  - the time from start until the catalog has ingested everything and until our portfolio holds every entity;
 *  - the duration of a full re-evaluation requested with `POST /evaluations/run` (from the run ledger);
 *  - p50/p95/p99 of readiness, the portfolio (first page, filtered, sorted by score, deep page, text search), the
 *    CSV export, the trend and every other GET under /portfolio in openapi.yaml, each interleaved with the
 *    catalog's own `GET /api/catalog/entities/by-query` page and reported as a ratio to it;
 *  - the catalog and permission round trips each of our requests makes (counted from the backend's request log);
 *  - the backend's memory (RSS), and the machine's load average beside every figure;
 *  - with --load: 50 readers (autocannon) and 5 writers for --load-seconds against the backend (and, on
 *    PostgreSQL with --replicas, against two backend processes on one database), checking no error and no lost
 *    write.
 * With --frontend it measures the frontend instead of the requests (frontend.ts): the production build of
 * packages/app (rebuilt when older than its sources, or with --rebuild), its JavaScript and our plugins' share, and
 * in headless Chromium the time from navigation to the portfolio's first row and to the entity tab's verdict,
 * --frontend-runs times each (default 10), on the app that app-backend serves at the backend's base URL.
 * Our own data (operational metadata, attestations, actions) is seeded in our database before start; the catalog
 * is never written behind its back.
 *
 *   yarn bench:app [--entities 10000] [--databases sqlite,postgres] [--port 7300] [--load] [--load-seconds 60]
 *                  [--replicas] [--cpu-prof] [--keep] [--read-decision-seconds 10]
 *   yarn bench:frontend (= yarn bench:app --frontend) [--frontend-runs 10] [--rebuild] [--entities 10000]
 */
/* eslint-disable no-console */
import { Entity } from '@backstage/catalog-model';
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knexFactory, { Knex } from 'knex';
import YAML from 'yaml';
import { createStoresFromKnex, migrateDatabase } from '../../src/database';
import { generateSyntheticPortfolio } from './synthetic';
import {
  BundleSize,
  bundleSize,
  ensureAppBuild,
  frontendMarkdown,
  kb,
  measurePages,
} from './frontend';

const ROOT = path.resolve(__dirname, '../../../..');
const BACKEND_DIR = path.join(ROOT, 'packages/backend');
const POSTGRES_URL =
  process.env.OP_TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432';

function flag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}
function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const ENTITIES = Number(
  option('entities', process.env.OP_BENCH_ENTITIES ?? '10000'),
);
const FRONTEND = flag('frontend');
const FRONTEND_RUNS = Number(option('frontend-runs', '10'));
// The frontend timings hardly depend on the database: one is enough unless asked.
const DATABASES = option(
  'databases',
  process.env.OP_BENCH_DATABASES ?? (FRONTEND ? 'sqlite' : 'sqlite,postgres'),
).split(',');
const BASE_PORT = Number(option('port', '7300'));
const LOAD = flag('load');
const LOAD_SECONDS = Number(option('load-seconds', '60'));
const REPLICAS = flag('replicas');
const CPU_PROF = flag('cpu-prof');
const KEEP = flag('keep');
const RUNS = Number(option('runs', '100'));
/** Refresh period of the incremental pass: the default of the plugin (30 s) unless told otherwise. */
const REFRESH_SECONDS = Number(option('refresh-seconds', '30'));
const INGEST_TIMEOUT_S = Number(option('ingest-timeout', '1500'));
/** `operationalPilot.permissions.readDecisionSeconds` of the backend: the demo's 10 s unless told otherwise. */
const READ_DECISION_SECONDS = Number(option('read-decision-seconds', '10'));

const loadavg = () => os.loadavg().map(l => Number(l.toFixed(2)));
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------------------------
// Catalog files and our own data

/** The synthetic entities as a catalog would read them from YAML: no relations (the catalog computes them). */
function writeCatalogFiles(entities: Entity[], dir: string): string[] {
  const files: string[] = [];
  const docs = entities.map(e => {
    const { relations: _relations, ...rest } = e;
    if (rest.kind === 'User') {
      // The guest signs in as poa-1, a member of run-ops (a POA group in the config below).
      return { ...rest, spec: { memberOf: ['run-ops'] } };
    }
    return rest;
  });
  for (let i = 0; i < docs.length; i += 1000) {
    const file = path.join(
      dir,
      `catalog-${String(i / 1000).padStart(3, '0')}.yaml`,
    );
    fs.writeFileSync(
      file,
      docs
        .slice(i, i + 1000)
        .map(d => YAML.stringify(d))
        .join('---\n'),
    );
    files.push(file);
  }
  return files;
}

interface Database {
  kind: string;
  /** The backend's database config block. */
  config: string;
  /** Our plugin's database, to seed before start and read the run ledger. */
  pluginKnex(): Knex;
  drop(): Promise<void>;
}

function openDatabase(kind: string, dir: string): Database {
  if (kind === 'sqlite') {
    const file = path.join(dir, 'operational-pilot.sqlite');
    return {
      kind,
      config: `
  database:
    client: better-sqlite3
    connection: { directory: '${dir}' }`,
      pluginKnex: () =>
        knexFactory({
          client: 'better-sqlite3',
          connection: { filename: file },
          useNullAsDefault: true,
        }),
      drop: async () => {},
    };
  }
  const url = new URL(POSTGRES_URL);
  const prefix = `op_benchapp_${process.pid}_`;
  return {
    kind,
    config: `
  database:
    client: pg
    connection:
      host: ${url.hostname}
      port: ${url.port || 5432}
      user: ${decodeURIComponent(url.username || 'postgres')}
      password: '${decodeURIComponent(url.password || '')}'
    pluginDivisionMode: database
    prefix: ${prefix}`,
    pluginKnex: () =>
      knexFactory({
        client: 'pg',
        connection: {
          connectionString: `${POSTGRES_URL}/${prefix}operational-pilot`,
        },
        pool: { min: 0, max: 2 },
      }),
    drop: async () => {
      const admin = knexFactory({
        client: 'pg',
        connection: `${POSTGRES_URL}/postgres`,
      });
      const { rows } = await admin.raw(
        `SELECT datname FROM pg_database WHERE datname LIKE ?`,
        [`${prefix}%`],
      );
      for (const row of rows)
        await admin.raw(
          `DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`,
        );
      await admin.destroy();
    },
  };
}

/** Backstage names a plugin database `<prefix><pluginId>`; create ours first so that we can seed it. */
async function createPluginDatabase(db: Database) {
  if (db.kind !== 'postgres') return;
  const prefix = `op_benchapp_${process.pid}_`;
  const admin = knexFactory({
    client: 'pg',
    connection: `${POSTGRES_URL}/postgres`,
  });
  await admin.raw(`CREATE DATABASE "${prefix}operational-pilot"`);
  await admin.destroy();
}

function pluginKnexFor(db: Database): Knex {
  return db.pluginKnex();
}

// ---------------------------------------------------------------------------------------------------------------
// The backend process

/**
 * The demo app's own `app` block (title, `packages: all`, extensions): app-backend serves the built app with the
 * frontend part of THIS config, and the app discovers its plugins from `app.packages` when it starts.
 */
function appConfigBlock(port: number) {
  const demo = YAML.parse(
    fs.readFileSync(path.join(ROOT, 'app-config.yaml'), 'utf8'),
  );
  return YAML.stringify({
    app: { ...demo.app, baseUrl: `http://127.0.0.1:${port}` },
  });
}

function backendConfig(port: number, db: Database, files: string[]) {
  return `
${appConfigBlock(port)}
backend:
  baseUrl: http://127.0.0.1:${port}
  listen: { host: 127.0.0.1, port: ${port} }
${db.config}
auth:
  environment: development
  providers:
    guest:
      userEntityRef: user:default/poa-1
      # Until the catalog has poa-1 (then its membership comes from the catalog).
      ownershipEntityRefs: [user:default/poa-1, group:default/run-ops]
      dangerouslyAllowOutsideDevelopment: true
catalog:
  rules:
    - allow: [Component, System, API, Resource, Location, Domain, Group, User]
  locations:
${files.map(f => `    - { type: file, target: '${f}' }`).join('\n')}
permission:
  enabled: true
search:
  collators:
    # Indexing is not what is measured here: pushed past the end of the run.
    catalog: { schedule: { frequency: { hours: 24 }, timeout: { minutes: 30 }, initialDelay: { hours: 12 } } }
    operationalPilot: { schedule: { frequency: { hours: 24 }, timeout: { minutes: 30 }, initialDelay: { hours: 12 } } }
operationalPilot:
  packs: [core, extended]
  poaGroups: [group:default/run-ops]
  approverGroups: [group:default/run-ops]
  permissions:
    readDecisionSeconds: ${READ_DECISION_SECONDS}
  evaluation:
    refresh:
      frequency: { seconds: ${REFRESH_SECONDS} }
      timeout: { minutes: 10 }
      initialDelay: { seconds: 5 }
`;
}

interface Backend {
  port: number;
  base: string;
  child: ChildProcess;
  logFile: string;
  /** Request lines of the backend's log since `mark()`. */
  requestsSince(mark: number): string[];
  mark(): number;
  rssMb(): number;
  stop(): Promise<void>;
}

function startBackend(
  index: number,
  db: Database,
  files: string[],
  dir: string,
): Backend {
  const port = BASE_PORT + index;
  const configFile = path.join(dir, `backend-${index}.yaml`);
  fs.writeFileSync(configFile, backendConfig(port, db, files));
  const logFile = path.join(dir, `backend-${index}.log`);
  const out = fs.openSync(logFile, 'w');
  const profDir = path.join(ROOT, 'bench-results', 'profiles');
  if (CPU_PROF) fs.mkdirSync(profDir, { recursive: true });
  const child = spawn(
    process.execPath,
    [
      ...(CPU_PROF
        ? [
            '--cpu-prof',
            `--cpu-prof-dir=${profDir}`,
            `--cpu-prof-name=backend-${db.kind}-${ENTITIES}-${index}.cpuprofile`,
          ]
        : []),
      '--no-node-snapshot',
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs', {
        paths: [ROOT],
      }),
      'src/index.ts',
      '--config',
      configFile,
    ],
    {
      cwd: BACKEND_DIR,
      stdio: ['ignore', out, out],
      env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'info' },
    },
  );
  const readLog = () => fs.readFileSync(logFile, 'utf8');
  return {
    port,
    base: `http://127.0.0.1:${port}`,
    child,
    logFile,
    mark: () => fs.statSync(logFile).size,
    requestsSince(mark: number) {
      const text = readLog().slice(mark);
      const lines: string[] = [];
      // The request log line of the root HTTP router: "GET /api/… HTTP/1.1" 200 …
      for (const match of text.matchAll(
        /"(GET|POST|PUT|PATCH|DELETE) (\S+) HTTP\/[\d.]+\\?" \d{3}/g,
      )) {
        lines.push(`${match[1]} ${match[2]}`);
      }
      return lines;
    },
    rssMb() {
      try {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
        return Math.round(
          Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024,
        );
      } catch {
        return 0;
      }
    },
    async stop() {
      if (child.exitCode !== null) return;
      // SIGINT: Node writes the CPU profile on a clean exit.
      child.kill('SIGINT');
      for (let i = 0; i < 60 && child.exitCode === null; i++) await sleep(500);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

async function waitFor(
  what: string,
  fn: () => Promise<boolean>,
  timeoutMs: number,
  backend?: Backend,
) {
  const start = Date.now();
  for (;;) {
    try {
      if (await fn()) return Date.now() - start;
    } catch {
      /* not up yet */
    }
    if (backend && backend.child.exitCode !== null) {
      throw new Error(
        `backend exited (${backend.child.exitCode}) while waiting for ${what}; see ${backend.logFile}`,
      );
    }
    if (Date.now() - start > timeoutMs)
      throw new Error(`timed out waiting for ${what}`);
    await sleep(1000);
  }
}

async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/guest/refresh?env=development`, {
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  if (!res.ok)
    throw new Error(`guest sign-in: ${res.status} ${await res.text()}`);
  return (await res.json()).backstageIdentity.token;
}

// ---------------------------------------------------------------------------------------------------------------
// Measurements

function percentile(sorted: number[], p: number) {
  return sorted[
    Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))
  ];
}
function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const r = (n: number) => Number(n.toFixed(1));
  return {
    p50: r(percentile(sorted, 50)),
    p95: r(percentile(sorted, 95)),
    p99: r(percentile(sorted, 99)),
  };
}

const OP = '/api/operational-pilot';
const CATALOG_PAGE = '/api/catalog/entities/by-query?limit=50';

/**
 * The GET operations under /portfolio without path parameters, from openapi.yaml (rollups added later included):
 * one case per value of a `groupBy` enum, other required parameters at their first enum value.
 */
function portfolioGetCases(): Array<{ path: string; query: string }> {
  const doc = YAML.parse(
    fs.readFileSync(
      path.join(
        ROOT,
        'plugins/operational-pilot-backend/src/schema/openapi.yaml',
      ),
      'utf8',
    ),
  );
  const resolve = (p: any) =>
    p.$ref ? doc.components.parameters[p.$ref.split('/').pop()] : p;
  const cases: Array<{ path: string; query: string }> = [];
  for (const [p, ops] of Object.entries<any>(doc.paths)) {
    if (!p.startsWith('/portfolio') || p.includes('{') || !ops.get) continue;
    const params = [
      ...(ops.parameters ?? []),
      ...(ops.get.parameters ?? []),
    ].map(resolve);
    const groupBy = params.find(x => x.name === 'groupBy' && x.schema?.enum);
    const fixed = params
      .filter(x => x.required && x.name !== 'groupBy')
      .map(
        x =>
          `${x.name}=${encodeURIComponent(
            x.schema?.enum?.[0] ?? x.schema?.default ?? '1',
          )}`,
      );
    for (const value of groupBy ? groupBy.schema.enum : [undefined]) {
      const query = [...(value ? [`groupBy=${value}`] : []), ...fixed].join(
        '&',
      );
      cases.push({ path: p, query });
    }
  }
  return cases;
}

interface Measured {
  label: string;
  path: string;
  runs: number;
  ours: { p50: number; p95: number; p99: number };
  catalog: { p50: number; p95: number; p99: number };
  ratioP50: number;
  ratioP95: number;
  /** Requests the backend received per request of ours, by target (catalog, permission, ours, other). */
  roundTrips?: Record<string, number>;
  loadavg: number[];
}

async function measureAll(
  backend: Backend,
  token: string,
  components: string[],
) {
  const headers = { authorization: `Bearer ${token}` };
  const get = async (url: string) => {
    const start = process.hrtime.bigint();
    const res = await fetch(`${backend.base}${url}`, { headers });
    await res.arrayBuffer();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    return ms;
  };
  const pick = (i: number) => components[(i * 7919) % components.length];
  const cases: Array<{
    label: string;
    url: (i: number) => string;
    runs?: number;
  }> = [
    {
      label: 'GET …/readiness (stored evaluation)',
      url: i => `${OP}/entities/${pick(i)}/readiness`,
    },
    {
      label: 'GET /portfolio (first page, 50)',
      url: () => `${OP}/portfolio?limit=50`,
    },
    {
      label: 'GET /portfolio (filtered: tier=T1, verdict=not-ready)',
      url: () => `${OP}/portfolio?tier=T1&verdict=not-ready&limit=50`,
    },
    {
      label: 'GET /portfolio (sorted by score desc, first page)',
      url: () => `${OP}/portfolio?orderBy=score&order=desc&limit=50`,
    },
    {
      label: 'GET /portfolio (sorted by score, deep page offset 5000)',
      url: () =>
        `${OP}/portfolio?orderBy=score&order=desc&limit=50&offset=${Math.min(
          5000,
          Math.floor(ENTITIES / 2),
        )}`,
    },
    {
      label: 'GET /portfolio (text search)',
      url: i => `${OP}/portfolio?q=svc-${i % 97}&limit=50`,
    },
    {
      label: `GET /portfolio/export.csv (all rows)`,
      url: () => `${OP}/portfolio/export.csv`,
      runs: 10,
    },
  ];
  const known = new Set(['/portfolio', '/portfolio/export.csv']);
  for (const { path: p, query } of portfolioGetCases()) {
    if (known.has(p)) continue;
    const url = `${p}${query ? `?${query}` : ''}`;
    cases.push({ label: `GET ${url}`, url: () => `${OP}${url}` });
  }
  const results: Measured[] = [];
  for (const c of cases) {
    const runs = c.runs ?? RUNS;
    // Round trips: a few requests alone, then what the backend's log received meanwhile, less what it receives in
    // an idle window of the same length (the refresh pass and the catalog's own traffic in the background).
    await get(c.url(0));
    await sleep(300);
    const classify = (lines: string[]) => {
      const counts: Record<string, number> = {};
      for (const line of lines) {
        const url = line.split(' ')[1];
        const target =
          ['catalog', 'permission'].find(name =>
            url.startsWith(`/api/${name}`),
          ) ?? (url.startsWith(OP) ? 'operational-pilot' : 'other');
        counts[target] = (counts[target] ?? 0) + 1;
      }
      return counts;
    };
    const probes = 3;
    const mark = backend.mark();
    const probeStart = Date.now();
    for (let i = 0; i < probes; i++) await get(c.url(i + 1));
    await sleep(500);
    const window = Date.now() - probeStart;
    const counts = classify(backend.requestsSince(mark));
    const idleMark = backend.mark();
    await sleep(window);
    const idle = classify(backend.requestsSince(idleMark));
    counts['operational-pilot'] = (counts['operational-pilot'] ?? 0) - probes;
    const roundTrips = Object.fromEntries(
      Object.entries(counts).map(([k, v]) => [
        k,
        Number(Math.max(0, (v - (idle[k] ?? 0)) / probes).toFixed(1)),
      ]),
    );

    for (let i = 0; i < Math.min(5, runs); i++) {
      await get(c.url(i));
      await get(CATALOG_PAGE);
    }
    const ours: number[] = [];
    const catalog: number[] = [];
    for (let i = 0; i < runs; i++) {
      ours.push(await get(c.url(i)));
      catalog.push(await get(CATALOG_PAGE));
    }
    const o = stats(ours);
    const k = stats(catalog);
    const m: Measured = {
      label: c.label,
      path: c.url(0),
      runs,
      ours: o,
      catalog: k,
      ratioP50: Number((o.p50 / k.p50).toFixed(2)),
      ratioP95: Number((o.p95 / k.p95).toFixed(2)),
      roundTrips,
      loadavg: loadavg(),
    };
    console.log(
      `  ${m.label}: p50 ${o.p50} p95 ${o.p95} p99 ${
        o.p99
      } ms | catalog page p50 ${k.p50} p95 ${k.p95} | ratio p95 ${
        m.ratioP95
      } | round trips ${JSON.stringify(roundTrips)} | load ${m.loadavg[0]}`,
    );
    results.push(m);
  }
  return results;
}

async function portfolioTotal(base: string, token: string): Promise<number> {
  const res = await fetch(`${base}${OP}/portfolio?limit=1`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok) return -1;
  return (await res.json()).totalItems;
}

async function catalogTotal(
  base: string,
  token: string,
  kinds: string[],
): Promise<number> {
  const filter = kinds.map(k => `filter=kind=${k}`).join('&');
  const res = await fetch(
    `${base}/api/catalog/entities/by-query?limit=1&${filter}`,
    {
      headers: { authorization: `Bearer ${token}` },
    },
  );
  if (!res.ok) return -1;
  return (await res.json()).totalItems;
}

/** Asks for a full re-evaluation and waits for it in the run ledger; its duration. */
async function fullReevaluation(backend: Backend, token: string, db: Database) {
  const knex = pluginKnexFor(db);
  try {
    const before = (await knex('evaluation_runs').max({ id: 'id' }))[0].id ?? 0;
    const res = await fetch(`${backend.base}${OP}/evaluations/run`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    if (res.status !== 202)
      throw new Error(
        `POST /evaluations/run: ${res.status} ${await res.text()}`,
      );
    let row: any;
    await waitFor(
      'the full re-evaluation',
      async () => {
        row = await knex('evaluation_runs')
          .where('id', '>', before)
          .where({ mode: 'full' })
          .whereNotNull('finished_at')
          .whereNotNull('started_at')
          .first();
        return Boolean(row);
      },
      600_000,
      backend,
    );
    const ms =
      new Date(row.finished_at).getTime() - new Date(row.started_at).getTime();
    return { ms, evaluated: row.evaluated, seen: row.seen, loadavg: loadavg() };
  } finally {
    await knex.destroy();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Load: 50 readers (autocannon) and 5 writers

async function writersAgainst(
  bases: string[],
  token: string,
  targets: string[],
  seconds: number,
) {
  const headers = {
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
  };
  const stop = Date.now() + seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  const perWriter = await Promise.all(
    targets.map(async (target, w) => {
      const url = (i: number) =>
        `${bases[i % bases.length]}${OP}/entities/${target}/operations`;
      let written = 0;
      let conflicts = 0;
      const initial = await (await fetch(url(0), { headers })).json();
      for (let i = 0; Date.now() < stop; i++) {
        const start = process.hrtime.bigint();
        const read = await fetch(url(i), { headers });
        const etag = read.headers.get('etag')!;
        const record = await read.json();
        const res = await fetch(url(i + 1), {
          method: 'PUT',
          headers: { ...headers, 'if-match': etag },
          body: JSON.stringify({
            metadata: {
              ...record.metadata,
              notes: `writer ${w} write ${written + 1}`,
            },
          }),
        });
        await res.arrayBuffer();
        latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (res.ok) written += 1;
        else if (res.status === 412) conflicts += 1;
        else errors += 1;
      }
      const final = await (await fetch(url(0), { headers })).json();
      return {
        target,
        written,
        conflicts,
        lost: (initial.version ?? 0) + written - (final.version ?? 0),
        lastNoteKept: final.metadata?.notes === `writer ${w} write ${written}`,
      };
    }),
  );
  return {
    perWriter,
    errors,
    writes: latencies.length,
    latency: stats(latencies),
  };
}

async function load(bases: string[], token: string, components: string[]) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const autocannon = require('autocannon');
  // Writers: entities whose operational record exists (poa-1 may edit everything: member of the POA group).
  const writerTargets = components.slice(0, 5);
  const readerPaths = [
    `${OP}/portfolio?limit=50`,
    `${OP}/portfolio?tier=T1&verdict=not-ready&limit=50`,
    ...components.slice(10, 30).map(c => `${OP}/entities/${c}/readiness`),
  ];
  const readers = bases.map(base =>
    autocannon({
      url: base,
      connections: Math.floor(50 / bases.length),
      duration: LOAD_SECONDS,
      headers: { authorization: `Bearer ${token}` },
      requests: readerPaths.map(p => ({ method: 'GET', path: p })),
      timeout: 30,
    }),
  );
  const [writers, ...readerResults] = await Promise.all([
    writersAgainst(bases, token, writerTargets, LOAD_SECONDS),
    ...readers,
  ]);
  const r = readerResults as any[];
  const sum = (f: (x: any) => number) => r.reduce((a, x) => a + f(x), 0);
  return {
    backends: bases.length,
    seconds: LOAD_SECONDS,
    readers: {
      connections: 50,
      requests: sum(x => x.requests.total),
      rps: Number(sum(x => x.requests.average).toFixed(0)),
      errors: sum(x => x.errors),
      timeouts: sum(x => x.timeouts),
      non2xx: sum(x => x.non2xx),
      p50: Math.max(...r.map(x => x.latency.p50)),
      p99: Math.max(...r.map(x => x.latency.p99)),
    },
    writers,
    loadavg: loadavg(),
  };
}

// ---------------------------------------------------------------------------------------------------------------

async function benchDatabase(kind: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `op-bench-app-${kind}-`));
  const db = openDatabase(kind, dir);
  const backends: Backend[] = [];
  try {
    const now = new Date();
    const { entities, seed } = generateSyntheticPortfolio(ENTITIES, now);
    const files = writeCatalogFiles(entities, dir);
    const evaluatedKinds = ['component', 'system', 'resource', 'api'];
    const expected = entities.filter(e =>
      evaluatedKinds.includes(e.kind.toLocaleLowerCase('en-US')),
    ).length;
    // Our own data, in our database, before start (migrated by us, as the plugin would).
    await createPluginDatabase(db);
    const knex = pluginKnexFor(db);
    await migrateDatabase(knex);
    await seed(createStoresFromKnex(knex));
    await knex.destroy();

    console.log(
      `\n## ${kind}: ${
        entities.length
      } catalog entities (${expected} evaluated kinds) in ${
        files.length
      } files; load ${loadavg()}`,
    );
    const t0 = Date.now();
    const backend = startBackend(0, db, files, dir);
    backends.push(backend);
    let peakRss = 0;
    const sampler = setInterval(() => {
      for (const b of backends) peakRss = Math.max(peakRss, b.rssMb());
    }, 500);
    try {
      const upMs = await waitFor(
        'the backend',
        async () => (await fetch(`${backend.base}${OP}/health`)).ok,
        300_000,
        backend,
      );
      let token = await signIn(backend.base);
      let catalogMs = 0;
      let portfolioMs = 0;
      await waitFor(
        'the catalog and the portfolio to hold every entity',
        async () => {
          if (
            !catalogMs &&
            (await catalogTotal(backend.base, token, [
              'Component',
              'System',
              'Resource',
              'API',
            ])) >= expected
          ) {
            catalogMs = Date.now() - t0;
            console.log(
              `  catalog ingested ${expected} entities at ${(
                catalogMs / 1000
              ).toFixed(1)} s (load ${loadavg()[0]})`,
            );
          }
          if (
            !portfolioMs &&
            (await portfolioTotal(backend.base, token)) >= expected
          ) {
            portfolioMs = Date.now() - t0;
            console.log(
              `  portfolio holds ${expected} entities at ${(
                portfolioMs / 1000
              ).toFixed(1)} s (load ${loadavg()[0]})`,
            );
          }
          return Boolean(catalogMs && portfolioMs);
        },
        INGEST_TIMEOUT_S * 1000,
        backend,
      );
      // Signed in again now that the catalog has poa-1 (a member of run-ops, a POA group).
      token = await signIn(backend.base);
      const ingest = {
        backendUpMs: upMs,
        catalogIngestedMs: catalogMs,
        portfolioCompleteMs: portfolioMs,
        afterCatalogMs: portfolioMs - catalogMs,
        loadavg: loadavg(),
      };
      // Let the catalog settle (stitching, our catalog module's relations) before timing requests.
      await sleep(5000);
      if (FRONTEND) {
        const tabs = entities
          .filter(e => e.kind === 'Component')
          .slice(0, FRONTEND_RUNS + 1)
          .map(
            e =>
              `/catalog/default/component/${e.metadata.name}/operational-pilot`,
          );
        const frontend = await measurePages(backend.base, tabs, FRONTEND_RUNS);
        return {
          kind,
          entities: entities.length,
          expected,
          ingest,
          frontend,
          rssMb: { afterRequests: backend.rssMb(), peak: peakRss },
          loadavg: loadavg(),
        };
      }
      const full = await fullReevaluation(backend, token, db);
      console.log(
        `  full re-evaluation: ${full.evaluated} of ${full.seen} in ${(
          full.ms / 1000
        ).toFixed(1)} s (load ${full.loadavg[0]})`,
      );
      if (kind === 'postgres') {
        // Steady state: planner statistics as autovacuum leaves them (fresh tables have none yet).
        const k = pluginKnexFor(db);
        await k.raw('ANALYZE');
        await k.destroy();
      }
      const components = entities
        .filter(e => e.kind === 'Component')
        .map(e => `component/default/${e.metadata.name}`);
      const results = await measureAll(backend, token, components);
      const rssAfterRequests = backend.rssMb();

      const loads: any[] = [];
      if (LOAD) {
        console.log(`  load: 50 readers + 5 writers for ${LOAD_SECONDS} s…`);
        loads.push(await load([backend.base], token, components));
        console.log(`  ${JSON.stringify(loads[0])}`);
        if (REPLICAS && kind === 'postgres') {
          const second = startBackend(1, db, files, dir);
          backends.push(second);
          await waitFor(
            'the second backend',
            async () => (await fetch(`${second.base}${OP}/health`)).ok,
            300_000,
            second,
          );
          console.log(
            `  load on two backends: 50 readers + 5 writers for ${LOAD_SECONDS} s…`,
          );
          loads.push(
            await load([backend.base, second.base], token, components),
          );
          console.log(`  ${JSON.stringify(loads[1])}`);
        }
      }
      return {
        kind,
        entities: entities.length,
        expected,
        ingest,
        full,
        results,
        loads,
        rssMb: { afterRequests: rssAfterRequests, peak: peakRss },
      };
    } finally {
      clearInterval(sampler);
    }
  } finally {
    for (const b of backends) await b.stop();
    await db.drop().catch(e => console.warn(`drop: ${e}`));
    if (!KEEP) fs.rmSync(dir, { recursive: true, force: true });
    else console.log(`  kept ${dir}`);
  }
}

function markdown(all: any[], bundle?: BundleSize) {
  const lines = [
    `Operational Pilot, real backend: ${ENTITIES} synthetic entities through catalog file locations; ${
      os.cpus().length
    } CPUs, Node ${process.version}, ${new Date().toISOString()}`,
    '',
  ];
  for (const r of all) {
    lines.push(`### ${r.kind}`, '');
    if (bundle) {
      lines.push(
        `- catalog holds the ${r.expected} entities at ${(
          r.ingest.catalogIngestedMs / 1000
        ).toFixed(1)} s, portfolio at ${(
          r.ingest.portfolioCompleteMs / 1000
        ).toFixed(1)} s; load after the timings ${r.loadavg.join(' ')}`,
        '',
        ...frontendMarkdown(bundle, r.frontend, FRONTEND_RUNS),
        '',
      );
      continue;
    }
    lines.push(
      `- backend up ${(r.ingest.backendUpMs / 1000).toFixed(
        1,
      )} s; catalog holds the ${r.expected} entities at ${(
        r.ingest.catalogIngestedMs / 1000
      ).toFixed(1)} s; portfolio holds them all at ${(
        r.ingest.portfolioCompleteMs / 1000
      ).toFixed(1)} s (load ${r.ingest.loadavg.join(' ')})`,
      `- full re-evaluation (POST /evaluations/run, run ledger): ${
        r.full.evaluated
      } entities in ${(r.full.ms / 1000).toFixed(
        1,
      )} s (load ${r.full.loadavg.join(' ')})`,
      `- backend RSS: ${r.rssMb.afterRequests} MB after the requests, peak ${r.rssMb.peak} MB`,
      '',
      '| request | p50 / p95 / p99 (ms) | catalog page p50 / p95 (ms) | ratio p95 | catalog + permission round trips | load (1 min) |',
      '|---|---|---|---|---|---|',
    );
    for (const m of r.results) {
      lines.push(
        `| ${m.label} | ${m.ours.p50} / ${m.ours.p95} / ${m.ours.p99} | ${
          m.catalog.p50
        } / ${m.catalog.p95} | ${m.ratioP95} | ${
          m.roundTrips?.catalog ?? 0
        } + ${m.roundTrips?.permission ?? 0} | ${m.loadavg[0]} |`,
      );
    }
    for (const l of r.loads ?? []) {
      lines.push(
        '',
        `Load, ${l.backends} backend(s), ${l.seconds} s: readers ${
          l.readers.requests
        } requests (${l.readers.rps}/s), p50 ${l.readers.p50} ms, p99 ${
          l.readers.p99
        } ms, errors ${l.readers.errors}, timeouts ${
          l.readers.timeouts
        }, non-2xx ${l.readers.non2xx}; writers ${
          l.writers.writes
        } read+PUT, p99 ${l.writers.latency.p99} ms, errors ${
          l.writers.errors
        }, conflicts ${l.writers.perWriter.reduce(
          (a: number, w: any) => a + w.conflicts,
          0,
        )}, lost writes ${l.writers.perWriter.reduce(
          (a: number, w: any) => a + w.lost,
          0,
        )} (load ${l.loadavg.join(' ')})`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

async function main() {
  console.log(
    `Operational Pilot app benchmark: ${ENTITIES} entities, databases ${DATABASES.join(
      ', ',
    )}, ${
      os.cpus().length
    } CPUs, load ${loadavg()}, read decisions reused ${READ_DECISION_SECONDS} s`,
  );
  let bundle: BundleSize | undefined;
  let buildMs: number | null = null;
  if (FRONTEND) {
    buildMs = ensureAppBuild(flag('rebuild'));
    bundle = bundleSize();
    console.log(
      `  bundle: ${bundle.jsFiles} .js files, ${kb(bundle.raw)} raw, ${kb(
        bundle.gzip,
      )} gzip; ours ${kb(bundle.ours.raw)} raw, ≈ ${kb(bundle.ours.gzip)} gzip`,
    );
  }
  const all = [];
  for (const kind of DATABASES) all.push(await benchDatabase(kind));
  const out = path.join(ROOT, 'bench-results');
  fs.mkdirSync(out, { recursive: true });
  const name = `app-${FRONTEND ? 'frontend-' : ''}${ENTITIES}-${DATABASES.join(
    '-',
  )}`;
  fs.writeFileSync(
    path.join(out, `${name}.json`),
    JSON.stringify(
      {
        entities: ENTITIES,
        cpus: os.cpus().length,
        node: process.version,
        at: new Date().toISOString(),
        ...(FRONTEND ? { buildMs, bundle } : {}),
        runs: all,
      },
      null,
      2,
    ),
  );
  const md = markdown(all, bundle);
  fs.writeFileSync(path.join(out, `${name}.md`), md);
  console.log(`\n${md}\nWritten to bench-results/${name}.json and .md`);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
