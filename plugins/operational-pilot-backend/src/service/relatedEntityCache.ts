/*
 * Related catalog entities (owner groups, systems, role holders…) kept for a few seconds for the fast check of
 * `GET …/readiness` only: is the stored evaluation still current? A hit spares a catalog read per request. Nothing
 * is ever evaluated with cached entities: when the check fails they are read again (see
 * EvaluationService.getReadiness). The TTL stays well under the 60 s freshness promise (README "Freshness of
 * stored evaluations").
 */
import type { Entity } from '@backstage/catalog-model';
import type { CatalogGateway } from './CatalogGateway';

/** How long a related entity read from the catalog answers the readiness check. */
export const DEFAULT_RELATED_CACHE_TTL_MS = 15_000;
/** How many refs the cache keeps at most (the oldest reads are dropped first). */
export const DEFAULT_RELATED_CACHE_MAX_REFS = 5_000;

/** Looks up related entities: every ref with its entity, or null when it is not in the catalog. */
export interface RelatedReader {
  get(refs: string[]): Promise<Record<string, Entity | null>>;
}

/** A reader for one request, which tells which refs the cache answered (to read them again if need be). */
export interface CachedRelatedReader extends RelatedReader {
  readonly cachedRefs: ReadonlySet<string>;
}

export class RelatedEntityCache {
  /** In read order (a re-read moves a ref to the end), so the first entry is the oldest. */
  private readonly entries = new Map<
    string,
    { entity: Entity | null; readAt: number }
  >();
  private readonly ttlMs: number;
  private readonly maxRefs: number;

  constructor(
    private readonly catalog: CatalogGateway,
    private readonly now: () => Date,
    options: { ttlMs?: number; maxRefs?: number } = {},
  ) {
    this.ttlMs = options.ttlMs ?? DEFAULT_RELATED_CACHE_TTL_MS;
    this.maxRefs = options.maxRefs ?? DEFAULT_RELATED_CACHE_MAX_REFS;
  }

  /** Refs in the cache (for tests). */
  get size(): number {
    return this.entries.size;
  }

  /** A reader answering from the cache what was read less than the TTL ago, the rest from the catalog. */
  reader(): CachedRelatedReader {
    const cachedRefs = new Set<string>();
    return {
      cachedRefs,
      get: async refs => {
        const result: Record<string, Entity | null> = {};
        const missing: string[] = [];
        const now = this.now().getTime();
        for (const ref of refs) {
          const entry = this.entries.get(ref);
          if (entry && now - entry.readAt < this.ttlMs) {
            result[ref] = entry.entity;
            cachedRefs.add(ref);
          } else {
            missing.push(ref);
          }
        }
        return { ...result, ...(await this.readFresh(missing)) };
      },
    };
  }

  /** Reads `refs` from the catalog whatever the cache holds, and keeps what was read. */
  async readFresh(refs: string[]): Promise<Record<string, Entity | null>> {
    if (refs.length === 0) return {};
    // Stamped before the read: an entry is never taken for fresher than it is.
    const readAt = this.now().getTime();
    const read = await this.catalog.getRelated(refs);
    for (const ref of refs) {
      this.entries.delete(ref);
      this.entries.set(ref, { entity: read[ref] ?? null, readAt });
    }
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxRefs) break;
      this.entries.delete(oldest);
    }
    return Object.fromEntries(refs.map(ref => [ref, read[ref] ?? null]));
  }
}
