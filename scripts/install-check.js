#!/usr/bin/env node
/*
 * Release check: README "Install into an existing Backstage app", followed literally on an app fresh from
 * `@backstage/create-app`, from a clean temporary folder:
 *
 *   1. packs our packages (scripts/pack-packages.js → op-packages/*.tgz in the temp folder);
 *   2. creates an app with `npx @backstage/create-app@latest` (non-interactive, the Backstage release it makes);
 *   3. follows the README: resolutions for -common and -node, `yarn add` of the tarballs in the backend and the
 *      app, the backend lines (the stock allow-all policy module removed), the configuration;
 *   4. starts the app on ports 3100 (frontend) / 7100 (backend), so that it never collides with the demo (3000/7007);
 *   5. checks the API with a guest token (the portfolio fills once the catalog has ingested the example entities,
 *      an entity's readiness) and, in headless Chromium, the Operational pilot tab and the readiness card;
 *   6. stops everything. Exits non-zero on any failure.
 *
 *   ./op yarn test:install                         (about 10–15 minutes on 2 cores; see README "Tests")
 *   OP_INSTALL_KEEP=1       keep the temp folder (its path is printed) for inspection
 *   OP_INSTALL_DIR=<dir>    use this folder instead of a new temp folder (must be empty or absent)
 *   OP_INSTALL_REUSE=1      with OP_INSTALL_DIR: reuse the app a previous run set up there (start and check only)
 *   OP_INSTALL_AS_CREATED=1 keep the Backstage versions create-app wrote (no `yarn up '@backstage/*'`)
 *   CHROMIUM_PATH           default /usr/bin/chromium
 */
const { execFileSync, spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const { launchChromium } = require('./chromium');
const FRONTEND = 'http://localhost:3100';
const BACKEND = 'http://localhost:7100';
const ENTITY = 'component/default/example-website';
const started = Date.now();

const log = msg =>
  console.log(
    `[install-check +${Math.round((Date.now() - started) / 1000)}s] ${msg}`,
  );

function run(cmd, args, cwd, input) {
  log(`$ ${cmd} ${args.join(' ')}${cwd ? `   (in ${cwd})` : ''}`);
  return execFileSync(cmd, args, {
    cwd,
    input,
    encoding: 'utf8',
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'inherit'],
    env: { ...process.env, YARN_ENABLE_TELEMETRY: '0', CI: '' },
    maxBuffer: 64 * 1024 * 1024,
  });
}

const sleep = ms => new Promise(r => setTimeout(r, ms));

async function waitFor(what, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    await sleep(2000);
  }
  throw new Error(
    `timed out after ${timeoutMs / 1000}s waiting for ${what}${
      last ? `: ${last}` : ''
    }`,
  );
}

function edit(file, fn) {
  const before = fs.readFileSync(file, 'utf8');
  const after = fn(before);
  if (after === before) throw new Error(`README step left ${file} unchanged`);
  fs.writeFileSync(file, after);
}

/** README: "Backend" — add our lines, remove the stock allow-all permission policy module. */
function wireBackend(app) {
  edit(path.join(app, 'packages/backend/src/index.ts'), src => {
    const allowAll =
      /backend\.add\(\s*import\('@backstage\/plugin-permission-backend-module-allow-all-policy'\),?\s*\);\n/;
    if (!allowAll.test(src))
      throw new Error('the stock allow-all policy line was not found');
    return src
      .replace(allowAll, '')
      .replace(
        'backend.start();',
        [
          "backend.add(import('@operational-pilot/backstage-plugin-backend'));",
          "backend.add(import('@operational-pilot/backstage-plugin-permission-backend-module-policy'));",
          "backend.add(import('@operational-pilot/backstage-plugin-catalog-backend-module'));",
          "backend.add(import('@operational-pilot/backstage-plugin-scaffolder-backend-module'));",
          "backend.add(import('@operational-pilot/backstage-plugin-search-backend-module'));",
          '',
          'backend.start();',
        ].join('\n'),
      );
  });
}

/** Ports of this check (the README's configuration needs nothing more: permission is enabled by create-app). */
function writeCheckConfig(app) {
  fs.writeFileSync(
    path.join(app, 'app-config.install-check.yaml'),
    [
      'app:',
      `  baseUrl: ${FRONTEND}`,
      'backend:',
      `  baseUrl: ${BACKEND}`,
      '  listen:',
      '    port: 7100',
      '  cors:',
      `    origin: ${FRONTEND}`,
      // The README's optional search collator, with a short initial delay so it runs during the check.
      'search:',
      '  collators:',
      '    operationalPilot:',
      '      schedule: { frequency: { minutes: 10 }, timeout: { minutes: 15 }, initialDelay: { seconds: 30 } }',
      '',
    ].join('\n'),
  );
}

