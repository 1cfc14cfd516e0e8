/*
 * Everything derived once per evaluation (tier, statefulness, owner, release under review, indexes), so that each
 * criterion check stays a small function of (spec, context).
 */
import { type Entity, RELATION_DEPENDS_ON } from '@backstage/catalog-model';
import type {
  Attestation,
  HandoffAction,
  OperationalMetadata,
  Release,
  ReleaseStatus,
  Tier,
  Waiver,
} from '../domain/types';
import { TIERS } from '../domain/types';
import { parseTime } from './dates';
import {
  entityKind,
  getPath,
  indexRelated,
  isRecord,
  lookup,
  type OwnerInfo,
  ownerOf,
  relationTargets,
  safeEntityRef,
} from './entityData';
import type { EvaluationInput, ReadinessModel } from './types';
import { listParam, type Message, nestMessage } from './messages';
import { compareText } from './scoring';
import { STATEFUL_RESOURCE_TYPES } from './vocabulary';

/** Releases that are "in progress": the first of them (by planned date) is the release under review. */
export const RELEASE_IN_PROGRESS_STATUSES: readonly ReleaseStatus[] = [
  'planned',
  'go_no_go',
  'deployed',
  'hypercare',
];

export interface Statefulness {
  value: boolean;
  /** Declared in the metadata (as opposed to derived or assumed). */
  declared: boolean;
  /** Assumed stateful because nothing said otherwise (strict default). */
  assumed: boolean;
  /** Why, as a catalogue message (appended to the reasons of criteria that apply to stateful applications). */
  reason: Message;
  /** Stateful Resources found: the entity itself and its dependencies. */
  statefulResources: Entity[];
}

export interface EvaluationContext {
  model: ReadinessModel;
  entity: Entity;
  entityRef: string;
  kind: string;
  nowMs: number;
  tier: Tier;
  tierDeclared: boolean;
  operations?: OperationalMetadata;
  related: Map<string, Entity | null>;
  owner: OwnerInfo;
  stateful: Statefulness;
  releases: Release[];
  releaseUnderReview?: Release;
  is24x7: boolean;
  attestations: Map<string, Attestation[]>;
  waivers: Map<string, Waiver[]>;
  actions: Map<string, HandoffAction[]>;
  opsOwnerChangedAtMs?: number;
}

function groupBy<T extends { criterionId?: string }>(
  items: T[] | undefined,
): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of Array.isArray(items) ? items : []) {
    if (!isRecord(item) || typeof item.criterionId !== 'string') {
      continue;
    }
    const list = map.get(item.criterionId) ?? [];
    list.push(item);
    map.set(item.criterionId, list);
  }
  return map;
}

/** `24x7`, `24/7`, `24 x 7` (any case). */
export function is24x7ServiceHours(value: unknown): boolean {
  return typeof value === 'string' && /^\s*24\s*[x/*]\s*7\s*$/i.test(value);
}

function resourceType(entity: Entity): string {
  const type = getPath(entity, 'spec.type');
  return typeof type === 'string' ? type.toLowerCase() : '';
}

function isStatefulResource(entity: Entity): boolean {
  return (
    entityKind(entity) === 'resource' &&
    STATEFUL_RESOURCE_TYPES.includes(resourceType(entity))
  );
}

function statefulness(
  entity: Entity,
  entityRef: string,
  operations: OperationalMetadata | undefined,
  related: Map<string, Entity | null>,
): Statefulness {
  const found: Entity[] = [];
  if (isStatefulResource(entity)) {
    found.push(entity);
  }
  for (const ref of relationTargets(entity, RELATION_DEPENDS_ON)) {
    const target = lookup(related, ref);
    if (target.state === 'found' && isStatefulResource(target.entity)) {
      found.push(target.entity);
    }
  }
  const names = found.map(e => `${safeEntityRef(e)} (${resourceType(e)})`);
  // `names` are refs and resource types: the same in every language.
  const declared = operations?.stateful;
  if (declared === true) {
    return {
      value: true,
      declared: true,
      assumed: false,
      reason: { key: 'stateful.declared' },
      statefulResources: found,
    };
  }
  // A stateful dependency in the catalog outweighs a "stateless" declaration: its data still has to be recoverable.
  if (found.length > 0) {
    const self = found[0] === entity;
    const because: Message = self
      ? {
          key: 'stateful.resource',
          params: { ref: entityRef, type: resourceType(entity) },
        }
      : { key: 'stateful.dependsOn', params: { resources: listParam(names) } };
    return {
      value: true,
      declared: false,
      assumed: false,
      reason:
        declared === false
          ? {
              key: 'stateful.despiteDeclared',
              params: nestMessage('because', because),
            }
          : because,
      statefulResources: found,
    };
  }
  if (declared === false) {
    return {
      value: false,
      declared: true,
      assumed: false,
      reason: { key: 'stateless.declared' },
      statefulResources: found,
    };
  }
  return {
    value: true,
    declared: false,
    assumed: true,
    reason: { key: 'stateful.assumed' },
    statefulResources: found,
  };
}

/** The earliest release in progress (planned, go/no-go, deployed or hypercare) by planned date. */
export function releaseUnderReview(
  releases: Release[] | undefined,
): Release | undefined {
  const candidates = (Array.isArray(releases) ? releases : []).filter(
    r => isRecord(r) && RELEASE_IN_PROGRESS_STATUSES.includes(r.status),
  );
  candidates.sort((a, b) => {
    const ta = parseTime(a.plannedAt) ?? Number.MAX_SAFE_INTEGER;
    const tb = parseTime(b.plannedAt) ?? Number.MAX_SAFE_INTEGER;
    return ta - tb || compareText(String(a.id), String(b.id));
  });
  return candidates[0];
}

export function createContext(
  model: ReadinessModel,
  input: EvaluationInput,
): EvaluationContext {
  const entity = input.entity;
  const operations = isRecord(input.operations)
    ? (input.operations as OperationalMetadata)
    : undefined;
  const declaredTier = operations?.tier;
  const tierDeclared =
    typeof declaredTier === 'string' && TIERS.includes(declaredTier);
  const related = indexRelated(input.related);
  const entityRef = safeEntityRef(entity);
  const releases = Array.isArray(input.releases) ? input.releases : [];
  const nowMs = input.now.getTime();
  return {
    model,
    entity,
    entityRef,
    kind: entityKind(entity),
    nowMs,
    tier: tierDeclared ? (declaredTier as Tier) : model.defaultTier,
    tierDeclared,
    operations,
    related,
    owner: ownerOf(entity),
    stateful: statefulness(entity, entityRef, operations, related),
    releases,
    releaseUnderReview: releaseUnderReview(releases),
    is24x7: is24x7ServiceHours(operations?.serviceHours),
    attestations: groupBy(input.attestations),
    waivers: groupBy(input.waivers),
    actions: groupBy(input.actions),
    opsOwnerChangedAtMs: parseTime(input.opsOwnerChangedAt),
  };
}
