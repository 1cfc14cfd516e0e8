import type { Knex } from 'knex';
import fs from 'node:fs';
import { createTestDatabases } from '../testing/databases';
import { isSqlite } from './conversions';
import { MIGRATIONS_DIRECTORY } from './stores';

const databases = createTestDatabases();
jest.setTimeout(60_000);

const config = { directory: MIGRATIONS_DIRECTORY };
const ENTITY = 'component:default/payments';
const NOW = '2026-11-25T10:00:00.000Z';

async function indexNames(knex: Knex, table: string): Promise<string[]> {
  if (isSqlite(knex)) {
    const rows: Array<{ name: string }> = await knex('sqlite_master')
      .select('name')
      .where({ type: 'index', tbl_name: table });
    return rows.map(row => row.name);
  }
  const rows: Array<{ indexname: string }> = await knex('pg_indexes')
    .select('indexname')
    .where({ tablename: table });
  return rows.map(row => row.indexname);
}

/** One row in every table of the first migration, written as a released version of the plugin would. */
async function seedInitialSchema(knex: Knex) {
  await knex('operations').insert({
    entity_ref: ENTITY,
    version: 3,
    metadata: JSON.stringify({ tier: 'T1' }),
    updated_at: NOW,
    updated_by: 'user:default/alice',
  });
  await knex('attestations').insert({
    id: 'a1',
    entity_ref: ENTITY,
    criterion_id: 'BCK-03',
    state: 'compliant',
    evidence: '[]',
    assessed_by: 'user:default/alice',
    assessed_at: NOW,
    created_at: NOW,
  });
  await knex('waivers').insert({
    id: 'w1',
    entity_ref: ENTITY,
    criterion_id: 'SEC-01',
    reason: 'pending homologation',
    requested_by: 'user:default/alice',
    requested_at: NOW,
    status: 'approved',
    expires_at: NOW,
  });
  await knex('actions').insert({
    id: 'x1',
    entity_ref: ENTITY,
    title: 'Write the runbook',
    phase: 'before',
    side: 'build',
    due_date: '2026-12-01',
    priority: 'major',
    status: 'open',
    source: 'manual',
    version: 1,
    created_by: 'user:default/alice',
    created_at: NOW,
    updated_at: NOW,
  });
  await knex('releases').insert({
    id: 'r1',
    entity_ref: ENTITY,
    version: '2.0.0',
    kind: 'major',
    planned_at: NOW,
    status: 'planned',
    rev: 1,
    created_by: 'user:default/alice',
    created_at: NOW,
    updated_at: NOW,
  });
  await knex('evaluations').insert({
    entity_ref: ENTITY,
    kind: 'component',
    namespace: 'default',
    name: 'payments',
    title: 'Payments',
    tier: 'T1',
    tier_declared: true,
    score: 72.5,
    verdict: 'not-ready',
    verdict_rank: 0,
    level: 'bronze',
    level_rank: 1,
    blockers_count: 1,
    reservations_count: 0,
    search_text: 'payments',
    model_version: 'm1',
    evaluated_at: NOW,
    result: '{}',
  });
  await knex('snapshots').insert({
    entity_ref: ENTITY,
    day: '2026-11-25',
    score: 72.5,
    verdict: 'not-ready',
    level: 'bronze',
    tier: 'T1',
    categories: '{}',
  });
  await knex('audit').insert({
    id: 'u1',
    entity_ref: ENTITY,
    actor: 'user:default/alice',
    action: 'operations.update',
    target_type: 'operations',
    at: NOW,
  });
}

const INITIAL_TABLES = [
  'operations',
  'attestations',
  'waivers',
  'actions',
  'releases',
  'evaluations',
  'snapshots',
  'audit',
];

async function expectSeedIntact(knex: Knex) {
  for (const table of INITIAL_TABLES) {
    const rows = await knex(table).select('*');
    expect({ table, count: rows.length }).toEqual({ table, count: 1 });
  }
  const operations = await knex('operations').first();
  expect(operations).toMatchObject({ version: 3, updated_at: NOW });
  const evaluation = await knex('evaluations').first();
  expect(Number(evaluation.score)).toBe(72.5);
  expect(Boolean(evaluation.tier_declared)).toBe(true);
}

