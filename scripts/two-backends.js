#!/usr/bin/env node
/*
 * `yarn test:replicas`: two real backend processes (the demo backend, packages/backend) on ONE fresh PostgreSQL
 * database set, as two replicas of a deployment would run. It checks that:
 *   1. both start on the fresh databases at the same time (migrations, scheduler tables);
 *   2. writes go through both (operational metadata through one, an attestation through the other) and both
 *      serve the same portfolio and the same readiness;
 *   3. each scheduled run of the evaluation tasks happens once across the two: the run ledger
 *      (`evaluation_runs`) shows no two runs of a task overlapping in time, about one run per period (not two),
 *      and the scheduler's task table holds one row per task.
 * Ports 127.0.0.1:7101 and :7102 only; bounded in time (OP_REPLICAS_TIMEOUT_S, default 300 s); the databases are
 * dropped at the end. PostgreSQL: OP_TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432).
 */
/* eslint-disable no-console */
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const BACKEND_DIR = path.join(ROOT, 'packages/backend');
const POSTGRES_URL =
  process.env.OP_TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432';
const PORTS = [7101, 7102];
const PREFIX = `op_replicas_${process.pid}_`;
const REFRESH_SECONDS = 5;
const OBSERVE_SECONDS = Number(process.env.OP_REPLICAS_OBSERVE_S ?? 40);
const TIMEOUT_S = Number(process.env.OP_REPLICAS_TIMEOUT_S ?? 300);

const knexFactory = require(require.resolve('knex', {
  paths: [path.join(ROOT, 'plugins/operational-pilot-backend')],
}));
const url = new URL(POSTGRES_URL);

let passed = 0;
let failed = 0;
const log = (...args) => console.log('[replicas]', ...args);
function check(name, ok, detail = '') {
  if (ok) passed += 1;
  else failed += 1;
  log(`${ok ? '✓' : '✕'} ${name}${detail ? ` — ${detail}` : ''}`);
}

function replicaConfig(port) {
  return `
app:
  baseUrl: http://127.0.0.1:${port}
backend:
  baseUrl: http://127.0.0.1:${port}
  listen: { host: 127.0.0.1, port: ${port} }
  database:
    client: pg
    connection:
      host: ${url.hostname}
      port: ${url.port || 5432}
      user: ${decodeURIComponent(url.username || 'postgres')}
      password: '${decodeURIComponent(url.password || '')}'
    pluginDivisionMode: database
    prefix: ${PREFIX}
auth:
  environment: development
  providers:
    guest:
      userEntityRef: user:default/alice.martin
      dangerouslyAllowOutsideDevelopment: true
catalog:
  rules:
    - allow: [Component, System, API, Resource, Location, Domain, Group, User]
  locations:
    - { type: file, target: ../../examples/org.yaml }
    - { type: file, target: ../../examples/systems.yaml }
    - { type: file, target: ../../examples/components.yaml }
    - { type: file, target: ../../examples/apis.yaml }
    - { type: file, target: ../../examples/resources.yaml }
permission:
  enabled: true
operationalPilot:
  packs: [core]
  poaGroups: [group:default/poa-office]
  approverGroups: [group:default/business-owners]
  evaluation:
    schedule:
      frequency: { seconds: 20 }
      timeout: { minutes: 2 }
      initialDelay: { seconds: 3 }
    refresh:
      frequency: { seconds: ${REFRESH_SECONDS} }
      timeout: { minutes: 2 }
      initialDelay: { seconds: 2 }
`;
}

function startBackend(index, dir) {
  const port = PORTS[index];
  const configFile = path.join(dir, `replica-${index}.yaml`);
  fs.writeFileSync(configFile, replicaConfig(port));
  const logFile = path.join(dir, `replica-${index}.log`);
  const out = fs.openSync(logFile, 'w');
  const child = spawn(
    process.execPath,
    [
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
      env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'info' },
    },
  );
  return { index, port, child, logFile, base: `http://127.0.0.1:${port}` };
}

async function waitFor(what, fn, timeoutMs) {
  const start = Date.now();
  for (;;) {
    try {
      if (await fn()) return;
    } catch (error) {
      if (error && error.fatal) throw error;
    }
    if (Date.now() - start > timeoutMs)
      throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 1000));
  }
}

