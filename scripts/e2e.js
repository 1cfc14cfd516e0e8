#!/usr/bin/env node
/*
 * End-to-end test in a real browser (Debian's Chromium driven by playwright-core) against the running demo app.
 *
 * Starts `yarn start` (frontend :3000, backend :7007, in-memory SQLite with the demo data), signs in as the demo
 * POA, opens a demo entity's "Operational pilot" tab, edits its operational metadata, creates an action and moves
 * it to done and verified, checks that the score changed, opens the portfolio, then takes one T1 release through
 * its whole life from the UI: plan, checklist, attestations from the gate's criterion rows, go decision, deploy,
 * hypercare, hand-over signed as the POA, the ops owner and the business owner (three demo users, each in a
 * browser context of their own), close, outcome, CAB dossier. Screenshots go to docs/screenshots/ (README).
 *
 *   node scripts/e2e.js            (CHROMIUM_PATH overrides /usr/bin/chromium; OP_E2E_REUSE=1 uses running servers)
 */
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const APP = 'http://localhost:3000';
const BACKEND = 'http://localhost:7007';
const { assertChromiumInstalled, launchChromium } = require('./chromium');
const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');
const ENTITY = '/catalog/default/component/order-service/operational-pilot';

let passed = 0;
let failed = 0;
const log = msg => console.log(`[e2e] ${msg}`);

async function isUp(url) {
  try {
    const res = await fetch(url);
    return res.ok;
  } catch {
    return false;
  }
}

async function waitFor(what, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
}

function startApp() {
  log('starting the app (yarn start)…');
  const logFile = fs.openSync(
    path.join(ROOT, 'node_modules/.cache/e2e-app.log'),
    'w',
  );
  const child = spawn('yarn', ['start'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', logFile, logFile],
    env: { ...process.env, BROWSER: 'none', NODE_ENV: 'development' },
  });
  return () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
}

let currentPage;

/*
 * Everything that must fail the run: console errors, uncaught exceptions, and API responses with a 4xx/5xx status
 * that the current step did not announce (`expectHttp`). Each page reports here from its own listeners.
 */
const problems = [];
let expectedHttp = [];

/** Lets the running step expect a refused call (e.g. closing a release before its hand-over gives 409). */
function expectHttp(status, urlPart) {
  expectedHttp.push({ status, urlPart });
}

function isExpected(status, url) {
  return expectedHttp.some(e => e.status === status && url.includes(e.urlPart));
}

/** Console messages that are not ours (the browser's own notices). */
const FOREIGN_CONSOLE = [
  /Download the React DevTools/,
  // Backstage's own app registers its default icons the deprecated way (not ours to change).
  /The following icons were registered as IconComponent, which is deprecated/,
];

function watch(page, who) {
  page.on('pageerror', e => problems.push(`${who}: uncaught ${e.message}`));
  page.on('console', msg => {
    if (msg.type() !== 'error' && msg.type() !== 'warning') return;
    const text = msg.text();
    if (FOREIGN_CONSOLE.some(re => re.test(text))) return;
    // Ours unless it comes from a library: React's warnings name the component that rendered the faulty element
    // first; other messages are judged by the script that logged them.
    const firstFrame = /\bat \S+ \((webpack-internal:\/\/\/[^)]*)\)/.exec(text);
    const origin = firstFrame ? firstFrame[1] : msg.location().url ?? '';
    if (/node_modules/.test(origin)) return;
    // The browser logs every refused request; an expected one is not a problem, the response check judges it.
    if (
      /Failed to load resource: the server responded with a status of/.test(
        text,
      )
    )
      return;
    problems.push(
      `${who}: console ${msg.type()}: ${text.slice(
        0,
        process.env.OP_E2E_VERBOSE ? 6000 : 400,
      )}`,
    );
  });
  page.on('response', res => {
    const status = res.status();
    const url = res.url();
    if (status >= 400 && url.startsWith(BACKEND) && !isExpected(status, url)) {
      problems.push(`${who}: HTTP ${status} ${res.request().method()} ${url}`);
    }
  });
  page.on('requestfailed', req => {
    const url = req.url();
    // Navigations abort pending event streams and polls; only calls to our API count.
    if (
      url.startsWith(`${BACKEND}/api/operational-pilot`) &&
      !/ERR_ABORTED/.test(req.failure()?.errorText ?? '')
    ) {
      problems.push(
        `${who}: request failed ${req.method()} ${url}: ${
          req.failure()?.errorText
        }`,
      );
    }
  });
}

