/*
 * Search documents for Operational Pilot: one per evaluated entity, with its run readiness (tier, verdict, score,
 * level), its run roles (POA, ops owner… with the holders' display names) and its blocking criteria, so that
 * "payments-api POA", "not ready T1" or "Alice Martin" find the entity's Operational pilot tab.
 *
 * Everything is read from the Operational Pilot backend with a service token (a service principal sees every
 * entity): the portfolio page by page (`GET /portfolio?limit=500&offset=…&orderBy=entityRef`), the roles in one
 * request (`GET /operations/roles`), and, unless turned off, each entity's blockers and reservations from its
 * stored evaluation (`GET /entities/{kind}/{namespace}/{name}/readiness`, a few at a time). Display names of the
 * role holders and owners come from the catalog. An error of the API fails the collation (the search engine then
 * keeps the previous index), except a 404 on one entity's readiness (removed meanwhile), which is skipped.
 */
import { Readable } from 'stream';
import type {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { Entity } from '@backstage/catalog-model';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  DocumentCollatorFactory,
  IndexableDocument,
} from '@backstage/plugin-search-common';

export const OPERATIONAL_PILOT_PLUGIN_ID = 'operational-pilot';
/** The search document type (index name) of this collator. */
export const OPERATIONAL_PILOT_DOCUMENT_TYPE = 'operational-pilot';
/** The portfolio API's largest page. */
export const PORTFOLIO_PAGE_LIMIT = 500;
/** The portfolio API's largest offset. */
const PORTFOLIO_MAX_OFFSET = 1_000_000;

/** One search document: an entity's Operational pilot tab. */
export interface OperationalPilotDocument extends IndexableDocument {
  entityRef: string;
  kind: string;
  namespace: string;
  name: string;
  owner: string;
  system: string;
  tier: string;
  /** `not-ready`, `ready-with-reservations` or `ready-for-run`. */
  verdict: string;
  score: number;
  /** `none`, `bronze`, `silver` or `gold`. */
  level: string;
  /** The POA's entity ref ('' when none). */
  poa: string;
  /** `role: holder (Display Name)` for each run role, e.g. `poa: user:default/alice.martin (Alice Martin)`. */
  roles: string[];
  /** Ids of the blocking criteria that do not pass. */
  blockers: string[];
  /** Ids of the criteria that keep the verdict at "with reservations". */
  reservations: string[];
}

export interface OperationalPilotCollatorOptions {
  discovery: Pick<DiscoveryService, 'getBaseUrl'>;
  auth: Pick<AuthService, 'getOwnServiceCredentials' | 'getPluginRequestToken'>;
  /** Display names of role holders and owners; without it the refs alone are indexed. */
  catalog?: Pick<CatalogService, 'getEntitiesByRefs'>;
  logger?: Pick<LoggerService, 'warn' | 'debug' | 'info'>;
  /** Read each entity's blockers and reservations (one request per entity). Default true. */
  criteria?: boolean;
  /** Concurrent readiness requests. Default 4. */
  concurrency?: number;
  /** Portfolio page size, at most 500 (the API's limit). Default 500. */
  pageSize?: number;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
}

interface PortfolioItemLike {
  entityRef: string;
  title?: string;
  kind?: string;
  owner?: string;
  system?: string;
  tier?: string;
  poa?: string;
  score?: number;
  verdict?: string;
  level?: string;
  blockers?: number;
}

interface ReadinessLike {
  blockers?: string[];
  reservations?: string[];
  criteria?: Array<{ id: string; title?: string }>;
}

const VERDICT_LABELS: Record<string, string> = {
  'not-ready': 'Not ready',
  'ready-with-reservations': 'Ready with reservations',
  'ready-for-run': 'Ready for run',
};

const ROLE_LABELS: Record<string, string> = {
  poa: 'POA',
  opsOwner: 'ops owner',
  businessOwner: 'business owner',
  serviceOwner: 'service owner',
  securityApprover: 'security approver',
  supportL1: 'support L1',
  supportL2: 'support L2',
  supportL3: 'support L3',
};

function roleLabel(role: string): string {
  return (
    ROLE_LABELS[role] ??
    role.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLocaleLowerCase('en-US')
  );
}

function displayName(entity: Entity): string | undefined {
  const profile = (entity.spec as { profile?: { displayName?: unknown } })
    ?.profile;
  if (typeof profile?.displayName === 'string' && profile.displayName) {
    return profile.displayName;
  }
  return entity.metadata.title || undefined;
}

/** Runs `fn` over `items`, at most `concurrency` at a time, keeping the order of the results. */
async function mapConcurrent<T, R>(
  items: T[],
  concurrency: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(
    Array.from(
      { length: Math.max(1, Math.min(concurrency, items.length)) },
      worker,
    ),
  );
  return results;
}

