/*
 * Evaluation flow: catalog entity + operational data + clock → scoring engine (pure, in -common) → stored
 * evaluation. The portfolio reads only stored evaluations, so no page request ever evaluates the catalog.
 */
import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  collectReferencedEntityRefs,
  EntityReadiness,
  evaluateReadiness,
  EvaluationInput,
  HandoffAction,
  ReadinessModel,
} from '@operational-pilot/backstage-plugin-common';
import { createHash } from 'node:crypto';
import type { OperationalPilotStores as Stores } from '../database';
import type {
  EvaluationRecord,
  StoredEvaluation,
} from '../database/EvaluationsStore';
import { criterionOutcomes } from '../database/criterionResults';
import type { EvaluationRunsStore } from '../database/EvaluationRunsStore';
import { CatalogGateway } from './CatalogGateway';
import { autoResolveActions } from './autoResolveActions';
import { compactReadiness, expandReadiness } from './readinessCodec';
import { RelatedEntityCache, RelatedReader } from './relatedEntityCache';

export interface EvaluationServiceOptions {
  model: ReadinessModel;
  stores: Stores;
  catalog: CatalogGateway;
  logger: LoggerService;
  kinds: string[];
  /** The run ledger, where `POST /evaluations/run` leaves its request for a full re-evaluation. */
  runs?: EvaluationRunsStore;
  now?: () => Date;
  /**
   * How long related entities read for `getReadiness` answer its check of the stored evaluation (15 s by default;
   * keep it well under the 60 s freshness promise). 0 reads them on every request.
   */
  relatedCacheTtlMs?: number;
  /** How many related entities that cache keeps at most (5,000 by default). */
  relatedCacheMaxRefs?: number;
}

/**
 * The catalog entities referenced by the entities of one evaluation pass (owner groups, systems, role holders…),
 * read once per pass: thousands of components share a few dozen of them, and each batch would otherwise read
 * them again over HTTP. Not shared across passes, so a change in the catalog is seen by the next pass.
 */
export class RelatedEntities implements RelatedReader {
  private readonly known = new Map<string, Entity | null>();

  constructor(private readonly catalog: CatalogGateway) {}

  /** Every ref with its entity, or null when it is not in the catalog; reads only the refs not read yet. */
  async get(refs: string[]): Promise<Record<string, Entity | null>> {
    const missing = refs.filter(ref => !this.known.has(ref));
    if (missing.length > 0) {
      const read = await this.catalog.getRelated(missing);
      for (const ref of missing) this.known.set(ref, read[ref] ?? null);
    }
    return Object.fromEntries(refs.map(ref => [ref, this.known.get(ref)!]));
  }
}
export class EvaluationService {
  private readonly now: () => Date;
  /** Related entities for the fast check of `getReadiness` only; one per process, short-lived. */
  private readonly relatedCache: RelatedEntityCache;

  constructor(private readonly options: EvaluationServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.relatedCache = new RelatedEntityCache(options.catalog, this.now, {
      ttlMs: options.relatedCacheTtlMs,
      maxRefs: options.relatedCacheMaxRefs,
    });
  }

  get model(): ReadinessModel {
    return this.options.model;
  }

  /** Kinds the plugin evaluates. */
  get kinds(): string[] {
    return this.options.kinds;
  }

  /** Whether the plugin evaluates entities of this kind (component, system, resource, api by default). */
  isEvaluatedKind(kind: string): boolean {
    return this.options.kinds.includes(kind.toLocaleLowerCase('en-US'));
  }

  /**
   * Asks for a full re-evaluation of every entity (not an incremental pass), performed by the next run of an
   * evaluation task on whichever replica runs it. False when there is no run ledger.
   */
  async requestFullRun(requestedBy?: string): Promise<boolean> {
    if (!this.options.runs) return false;
    await this.options.runs.requestFullRun(requestedBy, this.now());
    return true;
  }

  /** Evaluates an entity already read from the catalog and stores the result. */
  async evaluateEntity(entity: Entity): Promise<EntityReadiness> {
    const [readiness] = await this.evaluateEntities([entity]);
    return readiness;
  }