/** Waits until no toast is on screen, then takes a screenshot (toasts would hide part of the view). */
async function screenshot(page, name) {
  // Backstage UI's toast region names itself "<n> notifications."; it must be empty.
  const showing = () =>
    page.evaluate(() =>
      [
        ...document.querySelectorAll(
          '[role="region"][aria-label$="notifications."], [role="region"][aria-label$="notification."]',
        ),
      ].some(r => !/^0 /.test(r.getAttribute('aria-label') ?? '')),
    );
  await waitFor('toasts to go away', async () => !(await showing()), 15_000);
  await page.waitForTimeout(300);
  await page.screenshot({
    path: path.join(SCREENSHOTS, name),
    fullPage: false,
  });
}

async function step(name, fn) {
  const before = problems.length;
  try {
    await fn();
    if (problems.length > before) {
      throw new Error(
        `errors during the step:\n${problems.slice(before).join('\n')}`,
      );
    }
    passed += 1;
    log(`✓ ${name}`);
  } catch (error) {
    failed += 1;
    if (currentPage) {
      await currentPage
        .screenshot({
          path: path.join(ROOT, 'node_modules/.cache/e2e-failure.png'),
        })
        .catch(() => {});
    }
    log(
      `✕ ${name}\n    ${String((error && error.stack) || error)
        .split('\n')
        .slice(0, 6)
        .join('\n    ')}`,
    );
    throw error;
  } finally {
    expectedHttp = [];
  }
}

/** The score shown in the tab's header, as a number. */
async function readScore(page) {
  const text = await page
    .getByTestId('readiness-score')
    .getAttribute('data-score');
  const value = Number.parseFloat(text ?? '');
  if (Number.isNaN(value)) throw new Error(`no score in "${text}"`);
  return value;
}

