/*
 * Shared set-up of the store tests: one migrated database per engine and test file, emptied between tests
 * (cheaper on connections than a new database per test).
 */
import type {
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import { createStoresFromKnex, migrateDatabase } from '../stores';
import type { OperationalPilotStores } from '../stores';

const TABLES = [
  'operations',
  'attestations',
  'waivers',
  'actions',
  'releases',
  'release_decisions',
  'evaluations',
  'attestation_expiries',
  'category_results',
  'criterion_failures',
  'snapshots',
  'audit',
];

export interface StoreTestContext {
  knex: Knex;
  stores: OperationalPilotStores;
}

export async function migratedStores(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
): Promise<StoreTestContext> {
  const knex = await databases.init(databaseId);
  await migrateDatabase(knex);
  return { knex, stores: createStoresFromKnex(knex) };
}

export async function clearTables(knex: Knex): Promise<void> {
  for (const table of TABLES) {
    await knex(table).delete();
  }
}