  /**
   * Evaluates many entities with a handful of queries (inputs loaded in bulk, results written in one upsert):
   * what the scheduled task uses, so that a full re-evaluation of a large catalog stays fast.
   */
  async evaluateEntities(entities: Entity[]): Promise<EntityReadiness[]> {
    if (entities.length === 0) return [];
    return this.evaluateInputs(await this.gatherInputs(entities));
  }

  /** Evaluates inputs already gathered (by `gatherInputs`) and stores the results. */
  async evaluateInputs(inputs: EvaluationInput[]): Promise<EntityReadiness[]> {
    if (inputs.length === 0) return [];
    const { stores } = this.options;
    // Every input of a batch shares one clock.
    const now = inputs[0].now;
    const records = [];
    const results: EntityReadiness[] = [];
    const toResolve = new Map<string, [EntityReadiness, HandoffAction[]]>();
    for (const input of inputs) {
      const readiness = withDailyDecay(
        evaluateReadiness(this.options.model, input),
        input.now,
      );
      results.push(readiness);
      toResolve.set(refKey(readiness.entityRef), [readiness, input.actions]);
      records.push(
        toEvaluationRecord(
          input.entity,
          readiness,
          input.related,
          input.operations?.roles?.poa,
          this.options.model,
          inputsHash(input),
        ),
      );
    }
    // Only the evaluations actually stored (none newer was) update release gates and actions.
    const written = new Set(await stores.evaluations.upsert(records));
    // The release calendar reads the gate verdicts of open releases without evaluating.
    for (const readiness of results) {
      if (!written.has(refKey(readiness.entityRef))) continue;
      for (const gates of readiness.releases ?? []) {
        await stores.releases.setGateSummary(gates.releaseId, {
          goNoGo: gates.goNoGo,
          handover: gates.handover,
          blockers: gates.goNoGoBlockers.length,
          evaluatedAt: readiness.evaluatedAt,
        });
      }
    }
    await autoResolveActions(
      stores,
      [...toResolve]
        .filter(([ref]) => written.has(ref))
        .map(([, [readiness, actions]]) => ({ readiness, actions })),
      now,
    );
    return results;
  }

  /**
   * Brings the stored evaluations of `entities` up to date: gathers their inputs in bulk and evaluates those whose
   * inputs (entity, related entities, operational data, attestations, waivers, actions, releases), model or clock
   * changed since they were stored — or all of them with `force`. Returns how many were evaluated.
   */
  async refresh(
    entities: Entity[],
    options: { force?: boolean; related?: RelatedEntities } = {},
  ): Promise<{ evaluated: number; added: number }> {
    if (entities.length === 0) return { evaluated: 0, added: 0 };
    const inputs = await this.gatherInputs(entities, options.related);
    const freshness = await this.options.stores.evaluations.getFreshness(
      inputs.map(input => stringifyEntityRef(input.entity)),
    );
    const stale = options.force ? inputs : this.staleAgainst(inputs, freshness);
    // New to the portfolio: never evaluated, or back in the catalog after leaving it.
    const added = stale.filter(input => {
      const stored = freshness.get(refKey(stringifyEntityRef(input.entity)));
      return !stored || stored.missingSince !== undefined;
    }).length;
    await this.evaluateInputs(stale);
    return { evaluated: stale.length, added };
  }

  /** The inputs whose stored evaluation is missing or out of date. */
  async staleInputs(inputs: EvaluationInput[]): Promise<EvaluationInput[]> {
    if (inputs.length === 0) return [];
    const freshness = await this.options.stores.evaluations.getFreshness(
      inputs.map(input => stringifyEntityRef(input.entity)),
    );
    return this.staleAgainst(inputs, freshness);
  }

  private staleAgainst(
    inputs: EvaluationInput[],
    freshness: Awaited<ReturnType<Stores['evaluations']['getFreshness']>>,
  ): EvaluationInput[] {
    return inputs.filter(input => {
      const stored = freshness.get(refKey(stringifyEntityRef(input.entity)));
      return (
        !stored ||
        stored.missingSince !== undefined ||
        stored.modelVersion !== this.options.model.version ||
        stored.inputsHash !== inputsHash(input) ||
        (stored.nextChangeAt !== undefined &&
          new Date(stored.nextChangeAt) <= input.now)
      );
    });
  }

