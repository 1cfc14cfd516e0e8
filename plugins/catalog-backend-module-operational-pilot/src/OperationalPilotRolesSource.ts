/*
 * The tier and run roles of every entity, read in bulk from the Operational Pilot backend
 * (`GET /api/operational-pilot/operations/roles`, with a service token) and cached: catalog processing runs once
 * per entity, so one HTTP request per entity per loop would hammer the backend. Concurrent readers share one
 * request; the answer is reused for `cacheSeconds`. When a refresh fails the last answer is kept (and retried
 * after `retrySeconds`), so a restart of the Operational Pilot backend does not strip labels and relations.
 */
import type {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';

export type Tier = 'T1' | 'T2' | 'T3';
const TIERS: readonly string[] = ['T1', 'T2', 'T3'];

/** The operational data the catalog module uses, per entity. */
export interface EntityOperations {
  tier?: Tier;
  /** Role name (`poa`, `opsOwner`…) to the holder's entity ref. */
  roles: Record<string, string>;
}

/** Where the processor reads the operational data: by lower-cased entity ref. */
export interface OperationalPilotRolesSource {
  /** The data of every entity, or `undefined` when it could never be read. */
  getAll(): Promise<ReadonlyMap<string, EntityOperations> | undefined>;
}

export interface HttpRolesSourceOptions {
  discovery: Pick<DiscoveryService, 'getBaseUrl'>;
  auth: Pick<AuthService, 'getOwnServiceCredentials' | 'getPluginRequestToken'>;
  logger: Pick<LoggerService, 'warn' | 'debug'>;
  /** How long an answer is reused, in seconds (default 60). */
  cacheSeconds?: number;
  /** After a failed refresh, how long before the next attempt, in seconds (default 10, at most cacheSeconds). */
  retrySeconds?: number;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Defaults to Date.now. */
  now?: () => number;
}

export const OPERATIONAL_PILOT_PLUGIN_ID = 'operational-pilot';

/** Reads `GET /operations/roles` of the Operational Pilot backend, at most once per `cacheSeconds`. */
export class HttpOperationalPilotRolesSource
  implements OperationalPilotRolesSource
{
  private data: Map<string, EntityOperations> | undefined;
  private nextRefreshAt = 0;
  private inFlight: Promise<void> | undefined;
  private readonly cacheMs: number;
  private readonly retryMs: number;
  private readonly fetchFn: typeof fetch;
  private readonly now: () => number;

  constructor(private readonly options: HttpRolesSourceOptions) {
    this.cacheMs = Math.max(0, (options.cacheSeconds ?? 60) * 1000);
    this.retryMs = Math.min(
      this.cacheMs,
      Math.max(0, (options.retrySeconds ?? 10) * 1000),
    );
    this.fetchFn = options.fetch ?? globalThis.fetch;
    this.now = options.now ?? Date.now;
  }

  async getAll(): Promise<ReadonlyMap<string, EntityOperations> | undefined> {
    if (this.now() >= this.nextRefreshAt) {
      if (!this.inFlight) {
        this.inFlight = this.refresh().finally(() => {
          this.inFlight = undefined;
        });
      }
      await this.inFlight;
    }
    return this.data;
  }

  private async refresh(): Promise<void> {
    try {
      this.data = await this.read();
      this.nextRefreshAt = this.now() + this.cacheMs;
    } catch (error) {
      this.nextRefreshAt = this.now() + this.retryMs;
      this.options.logger.warn(
        `Could not read the tier and roles from Operational Pilot (${error}); ${
          this.data
            ? 'keeping the last answer'
            : 'entities are processed without them'
        }, retrying in ${Math.round(this.retryMs / 1000)} s`,
      );
    }
  }

  private async read(): Promise<Map<string, EntityOperations>> {
    const { discovery, auth } = this.options;
    const baseUrl = await discovery.getBaseUrl(OPERATIONAL_PILOT_PLUGIN_ID);
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: OPERATIONAL_PILOT_PLUGIN_ID,
    });
    const response = await this.fetchFn(`${baseUrl}/operations/roles`, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      // A hung backend must not stall catalog processing.
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) {
      throw new Error(
        `GET ${baseUrl}/operations/roles answered ${response.status} ${response.statusText}`,
      );
    }
    return parseRolesResponse(await response.json());
  }
}

/** The answer of `GET /operations/roles`, by lower-cased entity ref; malformed items and values are skipped. */
export function parseRolesResponse(
  body: unknown,
): Map<string, EntityOperations> {
  const items = (body as { items?: unknown })?.items;
  if (!Array.isArray(items)) {
    throw new Error('the answer has no items array');
  }
  const result = new Map<string, EntityOperations>();
  for (const item of items) {
    if (!item || typeof item !== 'object') continue;
    const { entityRef, tier, roles } = item as Record<string, unknown>;
    if (typeof entityRef !== 'string' || !entityRef) continue;
    const entry: EntityOperations = { roles: {} };
    if (typeof tier === 'string' && TIERS.includes(tier)) {
      entry.tier = tier as Tier;
    }
    if (roles && typeof roles === 'object' && !Array.isArray(roles)) {
      for (const [role, holder] of Object.entries(roles)) {
        if (typeof holder === 'string' && holder) entry.roles[role] = holder;
      }
    }
    result.set(entityRef.toLocaleLowerCase('en-US'), entry);
  }
  return result;
}
