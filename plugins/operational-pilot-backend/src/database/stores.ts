import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import { ActionsStore, DatabaseActionsStore } from './ActionsStore';
import {
  AttestationsStore,
  DatabaseAttestationsStore,
} from './AttestationsStore';
import { AuditStore, DatabaseAuditStore } from './AuditStore';
import { DatabaseDecisionsStore, DecisionsStore } from './DecisionsStore';
import { DatabaseEvaluationsStore, EvaluationsStore } from './EvaluationsStore';
import { DatabaseOperationsStore, OperationsStore } from './OperationsStore';
import { DatabaseProposalsStore, ProposalsStore } from './ProposalsStore';
import { DatabaseReleasesStore, ReleasesStore } from './ReleasesStore';
import { DatabaseSnapshotsStore, SnapshotsStore } from './SnapshotsStore';
import { DatabaseWaiversStore, WaiversStore } from './WaiversStore';
import { DatabaseVisibilityStore, VisibilityStore } from './visibility';
import { AggregateCache } from './aggregateCache';

export const MIGRATIONS_DIRECTORY = resolvePackagePath(
  '@operational-pilot/backstage-plugin-backend',
  'migrations',
);

/** Everything the plugin persists, one store per table (group). This is what routes and services depend on. */
export interface OperationalPilotStores {
  operations: OperationsStore;
  attestations: AttestationsStore;
  waivers: WaiversStore;
  actions: ActionsStore;
  releases: ReleasesStore;
  /** Go/no-go decision records of releases. */
  decisions: DecisionsStore;
  evaluations: EvaluationsStore;
  snapshots: SnapshotsStore;
  audit: AuditStore;
  /** Sensitive changes of operational metadata held until the POA decides. */
  proposals: ProposalsStore;
  /** Short-lived cache of the catalog's read-access answers per caller (conditional read policies). */
  visibility: VisibilityStore;
  /** Answers of portfolio aggregates, kept while their data holds (database/aggregateCache.ts). */
  aggregateCache: Pick<AggregateCache, 'compact' | 'dataVersion'>;
  /**
   * Runs `fn` with stores bound to one transaction: it commits when `fn` resolves and rolls back when it throws.
   * Use it for writes that touch several rows, e.g. a change and its audit entry, or accepting a risk (action
   * status + new waiver). Nested calls become savepoints.
   */
  transaction<T>(
    fn: (stores: OperationalPilotStores) => Promise<T>,
  ): Promise<T>;
  /**
   * Deletes all data of entities that have been missing from the catalog since before `before` (evaluation,
   * operations, proposals, attestations, waivers, actions, releases, snapshots), in one transaction, and keeps their
   * audit trail (which only `retention.auditDays` ages out). Returns their refs.
   */
  purgeMissingEntities(before: Date): Promise<string[]>;
}

class DatabaseStores implements OperationalPilotStores {
  readonly operations: OperationsStore;
  readonly attestations: AttestationsStore;
  readonly waivers: WaiversStore;
  readonly actions: ActionsStore;
  readonly releases: ReleasesStore;
  readonly decisions: DecisionsStore;
  readonly evaluations: EvaluationsStore;
  readonly snapshots: SnapshotsStore;
  readonly audit: AuditStore;
  readonly proposals: ProposalsStore;
  readonly visibility: VisibilityStore;
  readonly aggregateCache: AggregateCache;

  constructor(private readonly knex: Knex) {
    this.operations = new DatabaseOperationsStore(knex);
    this.attestations = new DatabaseAttestationsStore(knex);
    this.waivers = new DatabaseWaiversStore(knex);
    this.actions = new DatabaseActionsStore(knex);
    this.releases = new DatabaseReleasesStore(knex);
    this.decisions = new DatabaseDecisionsStore(knex);
    this.evaluations = new DatabaseEvaluationsStore(knex);
    this.snapshots = new DatabaseSnapshotsStore(knex);
    this.audit = new DatabaseAuditStore(knex);
    this.proposals = new DatabaseProposalsStore(knex);
    this.visibility = new DatabaseVisibilityStore(knex);
    this.aggregateCache = new AggregateCache(knex);
  }

  transaction<T>(
    fn: (stores: OperationalPilotStores) => Promise<T>,
  ): Promise<T> {
    return this.knex.transaction(trx => fn(new DatabaseStores(trx)));
  }

  purgeMissingEntities(before: Date): Promise<string[]> {
    return this.transaction(async tx => {
      const refs = await tx.evaluations.purgeMissingBefore(before);
      if (refs.length > 0) {
        await tx.operations.deleteForEntities(refs);
        await tx.attestations.deleteForEntities(refs);
        await tx.waivers.deleteForEntities(refs);
        await tx.actions.deleteForEntities(refs);
        await tx.releases.deleteForEntities(refs);
        await tx.decisions.deleteForEntities(refs);
        await tx.snapshots.deleteForEntities(refs);
        await tx.proposals.deleteForEntities(refs);
        // The audit trail is kept: who changed what stays answerable after the entity left the catalog.
      }
      return refs;
    });
  }
}

/** Applies pending migrations (knex's migration lock makes this safe with several replicas). */
export async function migrateDatabase(knex: Knex): Promise<void> {
  await knex.migrate.latest({ directory: MIGRATIONS_DIRECTORY });
}

/** Stores on the plugin database, migrated first unless the database service says to skip migrations. */
export async function createStores(options: {
  database: DatabaseService;
}): Promise<OperationalPilotStores> {
  const client = await options.database.getClient();
  if (!options.database.migrations?.skip) {
    await migrateDatabase(client);
  }
  return createStoresFromKnex(client);
}

/** Stores on an already migrated knex instance or transaction (tests, benchmarks). */
export function createStoresFromKnex(knex: Knex): OperationalPilotStores {
  return new DatabaseStores(knex);
}
