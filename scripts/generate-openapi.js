#!/usr/bin/env node
/*
 * Generates the typed code of the HTTP API from the backend's OpenAPI document (the source of truth,
 * plugins/operational-pilot-backend/src/schema/openapi.yaml):
 *
 * - plugins/operational-pilot-backend/src/schema/openapi.generated.ts: the document `as const`, from which the
 *   router is created and validated (@backstage/backend-openapi-utils), and the test helper checks responses;
 * - plugins/operational-pilot-common/src/api/openapi.generated.ts: the TypeScript types of every request and
 *   response (`paths`, `operations`, `components`), made by openapi-typescript. -common's api/types.ts re-exports
 *   them under the API's names, and the client and the frontend use those.
 *
 * Why not `backstage-repo-tools package schema openapi generate --server --client-package …`: that command runs
 * the Java OpenAPI Generator through @openapitools/openapi-generator-cli, which downloads the generator's jar
 * from a Java artifact repository on first use. Only the npm registry is reachable from this project's machines
 * and CI, and no npm package ships that jar, so the command cannot run here. openapi-typescript is pure
 * JavaScript from npm and gives the same contract: the types come from the document, never by hand.
 *
 *   node scripts/generate-openapi.js           write the modules
 *   node scripts/generate-openapi.js --check   fail if a module is out of date
 */
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');
const prettier = require('prettier');

const root = path.resolve(__dirname, '..');
const source = path.join(
  root,
  'plugins/operational-pilot-backend/src/schema/openapi.yaml',
);
const specTarget = path.join(
  root,
  'plugins/operational-pilot-backend/src/schema/openapi.generated.ts',
);
const typesTarget = path.join(
  root,
  'plugins/operational-pilot-common/src/api/openapi.generated.ts',
);

const HEADER = [
  '// This file is generated from openapi.yaml by scripts/generate-openapi.js. Do not edit.',
  '/* eslint-disable */',
];

function renderSpec(spec) {
  return [
    ...HEADER,
    `export const spec = ${JSON.stringify(spec, null, 2)} as const;`,
    '',
  ].join('\n');
}

async function renderTypes(spec) {
  const { default: openapiTS, astToString } = await import(
    'openapi-typescript'
  );
  const ast = await openapiTS(spec, {
    // Closed objects stay closed; optional properties stay optional.
    alphabetize: false,
    exportType: false,
  });
  const text = [...HEADER, astToString(ast)].join('\n');
  const options = (await prettier.resolveConfig(typesTarget)) ?? {};
  return prettier.format(text, { ...options, parser: 'typescript' });
}

async function main() {
  const spec = YAML.parse(fs.readFileSync(source, 'utf8'));
  const outputs = [
    [specTarget, renderSpec(spec)],
    [typesTarget, await renderTypes(spec)],
  ];
  if (process.argv.includes('--check')) {
    let stale = false;
    for (const [target, content] of outputs) {
      const current = fs.existsSync(target)
        ? fs.readFileSync(target, 'utf8')
        : '';
      if (current !== content) {
        console.error(
          `${path.relative(
            process.cwd(),
            target,
          )} is out of date: run node scripts/generate-openapi.js`,
        );
        stale = true;
      }
    }
    if (stale) process.exit(1);
  } else {
    for (const [target, content] of outputs) fs.writeFileSync(target, content);
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