function startApp(app) {
  const logFile = path.join(app, 'install-check-app.log');
  log(`starting the app (yarn start), log: ${logFile}`);
  const out = fs.openSync(logFile, 'w');
  const child = spawn(
    'yarn',
    [
      'start',
      '--config',
      '../../app-config.yaml',
      '--config',
      '../../app-config.install-check.yaml',
    ],
    {
      cwd: app,
      detached: true,
      stdio: ['ignore', out, out],
      env: {
        ...process.env,
        BROWSER: 'none',
        NODE_ENV: 'development',
        YARN_ENABLE_TELEMETRY: '0',
      },
    },
  );
  return {
    logFile,
    stop: async () => {
      for (const signal of ['SIGTERM', 'SIGKILL']) {
        try {
          process.kill(-child.pid, signal);
        } catch {
          return;
        }
        await sleep(3000);
      }
    },
  };
}

async function json(url, token, init = {}) {
  const res = await fetch(url, {
    ...init,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...init.headers,
    },
  });
  const text = await res.text();
  if (!res.ok)
    throw new Error(
      `${init.method ?? 'GET'} ${url} → ${res.status} ${text.slice(0, 300)}`,
    );
  return JSON.parse(text);
}

async function checkApi() {
  const guest = await json(`${BACKEND}/api/auth/guest/refresh`, undefined);
  const token = guest?.backstageIdentity?.token;
  if (!token) throw new Error('no guest token from /api/auth/guest/refresh');
  const ingestedAt = await waitFor(
    'the catalog to ingest example-website',
    async () => {
      const res = await fetch(
        `${BACKEND}/api/catalog/entities/by-name/${ENTITY}`,
        {
          headers: { authorization: `Bearer ${token}` },
        },
      );
      return res.ok && Date.now();
    },
    5 * 60_000,
  );
  log('the catalog has example-website');
  const portfolio = await waitFor(
    'the portfolio to list the example entities',
    async () => {
      const body = await json(
        `${BACKEND}/api/operational-pilot/portfolio`,
        token,
      );
      return (
        body.items?.some(
          i => i.entityRef === 'component:default/example-website',
        ) && body
      );
    },
    5 * 60_000,
  );
  log(
    `portfolio: ${portfolio.items.length} entities, ${Math.round(
      (Date.now() - ingestedAt) / 1000,
    )}s after the catalog had them`,
  );
  const readiness = await json(
    `${BACKEND}/api/operational-pilot/entities/${ENTITY}/readiness`,
    token,
  );
  if (typeof readiness.score !== 'number' || !readiness.verdict) {
    throw new Error(
      `unexpected readiness: ${JSON.stringify(readiness).slice(0, 300)}`,
    );
  }
  log(
    `readiness of example-website: ${readiness.score} (${readiness.verdict}, tier ${readiness.tier})`,
  );
}

async function checkBrowser() {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({
      viewport: { width: 1400, height: 1000 },
    });
    const errors = [];
    page.on('pageerror', e => errors.push(e.message));
    await page.goto(`${FRONTEND}/catalog/default/component/example-website`, {
      timeout: 180_000,
    });
    // create-app's sign-in page offers the guest provider.
    const enter = page.getByRole('button', { name: /^(enter|sign in)$/i });
    await enter
      .first()
      .click({ timeout: 60_000 })
      .catch(() => log('no sign-in button (already signed in)'));
    await page
      .getByRole('heading', { name: 'Readiness' })
      .first()
      .waitFor({ timeout: 120_000 });
    log('the readiness card is on the entity overview');
    const badge = page.getByText(/^Assumed T\d$/).first();
    await badge.waitFor({ timeout: 60_000 });
    const clipped = await badge.evaluate(el => {
      const box = el.getBoundingClientRect();
      let parent = el.parentElement;
      while (parent) {
        const style = getComputedStyle(parent);
        if (style.overflow !== 'visible' || style.overflowX !== 'visible') {
          const p = parent.getBoundingClientRect();
          if (box.right > p.right + 0.5 || box.left < p.left - 0.5) return true;
        }
        parent = parent.parentElement;
      }
      return el.scrollWidth > el.clientWidth + 1;
    });
    if (clipped)
      throw new Error(
        'the "Assumed T1" badge is cut off on the readiness card',
      );
    log('the "Assumed T1" badge is shown in full');
    // The tab is in the entity page's header (a link to the tab's route in this layout).
    await page
      .getByText('Operational pilot', { exact: true })
      .first()
      .waitFor({ timeout: 60_000 });
    await page.goto(
      `${FRONTEND}/catalog/default/component/example-website/operational-pilot`,
      { timeout: 180_000 },
    );
    // The tab's readiness header: its score gauge (the overview card is not on this route).
    await page
      .getByRole('img', { name: /^Readiness score: / })
      .first()
      .waitFor({ timeout: 120_000 });
    await page.screenshot({
      path: path.join(os.tmpdir(), 'op-install-check-tab.png'),
    });
    log(
      `the Operational pilot tab renders (screenshot ${path.join(
        os.tmpdir(),
        'op-install-check-tab.png',
      )})`,
    );
    if (errors.length)
      throw new Error(`errors in the page: ${errors.join(' | ')}`);
  } finally {
    await browser.close();
  }
}

