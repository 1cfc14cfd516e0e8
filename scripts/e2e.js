#!/usr/bin/env node
/*
 * End-to-end test in a real browser (Debian's Chromium driven by playwright-core) against the running demo app.
 *
 * Starts `yarn start` (frontend :3000, backend :7007, in-memory SQLite with the demo data), signs in as the demo
 * POA, opens a demo entity's "Operational pilot" tab, edits its operational metadata, creates an action and moves
 * it to done and verified, checks that the score changed, opens the portfolio, and saves screenshots in
 * docs/screenshots/ (used by the README).
 *
 *   node scripts/e2e.js            (CHROMIUM_PATH overrides /usr/bin/chromium; OP_E2E_REUSE=1 uses running servers)
 */
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const APP = 'http://localhost:3000';
const BACKEND = 'http://localhost:7007';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
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
  const logFile = fs.openSync(path.join(ROOT, 'node_modules/.cache/e2e-app.log'), 'w');
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
async function step(name, fn) {
  try {
    await fn();
    passed += 1;
    log(`✓ ${name}`);
  } catch (error) {
    failed += 1;
    if (currentPage) {
      await currentPage
        .screenshot({ path: path.join(ROOT, 'node_modules/.cache/e2e-failure.png') })
        .catch(() => {});
    }
    log(`✕ ${name}\n    ${String(error && error.stack || error).split('\n').slice(0, 6).join('\n    ')}`);
    throw error;
  }
}

/** The score shown in the tab's header, as a number. */
async function readScore(page) {
  const text = await page.getByTestId('readiness-score').getAttribute('data-score');
  const value = Number.parseFloat(text ?? '');
  if (Number.isNaN(value)) throw new Error(`no score in "${text}"`);
  return value;
}

/** Picks an option of a (React Aria) select inside a dialog. */
async function chooseOption(page, scope, label, option) {
  await scope.getByRole('button', { name: new RegExp(label) }).first().click();
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
  await dialog.getByRole('button').filter({ hasNotText: /cancel|close/i }).last().click();
  await dialog.waitFor({ state: 'detached' });
}

async function navigate(page, url) {
  // Client-side navigation keeps the signed-in session of the single-page app.
  await page.evaluate(u => {
    window.history.pushState({}, '', u);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, url);
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  const { chromium } = require('playwright-core');
  fs.mkdirSync(path.join(ROOT, 'node_modules/.cache'), { recursive: true });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });

  let stop = () => {};
  if (process.env.OP_E2E_REUSE !== '1') {
    if ((await isUp(APP)) || (await isUp(`${BACKEND}/api/operational-pilot/health`))) {
      throw new Error('ports 3000/7007 are already in use: stop the running app, or set OP_E2E_REUSE=1 to test it');
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
    await waitFor('the backend', () => isUp(`${BACKEND}/api/operational-pilot/health`), 300_000);
    await waitFor('the frontend', () => isUp(APP), 300_000);
    log('app is up');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    page.setDefaultTimeout(60_000);
    currentPage = page;
    const pageErrors = [];
    page.on('pageerror', e => pageErrors.push(e.message));

    await step('signs in as the demo POA (guest provider)', async () => {
      await page.goto(APP, { waitUntil: 'domcontentloaded' });
      await page.getByRole('button', { name: /enter/i }).click({ timeout: 180_000 });
      await page.getByRole('link', { name: 'Readiness' }).first().waitFor();
    });

    let before;
    await step('opens the Operational pilot tab of a demo component with its score and criteria', async () => {
      await navigate(page, ENTITY);
      await page.getByRole('heading', { name: 'Operational pilot', exact: true }).waitFor();
      await page.getByTestId('readiness-score').waitFor();
      before = await readScore(page);
      await page.getByRole('heading', { name: 'Criteria' }).waitFor();
      await page.getByText('OWN-01').first().waitFor();
    });

    await step('edits the operational metadata and sees the score change', async () => {
      await page.getByRole('button', { name: 'Edit metadata' }).click();
      const form = page.getByRole('form');
      await form.locator('input[name="serviceHours"]').fill('24x7');
      await form.locator('input[name="supportHours.businessHours"]').fill('Mon-Fri 08:00-19:00');
      await form.locator('input[name="slo.availability"]').fill('99.9');
      await form.locator('input[name="continuity.rtoMinutes"]').fill('60');
      await form.locator('input[name="continuity.rpoMinutes"]').fill('15');
      await form.locator('input[name="roles.opsOwner"]').fill('group:default/run-ops');
      await form.locator('input[name="roles.businessOwner"]').fill('user:default/emma.bernard');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('button', { name: 'Edit metadata' }).waitFor();
      await waitFor('a new score', async () => (await readScore(page)) !== before, 30_000);
      const after = await readScore(page);
      if (!(after > before)) throw new Error(`score went from ${before} to ${after}, expected a rise`);
      log(`  score ${before} → ${after}`);
    });

    await step('creates a handoff action and closes it (done, then verified)', async () => {
      await page.getByRole('button', { name: 'New action' }).click();
      const dialog = page.getByRole('dialog', { name: 'New handoff action' });
      await dialog.getByLabel('Title', { exact: false }).first().fill('E2E: rehearse the rollback');
      await chooseOption(page, dialog, 'Phase', 'Before release');
      await chooseOption(page, dialog, 'Side', 'Build');
      await dialog.getByRole('button', { name: 'Create' }).click();
      await dialog.waitFor({ state: 'detached' });
      const transitions = page.getByRole('group', { name: 'Transitions for E2E: rehearse the rollback' });
      await transitions.getByRole('button', { name: 'Start' }).click();
      await transitions.getByRole('button', { name: 'Mark done' }).click();
      await confirmDialogIfAny(page, { evidence: 'https://ci.example/rollback-rehearsal' });
      await transitions.getByRole('button', { name: 'Verify' }).click();
      await confirmDialogIfAny(page, {});
      // A verified action is closed: it leaves the open list.
      await transitions.waitFor({ state: 'detached' });
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'entity-actions.png'), fullPage: false });
    });

    await step('opens the portfolio dashboard and finds the demo entities', async () => {
      await page.getByRole('link', { name: 'Readiness' }).first().click();
      await page.getByRole('heading', { name: 'Key figures' }).waitFor();
      await page.getByRole('columnheader', { name: /Entity/ }).first().waitFor();
      await page.getByRole('link', { name: 'Payments API', exact: true }).first().waitFor();
      await page.screenshot({ path: path.join(SCREENSHOTS, 'portfolio.png'), fullPage: false });
    });

    await step('shows a ready-for-run entity with its verdict, level and categories', async () => {
      await navigate(page, '/catalog/default/component/payments-api/operational-pilot');
      await page.getByTestId('readiness-score').waitFor();
      await page.getByText('Ready for run').first().waitFor();
      await page.getByRole('heading', { name: 'Operational pilot', exact: true }).scrollIntoViewIfNeeded();
      await page.waitForTimeout(1000);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'entity-tab.png'), fullPage: false });
    });

    await step('had no uncaught errors in the page', async () => {
      if (pageErrors.length > 0) throw new Error(pageErrors.join('\n'));
    });
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
      console.error(`[e2e] ${error && error.stack || error}`);
    }
    console.log(`e2e: ${passed} passed, ${failed} failed`);
    process.exitCode = 1;
  });
