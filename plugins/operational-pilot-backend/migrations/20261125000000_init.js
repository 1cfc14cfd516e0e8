// @ts-check

/*
 * Initial schema of the Operational Pilot plugin database.
 *
 * Conventions, chosen so that SQLite and PostgreSQL behave identically:
 * - timestamps are ISO 8601 UTC strings (`2026-11-25T10:00:00.000Z`), days are `YYYY-MM-DD`; both sort and compare
 *   correctly as text, and neither driver converts them;
 * - JSON documents are stored as text and parsed in the stores;
 * - ids are UUIDs generated in JavaScript; entity refs are stored lower-cased (the catalog compares them
 *   case-insensitively).
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('operations', table => {
    table.comment(
      'Operational metadata and run roles per catalog entity, edited by the POA',
    );
    table
      .string('entity_ref', 255)
      .primary()
      .notNullable()
      .comment('Lower-cased entity ref, e.g. component:default/payments');
    table
      .integer('version')
      .notNullable()
      .comment('Optimistic-concurrency version (the ETag), starts at 1');
    table.text('metadata').notNullable().comment('OperationalMetadata as JSON');
    table
      .string('updated_at', 30)
      .notNullable()
      .comment('ISO timestamp of the last write');
    table
      .string('updated_by', 255)
      .notNullable()
      .comment('User entity ref of the last writer');
  });

  await knex.schema.createTable('attestations', table => {
    table.comment('Manual attestations of readiness criteria (append-mostly)');
    table.string('id', 36).primary().notNullable().comment('UUID');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('Lower-cased entity ref');
    table
      .string('criterion_id', 64)
      .notNullable()
      .comment('Readiness criterion id, e.g. BCK-03');
    table
      .string('release_id', 36)
      .nullable()
      .comment('Release the attestation is for (release-scoped criteria)');
    table
      .string('state', 32)
      .notNullable()
      .comment('compliant | non-compliant | not-applicable');
    table
      .text('justification')
      .nullable()
      .comment('Why the criterion does not apply');
    table
      .text('evidence')
      .notNullable()
      .comment('JSON array of { url, description }');
    table
      .string('assessed_by', 255)
      .notNullable()
      .comment('User entity ref of the assessor');
    table
      .string('assessed_at', 30)
      .notNullable()
      .comment('ISO timestamp of the assessment');
    table
      .string('expires_at', 30)
      .nullable()
      .comment(
        'Explicit expiry (e.g. homologation decision); otherwise the engine derives it',
      );
    table.text('comment').nullable();
    table
      .string('countersigned_by', 255)
      .nullable()
      .comment('Run-side user who countersigned');
    table.string('countersigned_at', 30).nullable();
    table.string('created_at', 30).notNullable();
    table.index(
      ['entity_ref', 'criterion_id'],
      'attestations_entity_criterion_idx',
    );
    table.index(['release_id'], 'attestations_release_idx');
  });

  await knex.schema.createTable('waivers', table => {
    table.comment('Time-bounded exemptions of a criterion for an entity');
    table.string('id', 36).primary().notNullable().comment('UUID');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('Lower-cased entity ref');
    table.string('criterion_id', 64).notNullable();
    table.text('reason').notNullable();
    table.string('requested_by', 255).notNullable();
    table.string('requested_at', 30).notNullable();
    table
      .string('status', 32)
      .notNullable()
      .comment('requested | approved | rejected | revoked');
    table.string('approved_by', 255).nullable();
    table.string('approved_at', 30).nullable();
    table
      .string('expires_at', 30)
      .notNullable()
      .comment('ISO timestamp; waivers always expire');
    table.string('action_id', 36).nullable().comment('Linked handoff action');
    table.index(['entity_ref', 'criterion_id'], 'waivers_entity_criterion_idx');
    table.index(['action_id'], 'waivers_action_idx');
  });

  await knex.schema.createTable('actions', table => {
    table.comment('Build/run handoff actions');
    table.string('id', 36).primary().notNullable().comment('UUID');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('Lower-cased entity ref');
    table.text('title').notNullable();
    table.text('description').nullable();
    table
      .string('phase', 16)
      .notNullable()
      .comment('before | during | after | run');
    table
      .string('side', 16)
      .notNullable()
      .comment('build | run | poa | business | security | vendor');
    table.string('assignee_ref', 255).nullable();
    table
      .string('due_date', 10)
      .nullable()
      .comment('YYYY-MM-DD; overdue is computed, never stored');
    table
      .string('priority', 16)
      .notNullable()
      .comment('blocking | major | minor');
    table.string('status', 32).notNullable().comment('ActionStatus');
    table.string('criterion_id', 64).nullable();
    table.string('release_id', 36).nullable();
    table.text('evidence_url').nullable();
    table.text('external_ticket_url').nullable();
    table.text('blocked_reason').nullable();
    table.text('resolution').nullable();
    table
      .string('source', 16)
      .notNullable()
      .comment('auto | manual | template');
    table
      .integer('version')
      .notNullable()
      .comment('Optimistic-concurrency version, starts at 1');
    table.string('created_by', 255).notNullable();
    table.string('created_at', 30).notNullable();
    table.string('updated_at', 30).notNullable();
    table.string('closed_at', 30).nullable();
    table.index(['entity_ref', 'status'], 'actions_entity_status_idx');
    table.index(['criterion_id'], 'actions_criterion_idx');
    table.index(['release_id'], 'actions_release_idx');
  });

  await knex.schema.createTable('releases', table => {
    table.comment('Planned production releases and their go/no-go');
    table.string('id', 36).primary().notNullable().comment('UUID');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('Lower-cased entity ref');
    table
      .string('version', 64)
      .notNullable()
      .comment('Software version being released');
    table
      .string('kind', 16)
      .notNullable()
      .comment('major | minor | patch | hotfix');
    table
      .string('planned_at', 30)
      .notNullable()
      .comment('ISO timestamp of the planned release');
    table.text('release_window').nullable().comment('JSON { start, end }');
    table
      .string('change_ref', 255)
      .nullable()
      .comment('Change request reference');
    table.string('status', 32).notNullable().comment('ReleaseStatus');
    table.text('go_no_go').nullable().comment('JSON go/no-go decision');
    table.text('hypercare').nullable().comment('JSON hypercare period');
    table
      .integer('rev')
      .notNullable()
      .comment('Optimistic-concurrency revision, starts at 1');
    table.string('created_by', 255).notNullable();
    table.string('created_at', 30).notNullable();
    table.string('updated_at', 30).notNullable();
    table.index(['entity_ref', 'planned_at'], 'releases_entity_planned_idx');
  });

  await knex.schema.createTable('evaluations', table => {
    table.comment(
      'Latest evaluated readiness per entity, with the catalog fields the portfolio filters and sorts on',
    );
    table
      .string('entity_ref', 255)
      .primary()
      .notNullable()
      .comment('Lower-cased entity ref');
    table.string('kind', 64).notNullable().comment('Lower-cased entity kind');
    table.string('namespace', 64).notNullable();
    table.string('name', 255).notNullable();
    table.text('title').notNullable().comment('metadata.title, or the name');
    table.string('owner', 255).nullable().comment('Lower-cased owner ref');
    table.string('system', 255).nullable().comment('Lower-cased system ref');
    table.string('domain', 255).nullable().comment('Lower-cased domain ref');
    table
      .string('tier', 4)
      .notNullable()
      .comment('T1 | T2 | T3 (declared, or the default tier)');
    table.boolean('tier_declared').notNullable();
    table
      .string('poa', 255)
      .nullable()
      .comment('Lower-cased POA ref from the operational metadata');
    table.double('score').notNullable().comment('0-100');
    table.string('verdict', 32).notNullable();
    table
      .integer('verdict_rank')
      .notNullable()
      .comment('0 not-ready, 1 with reservations, 2 ready-for-run');
    table.string('level', 16).notNullable();
    table
      .integer('level_rank')
      .notNullable()
      .comment('0 none, 1 bronze, 2 silver, 3 gold');
    table.integer('blockers_count').notNullable();
    table.integer('reservations_count').notNullable();
    table
      .text('search_text')
      .notNullable()
      .comment('Lower-cased name, title and entity ref for free-text search');
    table
      .string('model_version', 128)
      .notNullable()
      .comment('Readiness model hash used for the evaluation');
    table
      .string('inputs_hash', 128)
      .nullable()
      .comment('Hash of the evaluation inputs, to skip no-op writes');
    table
      .string('next_change_at', 30)
      .nullable()
      .comment('When a clock-driven status changes next');
    table.string('evaluated_at', 30).notNullable();
    table
      .string('missing_since', 30)
      .nullable()
      .comment(
        'Set when the entity left the catalog; rows are purged after the retention period',
      );
    table.text('result').notNullable().comment('EntityReadiness as JSON');
  });

  await knex.schema.createTable('snapshots', table => {
    table.comment('Daily readiness per entity for trends; bounded retention');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('Lower-cased entity ref');
    table.string('day', 10).notNullable().comment('UTC day, YYYY-MM-DD');
    table.double('score').notNullable();
    table.string('verdict', 32).notNullable();
    table.string('level', 16).notNullable();
    table.string('tier', 4).notNullable();
    table.string('owner', 255).nullable();
    table.string('system', 255).nullable();
    table
      .text('categories')
      .notNullable()
      .comment('JSON { [categoryId]: score | null }');
    table.primary(['entity_ref', 'day']);
  });

  await knex.schema.createTable('audit', table => {
    table.comment('Append-only change log');
    table
      .bigIncrements('seq')
      .comment('Insertion order, for a stable newest-first listing');
    table.string('id', 36).notNullable().unique().comment('UUID');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('Lower-cased entity ref');
    table
      .string('actor', 255)
      .notNullable()
      .comment('User or service principal');
    table
      .string('action', 64)
      .notNullable()
      .comment('e.g. operations.update, action.create');
    table
      .string('target_type', 32)
      .notNullable()
      .comment('operations | attestation | waiver | action | release');
    table.string('target_id', 255).nullable();
    table.text('before').nullable().comment('JSON state before the change');
    table.text('after').nullable().comment('JSON state after the change');
    table.string('at', 30).notNullable().comment('ISO timestamp');
    table.index(['entity_ref', 'seq'], 'audit_entity_seq_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  for (const table of [
    'audit',
    'snapshots',
    'evaluations',
    'releases',
    'actions',
    'waivers',
    'attestations',
    'operations',
  ]) {
    await knex.schema.dropTable(table);
  }
};
