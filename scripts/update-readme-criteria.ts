/*
 * Regenerates the criteria table of the README from the readiness model (all packs), between the markers
 * `<!-- criteria-table:start -->` and `<!-- criteria-table:end -->`. A test fails when the table drifts.
 *   yarn docs:criteria
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  buildReadinessModel,
  renderCriteriaMarkdown,
  replaceCriteriaSection,
} from '@operational-pilot/backstage-plugin-common';

const readmePath = path.resolve(__dirname, '../README.md');
const model = buildReadinessModel({
  packs: ['core', 'extended', 'fr-public-sector'],
});
const before = fs.readFileSync(readmePath, 'utf8');
const after = replaceCriteriaSection(before, renderCriteriaMarkdown(model));
fs.writeFileSync(readmePath, after);
console.log(before === after ? 'README criteria table is up to date' : 'README criteria table updated');
