/*
 * The frontend part of `yarn bench:app --frontend`: the production build of packages/app (built here when its
 * sources are newer than packages/app/dist, or with --rebuild), the size of its JavaScript and our plugins' share
 * of it, and the time real Chromium takes from navigation to the portfolio's first row and to the entity tab's
 * verdict, against the backend that app.ts started (app-backend serves the build at the backend's base URL).
 */
/* eslint-disable no-console */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const ROOT = path.resolve(__dirname, '../../../..');
const APP_DIR = path.join(ROOT, 'packages/app');
const DIST = path.join(APP_DIR, 'dist');
/** Target of issue #12: navigation to first rows / to the verdict under 1.5 s. */
export const FRONTEND_TARGET_MS = 1500;

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

// ---------------------------------------------------------------------------------------------------------------
// Build

/** What the app's bundle is made of here: the app, our frontend plugin and common package, the build's config. */
const BUILD_INPUTS = [
  'packages/app/src',
  'packages/app/public',
  'packages/app/package.json',
  'plugins/operational-pilot/src',
  'plugins/operational-pilot/package.json',
  'plugins/operational-pilot-common/src',
  'plugins/operational-pilot-common/package.json',
  'app-config.yaml',
  'yarn.lock',
];

function newestMtime(p: string): number {
  const stat = fs.statSync(p, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...fs
      .readdirSync(p)
      .map(name => newestMtime(path.join(p, name)))
      .concat(0),
  );
}

/** Builds the app for production unless dist is newer than every input; the build's duration, or null if kept. */
export function ensureAppBuild(rebuild: boolean): number | null {
  const built = fs.statSync(path.join(DIST, 'index.html'), {
    throwIfNoEntry: false,
  })?.mtimeMs;
  const inputs = Math.max(
    ...BUILD_INPUTS.map(p => newestMtime(path.join(ROOT, p))),
  );
  if (!rebuild && built && built > inputs) {
    console.log('  packages/app/dist is newer than its sources: not rebuilt');
    return null;
  }
  console.log('  building the app for production (yarn workspace app build)…');
  const start = Date.now();
  const result = spawnSync('yarn', ['workspace', 'app', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0)
    throw new Error(`yarn workspace app build exited ${result.status}`);
  return Date.now() - start;
}

// ---------------------------------------------------------------------------------------------------------------
// Bundle size

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map segment (base64 VLQ) into its relative fields. */
function decodeSegment(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = B64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return fields;
}

/**
 * The generated code of one chunk that maps to a source matching `ours`: each mapping segment owns the columns up
 * to the next segment of its line (as source-map-explorer counts), unmapped columns belong to nobody.
 */
function ourCode(
  code: string,
  map: { sources: string[]; mappings: string },
  ours: RegExp,
): string {
  const isOurs = map.sources.map(s => ours.test(s));
  const lines = code.split('\n');
  const parts: string[] = [];
  let source = 0;
  map.mappings.split(';').forEach((mappingLine, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    let column = 0;
    const segments = mappingLine
      ? mappingLine.split(',').map(s => {
          const [dColumn, dSource] = decodeSegment(s);
          column += dColumn;
          const mapped = dSource !== undefined;
          if (mapped) source += dSource;
          // Fields 3–5 (line, column, name) are not needed: only the source says whose code it is.
          return { column, source: mapped ? source : -1 };
        })
      : [];
    segments.forEach((s, i) => {
      if (s.source >= 0 && isOurs[s.source]) {
        parts.push(line.slice(s.column, segments[i + 1]?.column));
      }
    });
  });
  return parts.join('');
}

const gzipSize = (data: string | Buffer) =>
  zlib.gzipSync(data, { level: 9 }).length;

export interface BundleSize {
  jsFiles: number;
  raw: number;
  gzip: number;
  /** Scripts of index.html: what every first visit loads before any page. */
  initial: { raw: number; gzip: number };
  /** Our plugins' code (plugins/operational-pilot*), from the source maps. */
  ours: { raw: number; gzip: number; initialRaw: number; chunks: number };
}

/**
 * Every `.js` of packages/app/dist/static, raw and gzip (level 9, each file on its own as a server would send it),
 * and our share: the bytes that the production source maps (the build emits them, `devtool: source-map`) attribute
 * to a source under plugins/operational-pilot*\/ (frontend plugin and common package). Our gzip figure is the gzip
 * of our code cut out of the chunks and put together: an estimate, as it compresses without its neighbours.
 */
export function bundleSize(): BundleSize {
  const dir = path.join(DIST, 'static');
  const ours = /(^|\/)plugins\/operational-pilot[^/]*\//;
  const indexHtml = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const initialFiles = new Set(
    [...indexHtml.matchAll(/src="\/static\/([^"]+\.js)"/g)].map(m => m[1]),
  );
  const size: BundleSize = {
    jsFiles: 0,
    raw: 0,
    gzip: 0,
    initial: { raw: 0, gzip: 0 },
    ours: { raw: 0, gzip: 0, initialRaw: 0, chunks: 0 },
  };
  const ourParts: string[] = [];
  for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.js'))) {
    const code = fs.readFileSync(path.join(dir, file), 'utf8');
    const raw = Buffer.byteLength(code);
    const gzip = gzipSize(code);
    size.jsFiles += 1;
    size.raw += raw;
    size.gzip += gzip;
    if (initialFiles.has(file)) {
      size.initial.raw += raw;
      size.initial.gzip += gzip;
    }
    const mapFile = path.join(dir, `${file}.map`);
    if (!fs.existsSync(mapFile)) continue;
    const part = ourCode(
      code,
      JSON.parse(fs.readFileSync(mapFile, 'utf8')),
      ours,
    );
    if (!part) continue;
    const partRaw = Buffer.byteLength(part);
    size.ours.raw += partRaw;
    size.ours.chunks += 1;
    if (initialFiles.has(file)) size.ours.initialRaw += partRaw;
    ourParts.push(part);
  }
  size.ours.gzip = gzipSize(ourParts.join(''));
  return size;
}

