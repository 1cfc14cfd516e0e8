/*
 * What the catalog module adds to entities: the constants live in @operational-pilot/backstage-plugin-common so
 * that frontends (catalog graph, filters) use the same names.
 */
export {
  OPERATIONAL_PILOT_RELATION_PAIRS,
  RELATION_HAS_OPS_OWNER,
  RELATION_HAS_POA,
  RELATION_OPS_OWNER_OF,
  RELATION_POA_OF,
  TIER_LABEL,
} from '@operational-pilot/backstage-plugin-common';

/** The kinds Operational Pilot evaluates by default (`operationalPilot.evaluation.kinds`). */
export const DEFAULT_KINDS: readonly string[] = [
  'component',
  'system',
  'resource',
  'api',
];
