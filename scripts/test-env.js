#!/usr/bin/env node
/*
 * Runs a command with the environment the tests need:
 * - CI=1 so that Jest does not start in watch mode;
 * - database tests on SQLite AND PostgreSQL: the PostgreSQL server at OP_TEST_POSTGRES_URL
 *   (default postgresql://postgres@127.0.0.1:5432) is used through Backstage's TestDatabases, never Docker.
 *   Set OP_TEST_SKIP_POSTGRES=1 to run locally without PostgreSQL (CI refuses that).
 */
const { spawnSync } = require('child_process');
const net = require('net');

const POSTGRES_URL =
  process.env.OP_TEST_POSTGRES_URL || 'postgresql://postgres@127.0.0.1:5432';

function canConnect(url) {
  const { hostname, port } = new URL(url);
  return new Promise(resolve => {
    const socket = net.connect({ host: hostname, port: Number(port || 5432) });
    socket.setTimeout(2000);
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error('usage: test-env.js <command> [args...]');
    process.exit(2);
  }
  const env = { ...process.env, BACKSTAGE_TEST_DISABLE_DOCKER: '1' };
  const wasCi = Boolean(process.env.CI);
  if (!env.CI) env.CI = '1';

  if (process.env.OP_TEST_SKIP_POSTGRES === '1') {
    if (wasCi) {
      console.error('[test-env] OP_TEST_SKIP_POSTGRES is not allowed in CI: database tests must run on PostgreSQL too.');
      process.exit(1);
    }
    env.OP_TEST_ALLOW_NO_POSTGRES = '1';
    delete env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
    console.warn('[test-env] PostgreSQL SKIPPED on request (OP_TEST_SKIP_POSTGRES=1): database tests run on SQLite only.');
  } else {
    if (!(await canConnect(POSTGRES_URL))) {
      console.error(
        `[test-env] PostgreSQL is unreachable at ${POSTGRES_URL}. Start it (see README) or set OP_TEST_POSTGRES_URL;` +
          ' OP_TEST_SKIP_POSTGRES=1 runs SQLite only (not allowed in CI).',
      );
      process.exit(1);
    }
    env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING = POSTGRES_URL;
    console.log(`[test-env] database tests run on SQLite and on PostgreSQL (${POSTGRES_URL})`);
  }

  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: false });
  if (result.error) {
    console.error(result.error.message);
    process.exit(1);
  }
  process.exit(result.status ?? 1);
}

main();
