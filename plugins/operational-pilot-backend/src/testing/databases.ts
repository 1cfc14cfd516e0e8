/*
 * The databases every DB test in this package runs on: PostgreSQL 15 and SQLite.
 *
 * `TestDatabases` silently drops PostgreSQL when neither a connection string nor Docker is available. In CI that
 * would turn half of the suite into a no-op, so it is an error there; locally it is a visible warning.
 *
 * Usage (module level of a test file):
 *   const databases = createTestDatabases();
 *   describe.each(databases.eachSupportedId())('… (%s)', databaseId => { … await databases.init(databaseId) … });
 */
// Only test files import this module, so a devDependency is right here (the lint rule cannot know it).
// eslint-disable-next-line @backstage/no-undeclared-imports
import { TestDatabases } from '@backstage/backend-test-utils';

export const POSTGRES_CONNECTION_VARIABLE =
  'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';

const postgresConfigured = Boolean(process.env[POSTGRES_CONNECTION_VARIABLE]);

// OP_TEST_ALLOW_NO_POSTGRES is set by scripts/test-env.js for an explicit local OP_TEST_SKIP_POSTGRES=1 run only.
if (
  process.env.CI &&
  !postgresConfigured &&
  process.env.OP_TEST_ALLOW_NO_POSTGRES !== '1'
) {
  throw new Error(
    `${POSTGRES_CONNECTION_VARIABLE} is not set: database tests must run on PostgreSQL in CI, not only on SQLite. ` +
      `Set it, e.g. ${POSTGRES_CONNECTION_VARIABLE}=postgresql://postgres@127.0.0.1:5432`,
  );
}

let warned = false;

export function createTestDatabases(): TestDatabases {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  if (!databases.supports('POSTGRES_15') && !warned) {
    warned = true;
    // eslint-disable-next-line no-console
    console.warn(
      `PostgreSQL database tests are SKIPPED (only SQLite runs): set ${POSTGRES_CONNECTION_VARIABLE}, ` +
        `e.g. postgresql://postgres@127.0.0.1:5432`,
    );
  }
  return databases;
}