// ---------------------------------------------------------------------------------------------------------------
// Timings in Chromium

/** Milestones of one page load, in ms since navigation start (the API calls counted until the element showed). */
type Phases = {
  scriptsRun: number;
  signedIn: number;
  firstOurCall: number;
  lastOurResponse: number;
  lastResponse: number;
  apiCalls: number;
  longTasks: number;
};

export interface PageTiming {
  label: string;
  url: string;
  /** Fresh browser context each run: empty HTTP cache (first visit, sign-in choice remembered). */
  cold: { runs: number[]; p50: number; p95: number };
  /** One signed-in context: cached scripts (a returning user). */
  warm: { runs: number[]; p50: number; p95: number };
  /** In the running app: from a click on the link that leads there (client-side navigation) to the element. */
  inApp: { runs: number[]; p50: number; p95: number };
  /** JavaScript the page loaded on a first visit until the element showed (decoded bytes, over the wire). */
  jsLoaded: { decoded: number; transferred: number; files: number };
  shown: string;
  /** Median of each milestone over the runs. */
  phases: { cold: Phases; warm: Phases };
}

/**
 * Resolves in the page, at the first animation frame where `selector` matches a rendered element, with
 * `performance.now()` then: milliseconds since the navigation started (the Navigation Timing origin), measured by
 * the browser itself, so neither the driver's round trips nor the `load` event are counted.
 */
