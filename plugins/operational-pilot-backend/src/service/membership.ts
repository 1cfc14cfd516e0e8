/*
 * Group membership as the catalog records it, to decide whether a user holds a role given to a group.
 */
import {
  Entity,
  parseEntityRef,
  RELATION_MEMBER_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/** Canonical (lower-cased) form of a ref, or undefined when it does not parse. */
export function refKey(ref: string, defaultKind: string): string | undefined {
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' }),
    ).toLocaleLowerCase('en-US');
  } catch {
    return undefined;
  }
}

/** Lower-cased group refs a user entity is a member of. */
export function groupsOf(user: Entity | null, userRef: string): Set<string> {
  const groups = new Set<string>();
  if (!user) return groups;
  for (const relation of user.relations ?? []) {
    if (relation.type === RELATION_MEMBER_OF) {
      const key = refKey(relation.targetRef, 'group');
      if (key) groups.add(key);
    }
  }
  const namespace = parseEntityRef(userRef).namespace;
  const memberOf = (user.spec as { memberOf?: unknown } | undefined)?.memberOf;
  if (Array.isArray(memberOf)) {
    for (const ref of memberOf) {
      if (typeof ref !== 'string') continue;
      try {
        groups.add(
          stringifyEntityRef(
            parseEntityRef(ref, {
              defaultKind: 'group',
              defaultNamespace: namespace,
            }),
          ).toLocaleLowerCase('en-US'),
        );
      } catch {
        // not a ref: ignored
      }
    }
  }
  return groups;
}