  /**
   * What the engine needs to evaluate each entity (operational data, attestations, waivers, actions, releases
   * and the catalog entities they reference), loaded in bulk: a handful of queries for the whole batch.
   */
  async gatherInputs(
    entities: Entity[],
    relatedReader?: RelatedReader,
  ): Promise<EvaluationInput[]> {
    if (entities.length === 0) return [];
    const { stores } = this.options;
    const readRelated = (refs: string[]) =>
      relatedReader
        ? relatedReader.get(refs)
        : this.options.catalog.getRelated(refs);
    // The clock is read before the inputs: a stored evaluation stamped later has read every write committed
    // before this one started, so the store can refuse to let this one replace it (no lost update).
    const nowDate = this.now();
    const refs = entities.map(e => stringifyEntityRef(e));
    // The refs the entities name (owner, system, dependencies) are read with the operational data; those found
    // only in it (role and support holders) after.
    const fromEntities = new Set(
      entities.flatMap(entity => collectReferencedEntityRefs(entity)),
    );
    const [
      relatedToEntities,
      operations,
      attestations,
      waivers,
      actions,
      releases,
    ] = await Promise.all([
      readRelated([...fromEntities]),
      stores.operations.getMany(refs),
      stores.attestations.listByEntities(refs),
      stores.waivers.listByEntities(refs),
      stores.actions.listByEntities(refs),
      stores.releases.listByEntities(refs),
    ]);
    const key = (ref: string) => ref.toLocaleLowerCase('en-US');
    const fromMetadata = new Set<string>();
    for (const [i, entity] of entities.entries()) {
      const metadata = operations.get(key(refs[i]))?.metadata;
      for (const ref of collectReferencedEntityRefs(entity, metadata)) {
        if (!fromEntities.has(ref)) fromMetadata.add(ref);
      }
    }
    // Frozen: the engine indexes a frozen map once for the whole batch instead of once per entity.
    const related = Object.freeze(
      fromMetadata.size > 0
        ? { ...relatedToEntities, ...(await readRelated([...fromMetadata])) }
        : { ...relatedToEntities },
    );
    return entities.map((entity, i) => {
      const k = key(refs[i]);
      return {
        entity,
        operations: operations.get(k)?.metadata,
        attestations: attestations.get(k) ?? [],
        waivers: waivers.get(k) ?? [],
        actions: actions.get(k) ?? [],
        releases: releases.get(k) ?? [],
        related,
        now: nowDate,
      };
    });
  }

  /** The evaluation input of one entity (the release service evaluates gates and snapshots from it). */
  async inputFor(entity: Entity): Promise<EvaluationInput> {
    const [input] = await this.gatherInputs([entity]);
    return input;
  }

  /** Re-evaluates an entity by ref (after a write); quietly does nothing if it left the catalog. */
  async evaluateRef(entityRef: string): Promise<EntityReadiness | undefined> {
    const entity = await this.options.catalog.getEntity(entityRef);
    if (!entity) return undefined;
    return this.evaluateEntity(entity);
  }

  /**
   * The stored evaluation when it is current for the model and the clock (the entity still in the catalog, same
   * model, no clock-driven change due), without reading any input: the refresh pass keeps it in step with the
   * catalog and every write of ours re-evaluates at once, so it is at most a refresh period behind. Undefined
   * otherwise.
   */
  async storedIfCurrent(
    entityRef: string,
  ): Promise<EntityReadiness | undefined> {
    const stored = await this.options.stores.evaluations.get(entityRef);
    return stored && this.isCurrentForModelAndClock(stored, this.now())
      ? expandReadiness(stored.readiness, this.options.model)
      : undefined;
  }

  /** Still in the catalog, evaluated with the model in force, and no clock-driven change due at `now`. */
  private isCurrentForModelAndClock(stored: StoredEvaluation, now: Date) {
    return (
      !stored.missingSince &&
      stored.readiness.modelVersion === this.options.model.version &&
      (!stored.readiness.nextChangeAt ||
        new Date(stored.readiness.nextChangeAt) > now)
    );
  }