/** Everything the README asks of a user, on a new app in `app`. */
/** The newest version of `name` published no later than `until` (a date), from the npm registry. */
function versionPublishedBy(name, until, app) {
  const times = JSON.parse(run('npm', ['view', name, 'time', '--json'], app));
  return Object.entries(times)
    .filter(([v, t]) => /^\d+\.\d+\.\d+$/.test(v) && new Date(t) <= until)
    .sort((a, b) => new Date(a[1]) - new Date(b[1]))
    .pop()?.[0];
}

/**
 * Not ours, but it stops a stock app: create-app writes caret ranges without a lockfile, so `yarn install` takes
 * the newest `@backstage/plugin-signals-backend` of its range. Since Backstage 1.57 that version calls
 * `httpRouter.addWebSocketHandler`, which the app's older `@backstage/backend-defaults` does not implement, and the
 * backend stops at startup ("Plugin 'signals' startup failed"). The release's own version (the newest published
 * with the app's backend-defaults) is pinned, as `backstage-cli versions:bump` would (its manifest server is out of
 * reach here). README "Install into an existing Backstage app" says the same.
 */
function pinSignalsBackendToRelease(app) {
  const dist = name => path.join(app, 'node_modules', name, 'dist');
  const uses = (name, text) =>
    fs.existsSync(dist(name)) &&
    fs
      .readdirSync(dist(name), { recursive: true })
      .filter(f => String(f).endsWith('.js'))
      .some(f =>
        fs
          .readFileSync(path.join(dist(name), String(f)), 'utf8')
          .includes(text),
      );
  if (
    !uses('@backstage/plugin-signals-backend', 'addWebSocketHandler') ||
    uses('@backstage/backend-defaults', 'addWebSocketHandler')
  ) {
    return;
  }
  const defaults = JSON.parse(
    fs.readFileSync(
      path.join(dist('@backstage/backend-defaults'), '../package.json'),
      'utf8',
    ),
  ).version;
  const times = JSON.parse(
    run('npm', ['view', '@backstage/backend-defaults', 'time', '--json'], app),
  );
  const until = new Date(new Date(times[defaults]).getTime() + 2 * 86400_000);
  const signals = versionPublishedBy(
    '@backstage/plugin-signals-backend',
    until,
    app,
  );
  log(
    `pinning @backstage/plugin-signals-backend to ${signals} (the release of backend-defaults ${defaults})`,
  );
  edit(path.join(app, 'package.json'), text => {
    const pkg = JSON.parse(text);
    pkg.resolutions = {
      ...pkg.resolutions,
      '@backstage/plugin-signals-backend': signals,
    };
    return `${JSON.stringify(pkg, null, 2)}\n`;
  });
  run('yarn', ['install'], app);
}

