/*
 * The catalog refs the engine looks up in `input.related`, so the backend can fetch them in one batch. Refs are
 * normalised exactly as the engine normalises them (lower case, default kinds and namespaces).
 */
import {
  type Entity,
  RELATION_DEPENDS_ON,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
} from '@backstage/catalog-model';
import type { OperationalMetadata } from '../domain/types';
import { ROLE_KEYS } from '../domain/types';
import { refKind, relationTargets, roleRef } from './entityData';

/**
 * Owner (ownedBy relation or `spec.owner`, default kind Group), system, dependsOn targets, and the role and support
 * refs of the operational metadata (default kind User for people roles, Group for the ops owner and support levels).
 */
export function collectReferencedEntityRefs(
  entity: Entity,
  operations?: OperationalMetadata,
): string[] {
  const refs = new Set<string>();
  relationTargets(entity, RELATION_OWNED_BY).forEach(r => refs.add(r));
  relationTargets(entity, RELATION_PART_OF)
    .filter(r => refKind(r) === 'system')
    .forEach(r => refs.add(r));
  relationTargets(entity, RELATION_DEPENDS_ON).forEach(r => refs.add(r));
  for (const role of ROLE_KEYS) {
    const { ref } = roleRef(operations, role);
    if (ref) {
      refs.add(ref);
    }
  }
  return [...refs].sort();
}
