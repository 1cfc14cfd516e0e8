/**
 * Catalog module of Operational Pilot: the tier as the label `operational-pilot.io/tier`, and the relations
 * `hasPoa`/`poaOf` and `hasOpsOwner`/`opsOwnerOf` between entities and their POA and ops owner.
 *
 * @packageDocumentation
 */
export { catalogModuleOperationalPilot as default } from './module';
export { OperationalPilotEntityProcessor } from './OperationalPilotEntityProcessor';
export type { OperationalPilotEntityProcessorOptions } from './OperationalPilotEntityProcessor';
export {
  HttpOperationalPilotRolesSource,
  parseRolesResponse,
} from './OperationalPilotRolesSource';
export type {
  EntityOperations,
  HttpRolesSourceOptions,
  OperationalPilotRolesSource,
  Tier,
} from './OperationalPilotRolesSource';
export {
  OPERATIONAL_PILOT_RELATION_PAIRS,
  RELATION_HAS_OPS_OWNER,
  RELATION_HAS_POA,
  RELATION_OPS_OWNER_OF,
  RELATION_POA_OF,
  TIER_LABEL,
} from './relations';