async function timeUntilVisible(page: any, url: string, selector: string) {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page
    .waitForFunction(
      (sel: string) => {
        const el = document.querySelector(sel) as HTMLElement | null;
        if (!el) return false;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return false;
        const ms = performance.now();
        const nav = performance.getEntriesByType(
          'navigation',
        )[0] as PerformanceNavigationTiming;
        const calls = (
          performance.getEntriesByType(
            'resource',
          ) as PerformanceResourceTiming[]
        ).filter(e => e.name.includes('/api/'));
        const ours = calls.filter(e =>
          e.name.includes('/api/operational-pilot/'),
        );
        const at = (n: number) => Math.round(Number.isFinite(n) ? n : -1);
        return {
          ms,
          phases: {
            // Deferred scripts of index.html run before DOMContentLoaded: the app's code is evaluated by then.
            scriptsRun: at(nav.domContentLoadedEventEnd),
            signedIn: at(
              Math.max(
                ...calls
                  .filter(e => e.name.includes('/api/auth/'))
                  .map(e => e.responseEnd),
              ),
            ),
            firstOurCall: at(Math.min(...ours.map(e => e.startTime))),
            lastOurResponse: at(Math.max(...ours.map(e => e.responseEnd))),
            lastResponse: at(Math.max(...calls.map(e => e.responseEnd))),
            apiCalls: calls.length,
            // Main-thread tasks over 50 ms (recorded by the init script of every context).
            longTasks: at((window as any).__opLongTasks ?? -1),
          },
          text: (
            (el.closest('tr, [role="row"]') ?? el.parentElement)?.textContent ??
            ''
          ).slice(0, 120),
        };
      },
      selector,
      { polling: 'raf', timeout: 60_000 },
    )
    .catch(async (error: Error) => {
      // What the page showed instead, to see why (bench-results/frontend-failure.png).
      const shot = path.join(ROOT, 'bench-results', 'frontend-failure.png');
      fs.mkdirSync(path.dirname(shot), { recursive: true });
      await page.screenshot({ path: shot }).catch(() => {});
      throw new Error(
        `${url}: no "${selector}" (see ${shot}): ${error.message}`,
      );
    });
  return (await handle.jsonValue()) as {
    ms: number;
    phases: Phases;
    text: string;
  };
}

/**
 * Milliseconds from a click on `link` (on a page of the running app, settled) to the first animation frame where
 * `selector` matches a rendered element: what a user who navigates inside Backstage waits, measured by the page.
 */