  /**
   * The stored evaluation when it is current (same inputs — entity, related entities, operational data,
   * attestations, waivers, actions, releases —, same model, no clock-driven change due), otherwise a fresh one.
   */
  async getReadiness(entity: Entity): Promise<EntityReadiness> {
    const entityRef = stringifyEntityRef(entity);
    // The related entities come from a short-lived cache when it has them: they can only confirm that the stored
    // evaluation is current, so a change in the catalog shows here within the cache's TTL (or the refresh pass).
    const related = this.relatedCache.reader();
    // Read together: if the two disagree (a write in between), the hashes differ and it is evaluated again.
    const [[cachedInput], stored] = await Promise.all([
      this.gatherInputs([entity], related),
      this.options.stores.evaluations.get(entityRef),
    ]);
    const isCurrent = (input: EvaluationInput) =>
      stored &&
      this.isCurrentForModelAndClock(stored, input.now) &&
      stored.inputsHash === inputsHash(input);
    if (isCurrent(cachedInput)) {
      return expandReadiness(stored!.readiness, this.options.model);
    }
    // Never evaluated (and stored) with cached entities: that could replace a newer evaluation of the refresh pass
    // with older data. Those the cache answered are read again; the stored evaluation may be current with them.
    let input = cachedInput;
    if (related.cachedRefs.size > 0) {
      input = {
        ...cachedInput,
        related: {
          ...cachedInput.related,
          ...(await this.relatedCache.readFresh([...related.cachedRefs])),
        },
      };
      if (isCurrent(input)) {
        return expandReadiness(stored!.readiness, this.options.model);
      }
    }
    const [readiness] = await this.evaluateInputs([input]);
    return readiness;
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

function compareText(a: string, b: string) {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Items with an `id` sorted by it (others keep their order). */
function byId(items: unknown[]): unknown[] {
  const id = (item: unknown) =>
    item && typeof item === 'object' && 'id' in item
      ? String((item as { id: unknown }).id)
      : '';
  return [...items].sort((a, b) => compareText(id(a), id(b)));
}

function refKey(ref: string) {
  return ref.toLocaleLowerCase('en-US');
}

/**
 * A criterion in its grace period loses credit every day (linear decay): such an evaluation is due again within a
 * day, so the stored score never freezes at the value of its last evaluation.
 */
export function withDailyDecay(
  readiness: EntityReadiness,
  now: Date,
): EntityReadiness {
  if (!readiness.criteria.some(c => c.status === 'grace')) return readiness;
  const tomorrow = now.getTime() + DAY_MS;
  const next = readiness.nextChangeAt
    ? Date.parse(readiness.nextChangeAt)
    : Number.POSITIVE_INFINITY;
  if (next <= tomorrow) return readiness;
  // A copy of the members as they are (a spread would render the English sentences the engine left to be
  // rendered when read, see lazyEnglish.ts in -common).
  const decaying = Object.defineProperties(
    {},
    Object.getOwnPropertyDescriptors(readiness),
  ) as EntityReadiness;
  decaying.nextChangeAt = new Date(tomorrow).toISOString();
  return decaying;
}

/** JSON with object keys sorted (and undefined members dropped), so that key order never changes a hash. */
function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map(stableJson).join(',')}]`;
  }
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .filter(k => obj[k] !== undefined)
    .sort()
    .map(k => `${JSON.stringify(k)}:${stableJson(obj[k])}`)
    .join(',')}}`;
}

const inputHashes = new WeakMap<EvaluationInput, string>();
/** Hashes of the related entities of a frozen batch map (gatherInputs): shared by thousands of inputs. */
const relatedHashes = new WeakMap<object, Map<string, string>>();

function relatedHashOf(
  related: EvaluationInput['related'],
  ref: string,
  target: Entity,
): string {
  if (!Object.isFrozen(related)) return hashRelatedEntity(target);
  let hashes = relatedHashes.get(related);
  if (!hashes) {
    hashes = new Map();
    relatedHashes.set(related, hashes);
  }
  let hash = hashes.get(ref);
  if (hash === undefined) {
    hash = hashRelatedEntity(target);
    hashes.set(ref, hash);
  }
  return hash;
}

/**
 * Hash of everything an evaluation reads but the clock and the model (stored apart): the entity, the catalog
 * entities it references (owner, system, dependencies, role holders — or their absence), its operational data,
 * attestations, waivers, actions and releases. A stored evaluation whose hash differs from the current inputs'
 * is out of date, whatever changed (a group ingested after the entity, a write from another replica…).
 */
