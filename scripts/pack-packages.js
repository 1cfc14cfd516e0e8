#!/usr/bin/env node
/*
 * Builds and packs the publishable packages (plugins/*) into .tgz files a Backstage app can install before they
 * are on npm:
 *
 *   ./op yarn pack:packages [out-dir]      (default: dist-packages/)
 *
 * Steps: declarations (`yarn tsc`, into dist-types/), `backstage-cli package build` of each package, then a
 * staging copy of each package (`workspace:^` replaced by the version as `yarn pack` does, devDependencies dropped,
 * then `backstage-cli package prepack` run there), packed with `npm pack`. The working tree's package.json files are never rewritten (others may be running tests).
 * Prints the tarballs, one a line, as `name=path`.
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.resolve(process.argv[2] || path.join(ROOT, 'dist-packages'));
const log = msg => console.error(`[pack] ${msg}`);

const packages = fs
  .readdirSync(path.join(ROOT, 'plugins'))
  .map(dir => path.join(ROOT, 'plugins', dir))
  .filter(dir => fs.existsSync(path.join(dir, 'package.json')))
  .map(dir => ({
    dir,
    json: JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')),
  }))
  .filter(p => !p.json.private);
const versions = new Map(packages.map(p => [p.json.name, p.json.version]));

function run(cmd, args, cwd) {
  execFileSync(cmd, args, {
    cwd,
    stdio: ['ignore', process.stderr, process.stderr],
  });
}

/** The manifest before `backstage-cli package prepack`: real versions instead of `workspace:`, no dev tooling. */
function publishedManifest(json) {
  const out = { ...json };
  delete out.devDependencies;
  for (const field of [
    'dependencies',
    'peerDependencies',
    'optionalDependencies',
  ]) {
    if (!out[field]) continue;
    out[field] = Object.fromEntries(
      Object.entries(out[field]).map(([name, range]) => {
        if (!String(range).startsWith('workspace:')) return [name, range];
        const version = versions.get(name);
        if (!version)
          throw new Error(
            `${json.name}: ${name} is not a publishable workspace package`,
          );
        const spec = String(range).slice('workspace:'.length);
        return [
          name,
          spec === '*' ? version : spec === '~' ? `~${version}` : `^${version}`,
        ];
      }),
    );
  }
  return out;
}

function main() {
  if (process.env.OP_PACK_SKIP_BUILD === '1') return pack();
  log('declarations (yarn tsc)');
  try {
    run('yarn', ['tsc'], ROOT);
  } catch {
    // tsc still writes the declarations (no noEmitOnError); a type error belongs to `yarn tsc`, not to packing.
    log(
      'yarn tsc reported type errors (see above); packing with the declarations it wrote',
    );
  }
  for (const p of packages) {
    log(`build ${p.json.name}`);
    run('yarn', ['build'], p.dir);
  }
  return pack();
}

function pack() {
  fs.mkdirSync(OUT, { recursive: true });
  // Inside the repository: backstage-cli finds the repository root (tsconfig.json) from the staging folder.
  const cache = path.join(ROOT, 'node_modules/.cache');
  fs.mkdirSync(cache, { recursive: true });
  const stagingRoot = fs.mkdtempSync(path.join(cache, 'op-pack-'));
  const results = [];
  try {
    for (const p of packages) {
      const staging = path.join(stagingRoot, path.basename(p.dir));
      fs.mkdirSync(staging);
      const manifest = publishedManifest(p.json);
      // npm pack applies `files` itself; copy only what it may include.
      for (const entry of fs.readdirSync(p.dir)) {
        if (['node_modules', 'package.json'].includes(entry)) continue;
        fs.cpSync(path.join(p.dir, entry), path.join(staging, entry), {
          recursive: true,
        });
      }
      fs.writeFileSync(
        path.join(staging, 'package.json'),
        `${JSON.stringify(manifest, null, 2)}\n`,
      );
      // Backstage's own prepack: publishConfig applied, exports and typesVersions pointed at dist/.
      run(
        path.join(ROOT, 'node_modules/.bin/backstage-cli'),
        ['package', 'prepack'],
        staging,
      );
      const prepacked = JSON.parse(
        fs.readFileSync(path.join(staging, 'package.json'), 'utf8'),
      );
      delete prepacked.scripts;
      fs.writeFileSync(
        path.join(staging, 'package.json'),
        `${JSON.stringify(prepacked, null, 2)}\n`,
      );
      const file = execFileSync(
        'npm',
        ['pack', '--silent', '--pack-destination', OUT],
        {
          cwd: staging,
          encoding: 'utf8',
        },
      )
        .trim()
        .split('\n')
        .pop();
      results.push(`${p.json.name}=${path.join(OUT, file)}`);
      log(`packed ${p.json.name} → ${path.join(OUT, file)}`);
    }
  } finally {
    fs.rmSync(stagingRoot, { recursive: true, force: true });
  }
  console.log(results.join('\n'));
}

main();
