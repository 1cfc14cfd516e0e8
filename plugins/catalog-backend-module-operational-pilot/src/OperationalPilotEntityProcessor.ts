/*
 * Catalog processor: for the kinds Operational Pilot evaluates, labels the entity with its tier
 * (`operational-pilot.io/tier`) before validation, and after validation emits the relations to its POA and ops
 * owner (both directions), so that catalog filters (`metadata.labels.operational-pilot.io/tier=T1`,
 * `relations.hasPoa=user:default/alice`), the entity pages and the catalog graph see them. Entities without
 * operational data, and kinds outside the list, pass through untouched.
 */
import {
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  LocationSpec,
  processingResult,
} from '@backstage/plugin-catalog-node';
import type { OperationalPilotRolesSource } from './OperationalPilotRolesSource';
import {
  DEFAULT_KINDS,
  RELATION_HAS_OPS_OWNER,
  RELATION_HAS_POA,
  RELATION_OPS_OWNER_OF,
  RELATION_POA_OF,
  TIER_LABEL,
} from './relations';

const ROLE_RELATIONS: ReadonlyArray<{
  role: string;
  forward: string;
  reverse: string;
}> = [
  { role: 'poa', forward: RELATION_HAS_POA, reverse: RELATION_POA_OF },
  {
    role: 'opsOwner',
    forward: RELATION_HAS_OPS_OWNER,
    reverse: RELATION_OPS_OWNER_OF,
  },
];

const HOLDER_KINDS = ['user', 'group'];

export interface OperationalPilotEntityProcessorOptions {
  source: OperationalPilotRolesSource;
  /** Kinds to process, case-insensitive (default: component, system, resource, api). */
  kinds?: readonly string[];
}

/** Adds the tier label and the POA / ops owner relations of Operational Pilot to catalog entities. */
export class OperationalPilotEntityProcessor implements CatalogProcessor {
  private readonly source: OperationalPilotRolesSource;
  private readonly kinds: Set<string>;

  constructor(options: OperationalPilotEntityProcessorOptions) {
    this.source = options.source;
    this.kinds = new Set(
      (options.kinds && options.kinds.length > 0
        ? options.kinds
        : DEFAULT_KINDS
      ).map(kind => kind.toLocaleLowerCase('en-US')),
    );
  }

  getProcessorName(): string {
    return 'OperationalPilotEntityProcessor';
  }

  async preProcessEntity(entity: Entity): Promise<Entity> {
    const operations = await this.operationsOf(entity);
    if (!operations?.tier) return entity;
    return {
      ...entity,
      metadata: {
        ...entity.metadata,
        labels: { ...entity.metadata.labels, [TIER_LABEL]: operations.tier },
      },
    };
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    const operations = await this.operationsOf(entity);
    if (!operations) return entity;
    const self = getCompoundEntityRef(entity);
    for (const { role, forward, reverse } of ROLE_RELATIONS) {
      const holder = parseHolder(operations.roles[role], self.namespace);
      if (!holder) continue;
      emit(
        processingResult.relation({
          source: self,
          type: forward,
          target: holder,
        }),
      );
      emit(
        processingResult.relation({
          source: holder,
          type: reverse,
          target: self,
        }),
      );
    }
    return entity;
  }

  private async operationsOf(entity: Entity) {
    if (
      typeof entity.kind !== 'string' ||
      !this.kinds.has(entity.kind.toLocaleLowerCase('en-US')) ||
      typeof entity.metadata?.name !== 'string'
    ) {
      return undefined;
    }
    const all = await this.source.getAll();
    if (!all) return undefined;
    const ref = stringifyEntityRef({
      kind: entity.kind,
      namespace: entity.metadata.namespace ?? 'default',
      name: entity.metadata.name,
    });
    return all.get(ref.toLocaleLowerCase('en-US'));
  }
}

/** A role holder as a user or group ref (a bare name is a group, like `spec.owner`); anything else is skipped. */
function parseHolder(ref: string | undefined, defaultNamespace: string) {
  if (!ref) return undefined;
  try {
    const parsed = parseEntityRef(ref, {
      defaultKind: 'group',
      defaultNamespace,
    });
    if (!HOLDER_KINDS.includes(parsed.kind.toLocaleLowerCase('en-US'))) {
      return undefined;
    }
    return {
      kind: parsed.kind.toLocaleLowerCase('en-US'),
      namespace: parsed.namespace,
      name: parsed.name,
    };
  } catch {
    return undefined;
  }
}
