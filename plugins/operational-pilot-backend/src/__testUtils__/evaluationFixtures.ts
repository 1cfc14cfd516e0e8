/*
 * Fixtures of the evaluation tests: a component owned by a team, the team, and a catalog gateway that answers
 * related-entity reads from a map and records each read.
 */
import type { Entity } from '@backstage/catalog-model';
import type { CatalogGateway } from '../service/CatalogGateway';

export const ORDERS_REF = 'component:default/orders';

export const ORDERS_COMPONENT: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'orders', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-orders' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/team-orders' }],
};

export const ORDERS_TEAM: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team-orders', namespace: 'default' },
  spec: { type: 'team', children: [], profile: { email: 'o@example.com' } },
};

/** A gateway whose `getRelated` answers from `entities` (null for the others) and records the refs of each read. */
export function recordingRelatedCatalog(entities: Record<string, Entity>) {
  const reads: string[][] = [];
  const catalog = {
    async getRelated(refs: string[]) {
      reads.push(refs);
      return Object.fromEntries(refs.map(ref => [ref, entities[ref] ?? null]));
    },
  } as unknown as CatalogGateway;
  return { catalog, reads, entities };
}
