/*
 * Defensive readers over catalog entities and operational metadata. Entities come straight from the catalog (or
 * from raw YAML in tests), so every field may be missing or of an unexpected type: nothing here throws.
 */
import {
  type Entity,
  parseEntityRef,
  RELATION_CONSUMES_API,
  RELATION_DEPENDS_ON,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  RELATION_PROVIDES_API,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { OperationalMetadata, RoleKey } from '../domain/types';
import type { Message } from './messages';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a dotted path (`spec.profile.email`) from any object. */
export function getPath(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const part of path.split('.')) {
    if (!isRecord(current)) {
      return undefined;
    }
    current = current[part];
  }
  return current;
}

/** "Set" means present and meaningful: not null, not a blank string, not an empty array or object. */
export function isSet(value: unknown): boolean {
  if (value === undefined || value === null) {
    return false;
  }
  if (typeof value === 'string') {
    return value.trim() !== '';
  }
  if (typeof value === 'number') {
    return !Number.isNaN(value);
  }
  if (Array.isArray(value)) {
    return value.length > 0;
  }
  if (isRecord(value)) {
    return Object.values(value).some(isSet);
  }
  return true;
}

export function entityKind(entity: Entity): string {
  return typeof entity?.kind === 'string' ? entity.kind.toLowerCase() : '';
}

export function entityNamespace(entity: Entity): string {
  const ns = entity?.metadata?.namespace;
  return typeof ns === 'string' && ns !== '' ? ns : 'default';
}

/** The entity's ref, even for malformed entities (never throws). */
export function safeEntityRef(entity: Entity): string {
  try {
    return stringifyEntityRef(entity);
  } catch {
    const name = entity?.metadata?.name;
    return `${entityKind(entity) || 'unknown'}:${entityNamespace(
      entity,
    ).toLowerCase()}/${typeof name === 'string' ? name.toLowerCase() : ''}`;
  }
}

/** Normalises a (possibly shorthand) ref; undefined when it cannot be parsed. */
export function normalizeRef(
  raw: unknown,
  context: { defaultKind?: string; defaultNamespace?: string },
): string | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') {
    return undefined;
  }
  try {
    return stringifyEntityRef(parseEntityRef(raw.trim(), context));
  } catch {
    return undefined;
  }
}

export function refKind(ref: string): string {
  return ref.slice(0, ref.indexOf(':'));
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') {
    return [value];
  }
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : [];
}

/**
 * How the catalog derives relations from `spec` (so that raw entities without `relations` behave like processed
 * ones). Default kinds follow the catalog's own processor.
 */
const SPEC_RELATIONS: Array<{
  type: string;
  path: string;
  defaultKind?: string;
  /** The field holds one ref (a list there is invalid data, not several targets). */
  single?: boolean;
}> = [
  {
    type: RELATION_OWNED_BY,
    path: 'spec.owner',
    defaultKind: 'group',
    single: true,
  },
  {
    type: RELATION_PART_OF,
    path: 'spec.system',
    defaultKind: 'system',
    single: true,
  },
  {
    type: RELATION_PART_OF,
    path: 'spec.domain',
    defaultKind: 'domain',
    single: true,
  },
  {
    type: RELATION_PART_OF,
    path: 'spec.subcomponentOf',
    defaultKind: 'component',
    single: true,
  },
  { type: RELATION_DEPENDS_ON, path: 'spec.dependsOn' },
  {
    type: RELATION_CONSUMES_API,
    path: 'spec.consumesApis',
    defaultKind: 'api',
  },
  {
    type: RELATION_PROVIDES_API,
    path: 'spec.providesApis',
    defaultKind: 'api',
  },
];

/** Target refs of relations of `type`: the entity's `relations` plus those its `spec` implies, deduplicated. */
export function relationTargets(entity: Entity, type: string): string[] {
  const wanted = type.toLowerCase();
  const out = new Set<string>();
  const relations = Array.isArray(entity?.relations) ? entity.relations : [];
  for (const r of relations) {
    if (
      isRecord(r) &&
      typeof r.type === 'string' &&
      r.type.toLowerCase() === wanted
    ) {
      const ref = normalizeRef(r.targetRef, {});
      if (ref) {
        out.add(ref);
      }
    }
  }
  const defaultNamespace = entityNamespace(entity);
  for (const spec of SPEC_RELATIONS) {
    if (spec.type.toLowerCase() !== wanted) {
      continue;
    }
    const value = getPath(entity, spec.path);
    for (const raw of spec.single
      ? stringList(typeof value === 'string' ? value : undefined)
      : stringList(value)) {
      const ref = normalizeRef(raw, {
        defaultKind: spec.defaultKind,
        defaultNamespace,
      });
      if (ref) {
        out.add(ref);
      }
    }
  }
  return [...out];
}

