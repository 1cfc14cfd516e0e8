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
import type { EvaluationRecord } from '../database/EvaluationsStore';
import { CatalogGateway } from './CatalogGateway';
import { autoResolveActions } from './autoResolveActions';
import { compactReadiness, expandReadiness } from './readinessCodec';

export interface EvaluationServiceOptions {
  model: ReadinessModel;
  stores: Stores;
  catalog: CatalogGateway;
  logger: LoggerService;
  kinds: string[];
  now?: () => Date;
}

export class EvaluationService {
  private readonly now: () => Date;

  constructor(private readonly options: EvaluationServiceOptions) {
    this.now = options.now ?? (() => new Date());
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
    const { stores } = this.options;
    const inputs = await this.gatherInputs(entities);
    // Every input of a batch shares one clock.
    const now = inputs[0].now;
    const records = [];
    const results: EntityReadiness[] = [];
    const toResolve: Array<[EntityReadiness, HandoffAction[]]> = [];
    for (const input of inputs) {
      const readiness = evaluateReadiness(this.options.model, input);
      results.push(readiness);
      toResolve.push([readiness, input.actions]);
      records.push(
        toEvaluationRecord(
          input.entity,
          readiness,
          input.related,
          input.operations?.roles?.poa,
          this.options.model,
        ),
      );
    }
    await stores.evaluations.upsert(records);
    // The release calendar reads the gate verdicts of open releases without evaluating.
    for (const readiness of results) {
      for (const gates of readiness.releases ?? []) {
        await stores.releases.setGateSummary(gates.releaseId, {
          goNoGo: gates.goNoGo,
          handover: gates.handover,
          blockers: gates.goNoGoBlockers.length,
          evaluatedAt: readiness.evaluatedAt,
        });
      }
    }
    for (const [readiness, entityActions] of toResolve) {
      await autoResolveActions(stores, readiness, entityActions, now);
    }
    return results;
  }

  /**
   * What the engine needs to evaluate each entity (operational data, attestations, waivers, actions, releases
   * and the catalog entities they reference), loaded in bulk: a handful of queries for the whole batch.
   */
  async gatherInputs(entities: Entity[]): Promise<EvaluationInput[]> {
    if (entities.length === 0) return [];
    const { stores } = this.options;
    const refs = entities.map(e => stringifyEntityRef(e));
    const [operations, attestations, waivers, actions, releases] =
      await Promise.all([
        stores.operations.getMany(refs),
        stores.attestations.listByEntities(refs),
        stores.waivers.listByEntities(refs),
        stores.actions.listByEntities(refs),
        stores.releases.listByEntities(refs),
      ]);
    const key = (ref: string) => ref.toLocaleLowerCase('en-US');
    const referenced = new Set<string>();
    for (const [i, entity] of entities.entries()) {
      const metadata = operations.get(key(refs[i]))?.metadata;
      for (const ref of collectReferencedEntityRefs(entity, metadata)) {
        referenced.add(ref);
      }
    }
    const related = await this.options.catalog.getRelated([...referenced]);
    const nowDate = this.now();
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
   * The stored evaluation when it is current (same model, no clock-driven change due), otherwise a fresh one.
   */
  async getReadiness(entity: Entity): Promise<EntityReadiness> {
    const entityRef = stringifyEntityRef(entity);
    const stored = await this.options.stores.evaluations.get(entityRef);
    const now = this.now();
    if (
      stored &&
      !stored.missingSince &&
      stored.readiness.modelVersion === this.options.model.version &&
      stored.inputsHash === hashEntity(entity) &&
      (!stored.readiness.nextChangeAt ||
        new Date(stored.readiness.nextChangeAt) > now)
    ) {
      return expandReadiness(stored.readiness, this.options.model);
    }
    return this.evaluateEntity(entity);
  }
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
    inputsHash: hashEntity(entity),
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
