import type { Entity } from '@backstage/catalog-model';

/** Entity kinds that get an operational pilot tab and cards. */
export const OPERATIONAL_PILOT_KINDS = [
  'component',
  'system',
  'resource',
  'api',
];

/**
 * Whether the Operational Pilot tab and cards apply to an entity (legacy apps:
 * `<EntityLayout.Route if={isOperationalPilotAvailable}>`).
 *
 * @public
 */
export function isOperationalPilotAvailable(entity: Entity): boolean {
  return OPERATIONAL_PILOT_KINDS.includes(
    entity.kind.toLocaleLowerCase('en-US'),
  );
}