/** Collates one search document per entity of the Operational Pilot portfolio. */
export class OperationalPilotCollatorFactory
  implements DocumentCollatorFactory
{
  readonly type = OPERATIONAL_PILOT_DOCUMENT_TYPE;
  /** Results follow catalog read access: a document is shown to whoever may read its entity. */
  readonly visibilityPermission = catalogEntityReadPermission;

  private readonly fetchFn: typeof fetch;
  private readonly pageSize: number;
  private readonly concurrency: number;

  constructor(private readonly options: OperationalPilotCollatorOptions) {
    this.fetchFn = options.fetch ?? globalThis.fetch;
    this.pageSize = Math.min(
      PORTFOLIO_PAGE_LIMIT,
      Math.max(1, Math.floor(options.pageSize ?? PORTFOLIO_PAGE_LIMIT)),
    );
    this.concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));
  }

  async getCollator(): Promise<Readable> {
    return Readable.from(this.execute());
  }

  /** The documents, page by page of the portfolio. */
  async *execute(): AsyncGenerator<OperationalPilotDocument> {
    const baseUrl = await this.options.discovery.getBaseUrl(
      OPERATIONAL_PILOT_PLUGIN_ID,
    );
    const roles = await this.readRoles(baseUrl);
    const seen = new Set<string>();
    let count = 0;
    for (let offset = 0; ; offset += this.pageSize) {
      if (offset > PORTFOLIO_MAX_OFFSET) {
        this.options.logger?.warn(
          `Operational Pilot search collator: stopped at offset ${PORTFOLIO_MAX_OFFSET} of the portfolio (the API's limit)`,
        );
        break;
      }
      const page = await this.getJson<{
        items?: PortfolioItemLike[];
        totalItems?: number;
      }>(
        baseUrl,
        `/portfolio?limit=${this.pageSize}&offset=${offset}&orderBy=entityRef&order=asc`,
      );
      if (!Array.isArray(page.items)) {
        throw new Error(
          `GET ${baseUrl}/portfolio answered without an items array`,
        );
      }
      // Offset paging while rows change may repeat an entity: each is indexed once.
      const items = page.items.filter(
        item =>
          typeof item?.entityRef === 'string' &&
          !seen.has(item.entityRef.toLocaleLowerCase('en-US')),
      );
      items.forEach(item =>
        seen.add(item.entityRef.toLocaleLowerCase('en-US')),
      );

      const names = await this.displayNames(items, roles);
      const readiness =
        this.options.criteria === false
          ? items.map(() => undefined)
          : await mapConcurrent(items, this.concurrency, item =>
              this.readReadiness(baseUrl, item.entityRef),
            );
      for (let i = 0; i < items.length; i++) {
        count++;
        yield toDocument(
          items[i],
          roles.get(items[i].entityRef.toLocaleLowerCase('en-US')) ?? {},
          readiness[i],
          names,
        );
      }
      if (page.items.length < this.pageSize) break;
      if (
        typeof page.totalItems === 'number' &&
        offset + this.pageSize >= page.totalItems
      ) {
        break;
      }
    }
    this.options.logger?.debug(
      `Operational Pilot search collator: ${count} documents`,
    );
  }

  private async token(): Promise<string> {
    const { auth } = this.options;
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: OPERATIONAL_PILOT_PLUGIN_ID,
    });
    return token;
  }

  private async request(baseUrl: string, path: string): Promise<Response> {
    return this.fetchFn(`${baseUrl}${path}`, {
      headers: {
        Authorization: `Bearer ${await this.token()}`,
        Accept: 'application/json',
      },
      signal: AbortSignal.timeout(60_000),
    });
  }

  private async getJson<T>(baseUrl: string, path: string): Promise<T> {
    const response = await this.request(baseUrl, path);
    if (!response.ok) {
      throw new Error(
        `GET ${baseUrl}${path} answered ${response.status} ${
          response.statusText
        }${await errorMessage(response)}`,
      );
    }
    return (await response.json()) as T;
  }

  /** Roles by lower-cased entity ref. */
  private async readRoles(
    baseUrl: string,
  ): Promise<Map<string, Record<string, string>>> {
    const body = await this.getJson<{ items?: unknown }>(
      baseUrl,
      '/operations/roles',
    );
    if (!Array.isArray(body.items)) {
      throw new Error(
        `GET ${baseUrl}/operations/roles answered without an items array`,
      );
    }
    const result = new Map<string, Record<string, string>>();
    for (const item of body.items) {
      const { entityRef, roles } = (item ?? {}) as Record<string, unknown>;
      if (typeof entityRef !== 'string' || !roles || typeof roles !== 'object')
        continue;
      const clean: Record<string, string> = {};
      for (const [role, holder] of Object.entries(roles)) {
        if (typeof holder === 'string' && holder) clean[role] = holder;
      }
      result.set(entityRef.toLocaleLowerCase('en-US'), clean);
    }
    return result;
  }

  private async readReadiness(
    baseUrl: string,
    entityRef: string,
  ): Promise<ReadinessLike | undefined> {
    const { kind, namespace, name } = parseEntityRef(entityRef);
    const path = `/entities/${encodeURIComponent(kind)}/${encodeURIComponent(
      namespace,
    )}/${encodeURIComponent(name)}/readiness`;
    const response = await this.request(baseUrl, path);
    // Removed from the catalog since the portfolio page was read.
    if (response.status === 404) return undefined;
    if (!response.ok) {
      throw new Error(
        `GET ${baseUrl}${path} answered ${response.status} ${
          response.statusText
        }${await errorMessage(response)}`,
      );
    }
    return (await response.json()) as ReadinessLike;
  }

  /** Display names of the owners, POAs and role holders of a page, by lower-cased ref. */
  private async displayNames(
    items: PortfolioItemLike[],
    roles: Map<string, Record<string, string>>,
  ): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    const { catalog, auth } = this.options;
    if (!catalog || items.length === 0) return names;
    const refs = new Set<string>();
    const add = (ref: string | undefined) => {
      if (!ref) return;
      try {
        refs.add(
          stringifyEntityRef(parseEntityRef(ref)).toLocaleLowerCase('en-US'),
        );
      } catch {
        // Not an entity ref: indexed as it is.
      }
    };
    for (const item of items) {
      add(item.owner);
      add(item.poa);
      Object.values(
        roles.get(item.entityRef.toLocaleLowerCase('en-US')) ?? {},
      ).forEach(add);
    }
    const list = [...refs];
    const { items: entities } = await catalog.getEntitiesByRefs(
      {
        entityRefs: list,
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.title',
          'spec.profile.displayName',
        ],
      },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    entities.forEach((entity, index) => {
      const name = entity && displayName(entity);
      if (name) names.set(list[index], name);
    });
    return names;
  }
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    return body?.error?.message ? `: ${body.error.message}` : '';
  } catch {
    return '';
  }
}

