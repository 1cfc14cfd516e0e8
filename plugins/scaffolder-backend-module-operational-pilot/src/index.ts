/**
 * Scaffolder module of Operational Pilot: the `operational-pilot:register` template action opens the operational
 * record of a catalog entity (tier, POA, ops owner, business owner, service owner, service hours, stateful).
 *
 * @packageDocumentation
 */
export { scaffolderModuleOperationalPilot as default } from './module';
export {
  createOperationalPilotRegisterAction,
  operationsTabPath,
  REGISTER_ACTION_ID,
  REGISTER_ROLES,
} from './actions/register';
export type { OperationalPilotRegisterActionOptions } from './actions/register';
