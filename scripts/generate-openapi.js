#!/usr/bin/env node
/*
 * Turns the backend's OpenAPI document (the source of truth, src/schema/openapi.yaml) into a TypeScript module
 * exporting it `as const`, so the router is typed from the spec and validated against it at runtime.
 * (The OpenAPI generator of @backstage/repo-tools needs a Java jar that cannot be downloaded here.)
 *
 *   node scripts/generate-openapi.js           write the module
 *   node scripts/generate-openapi.js --check   fail if the module is out of date
 */
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');

const pkgDir = path.resolve(__dirname, '../plugins/operational-pilot-backend');
const source = path.join(pkgDir, 'src/schema/openapi.yaml');
const target = path.join(pkgDir, 'src/schema/openapi.generated.ts');

function render() {
  const spec = YAML.parse(fs.readFileSync(source, 'utf8'));
  return [
    '// This file is generated from openapi.yaml by scripts/generate-openapi.js. Do not edit.',
    '/* eslint-disable */',
    `export const spec = ${JSON.stringify(spec, null, 2)} as const;`,
    '',
  ].join('\n');
}

const content = render();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== content) {
    console.error(`${path.relative(process.cwd(), target)} is out of date: run node scripts/generate-openapi.js`);
    process.exit(1);
  }
} else {
  fs.writeFileSync(target, content);
}
module.exports = { render };