export interface OwnerInfo {
  /** Normalised owner ref, when one can be derived. */
  ref?: string;
  /** `spec.owner` as written. */
  raw?: string;
  /** Why no ref could be derived (a catalogue message, shown in the reasons of owner checks). */
  problem?: Message;
}

/** The accountable owner: the `ownedBy` relation, else `spec.owner` (default kind Group). */
export function ownerOf(entity: Entity): OwnerInfo {
  const rawValue = getPath(entity, 'spec.owner');
  const raw = typeof rawValue === 'string' ? rawValue : undefined;
  const targets = relationTargets(entity, RELATION_OWNED_BY);
  if (targets.length > 0) {
    return { ref: targets[0], raw };
  }
  if (!isSet(rawValue)) {
    return { problem: { key: 'owner.notSet' } };
  }
  return {
    raw,
    problem: {
      key: 'owner.invalidRef',
      params: { value: JSON.stringify(rawValue) },
    },
  };
}

/** Where each role lives in the operational metadata, and the kind a shorthand ref defaults to. */
export const ROLE_FIELDS: Record<
  RoleKey,
  { path: string; defaultKind: 'user' | 'group'; label: string }
> = {
  poa: { path: 'roles.poa', defaultKind: 'user', label: 'POA' },
  opsOwner: {
    path: 'roles.opsOwner',
    defaultKind: 'group',
    label: 'ops owner',
  },
  businessOwner: {
    path: 'roles.businessOwner',
    defaultKind: 'user',
    label: 'business owner',
  },
  serviceOwner: {
    path: 'roles.serviceOwner',
    defaultKind: 'user',
    label: 'service owner',
  },
  securityApprover: {
    path: 'roles.securityApprover',
    defaultKind: 'user',
    label: 'security approver',
  },
  supportL1: {
    path: 'support.l1.group',
    defaultKind: 'group',
    label: 'N1 support',
  },
  supportL2: {
    path: 'support.l2.group',
    defaultKind: 'group',
    label: 'N2 support',
  },
  supportL3: {
    path: 'support.l3.group',
    defaultKind: 'group',
    label: 'N3 support',
  },
};

/** The raw and normalised ref of a role (metadata refs default to the `default` namespace). */
export function roleRef(
  operations: OperationalMetadata | undefined,
  role: RoleKey,
): { raw?: string; ref?: string } {
  const field = ROLE_FIELDS[role];
  const raw = getPath(operations, field.path);
  if (typeof raw !== 'string' || raw.trim() === '') {
    return {};
  }
  return { raw, ref: normalizeRef(raw, { defaultKind: field.defaultKind }) };
}

/** Case-insensitive lookup in `related`: found, known missing (`null`), or not looked up. */
export type Lookup =
  | { state: 'found'; entity: Entity }
  | { state: 'missing' }
  | { state: 'not-looked-up' };

/**
 * Indexes of frozen `related` maps. A batch of evaluations shares one map of related entities (thousands of
 * components, a few hundred owner groups, systems and people): when the caller freezes it (the backend does), it
 * is indexed once instead of once per entity. A map that is not frozen may change between two evaluations, so it
 * is indexed every time.
 */
const frozenIndexes = new WeakMap<object, Map<string, Entity | null>>();

/** Indexes `related` by normalised ref, so that differently written keys still match. */
export function indexRelated(
  related: Record<string, Entity | null> | undefined,
): Map<string, Entity | null> {
  if (!isRecord(related)) {
    return new Map();
  }
  const known = frozenIndexes.get(related);
  if (known) {
    return known;
  }
  const index = new Map<string, Entity | null>();
  for (const [key, value] of Object.entries(related)) {
    index.set(normalizeRef(key, {}) ?? key.toLowerCase(), value ?? null);
  }
  if (Object.isFrozen(related)) {
    frozenIndexes.set(related, index);
  }
  return index;
}

export function lookup(
  related: Map<string, Entity | null>,
  ref: string,
): Lookup {
  if (!related.has(ref)) {
    return { state: 'not-looked-up' };
  }
  const value = related.get(ref);
  return value ? { state: 'found', entity: value } : { state: 'missing' };
}

/** Links of an entity (`metadata.links`), keeping only well-formed ones. */
export function entityLinks(
  entity: Entity | undefined,
): Array<{ url: string; title?: string; type?: string }> {
  const links = entity?.metadata?.links;
  if (!Array.isArray(links)) {
    return [];
  }
  return links.filter(
    (l): l is { url: string; title?: string; type?: string } =>
      isRecord(l) && typeof l.url === 'string',
  );
}

export function annotationValue(
  entity: Entity | undefined,
  key: string,
): string | undefined {
  const annotations = entity?.metadata?.annotations;
  if (!isRecord(annotations)) {
    return undefined;
  }
  const value = annotations[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
