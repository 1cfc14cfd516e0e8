/*
 * Debian's Chromium driven by playwright-core (`npx playwright install` cannot download browsers here): the one
 * place that knows where it is and how it is started, for the e2e test, the install check and the frontend bench.
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Fails early, with the fix, when Chromium is not installed (before minutes of set-up). */
function assertChromiumInstalled() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`,
    );
  }
}

/** Starts headless Chromium (`extraArgs` after the flags every run needs). */
async function launchChromium(extraArgs = []) {
  assertChromiumInstalled();
  // playwright-core from this repository's dependencies, whatever the caller's folder.
  const { chromium } = require(require.resolve('playwright-core', {
    paths: [ROOT],
  }));
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      ...extraArgs,
    ],
  });
}

module.exports = { CHROMIUM, assertChromiumInstalled, launchChromium };
