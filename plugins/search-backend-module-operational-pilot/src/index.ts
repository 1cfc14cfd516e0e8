/**
 * Search module of Operational Pilot: the run readiness, roles and blocking criteria of every evaluated entity in
 * Backstage search, each result pointing to the entity's Operational pilot tab.
 *
 * @packageDocumentation
 */
export { searchModuleOperationalPilot as default } from './module';
export { DEFAULT_SCHEDULE, readSchedule } from './module';
export {
  OperationalPilotCollatorFactory,
  OPERATIONAL_PILOT_DOCUMENT_TYPE,
  toDocument,
} from './OperationalPilotCollatorFactory';
export type {
  OperationalPilotCollatorOptions,
  OperationalPilotDocument,
} from './OperationalPilotCollatorFactory';