async function timeInAppNavigation(
  page: any,
  fromUrl: string,
  link: string,
  selector: string,
): Promise<number> {
  await page.goto(fromUrl);
  await page.waitForSelector(link, { timeout: 60_000 });
  // Let the page settle (its own requests), as a user reads before clicking.
  await page.waitForTimeout(1500);
  return page.evaluate(
    ({ linkSelector, target }: { linkSelector: string; target: string }) =>
      new Promise<number>((resolve, reject) => {
        const shown = () => {
          const el = document.querySelector(target);
          if (!el) return false;
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.height > 0;
        };
        const start = performance.now();
        (document.querySelector(linkSelector) as HTMLElement).click();
        const check = () => {
          if (shown()) resolve(Math.round(performance.now() - start));
          else if (performance.now() - start > 60_000) {
            reject(new Error(`no ${target} after a click on ${linkSelector}`));
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { linkSelector: link, target: selector },
  );
}

async function scriptsLoaded(page: any) {
  return page.evaluate(() => {
    const scripts = performance
      .getEntriesByType('resource')
      .filter(e => /\.js(\?|$)/.test(e.name)) as PerformanceResourceTiming[];
    return {
      decoded: scripts.reduce((a, e) => a + e.decodedBodySize, 0),
      transferred: scripts.reduce((a, e) => a + e.transferSize, 0),
      files: scripts.length,
    };
  });
}

function medianPhases(all: Phases[]): Phases {
  const median = (xs: number[]) =>
    [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const keys = Object.keys(all[0]) as Array<keyof Phases>;
  return Object.fromEntries(
    keys.map(k => [k, median(all.map(p => p[k]))]),
  ) as Phases;
}

function summary(runs: number[]) {
  const sorted = [...runs].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[
      Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
    ];
  const r = (n: number) => Math.round(n);
  return { runs: runs.map(r), p50: r(at(50)), p95: r(at(95)) };
}

/**
 * Signs in as the guest with the "Enter" button, then measures each page `runs` times warm (the signed-in context,
 * full navigations) and `runs` times cold (a new context each time, the sign-in choice set in localStorage as the
 * sign-in page leaves it, so the reload signs in by itself as it does for a returning user).
 */
export async function measurePages(
  base: string,
  entityTabs: string[],
  runs: number,
): Promise<PageTiming[]> {
  // The repository's Chromium launcher (scripts/chromium.js), shared with the e2e test and the install check.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { launchChromium } = require(path.join(ROOT, 'scripts/chromium.js'));
  const browser = await launchChromium();
  const contextOptions = { viewport: { width: 1440, height: 1000 } };
  const newContext = async () => {
    const context = await browser.newContext(contextOptions);
    await context.addInitScript(() => {
      (window as any).__opLongTasks = 0;
      new PerformanceObserver(list => {
        for (const e of list.getEntries())
          (window as any).__opLongTasks += e.duration;
      }).observe({ type: 'longtask', buffered: true });
    });
    return context;
  };
  const pages = [
    {
      label: 'portfolio: first data row',
      url: () => `${base}/operational-pilot`,
      // A row of the table body holding a link to an entity's tab (loading rows have none).
      selector: 'tbody tr a[href$="/operational-pilot"]',
      // In the app: from the catalog, the sidebar's "Readiness".
      from: () => `${base}/catalog`,
      link: 'nav a[href="/operational-pilot"]',
    },
    {
      label: 'entity tab: verdict',
      url: (i: number) => `${base}${entityTabs[i % entityTabs.length]}`,
      // The header's score gauge, rendered in the same component and commit as the verdict chip beside it.
      selector: '[data-testid="readiness-score"]',
      // In the app: from the entity's overview, its "Operational pilot" tab.
      from: (i: number) =>
        `${base}${entityTabs[i % entityTabs.length].replace(
          /\/operational-pilot$/,
          '',
        )}`,
      // The entity's own tab link (the sidebar's "Readiness" also ends in /operational-pilot).
      link: 'a[href^="/catalog/"][href$="/operational-pilot"]',
    },
  ];
  try {
    const warm = await newContext();
    const page = await warm.newPage();
    await page.goto(base);
    await page
      .getByRole('button', { name: /enter/i })
      .click({ timeout: 120_000 });
    await page.waitForFunction(
      () => !!localStorage.getItem('operational-pilot:sign-in'),
    );
    const signInChoice = await page.evaluate(() =>
      localStorage.getItem('operational-pilot:sign-in'),
    );
    const results: PageTiming[] = [];
    for (const p of pages) {
      // One unmeasured visit: the first one pays the app's first compile of the scripts in this context.
      await timeUntilVisible(page, p.url(runs), p.selector);
      const warmRuns: number[] = [];
      const coldRuns: number[] = [];
      const warmPhases: Phases[] = [];
      const coldPhases: Phases[] = [];
      let shown = '';
      let jsLoaded = { decoded: 0, transferred: 0, files: 0 };
      for (let i = 0; i < runs; i++) {
        const w = await timeUntilVisible(page, p.url(i), p.selector);
        warmRuns.push(w.ms);
        warmPhases.push(w.phases);
        shown = w.text;
        const context = await newContext();
        await context.addInitScript((choice: string) => {
          localStorage.setItem('operational-pilot:sign-in', choice);
        }, signInChoice);
        const fresh = await context.newPage();
        const c = await timeUntilVisible(fresh, p.url(i), p.selector);
        coldRuns.push(c.ms);
        coldPhases.push(c.phases);
        if (i === 0) jsLoaded = await scriptsLoaded(fresh);
        await context.close();
      }
      const inAppRuns: number[] = [];
      for (let i = 0; i < runs; i++) {
        inAppRuns.push(
          await timeInAppNavigation(page, p.from(i), p.link, p.selector),
        );
      }
      const t: PageTiming = {
        label: p.label,
        url: p.url(0).slice(base.length),
        cold: summary(coldRuns),
        warm: summary(warmRuns),
        inApp: summary(inAppRuns),
        jsLoaded,
        shown: shown.replace(/\s+/g, ' ').trim(),
        phases: {
          cold: medianPhases(coldPhases),
          warm: medianPhases(warmPhases),
        },
      };
      console.log(
        `  ${t.label}: cold p50 ${t.cold.p50} p95 ${t.cold.p95} ms | warm p50 ${
          t.warm.p50
        } p95 ${t.warm.p95} ms | in the app p50 ${t.inApp.p50} p95 ${
          t.inApp.p95
        } ms | JS on first visit ${kb(t.jsLoaded.decoded)} in ${
          t.jsLoaded.files
        } files | "${t.shown.slice(0, 60)}"`,
      );
      console.log(
        `    median milestones (ms) cold ${JSON.stringify(
          t.phases.cold,
        )} warm ${JSON.stringify(t.phases.warm)}`,
      );
      results.push(t);
    }
    await warm.close();
    return results;
  } finally {
    await browser.close();
  }
}

/** The markdown lines of the frontend figures. */
export function frontendMarkdown(
  size: BundleSize,
  timings: PageTiming[],
  runs: number,
): string[] {
  const verdict = (p95: number) =>
    p95 < FRONTEND_TARGET_MS ? 'met' : 'NOT met';
  const pct = (part: number, whole: number) =>
    `${((100 * part) / whole).toFixed(1)} %`;
  return [
    `Chromium (headless), production build served by app-backend; ${runs} runs per page and mode; cold and warm: time from navigation start (Navigation Timing origin) of a full page load to the first frame showing the element; in the app: from a click on the link that leads there (sidebar, entity tab) to that frame; target ${FRONTEND_TARGET_MS} ms.`,
    '',
    '| page (element) | cold p50 / p95 (ms) | warm p50 / p95 (ms) | in the app p50 / p95 (ms) | target | JS loaded on a first visit |',
    '|---|---|---|---|---|---|',
    ...timings.map(
      t =>
        `| ${t.label} | ${t.cold.p50} / ${t.cold.p95} | ${t.warm.p50} / ${
          t.warm.p95
        } | ${t.inApp.p50} / ${t.inApp.p95} | in the app ${verdict(
          t.inApp.p95,
        )}, warm ${verdict(t.warm.p95)}, cold ${verdict(
          t.cold.p95,
        )} (p95 < ${FRONTEND_TARGET_MS}) | ${kb(t.jsLoaded.decoded)}, ${kb(
          t.jsLoaded.transferred,
        )} over the wire (${t.jsLoaded.files} files) |`,
    ),
    '',
    `Bundle (packages/app/dist/static, ${size.jsFiles} .js files): ${kb(
      size.raw,
    )} raw, ${kb(size.gzip)} gzip; loaded by index.html ${kb(
      size.initial.raw,
    )} raw, ${kb(
      size.initial.gzip,
    )} gzip. Ours (plugins/operational-pilot*, from the source maps, in ${
      size.ours.chunks
    } chunks): ${kb(size.ours.raw)} raw (${pct(
      size.ours.raw,
      size.raw,
    )}), ≈ ${kb(size.ours.gzip)} gzip (${pct(
      size.ours.gzip,
      size.gzip,
    )}); of it in the scripts of index.html: ${kb(size.ours.initialRaw)}.`,
    '',
    'Median milestones, ms since navigation start, cold / warm: scripts of index.html run (DOMContentLoaded), signed in (last /api/auth response), first call to our API, last response of ours, last API response; main-thread long tasks (> 50 ms) in all; API calls.',
    '',
    ...timings.map(t => {
      const c = t.phases.cold;
      const w = t.phases.warm;
      return `- ${t.label}: scripts ${c.scriptsRun} / ${w.scriptsRun}; signed in ${c.signedIn} / ${w.signedIn}; first call of ours ${c.firstOurCall} / ${w.firstOurCall}; last response of ours ${c.lastOurResponse} / ${w.lastOurResponse}; last API response ${c.lastResponse} / ${w.lastResponse}; long tasks ${c.longTasks} / ${w.longTasks}; ${w.apiCalls} API calls`;
    }),
  ];
}