describe.each(databases.eachSupportedId())('migrations (%s)', databaseId => {
  it('upgrades step by step keeping data, and downgrades', async () => {
    const knex = await databases.init(databaseId);

    // 1. Initial schema, with data in every table.
    await knex.migrate.up(config);
    expect(await knex.migrate.currentVersion(config)).toBe('20261125000000');
    await seedInitialSchema(knex);
    expect(await knex.schema.hasTable('attestation_expiries')).toBe(false);

    // 2. Portfolio indexes: existing rows survive; new column and table usable.
    await knex.migrate.up(config);
    expect(await knex.migrate.currentVersion(config)).toBe('20261125000100');
    await expectSeedIntact(knex);
    expect(await knex.schema.hasColumn('evaluations', 'categories')).toBe(true);
    expect((await knex('evaluations').first()).categories).toBeNull();
    await knex('evaluations')
      .where({ entity_ref: ENTITY })
      .update({ categories: '{"OWN":80}' });
    await knex('attestation_expiries').insert({
      entity_ref: ENTITY,
      criterion_id: 'BCK-03',
      expires_at: NOW,
    });
    expect(await indexNames(knex, 'evaluations')).toEqual(
      expect.arrayContaining([
        'evaluations_owner_idx',
        'evaluations_verdict_rank_idx',
        'evaluations_title_lower_idx',
      ]),
    );
    expect(await indexNames(knex, 'snapshots')).toContain('snapshots_day_idx');
    expect(await indexNames(knex, 'audit')).toContain('audit_at_idx');

    // 3. Results split out of evaluations: the JSON moves, the portfolio columns and indexes stay.
    await knex.migrate.up(config);
    expect(await knex.migrate.currentVersion(config)).toBe('20261125000200');
    expect(await knex.schema.hasColumn('evaluations', 'result')).toBe(false);
    expect(await knex('evaluation_results').select('*')).toEqual([
      { entity_ref: ENTITY, result: '{}' },
    ]);
    expect(Number((await knex('evaluations').first()).score)).toBe(72.5);
    expect(await indexNames(knex, 'evaluations')).toEqual(
      expect.arrayContaining([
        'evaluations_owner_idx',
        'evaluations_verdict_rank_idx',
      ]),
    );
    expect(await indexNames(knex, 'actions')).toContain(
      'actions_entity_status_due_idx',
    );

    // 4. Release to run: new release columns (existing releases read as before), decisions, release-bound
    // waivers, lifecycle mismatch on evaluations; and back.
    await knex.migrate.up(config);
    expect(await knex.migrate.currentVersion(config)).toBe('20261203000000');
    await expectSeedIntact(knex);
    const release = await knex('releases').where({ id: 'r1' }).first();
    expect(release).toMatchObject({
      change_type: null,
      handover: null,
      outcome: null,
      go_no_go_verdict: null,
      gate_blockers: null,
    });
    expect((await knex('waivers').first()).release_id).toBeNull();
    expect((await knex('evaluations').first()).lifecycle_mismatch).toBeNull();
    await knex('release_decisions').insert({
      id: 'd1',
      release_id: 'r1',
      entity_ref: ENTITY,
      decision: 'go',
      approvers: '["user:default/alice"]',
      decided_by: 'user:default/alice',
      decided_at: NOW,
      snapshot: '{}',
    });
    await knex('releases').where({ id: 'r1' }).update({
      change_type: 'emergency',
      go_no_go_verdict: 'not-ready',
      gate_blockers: 2,
    });
    expect(await indexNames(knex, 'release_decisions')).toContain(
      'release_decisions_release_idx',
    );
    expect(await indexNames(knex, 'evaluations')).toContain(
      'evaluations_lifecycle_mismatch_idx',
    );
    expect(await indexNames(knex, 'waivers')).toContain('waivers_release_idx');
    await knex.migrate.down(config);
    expect(await knex.migrate.currentVersion(config)).toBe('20261125000200');
    expect(await knex.schema.hasTable('release_decisions')).toBe(false);
    expect(await knex.schema.hasColumn('releases', 'change_type')).toBe(false);
    expect(await knex.schema.hasColumn('waivers', 'release_id')).toBe(false);
    expect(
      await knex.schema.hasColumn('evaluations', 'lifecycle_mismatch'),
    ).toBe(false);
    await expectSeedIntact(knex);

    await knex.migrate.down(config);
    expect(await knex.migrate.currentVersion(config)).toBe('20261125000100');
    expect((await knex('evaluations').first()).result).toBe('{}');
    expect(await knex.schema.hasTable('evaluation_results')).toBe(false);

    // Down one step: back to the initial schema, data of the initial tables still there.
    await knex.migrate.down(config);
    expect(await knex.migrate.currentVersion(config)).toBe('20261125000000');
    expect(await knex.schema.hasTable('attestation_expiries')).toBe(false);
    expect(await knex.schema.hasColumn('evaluations', 'categories')).toBe(
      false,
    );
    expect(await indexNames(knex, 'evaluations')).not.toContain(
      'evaluations_title_lower_idx',
    );
    await expectSeedIntact(knex);

    // Down again: nothing left; and the whole chain applies again from scratch.
    await knex.migrate.down(config);
    for (const table of INITIAL_TABLES) {
      expect(await knex.schema.hasTable(table)).toBe(false);
    }
    await knex.migrate.latest(config);
    // The later migrations (20261203000100_release_outcomes…) have their own tests; latest reaches the newest one.
    const newest = fs
      .readdirSync(MIGRATIONS_DIRECTORY)
      .filter(file => /^\d{14}_.*\.js$/.test(file))
      .sort()
      .pop()!
      .slice(0, 14);
    expect(await knex.migrate.currentVersion(config)).toBe(newest);
    expect(await knex.schema.hasTable('attestation_expiries')).toBe(true);
  });

  it('indexes the failing criteria by criterion, without parallel scans on PostgreSQL, and undoes it', async () => {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest(config);
    const MIGRATION = '20261203000900_criterion_indexes.js';
    // The storage parameters of both tables (SQLite has none).
    const parallelWorkers = async () => {
      if (isSqlite(knex)) return [];
      const rows: Array<{ relname: string; options: string[] | null }> = (
        await knex.raw(
          `select relname, reloptions as options from pg_class
           where relname in ('criterion_failures', 'category_results') order by relname`,
        )
      ).rows;
      return rows.flatMap(row =>
        (row.options ?? []).map(option => `${row.relname}: ${option}`),
      );
    };
    expect(await indexNames(knex, 'criterion_failures')).toContain(
      'criterion_failures_criterion_idx',
    );
    expect(await parallelWorkers()).toEqual(
      isSqlite(knex)
        ? []
        : [
            'category_results: parallel_workers=0',
            'criterion_failures: parallel_workers=0',
          ],
    );

    await knex.migrate.down({ ...config, name: MIGRATION });
    expect(await indexNames(knex, 'criterion_failures')).not.toContain(
      'criterion_failures_criterion_idx',
    );
    expect(await parallelWorkers()).toEqual([]);
  });

  it('moves the data version on writes to the aggregated tables, and undoes its triggers', async () => {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest(config);
    const MIGRATION = '20261205000000_aggregate_cache.js';
    const version = async () =>
      isSqlite(knex)
        ? Number((await knex('data_version').first()).version)
        : Number((await knex('data_changes').sum({ v: 'weight' }))[0].v);
    const before = await version();
    await knex('attestation_expiries').insert({
      entity_ref: ENTITY,
      criterion_id: 'BCK-03',
      expires_at: NOW,
    });
    expect(await version()).toBeGreaterThan(before);

    await knex.migrate.down({ ...config, name: MIGRATION });
    expect(await knex.schema.hasTable('aggregate_cache')).toBe(false);
    expect(await knex.schema.hasTable('data_version')).toBe(false);
    expect(await knex.schema.hasTable('data_changes')).toBe(false);
    // No trigger is left behind to write to a table that is gone.
    await knex('attestation_expiries').where({ entity_ref: ENTITY }).delete();
    await knex('snapshots').insert({
      entity_ref: ENTITY,
      day: '2026-12-04',
      score: 1,
      verdict: 'not-ready',
      level: 'none',
      tier: 'T1',
      categories: '{}',
    });
  });

  it('has a comment on every table (PostgreSQL keeps them)', async () => {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest(config);
    if (isSqlite(knex)) {
      return; // SQLite has no comments; knex ignores them there.
    }
    const rows: Array<{ relname: string; comment: string | null }> = (
      await knex.raw(
        `select c.relname, obj_description(c.oid, 'pg_class') as comment
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = current_schema() and c.relkind = 'r' and c.relname not like 'knex_%'`,
      )
    ).rows;
    // 11, + evaluation_runs (run ledger, 20261203000300), operations_proposals (governance, 20261203000400) and
    // catalog_visibility (read-access cache, 20261203000500), notifications_sent (dedupe, 20261203000600),
    // category_results and criterion_failures (criterion outcomes, 20261203000700), aggregate_cache and
    // data_changes (aggregate cache, 20261205000000).
    expect(rows.length).toBe(19);
    for (const row of rows) {
      expect({ table: row.relname, hasComment: Boolean(row.comment) }).toEqual({
        table: row.relname,
        hasComment: true,
      });
    }
  });
});
