/**
 * Default permission policy of Operational Pilot, as a module of the permission backend.
 *
 * @packageDocumentation
 */
export { operationalPilotPolicyModule as default } from './module';
export {
  OperationalPilotPermissionPolicy,
  decideOperationalPilotPermission,
} from './policy';
export type { OperationalPilotPolicyOptions } from './policy';
