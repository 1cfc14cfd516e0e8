/*
 * The plugin's persistence layer: knex stores over the plugin database (SQLite or PostgreSQL).
 * Routes and services depend on the interfaces; `createStores` builds the implementations.
 */
export {
  createStores,
  createStoresFromKnex,
  migrateDatabase,
  MIGRATIONS_DIRECTORY,
} from './stores';
export type { OperationalPilotStores } from './stores';
export { VersionConflictError, isVersionConflictError } from './errors';
export { OPEN_ACTION_STATUSES } from './ActionsStore';
export type {
  ActionFilter,
  ActionPatch,
  ActionsStore,
  NewAction,
} from './ActionsStore';
export type {
  AttestationFilter,
  AttestationsStore,
  NewAttestation,
} from './AttestationsStore';
export type { AuditStore, NewAuditEntry } from './AuditStore';
export type {
  EvaluatedEntity,
  EvaluationRecord,
  EvaluationsStore,
  StoredEvaluation,
} from './EvaluationsStore';
export type { OperationsStore } from './OperationsStore';
export { PORTFOLIO_DEFAULT_LIMIT, PORTFOLIO_MAX_LIMIT } from './portfolio';
export type { Visibility, VisibilityStore } from './visibility';
export type {
  NewRelease,
  ReleaseGateColumns,
  ReleasePatch,
  ReleasesStore,
} from './ReleasesStore';
export type { DecisionsStore, NewReleaseDecision } from './DecisionsStore';
export type {
  SnapshotRecord,
  SnapshotsStore,
  TrendFilter,
  TrendGroupBy,
} from './SnapshotsStore';
export type {
  NewWaiver,
  WaiverFilter,
  WaiverPatch,
  WaiversStore,
} from './WaiversStore';