/** Picks an option of a (React Aria) select inside a dialog. */
async function chooseOption(page, scope, label, option) {
  await scope
    .getByRole('button', { name: new RegExp(label) })
    .first()
    .click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Some transitions ask for a reason or evidence in a dialog; fill it and confirm. */
async function confirmDialogIfAny(page, { evidence }) {
  // Modal dialogs (not the popovers of selects, which are dialogs too).
  const dialog = page.locator('section[role="dialog"]');
  try {
    await dialog.waitFor({ timeout: 3000 });
  } catch {
    return;
  }
  if (evidence) {
    const field = dialog.getByLabel(/evidence/i);
    if (await field.count()) await field.first().fill(evidence);
  }
  await dialog
    .getByRole('button')
    .filter({ hasNotText: /cancel|close/i })
    .last()
    .click();
  await dialog.waitFor({ state: 'detached' });
}

/**
 * Records the requests the page makes to our API and to the permission backend from now on. `stop()` returns
 * them with their round trip: 1 for a request issued before any recorded response arrived, n + 1 for one issued
 * after a response of round trip n (a waterfall). Issue time is when the page asks, before the browser queues it.
 */
function recordApiRoundTrips(page) {
  const requests = new Map();
  const onRequest = req => {
    const url = req.url();
    if (/\/api\/(operational-pilot|permission)\//.test(url)) {
      requests.set(req, { url, start: Date.now(), end: Infinity });
    }
  };
  const onDone = req => {
    const entry = requests.get(req);
    if (entry) entry.end = Date.now();
  };
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  return {
    stop() {
      page.off('request', onRequest);
      page.off('requestfinished', onDone);
      page.off('requestfailed', onDone);
      const sorted = [...requests.values()].sort((a, b) => a.start - b.start);
      for (const r of sorted) {
        const before = sorted.filter(q => q !== r && q.end <= r.start);
        r.roundTrip = 1 + Math.max(0, ...before.map(q => q.roundTrip ?? 1));
      }
      return sorted;
    },
  };
}

async function navigate(page, url) {
  // Client-side navigation keeps the signed-in session of the single-page app.
  await page.evaluate(u => {
    window.history.pushState({}, '', u);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, url);
}

/** Signs in, in a new browser context, as the guest POA (`null`) or as a demo user of the catalog. */
async function signIn(browser, user) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
    // Release windows are typed in the entity's time zone (the payments-api maintenance window is Paris time).
    timezoneId: 'Europe/Paris',
    locale: 'en-GB',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  watch(page, user ?? 'guest');
  await page.goto(APP, { waitUntil: 'domcontentloaded' });
  if (user) {
    await page.getByLabel('Demo user').selectOption(user, { timeout: 180_000 });
    await page.getByRole('button', { name: 'Sign in as demo user' }).click();
  } else {
    await page
      .getByRole('button', { name: /^enter$/i })
      .click({ timeout: 180_000 });
  }
  // A new context loads the whole app again (the dev bundle, on a loaded machine): as long as the sign-in page.
  await page
    .getByRole('link', { name: 'Readiness' })
    .first()
    .waitFor({ timeout: 180_000 });
  return { context, page };
}

/**
 * A deployment window of the demo's payments-api: its maintenance window is Sunday 02:00–06:00 Europe/Paris and
 * it freezes from 15 December to 5 January; the next suitable Sunday at least two days ahead.
 */
function nextReleaseSunday() {
  for (let d = 2; d < 120; d += 1) {
    const day = new Date(Date.now() + d * 86_400_000);
    const month = day.getUTCMonth() + 1;
    const date = day.getUTCDate();
    const frozen = (month === 12 && date >= 14) || (month === 1 && date <= 6);
    if (day.getUTCDay() === 0 && !frozen) return day.toISOString().slice(0, 10);
  }
  throw new Error('no Sunday found');
}

/** Opens a modal dialog by name, fills it with `fill(dialog)`, submits with the button named `submit`. */
async function inDialog(page, name, fill, submit) {
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  await fill(dialog);
  await dialog.getByRole('button', { name: submit, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function main() {
  assertChromiumInstalled();
  fs.mkdirSync(path.join(ROOT, 'node_modules/.cache'), { recursive: true });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });

  let stop = () => {};
  if (process.env.OP_E2E_REUSE !== '1') {
    if (
      (await isUp(APP)) ||
      (await isUp(`${BACKEND}/api/operational-pilot/health`))
    ) {
      throw new Error(
        'ports 3000/7007 are already in use: stop the running app, or set OP_E2E_REUSE=1 to test it',
      );
    }
    stop = startApp();
  }
  const cleanup = () => stop();
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });

  let browser;
  try {
    await waitFor(
      'the backend',
      () => isUp(`${BACKEND}/api/operational-pilot/health`),
      300_000,
    );
    await waitFor('the frontend', () => isUp(APP), 300_000);
    log('app is up');
    browser = await launchChromium([
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ]);
    // Release windows are typed in Paris time, the time zone of the demo's maintenance windows.
    const mainContext = await browser.newContext({
      viewport: { width: 1440, height: 1000 },
      timezoneId: 'Europe/Paris',
      locale: 'en-GB',
    });
    const page = await mainContext.newPage();
    page.setDefaultTimeout(60_000);
    currentPage = page;
    watch(page, 'poa');

    await step('signs in as the demo POA (guest provider)', async () => {
      await page.goto(APP, { waitUntil: 'domcontentloaded' });
      await page
        .getByRole('button', { name: /enter/i })
        .click({ timeout: 180_000 });
      await page.getByRole('link', { name: 'Readiness' }).first().waitFor();
    });

    /** Opens a sub-view of the tab by its link, as a user would, and checks its URL. */
    async function openView(p, name, pathSuffix) {
      await p
        .getByRole('navigation', { name: 'Operational pilot views' })
        .getByRole('link', { name, exact: true })
        .click();
      await waitFor(
        `the ${name} sub-view URL`,
        async () => new URL(p.url()).pathname.endsWith(pathSuffix),
        10_000,
      );
    }

    let before;
    await step(
      'opens the tab on its overview, then the Criteria sub-view by its link',
      async () => {
        const recorder = recordApiRoundTrips(page);
        await navigate(page, ENTITY);
        await page
          .getByRole('heading', { name: 'Operational pilot', exact: true })
          .waitFor();
        await page.getByTestId('readiness-score').waitFor();
        await page.getByRole('region', { name: 'Why this verdict' }).waitFor();
        // The tab's data in at most two round trips after the entity (issue "performance"): no waterfall.
        const requests = recorder.stop();
        const roundTrips = Math.max(0, ...requests.map(r => r.roundTrip));
        log(
          `  tab data: ${requests.length} requests in ${roundTrips} round trip(s)`,
        );
        if (requests.length === 0 || roundTrips > 2) {
          throw new Error(
            `the tab's data took ${roundTrips} round trips: ${requests
              .map(r => `${r.roundTrip} ${r.url.replace(BACKEND, '')}`)
              .join(', ')}`,
          );
        }
        before = await readScore(page);
        await page.getByRole('region', { name: 'Why this verdict' }).waitFor();
        await page
          .getByRole('region', { name: 'Run readiness and release gates' })
          .waitFor();
        await openView(page, 'Criteria', '/operational-pilot/criteria');
        const criteria = page.getByRole('list', { name: 'Criteria' });
        await criteria.getByText('OWN-01').first().waitFor();
        // Back returns to the overview: each sub-view is a history entry.
        await page.goBack();
        await page.getByRole('region', { name: 'Why this verdict' }).waitFor();
      },
    );

    await step(
      'edits the operational metadata from the Metadata sub-view and sees the score change',
      async () => {
        await openView(page, 'Metadata', '/operational-pilot/metadata');
        await page.getByRole('button', { name: 'Edit metadata' }).click();
        const form = page.getByRole('form');
        await form.locator('input[name="serviceHours"]').fill('24x7');
        await form
          .locator('input[name="supportHours.businessHours"]')
          .fill('Mon-Fri 08:00-19:00');
        await form.locator('input[name="slo.availability"]').fill('99.9');
        await form.locator('input[name="continuity.rtoMinutes"]').fill('60');
        await form.locator('input[name="continuity.rpoMinutes"]').fill('15');
        await form
          .locator('input[name="roles.opsOwner"]')
          .fill('group:default/run-ops');
        await form
          .locator('input[name="roles.businessOwner"]')
          .fill('user:default/emma.bernard');
        await page.getByRole('button', { name: 'Save' }).click();
        await page.getByRole('button', { name: 'Edit metadata' }).waitFor();
        await openView(page, 'Overview', '/operational-pilot');
        await waitFor(
          'a new score',
          async () => (await readScore(page)) !== before,
          30_000,
        );
        const after = await readScore(page);
        if (!(after > before))
          throw new Error(
            `score went from ${before} to ${after}, expected a rise`,
          );
        log(`  score ${before} → ${after}`);
      },
    );

    await step(
      'creates a handoff action, closes it (done, then verified) and finds it in the closed list',
      async () => {
        await openView(page, 'Actions', '/operational-pilot/actions');
        await page.getByRole('button', { name: 'New action' }).click();
        const dialog = page.getByRole('dialog', { name: 'New handoff action' });
        await dialog
          .getByLabel('Title', { exact: false })
          .first()
          .fill('E2E: rehearse the rollback');
        await chooseOption(page, dialog, 'Phase', 'Before release');
        await chooseOption(page, dialog, 'Side', 'Build');
        await dialog.getByRole('button', { name: 'Create' }).click();
        await dialog.waitFor({ state: 'detached' });
        const transitions = page.getByRole('group', {
          name: 'Transitions for E2E: rehearse the rollback',
        });
        await transitions.getByRole('button', { name: 'Start' }).click();
        await transitions.getByRole('button', { name: 'Mark done' }).click();
        await confirmDialogIfAny(page, {
          evidence: 'https://ci.example/rollback-rehearsal',
        });
        await transitions.getByRole('button', { name: 'Verify' }).click();
        await confirmDialogIfAny(page, {});
        // A verified action is closed: it leaves the open list…
        await transitions.waitFor({ state: 'detached' });
        // …and is in the closed list with its status and evidence.
        // React Aria's switch input is visually hidden: click its label, as a user does.
        await page.locator('label').filter({ hasText: 'Show closed' }).click();
        const row = page
          .getByRole('row')
          .filter({ hasText: 'E2E: rehearse the rollback' });
        await row.getByText('Verified', { exact: true }).waitFor();
        await row.getByRole('link', { name: 'Evidence' }).waitFor();
        const href = await row
          .getByRole('link', { name: 'Evidence' })
          .getAttribute('href');
        if (href !== 'https://ci.example/rollback-rehearsal')
          throw new Error(`evidence link is ${href}`);
        await screenshot(page, 'entity-actions.png');
      },
    );

    await step(
      'opens the portfolio dashboard and shows as many entities as the API counts',
      async () => {
        const portfolioResponse = page.waitForResponse(
          r =>
            new URL(r.url()).pathname === '/api/operational-pilot/portfolio' &&
            r.request().method() === 'GET' &&
            r.ok(),
        );
        await page.getByRole('link', { name: 'Readiness' }).first().click();
        const body = await (await portfolioResponse).json();
        await page.getByRole('heading', { name: 'Key figures' }).waitFor();
        await page
          .getByRole('columnheader', { name: /Entity/ })
          .first()
          .waitFor();
        await page
          .getByRole('link', { name: 'Payments API', exact: true })
          .first()
          .waitFor();
        const total = body.totalItems;
        if (!(total >= 5))
          throw new Error(
            `the portfolio API counts ${total} entities, expected the demo catalog`,
          );
        await page
          .getByText(new RegExp(`of ${total}\\b`))
          .first()
          .waitFor();
        await screenshot(page, 'portfolio.png');
      },
    );

    await step(
      'shows a ready-for-run entity: overview with verdict, gates side by side and owners',
      async () => {
        await navigate(
          page,
          '/catalog/default/component/payments-api/operational-pilot',
        );
        await page.getByTestId('readiness-score').waitFor();
        await page.getByText('Ready for run').first().waitFor();
        await page.getByRole('region', { name: 'Owners and roles' }).waitFor();
        const height = await page.evaluate(
          () => document.documentElement.scrollHeight,
        );
        if (height > 2 * 1000 + 200)
          throw new Error(
            `the overview is ${height}px high, more than two screens`,
          );
        await page
          .getByRole('heading', { name: 'Operational pilot', exact: true })
          .scrollIntoViewIfNeeded();
        await screenshot(page, 'entity-tab.png');
      },
    );

    // ---- One T1 release, from plan to hand-over and outcome (issue "release-to-run") ----
    const RELEASE_TAB =
      '/catalog/default/component/payments-api/operational-pilot';
    const VERSION = '4.2.0';
    const sunday = nextReleaseSunday();
    let releaseUrl;
    let releaseDone = false;

    await step(
      'plans a T1 release in a maintenance window and opens its workspace',
      async () => {
        await navigate(page, RELEASE_TAB);
        await openView(page, 'Releases', '/operational-pilot/releases');
        await page
          .getByRole('button', { name: 'Plan release' })
          .first()
          .click();
        await inDialog(
          page,
          'Plan a production release',
          async dialog => {
            await dialog.getByLabel('Version').fill(VERSION);
            await chooseOption(page, dialog, 'Kind', 'Minor');
            await dialog.getByLabel('Planned for').fill(`${sunday}T03:00`);
            await dialog.getByLabel('Window start').fill(`${sunday}T03:00`);
            await dialog.getByLabel('Window end').fill(`${sunday}T04:30`);
            await dialog
              .getByLabel('Change reference (RFC / CHG)')
              .fill('CHG-E2E-4200');
            await chooseOption(page, dialog, 'Change approval', 'Approved');
            await dialog
              .getByLabel('Approval date')
              .fill(new Date().toISOString().slice(0, 10));
            await dialog.getByLabel('Environments').fill('preprod, prod');
          },
          'Plan release',
        );
        await page
          .getByRole('heading', { name: `Release ${VERSION}` })
          .waitFor();
        releaseUrl = new URL(page.url()).pathname;
        if (!/\/operational-pilot\/releases\/[^/]+$/.test(releaseUrl)) {
          throw new Error(
            `the workspace is not addressable by URL: ${releaseUrl}`,
          );
        }
        await page
          .getByRole('region', { name: 'Go/no-go gate' })
          .getByText('Not ready')
          .first()
          .waitFor();
      },
    );

    await step(
      'generates the release checklist from the templates in one step',
      async () => {
        await page.getByRole('button', { name: 'Generate checklist' }).click();
        const dialog = page.getByRole('dialog', {
          name: `Checklist of ${VERSION}`,
        });
        await dialog.waitFor();
        const create = dialog.getByRole('button', {
          name: /^Create [1-9]\d* actions?$/,
        });
        await create.waitFor();
        const count = Number((await create.textContent()).match(/\d+/)[0]);
        if (count < 3)
          throw new Error(`only ${count} checklist actions proposed`);
        await create.click();
        await dialog.waitFor({ state: 'detached' });
        await page
          .getByRole('list', { name: 'Before release' })
          .first()
          .waitFor();
        await page
          .getByRole('list', { name: 'After release' })
          .first()
          .waitFor();
      },
    );

    /** Attests a release-scoped criterion from its row in the go/no-go gate (the release is preselected). */
    async function attestFromRow(p, id) {
      const row = () =>
        p.getByRole('listitem', { name: new RegExp(`^${id} `) }).first();
      await row().getByRole('button', { name: 'Attest' }).click();
      await inDialog(
        p,
        'Record an attestation',
        async dialog => {
          const release = await dialog
            .getByRole('button', { name: /Release/ })
            .first()
            .textContent();
          if (!release.includes(VERSION))
            throw new Error(`release not preselected: "${release}"`);
          await dialog
            .getByLabel('Evidence URLs')
            .fill(
              `https://ci.meridian.example/payments/${id.toLowerCase()}-${VERSION}`,
            );
        },
        'Record attestation',
      );
      await row()
        .getByText(`attested for release ${VERSION}`, { exact: false })
        .waitFor();
    }

    await step(
      'attests REL-02 (POA) and REL-04 (the ops owner, a run-side signer) from the gate criterion rows',
      async () => {
        await attestFromRow(page, 'REL-02');
        const ops = await signIn(browser, 'bruno.lefevre');
        try {
          await navigate(ops.page, releaseUrl);
          await attestFromRow(ops.page, 'REL-04');
        } finally {
          await ops.context.close();
        }
        await page.reload({ waitUntil: 'domcontentloaded' });
        await page
          .getByRole('heading', { name: `Release ${VERSION}` })
          .waitFor();
        const gate = page.getByRole('region', { name: 'Go/no-go gate' });
        await gate.getByText('Ready for run').first().waitFor();
      },
    );

    await step(
      'records a "go" with the approvers prefilled from the roles',
      async () => {
        await page.getByRole('button', { name: 'Record go/no-go' }).click();
        await inDialog(
          page,
          `Go/no-go for ${VERSION}`,
          async dialog => {
            // Prefilled (asynchronously) with the users holding a decision role: the business owner and the POA.
            // The approvers picker shows each one as a chip (data-tag-index) titled with its full reference.
            const approver = dialog.locator(
              '[data-tag-index][title="user:default/emma.bernard"]',
            );
            await waitFor(
              'approvers prefilled from the roles',
              async () => (await approver.count()) > 0,
              15_000,
            );
            await chooseOption(page, dialog, 'Decision', 'Go');
          },
          'Record decision',
        );
        await page
          .getByRole('region', { name: 'Go/no-go decisions' })
          .getByText('Go')
          .first()
          .waitFor();
      },
    );

    await step('deploys and starts hypercare', async () => {
      const toolbar = page.getByRole('toolbar', { name: 'Release actions' });
      await toolbar.getByRole('button', { name: 'Deploy' }).click();
      await page.getByText('Release moved to Deployed.').first().waitFor();
      await toolbar.getByRole('button', { name: 'Start hypercare' }).click();
      await page.getByText('Release moved to Hypercare.').first().waitFor();
      // Closing before the hand-over is refused, naming the missing signatures.
      expectHttp(409, '/releases/');
      expectHttp(400, '/releases/');
      expectHttp(422, '/releases/');
      // Wait for the refusal itself, so that it is counted in this step and not in the next one.
      const refused = page.waitForResponse(
        r => r.request().method() === 'PATCH' && r.status() === 409,
      );
      await toolbar.getByRole('button', { name: 'Close release' }).click();
      await refused;
      await page
        .getByText(/signature of the (ops owner|business owner)/)
        .first()
        .waitFor();
    });

    await step(
      'signs the hand-over as the POA, the ops owner and the business owner',
      async () => {
        await page
          .getByRole('button', { name: 'Sign hand-over as POA' })
          .click();
        await page.getByText('Hand-over signed as POA.').first().waitFor();
        for (const [user, role] of [
          ['bruno.lefevre', 'ops owner'],
          ['emma.bernard', 'business owner'],
        ]) {
          const other = await signIn(browser, user);
          try {
            await navigate(other.page, releaseUrl);
            await other.page
              .getByRole('button', { name: `Sign hand-over as ${role}` })
              .click();
            await other.page
              .getByText(`Hand-over signed as ${role}.`)
              .first()
              .waitFor();
          } finally {
            await other.context.close();
          }
        }
        // The others signed in their own browsers: the POA reloads the workspace.
        await page.reload({ waitUntil: 'domcontentloaded' });
        await page
          .getByRole('heading', { name: `Release ${VERSION}` })
          .waitFor();
        await page
          .getByText(/Handed over to run on/)
          .first()
          .waitFor();
      },
    );

    await step(
      'closes the release once the hand-over gate passes',
      async () => {
        const toolbar = page.getByRole('toolbar', { name: 'Release actions' });
        await toolbar.getByRole('button', { name: 'Close release' }).click();
        await page.getByText('Release moved to Closed.').first().waitFor();
      },
    );

    await step(
      'records the outcome, whose lesson becomes a follow-up action',
      async () => {
        await page.getByRole('button', { name: 'Record outcome' }).click();
        await inDialog(
          page,
          `Outcome of ${VERSION}`,
          async dialog => {
            await chooseOption(
              page,
              dialog,
              'Outcome',
              'Success with incidents',
            );
            await dialog
              .getByRole('textbox', { name: 'Incidents' })
              .fill('INC-E2E-1');
            await dialog
              .getByRole('textbox', { name: 'Post-implementation review' })
              .fill('Smooth release; one alert was too noisy.');
            await dialog.getByRole('button', { name: 'Add a lesson' }).click();
            await dialog
              .getByRole('group', { name: 'Lesson 1' })
              .getByRole('textbox', { name: 'Lesson' })
              .fill('E2E: tune the latency alert threshold');
          },
          'Save outcome',
        );
        await page
          .getByText('E2E: tune the latency alert threshold')
          .first()
          .waitFor();
        await screenshot(page, 'release-workspace.png');
        releaseDone = true;
      },
    );

    await step('opens the CAB dossier of the release', async () => {
      const [dossier] = await Promise.all([
        page.context().waitForEvent('page'),
        page.getByRole('button', { name: 'CAB dossier' }).click(),
      ]);
      await dossier.waitForLoadState();
      const text = await dossier.locator('body').innerText();
      for (const expected of [
        VERSION,
        'CHG-E2E-4200',
        'REL-02',
        'user:default/emma.bernard',
      ]) {
        if (!text.includes(expected))
          throw new Error(`the dossier does not mention ${expected}`);
      }
      await dossier.close();
    });

    await step(
      'takes the French screenshots of the overview, the release workspace and the portfolio',
      async () => {
        if (!releaseDone) throw new Error('no release workspace to show');
        const fr = await browser.newContext({
          viewport: { width: 1440, height: 1000 },
          timezoneId: 'Europe/Paris',
          locale: 'fr-FR',
        });
        // The app's language selector keeps its choice in local storage.
        await fr.addInitScript(() =>
          window.localStorage.setItem('language', 'fr'),
        );
        const frPage = await fr.newPage();
        frPage.setDefaultTimeout(60_000);
        watch(frPage, 'poa (fr)');
        try {
          await frPage.goto(APP, { waitUntil: 'domcontentloaded' });
          await frPage
            .getByRole('button', { name: /^(enter|entrer)$/i })
            .click({ timeout: 180_000 });
          await frPage
            .getByRole('link', { name: 'Préparation au run' })
            .first()
            .waitFor();
          await navigate(
            frPage,
            '/catalog/default/component/payments-api/operational-pilot',
          );
          await frPage.getByTestId('readiness-score').waitFor();
          await frPage
            .getByRole('navigation', { name: 'Vues du pilotage opérationnel' })
            .waitFor();
          await screenshot(frPage, 'entity-tab.fr.png');
          await navigate(frPage, releaseUrl);
          await frPage
            .getByText('E2E: tune the latency alert threshold')
            .first()
            .waitFor();
          await screenshot(frPage, 'release-workspace.fr.png');
          await navigate(frPage, '/operational-pilot');
          await frPage
            .getByRole('heading', { name: 'Chiffres clés' })
            .waitFor();
          await frPage
            .getByRole('link', { name: 'Payments API', exact: true })
            .first()
            .waitFor();
          await screenshot(frPage, 'portfolio.fr.png');
        } finally {
          await fr.close();
        }
      },
    );

    await step(
      'had no console error, uncaught error or unexpected failed call in any page',
      async () => {
        if (problems.length > 0) throw new Error(problems.join('\n'));
      },
    );
  } finally {
    if (browser) await browser.close();
    cleanup();
  }
}

main()
  .then(() => {
    console.log(`e2e: ${passed} passed, ${failed} failed`);
  })
  .catch(error => {
    if (failed === 0) {
      failed += 1;
      console.error(`[e2e] ${(error && error.stack) || error}`);
    }
    console.log(`e2e: ${passed} passed, ${failed} failed`);
    process.exitCode = 1;
  });