function withName(ref: string, names: Map<string, string>): string {
  let key = ref.toLocaleLowerCase('en-US');
  try {
    key = stringifyEntityRef(parseEntityRef(ref)).toLocaleLowerCase('en-US');
  } catch {
    // Not an entity ref.
  }
  const name = names.get(key);
  return name ? `${ref} (${name})` : ref;
}

/** The search document of one portfolio item. */
export function toDocument(
  item: PortfolioItemLike,
  roles: Record<string, string>,
  readiness: ReadinessLike | undefined,
  names: Map<string, string> = new Map(),
): OperationalPilotDocument {
  const { kind, namespace, name } = parseEntityRef(item.entityRef);
  const title = item.title || name;
  const verdict = item.verdict ?? '';
  const verdictLabel = VERDICT_LABELS[verdict] ?? verdict;
  const tier = item.tier ?? '';
  const score = typeof item.score === 'number' ? item.score : 0;
  const level = item.level ?? '';
  const poa = item.poa ?? roles.poa ?? '';

  const holders: Record<string, string> = { ...roles };
  if (poa && !holders.poa) holders.poa = poa;
  const orderedRoles = Object.keys(holders).sort((a, b) => {
    const ia = Object.keys(ROLE_LABELS).indexOf(a);
    const ib = Object.keys(ROLE_LABELS).indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
  });
  const roleTexts = orderedRoles.map(
    role => `${roleLabel(role)} ${withName(holders[role], names)}`,
  );

  const titles = new Map(
    (readiness?.criteria ?? []).map(c => [c.id, c.title ?? ''] as const),
  );
  const describe = (id: string) =>
    titles.get(id) ? `${id} ${titles.get(id)}` : id;
  const blockers = readiness?.blockers ?? [];
  const reservations = readiness?.reservations ?? [];

  const parts = [
    title,
    `${item.kind || kind} ${item.entityRef}`,
    tier,
    `${verdictLabel} (score ${score}%, level ${level})`,
    ...roleTexts,
  ];
  if (item.owner) parts.push(`owner ${withName(item.owner, names)}`);
  if (item.system) parts.push(`system ${item.system}`);
  if (blockers.length > 0) {
    parts.push(`blockers: ${blockers.map(describe).join(', ')}`);
  } else if (!readiness && item.blockers) {
    parts.push(`blockers: ${item.blockers}`);
  }
  if (reservations.length > 0) {
    parts.push(`reservations: ${reservations.map(describe).join(', ')}`);
  }

  return {
    title: `${title} — ${tier} — ${verdictLabel}`,
    text: parts.filter(Boolean).join(' — '),
    location: `/catalog/${namespace}/${kind}/${name}/operational-pilot`,
    authorization: { resourceRef: item.entityRef },
    entityRef: item.entityRef,
    kind: item.kind ?? kind,
    namespace,
    name,
    owner: item.owner ?? '',
    system: item.system ?? '',
    tier,
    verdict,
    score,
    level,
    poa,
    roles: roleTexts,
    blockers,
    reservations,
  };
}
