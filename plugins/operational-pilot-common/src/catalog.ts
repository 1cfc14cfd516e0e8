/*
 * What the catalog module (@operational-pilot/backstage-plugin-catalog-backend-module) adds to catalog entities,
 * shared so that frontends (the catalog graph, filters) name the same relations and label. The relation types
 * follow the catalog's naming (`ownedBy`/`ownerOf`): the entity has a POA / ops owner, the user or group is the
 * POA / ops owner of the entity.
 */

/** An entity has this user or group as its POA (pilote opérationnel applicatif). Reverse: {@link RELATION_POA_OF}. */
export const RELATION_HAS_POA = 'hasPoa';
/** A user or group is the POA of this entity. Reverse: {@link RELATION_HAS_POA}. */
export const RELATION_POA_OF = 'poaOf';
/** An entity has this user or group as its ops owner (run team). Reverse: {@link RELATION_OPS_OWNER_OF}. */
export const RELATION_HAS_OPS_OWNER = 'hasOpsOwner';
/** A user or group is the ops owner of this entity. Reverse: {@link RELATION_HAS_OPS_OWNER}. */
export const RELATION_OPS_OWNER_OF = 'opsOwnerOf';

/** The relation pairs `[forward, reverse]`, e.g. for the catalog graph's `relationPairs` (one edge per pair). */
export const OPERATIONAL_PILOT_RELATION_PAIRS: ReadonlyArray<
  readonly [string, string]
> = [
  [RELATION_HAS_POA, RELATION_POA_OF],
  [RELATION_HAS_OPS_OWNER, RELATION_OPS_OWNER_OF],
];

/** The label holding the entity's tier (`T1`, `T2` or `T3`): `filter=metadata.labels.operational-pilot.io/tier=T1`. */
export const TIER_LABEL = 'operational-pilot.io/tier';
