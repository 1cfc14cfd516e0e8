/*
 * Reads the catalog for the plugin. Reads made for a user use the user's credentials (so catalog read
 * permissions apply); evaluations, which are stored and shared, read with the plugin's own credentials.
 */
import type {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { callerKey, InFlight } from './inFlight';

export class CatalogGateway {
  /** Visible-entity reads in flight, by caller and ref: concurrent routes of one page share one catalog call. */
  private readonly visibleReads = new InFlight<Entity>();

  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
  ) {}

  private async serviceCredentials() {
    return this.auth.getOwnServiceCredentials();
  }

  /**
   * The entity as the caller sees it; NotFoundError when it does not exist or is not visible to them. Concurrent
   * calls of the same caller for the same ref share one catalog read while it is in flight (nothing is kept after).
   */
  async getVisibleEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<Entity> {
    const caller = callerKey(credentials);
    const key =
      caller === undefined
        ? undefined
        : JSON.stringify([caller, entityRef.toLocaleLowerCase('en-US')]);
    return this.visibleReads.run(key, async () => {
      const entity = await this.catalog.getEntityByRef(entityRef, {
        credentials,
      });
      if (!entity) {
        throw new NotFoundError(`No entity ${entityRef} in the catalog`);
      }
      return entity;
    });
  }

  async getEntity(entityRef: string): Promise<Entity | undefined> {
    return this.catalog.getEntityByRef(entityRef, {
      credentials: await this.serviceCredentials(),
    });
  }

  /**
   * Looks up every ref; the result has a key for each ref: the entity, or null when it is not in the catalog.
   */
  async getRelated(refs: string[]): Promise<Record<string, Entity | null>> {
    const related: Record<string, Entity | null> = {};
    if (refs.length === 0) return related;
    const credentials = await this.serviceCredentials();
    for (let i = 0; i < refs.length; i += 500) {
      const chunk = refs.slice(i, i + 500);
      const { items } = await this.catalog.getEntitiesByRefs(
        { entityRefs: chunk },
        { credentials },
      );
      chunk.forEach((ref, index) => {
        related[ref] = items[index] ?? null;
      });
    }
    return related;
  }

  /**
   * Refs of the entities of the given kinds that the caller may read (the catalog applies its permissions).
   *
   * @deprecated Streams every visible entity: not for a request path. Aggregated views use
   * service/catalogVisibility.ts (bounded lookups of our own candidates with {@link CatalogGateway.visibleAmong}).
   */
  async listVisibleRefs(
    kinds: string[],
    credentials: BackstageCredentials,
  ): Promise<string[]> {
    const refs: string[] = [];
    for await (const page of this.catalog.streamEntities(
      {
        filter: { kind: kinds },
        fields: ['kind', 'metadata.namespace', 'metadata.name'],
        pageSize: 1000,
      },
      { credentials },
    )) {
      for (const entity of page) refs.push(stringifyEntityRef(entity));
    }
    return refs;
  }

  /** Of `refs`, the (lower-cased) refs the caller may read: the catalog applies its permissions. */
  async visibleAmong(
    refs: string[],
    credentials: BackstageCredentials,
  ): Promise<Set<string>> {
    const visible = new Set<string>();
    for (let i = 0; i < refs.length; i += 500) {
      const { items } = await this.catalog.getEntitiesByRefs(
        {
          entityRefs: refs.slice(i, i + 500),
          fields: ['kind', 'metadata.namespace', 'metadata.name'],
        },
        { credentials },
      );
      for (const item of items) {
        if (item) {
          visible.add(stringifyEntityRef(item).toLocaleLowerCase('en-US'));
        }
      }
    }
    return visible;
  }

  /** Streams every entity of the given kinds, in pages. */
  async *streamEntities(kinds: string[]): AsyncIterable<Entity[]> {
    const credentials = await this.serviceCredentials();
    yield* this.catalog.streamEntities(
      { filter: { kind: kinds }, pageSize: 500 },
      { credentials },
    );
  }
}

/**
 * `{kind}/{namespace}/{name}` path parameters → normalised entity ref. The OpenAPI schema already refuses
 * segments that cannot be part of a ref; this keeps a `/` or `:` (`%2F`, `%3A`) from ever becoming a 500 here,
 * with the validator's message format (a 400 naming the path parameter).
 */
export function entityRefFromPath(params: {
  kind: string;
  namespace: string;
  name: string;
}): string {
  const invalid = (['kind', 'namespace', 'name'] as const).filter(
    key => !params[key] || /[/:\s]/.test(params[key]),
  );
  if (invalid.length > 0) {
    throw new InputError(
      invalid
        .map(key => `request/params/${key} is not a valid entity ref segment`)
        .join(', '),
    );
  }
  return stringifyEntityRef({
    kind: params.kind,
    namespace: params.namespace,
    name: params.name,
  });
}