export function inputsHash(input: EvaluationInput): string {
  const known = inputHashes.get(input);
  if (known !== undefined) return known;
  const related: Record<string, string> = {};
  for (const ref of collectReferencedEntityRefs(
    input.entity,
    input.operations,
  )) {
    const target = input.related[ref];
    // '?' not looked up, '-' looked up and absent.
    if (target === undefined) related[ref] = '?';
    else
      related[ref] =
        target === null ? '-' : relatedHashOf(input.related, ref, target);
  }
  // Everything else the input holds (operational data, attestations, waivers, actions, releases, and any input
  // added later), lists in id order so that the order of a query never changes the hash.
  const { entity, related: _related, now: _now, ...data } = input;
  const ordered: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    ordered[key] = Array.isArray(value) ? byId(value) : value;
  }
  const hash = createHash('sha1')
    .update(stableJson({ entity: hashEntity(entity), related, data: ordered }))
    .digest('hex')
    .slice(0, 32);
  // Inputs are built by gatherInputs and never changed after: the freshness check and the stored record of one
  // refresh hash each input once.
  inputHashes.set(input, hash);
  return hash;
}

/** Catalog inputs that change an evaluation; a stored evaluation is stale when they change. */
export function hashEntity(entity: Entity): string {
  const { metadata, spec, relations } = entity;
  return createHash('sha1')
    .update(
      JSON.stringify({
        kind: entity.kind,
        annotations: metadata.annotations,
        links: metadata.links,
        description: metadata.description,
        title: metadata.title,
        spec,
        relations,
      }),
    )
    .digest('hex')
    .slice(0, 16);
}

/**
 * The parts of a referenced entity the engine reads (kind, spec — profile e-mail, resource type, domain —,
 * annotations, links): not its relations, which change whenever something else is registered (a group's
 * `ownerOf`, `hasMember`) and would re-evaluate all its entities for nothing.
 */
export function hashRelatedEntity(entity: Entity): string {
  const { relations: _relations, ...rest } = entity;
  return hashEntity(rest as Entity);
}

function firstRelation(entity: Entity, type: string, kind?: string) {
  return entity.relations?.find(
    r =>
      r.type === type &&
      (!kind || parseEntityRef(r.targetRef).kind.toLocaleLowerCase() === kind),
  )?.targetRef;
}

/** Denormalises what the portfolio filters and sorts on. */
export function toEvaluationRecord(
  entity: Entity,
  readiness: EntityReadiness,
  related: Record<string, Entity | null>,
  poa: string | undefined,
  model: ReadinessModel,
  hash?: string,
): EvaluationRecord {
  const ref = getCompoundEntityRef(entity);
  const owner =
    firstRelation(entity, RELATION_OWNED_BY) ??
    (typeof entity.spec?.owner === 'string'
      ? safeRef(entity.spec.owner, 'group', ref.namespace)
      : undefined);
  const system =
    firstRelation(entity, RELATION_PART_OF, 'system') ??
    (typeof entity.spec?.system === 'string'
      ? safeRef(entity.spec.system, 'system', ref.namespace)
      : undefined);
  const systemEntity = system ? related[system] : undefined;
  const domain =
    (entity.kind.toLocaleLowerCase('en-US') === 'system'
      ? firstRelation(entity, RELATION_PART_OF, 'domain')
      : undefined) ??
    (typeof systemEntity?.spec?.domain === 'string'
      ? safeRef(systemEntity.spec.domain, 'domain', ref.namespace)
      : undefined);
  return {
    entity: {
      kind: ref.kind.toLocaleLowerCase('en-US'),
      namespace: ref.namespace,
      name: ref.name,
      title: entity.metadata.title,
      owner,
      system,
      domain,
      poa,
    },
    readiness: compactReadiness(readiness, model),
    // From the full result: the compacted one has no category for the model's criteria.
    criteria: criterionOutcomes(readiness),
    inputsHash: hash ?? hashEntity(entity),
    lifecycleMismatch: readiness.lifecycle?.mismatch,
  };
}

function safeRef(value: string, defaultKind: string, defaultNamespace: string) {
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace }),
    );
  } catch {
    return undefined;
  }
}