async function setUpApp(work, app) {
  // README "Get the packages": build and pack from this repository.
  const packed = run(
    'node',
    [
      path.join(ROOT, 'scripts/pack-packages.js'),
      path.join(work, 'op-packages'),
    ],
    ROOT,
  )
    .trim()
    .split('\n')
    .map(line => line.split('='));
  const tgz = Object.fromEntries(packed);
  const short = name =>
    name.replace('@operational-pilot/backstage-plugin', 'op') || 'op';

  run(
    'npx',
    ['--yes', '@backstage/create-app@latest', '--path', app, '--skip-install'],
    work,
    'op-install-check\n',
  );
  const release = JSON.parse(
    fs.readFileSync(path.join(app, 'backstage.json'), 'utf8'),
  ).version;
  log(`create-app made a Backstage ${release} app`);
  // The tarballs next to the app, as the README tells a user to put them.
  const local = path.join(app, 'op-packages');
  fs.mkdirSync(local);
  for (const [name, file] of Object.entries(tgz)) {
    fs.copyFileSync(file, path.join(local, path.basename(file)));
    tgz[name] = `op-packages/${path.basename(file)}`;
    log(`tarball ${short(name)}: ${tgz[name]}`);
  }
  if (process.env.OP_INSTALL_AS_CREATED === '1') {
    run('yarn', ['install'], app);
    pinSignalsBackendToRelease(app);
  } else {
    // Our packages are on the newest Backstage line; the README asks for an app on it. create-app's lockfile
    // seed (GitHub) and `backstage-cli versions:bump`'s manifest (versions.backstage.io) are out of reach here,
    // so every @backstage/* dependency is moved to its newest version from the npm registry instead.
    run('yarn', ['up', '@backstage/*'], app);
  }
  const line = name =>
    JSON.parse(
      fs.readFileSync(
        path.join(app, 'node_modules', name, 'package.json'),
        'utf8',
      ),
    ).version;
  log(
    `app on backend-defaults ${line(
      '@backstage/backend-defaults',
    )}, frontend-defaults ${line(
      '@backstage/frontend-defaults',
    )}, frontend-plugin-api ${line('@backstage/frontend-plugin-api')}`,
  );

  // README: resolutions for the two packages the others depend on (-common, -node).
  edit(path.join(app, 'package.json'), text => {
    const pkg = JSON.parse(text);
    pkg.resolutions = {
      ...pkg.resolutions,
      '@operational-pilot/backstage-plugin-common': `file:./${tgz['@operational-pilot/backstage-plugin-common']}`,
      '@operational-pilot/backstage-plugin-node': `file:./${tgz['@operational-pilot/backstage-plugin-node']}`,
    };
    return `${JSON.stringify(pkg, null, 2)}\n`;
  });
  const backendPackages = [
    '@operational-pilot/backstage-plugin-backend',
    '@operational-pilot/backstage-plugin-permission-backend-module-policy',
    '@operational-pilot/backstage-plugin-catalog-backend-module',
    '@operational-pilot/backstage-plugin-scaffolder-backend-module',
    '@operational-pilot/backstage-plugin-search-backend-module',
  ];
  run(
    'yarn',
    [
      '--cwd',
      'packages/backend',
      'add',
      ...backendPackages.map(name => `${name}@file:../../${tgz[name]}`),
    ],
    app,
  );
  run(
    'yarn',
    [
      '--cwd',
      'packages/backend',
      'remove',
      '@backstage/plugin-permission-backend-module-allow-all-policy',
    ],
    app,
  );
  run(
    'yarn',
    [
      '--cwd',
      'packages/app',
      'add',
      `@operational-pilot/backstage-plugin@file:../../${tgz['@operational-pilot/backstage-plugin']}`,
    ],
    app,
  );
  wireBackend(app);
  writeCheckConfig(app);
  run('yarn', ['tsc'], app);
}

async function main() {
  const work = process.env.OP_INSTALL_DIR
    ? path.resolve(process.env.OP_INSTALL_DIR)
    : fs.mkdtempSync(path.join(os.tmpdir(), 'op-install-check-'));
  const reuse = process.env.OP_INSTALL_REUSE === '1';
  fs.mkdirSync(work, { recursive: true });
  if (!reuse && fs.readdirSync(work).length) {
    throw new Error(`${work} is not empty`);
  }
  log(`working in ${work}`);
  const app = path.join(work, 'app');
  let stop;
  try {
    if (!reuse) await setUpApp(work, app);
    const release = JSON.parse(
      fs.readFileSync(path.join(app, 'backstage.json'), 'utf8'),
    ).version;

    const server = startApp(app);
    stop = server.stop;
    await waitFor(
      'the backend (/api/operational-pilot/health)',
      async () => (await fetch(`${BACKEND}/api/operational-pilot/health`)).ok,
      10 * 60_000,
    ).catch(e => {
      console.log(
        fs
          .readFileSync(server.logFile, 'utf8')
          .split('\n')
          .slice(-60)
          .join('\n'),
      );
      throw e;
    });
    log('backend up');
    await checkApi();
    await waitFor(
      'the frontend',
      async () => (await fetch(FRONTEND)).ok,
      10 * 60_000,
    );
    log('frontend up');
    await checkBrowser();
    log(
      `PASSED on an app create-app made for Backstage ${release}${
        process.env.OP_INSTALL_AS_CREATED === '1'
          ? ''
          : ', moved to the newest @backstage/* versions'
      } in ${Math.round((Date.now() - started) / 1000)}s`,
    );
  } finally {
    if (stop) await stop();
    if (process.env.OP_INSTALL_KEEP === '1') {
      log(`kept ${work}`);
    } else if (!process.env.OP_INSTALL_DIR) {
      fs.rmSync(work, { recursive: true, force: true });
    }
  }
}

main().catch(error => {
  console.error(
    `[install-check] FAILED: ${error && error.stack ? error.stack : error}`,
  );
  process.exit(1);
});