async function main() {
  const deadline = setTimeout(() => {
    log(`✕ timed out after ${TIMEOUT_S} s`);
    cleanup().finally(() => process.exit(1));
  }, TIMEOUT_S * 1000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'op-replicas-'));
  // Backstage's own migrations (catalog, scheduler) fail instead of waiting when two processes migrate a fresh
  // database at the same moment ("Migration table is already locked"): like a rolling deployment, the second
  // replica starts once the first one has migrated.
  const backends = [startBackend(0, dir)];
  let admin;
  const cleanup = async () => {
    for (const b of backends) {
      if (b.child.exitCode === null) b.child.kill('SIGTERM');
    }
    await new Promise(r => setTimeout(r, 2000));
    for (const b of backends) {
      if (b.child.exitCode === null) b.child.kill('SIGKILL');
    }
    admin ??= knexFactory({
      client: 'pg',
      connection: `${POSTGRES_URL}/postgres`,
    });
    const rows = await admin('pg_database')
      .select('datname')
      .where('datname', 'like', `${PREFIX}%`);
    for (const { datname } of rows) {
      await admin
        .raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [datname])
        .catch(() => {});
    }
    await admin.destroy();
  };
  try {
    log(
      `starting two backends on 127.0.0.1:${PORTS.join(
        ', :',
      )} (databases ${PREFIX}*, logs in ${dir})…`,
    );
    for (const b of backends) {
      b.child.on('exit', code => {
        if (code !== null && code !== 0)
          log(`backend ${b.index} exited with ${code} (see ${b.logFile})`);
      });
    }
    const healthy = async b => {
      if (/Backend startup failed/.test(fs.readFileSync(b.logFile, 'utf8'))) {
        throw Object.assign(
          new Error(`backend ${b.index} failed to start (see ${b.logFile})`),
          { fatal: true },
        );
      }
      return (await fetch(`${b.base}/api/operational-pilot/health`)).ok;
    };
    const waitHealthy = b =>
      waitFor(`backend ${b.index}`, () => healthy(b), 240_000);
    await waitHealthy(backends[0]);
    backends.push(startBackend(1, dir));
    backends[1].child.on('exit', code => {
      if (code !== null && code !== 0)
        log(`backend 1 exited with ${code} (see ${backends[1].logFile})`);
    });
    await waitHealthy(backends[1]);
    check('both backends run on one fresh PostgreSQL database set', true);

    // Sign in as the demo POA (guest) on each backend.
    for (const b of backends) {
      const res = await fetch(
        `${b.base}/api/auth/guest/refresh?env=development`,
        {
          headers: { 'x-requested-with': 'XMLHttpRequest' },
        },
      );
      if (!res.ok)
        throw new Error(
          `guest sign-in on ${b.index}: ${res.status} ${await res.text()}`,
        );
      b.token = (await res.json()).backstageIdentity.token;
    }
    const call = async (b, method, p, body, headers = {}) => {
      const res = await fetch(`${b.base}/api/operational-pilot${p}`, {
        method,
        headers: {
          authorization: `Bearer ${b.token}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      return {
        status: res.status,
        headers: res.headers,
        body: text ? JSON.parse(text) : undefined,
      };
    };

    // The catalog ingests the demo files; the refresh (every 5 s) evaluates them: wait for the portfolio.
    const [a, b] = backends;
    await waitFor(
      'the portfolio',
      async () =>
        (await call(a, 'GET', '/portfolio?limit=500')).body?.totalItems >= 20,
      120_000,
    );
    check(
      'the refresh puts the catalog in the portfolio within seconds of ingestion',
      true,
    );

    // Writes through both.
    const entity = '/entities/component/default/search-indexer';
    const ops = await call(a, 'GET', `${entity}/operations`);
    const put = await call(
      a,
      'PUT',
      `${entity}/operations`,
      { metadata: { ...(ops.body?.metadata ?? {}), tier: 'T3' } },
      { 'if-match': ops.headers.get('etag') ?? '"0"' },
    );
    check(
      'a write through backend 0 (PUT operations)',
      put.status === 200 || put.status === 202,
      `status ${put.status}`,
    );
    const attest = await call(b, 'POST', `${entity}/attestations`, {
      criterionId: 'SEC-01',
      state: 'compliant',
      evidence: [{ url: 'https://security.example/reviews/search-indexer' }],
    });
    check(
      'a write through backend 1 (POST attestation)',
      attest.status === 201,
      `status ${attest.status}`,
    );
    const readA = await call(a, 'GET', `${entity}/readiness`);
    const readB = await call(b, 'GET', `${entity}/readiness`);
    check(
      'both serve the readiness with both writes',
      readA.body?.tier === readB.body?.tier &&
        readA.body?.score === readB.body?.score &&
        readB.body?.criteria?.find(c => c.id === 'SEC-01')?.status === 'pass',
      `tier ${readA.body?.tier}/${readB.body?.tier}, score ${
        readA.body?.score
      }/${readB.body?.score}, SEC-01 ${
        readB.body?.criteria?.find(c => c.id === 'SEC-01')?.status
      }`,
    );

    // A full re-evaluation asked through backend 1 is run once, by whichever replica runs the next refresh.
    const requested = await call(b, 'POST', '/evaluations/run');
    check(
      'POST /evaluations/run through backend 1',
      requested.status === 202,
      `status ${requested.status}`,
    );

    log(`observing the scheduled runs for ${OBSERVE_SECONDS} s…`);
    const observeFrom = new Date().toISOString();
    await new Promise(r => setTimeout(r, OBSERVE_SECONDS * 1000));
    const observeTo = new Date().toISOString();
    const summarize = body =>
      JSON.stringify(
        body.items.map(i => [i.entityRef, i.score, i.verdict, i.tier]),
      );
    const [pa, pb] = await Promise.all([
      call(a, 'GET', '/portfolio?limit=500'),
      call(b, 'GET', '/portfolio?limit=500'),
    ]);
    check(
      'both serve the same portfolio',
      pa.status === 200 && summarize(pa.body) === summarize(pb.body),
      `${pa.body.totalItems} entities`,
    );

    admin = knexFactory({
      client: 'pg',
      connection: `${POSTGRES_URL}/postgres`,
    });
    const pluginDb = knexFactory({
      client: 'pg',
      connection: `${POSTGRES_URL}/${PREFIX}operational-pilot`,
    });
    try {
      const runs = await pluginDb('evaluation_runs')
        .whereNot({ task: 'request' })
        .orderBy('id');
      for (const task of [
        'operational-pilot:refresh',
        'operational-pilot:evaluate',
      ]) {
        const mine = runs.filter(r => r.task === task && r.finished_at);
        let overlaps = 0;
        const sorted = [...mine].sort((x, y) =>
          x.started_at.localeCompare(y.started_at),
        );
        for (let i = 1; i < sorted.length; i++) {
          if (sorted[i].started_at < sorted[i - 1].finished_at) overlaps += 1;
        }
        const runners = [...new Set(mine.map(r => r.runner))];
        check(
          `${task}: no two runs at the same time across the replicas`,
          mine.length > 0 && overlaps === 0,
          `${mine.length} runs by ${runners.length} process(es), ${overlaps} overlapping`,
        );
        if (task === 'operational-pilot:refresh') {
          const inWindow = mine.filter(
            r => r.started_at >= observeFrom && r.started_at <= observeTo,
          ).length;
          const periods = OBSERVE_SECONDS / REFRESH_SECONDS;
          check(
            `${task}: one run per period, not one per replica`,
            inWindow >= 1 && inWindow <= periods + 1,
            `${inWindow} runs in ${OBSERVE_SECONDS} s for a ${REFRESH_SECONDS} s period (two replicas each running it would be ~${
              2 * periods
            })`,
          );
        }
      }
      const requests = await pluginDb('evaluation_runs').where({
        task: 'request',
      });
      const fullRuns = runs.filter(r => r.mode === 'full');
      check(
        'the requested full re-evaluation ran once',
        requests.length === 1 &&
          requests[0].claimed_by !== null &&
          fullRuns.length === 1 &&
          fullRuns[0].id === requests[0].claimed_by &&
          fullRuns[0].evaluated === fullRuns[0].seen,
        `${fullRuns.length} full run(s), by ${fullRuns[0]?.runner}, ${fullRuns[0]?.evaluated}/${fullRuns[0]?.seen} evaluated`,
      );
      const tasks = await pluginDb('backstage_backend_tasks__tasks').select(
        'id',
      );
      const ids = tasks.map(t => t.id).sort();
      check(
        'the scheduler holds one row per task',
        JSON.stringify(ids) === JSON.stringify([...new Set(ids)]) &&
          ids.includes('operational-pilot:refresh'),
        ids.join(', '),
      );
    } finally {
      await pluginDb.destroy();
    }
  } catch (error) {
    failed += 1;
    log(`✕ ${error.stack ?? error}`);
    for (const b of backends) {
      log(`--- last lines of backend ${b.index} (${b.logFile}):`);
      console.log(
        fs.readFileSync(b.logFile, 'utf8').split('\n').slice(-15).join('\n'),
      );
    }
  } finally {
    clearTimeout(deadline);
    await cleanup();
  }
  log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main();
