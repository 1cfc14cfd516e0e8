/*
 * Backstage's ACME example catalog, kept outside this repository (../shared/testdata/, beside the clone, as in
 * CI). OP_ACME_CATALOG points elsewhere. When it is absent the suites that need it are skipped, and say why.
 */
import fs from 'node:fs';
import path from 'node:path';

export const ACME_CATALOG_PATH =
  process.env.OP_ACME_CATALOG ??
  path.resolve(__dirname, '../../../../../shared/testdata/acme-catalog.yaml');

export const acmeCatalogAvailable = fs.existsSync(ACME_CATALOG_PATH);

/** `describe` when the file exists, otherwise `describe.skip` (use with {@link acmeSuiteTitle}). */
export const describeWithAcmeCatalog = acmeCatalogAvailable
  ? describe
  : describe.skip;

/** The suite title, which says why the suite is skipped when the file is absent. */
export function acmeSuiteTitle(title: string): string {
  return acmeCatalogAvailable
    ? title
    : `${title} — skipped: ${ACME_CATALOG_PATH} not found (set OP_ACME_CATALOG)`;
}
