/*
 * Typed HTTP client of the Operational Pilot backend (`/api/operational-pilot`).
 *
 * Isomorphic: it only needs a discovery API (to find the backend base URL) and a fetch API (which, in the
 * frontend, injects the user's credentials). Every non-2xx answer becomes a `ResponseError` from
 * `@backstage/errors`, so callers can branch on `error.statusCode` (404 unknown entity, 403 not allowed,
 * 412 stale ETag, 428 missing If-Match…) and read `error.body` (including server field errors on a 400).
 */
import { DEFAULT_NAMESPACE, parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type {
  ActionPriority,
  ActionStatus,
  Attestation,
  HandoffAction,
  OperationalMetadata,
  OperationsRecord,
  Phase,
  Release,
  Side,
  Waiver,
} from '../domain/types';
import type { EntityReadiness, ReadinessModel } from '../model/types';
import type {
  AuditEntry,
  CreateActionRequest,
  CreateAttestationRequest,
  CreateReleaseRequest,
  CreateWaiverRequest,
  EntityPath,
  HistoryPoint,
  ListResponse,
  PortfolioQuery,
  PortfolioResponse,
  TrendResponse,
  UpdateActionRequest,
  UpdateReleaseRequest,
} from './types';

/** The plugin id used to discover the backend. */
export const OPERATIONAL_PILOT_PLUGIN_ID = 'operational-pilot';

/** A handoff action template, as served by `GET /model` (`actionTemplates`). */
export interface ActionTemplateSummary {
  id: string;
  title: string;
  /** French title, when the catalogue has one. */
  titleFr?: string;
  description?: string;
  phase: Phase;
  /** The side that owes the work. */
  side: Side;
  /** Every side involved, when several share the work. */
  sides?: Side[];
  priority?: ActionPriority;
  /** Criteria the template helps to fix. */
  criterionIds?: string[];
}

/** `GET /model`: the readiness model in force, plus the catalogue of handoff action templates. */
export type ReadinessModelResponse = Partial<ReadinessModel> &
  Pick<ReadinessModel, 'categories' | 'criteria' | 'thresholds' | 'levels'> & {
    actionTemplates?: ActionTemplateSummary[];
  };

/** Operational metadata together with the entity tag to send back as `If-Match`. */
export interface OperationsResult {
  record: OperationsRecord;
  /** The quoted ETag, e.g. `"3"`. */
  etag: string;
}

/** Filters of `GET /entities/…/actions`. Arrays repeat the query parameter. */
export interface ListActionsOptions {
  status?: ActionStatus | ActionStatus[];
  phase?: Phase | Phase[];
}

/** Options of `GET /portfolio/trend`. */
export interface PortfolioTrendOptions {
  groupBy: 'owner' | 'system' | 'tier';
  days?: number;
}

/** A field-level validation error returned with a 400 (`fieldErrors`). */
export interface FieldError {
  /** Dotted path into the request body, e.g. `sla.availability` or `environments.0.url`. */
  path: string;
  message: string;
}

/** An entity, as a path triple or as a stringified entity ref (`component:default/billing-api`). */
export type EntityTarget = EntityPath | string;

/**
 * Client of the Operational Pilot HTTP API.
 *
 * @public
 */
export interface OperationalPilotApi {
  /** The readiness model in force (criteria, categories, thresholds, levels, action templates). */
  getModel(): Promise<ReadinessModelResponse>;

  /** The latest evaluated readiness of an entity (404 when the entity is not in the catalog). */
  getReadiness(entity: EntityTarget): Promise<EntityReadiness>;
  /** Re-evaluates an entity now and returns the fresh readiness. */
  evaluate(entity: EntityTarget): Promise<EntityReadiness>;

  /** Operational metadata and roles, with the ETag to send back when saving. */
  getOperations(entity: EntityTarget): Promise<OperationsResult>;
  /**
   * Saves operational metadata. `etag` is the value read with {@link OperationalPilotApi.getOperations}
   * (quoted or not). A stale etag fails with a 412 `ResponseError`.
   */
  putOperations(
    entity: EntityTarget,
    metadata: OperationalMetadata,
    etag: string | number,
  ): Promise<OperationsResult>;

  listAttestations(entity: EntityTarget): Promise<ListResponse<Attestation>>;
  createAttestation(
    entity: EntityTarget,
    request: CreateAttestationRequest,
  ): Promise<Attestation>;

  listWaivers(entity: EntityTarget): Promise<ListResponse<Waiver>>;
  requestWaiver(
    entity: EntityTarget,
    request: CreateWaiverRequest,
  ): Promise<Waiver>;
  approveWaiver(waiverId: string): Promise<Waiver>;
  rejectWaiver(waiverId: string, reason?: string): Promise<Waiver>;
  /** Revokes a waiver (`DELETE /waivers/{id}`). */
  revokeWaiver(waiverId: string): Promise<void>;

  listActions(
    entity: EntityTarget,
    options?: ListActionsOptions,
  ): Promise<ListResponse<HandoffAction>>;
  createAction(
    entity: EntityTarget,
    request: CreateActionRequest,
  ): Promise<HandoffAction>;
  /** Updates fields or moves the status of an action; `version` is the action's current `version`. */
  updateAction(
    actionId: string,
    request: UpdateActionRequest,
    version: number | string,
  ): Promise<HandoffAction>;

  listReleases(entity: EntityTarget): Promise<ListResponse<Release>>;
  createRelease(
    entity: EntityTarget,
    request: CreateReleaseRequest,
  ): Promise<Release>;
  /** Updates a release; `rev` is the release's current `rev`. */
  updateRelease(
    releaseId: string,
    request: UpdateReleaseRequest,
    rev: number | string,
  ): Promise<Release>;

  getHistory(
    entity: EntityTarget,
    options?: { days?: number },
  ): Promise<ListResponse<HistoryPoint>>;
  getAudit(
    entity: EntityTarget,
    options?: { limit?: number; offset?: number },
  ): Promise<ListResponse<AuditEntry>>;

  /** One page of the portfolio (never the whole catalog), with the summary of the whole filtered set. */
  getPortfolio(query?: PortfolioQuery): Promise<PortfolioResponse>;
  /** Absolute URL of the CSV export of the given filters. */
  getPortfolioExportUrl(query?: PortfolioQuery): Promise<string>;
  /** Downloads the CSV export of the given filters with the user's credentials. */
  exportPortfolioCsv(query?: PortfolioQuery): Promise<Blob>;
  getPortfolioTrend(options: PortfolioTrendOptions): Promise<TrendResponse>;
}

/** Minimal discovery API (structurally compatible with Backstage's `DiscoveryApi`). */
export interface OperationalPilotClientDiscovery {
  getBaseUrl(pluginId: string): Promise<string>;
}

/** Minimal fetch API (structurally compatible with Backstage's `FetchApi`). */
export interface OperationalPilotClientFetch {
  fetch: typeof fetch;
}

/** Quotes an entity tag: `3` → `"3"`; an already quoted (or weak) tag is returned unchanged. */
export function toEtag(value: string | number): string {
  const s = String(value).trim();
  if (s.startsWith('"') || s.startsWith('W/"')) {
    return s;
  }
  return `"${s}"`;
}

/** Converts an entity target into the `{kind, namespace, name}` triple used in API paths. */
export function toEntityPath(entity: EntityTarget): EntityPath {
  if (typeof entity !== 'string') {
    return {
      kind: entity.kind.toLocaleLowerCase('en-US'),
      namespace: entity.namespace || DEFAULT_NAMESPACE,
      name: entity.name,
    };
  }
  const ref = parseEntityRef(entity);
  return {
    kind: ref.kind.toLocaleLowerCase('en-US'),
    namespace: ref.namespace,
    name: ref.name,
  };
}

/** Reads the field errors of a failed request (a 400 with `fieldErrors`), or an empty list. */
export function getFieldErrors(error: unknown): FieldError[] {
  if (!error || typeof error !== 'object') {
    return [];
  }
  const body = (error as { body?: unknown }).body as
    | { fieldErrors?: unknown; error?: { fieldErrors?: unknown } }
    | undefined;
  const candidates = [body?.fieldErrors, body?.error?.fieldErrors];
  for (const candidate of candidates) {
    if (Array.isArray(candidate)) {
      return candidate
        .filter(
          (e): e is FieldError =>
            !!e &&
            typeof e === 'object' &&
            typeof (e as FieldError).path === 'string' &&
            typeof (e as FieldError).message === 'string',
        )
        .map(e => ({ path: e.path, message: e.message }));
    }
  }
  return [];
}

/** The HTTP status of a failed request, when the error comes from the server. */
export function getErrorStatus(error: unknown): number | undefined {
  if (error && typeof error === 'object') {
    const status = (error as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number') {
      return status;
    }
  }
  return undefined;
}

type QueryValue = string | number | boolean | undefined | null;
type QueryParams = Record<string, QueryValue | readonly QueryValue[]>;

/** Builds a query string; arrays repeat the parameter, empty values are dropped. */
export function buildQuery(params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (v !== undefined && v !== null && v !== '') {
        search.append(key, String(v));
      }
    }
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

function portfolioParams(query: PortfolioQuery = {}): QueryParams {
  return {
    owner: query.owner,
    system: query.system,
    domain: query.domain,
    kind: query.kind,
    tier: query.tier,
    verdict: query.verdict,
    level: query.level,
    poa: query.poa,
    q: query.q,
    orderBy: query.orderBy,
    order: query.order,
    limit: query.limit,
    offset: query.offset,
  };
}

function entitySegment(entity: EntityTarget): string {
  const { kind, namespace, name } = toEntityPath(entity);
  return `/entities/${encodeURIComponent(kind)}/${encodeURIComponent(
    namespace,
  )}/${encodeURIComponent(name)}`;
}

interface RequestOptions {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * Default implementation of {@link OperationalPilotApi}.
 *
 * @public
 */
export class OperationalPilotClient implements OperationalPilotApi {
  private readonly discoveryApi: OperationalPilotClientDiscovery;
  private readonly fetchApi: OperationalPilotClientFetch;

  constructor(options: {
    discoveryApi: OperationalPilotClientDiscovery;
    fetchApi: OperationalPilotClientFetch;
  }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getModel(): Promise<ReadinessModelResponse> {
    return this.requestJson('/model');
  }

  async getReadiness(entity: EntityTarget): Promise<EntityReadiness> {
    return this.requestJson(`${entitySegment(entity)}/readiness`);
  }

  async evaluate(entity: EntityTarget): Promise<EntityReadiness> {
    return this.requestJson(`${entitySegment(entity)}/evaluate`, {
      method: 'POST',
    });
  }

  async getOperations(entity: EntityTarget): Promise<OperationsResult> {
    const res = await this.request(`${entitySegment(entity)}/operations`);
    return this.readOperations(res);
  }

  async putOperations(
    entity: EntityTarget,
    metadata: OperationalMetadata,
    etag: string | number,
  ): Promise<OperationsResult> {
    const res = await this.request(`${entitySegment(entity)}/operations`, {
      method: 'PUT',
      body: { metadata },
      headers: { 'If-Match': toEtag(etag) },
    });
    return this.readOperations(res);
  }

  async listAttestations(
    entity: EntityTarget,
  ): Promise<ListResponse<Attestation>> {
    return this.requestJson(`${entitySegment(entity)}/attestations`);
  }

  async createAttestation(
    entity: EntityTarget,
    request: CreateAttestationRequest,
  ): Promise<Attestation> {
    return this.requestJson(`${entitySegment(entity)}/attestations`, {
      method: 'POST',
      body: request,
    });
  }

  async listWaivers(entity: EntityTarget): Promise<ListResponse<Waiver>> {
    return this.requestJson(`${entitySegment(entity)}/waivers`);
  }

  async requestWaiver(
    entity: EntityTarget,
    request: CreateWaiverRequest,
  ): Promise<Waiver> {
    return this.requestJson(`${entitySegment(entity)}/waivers`, {
      method: 'POST',
      body: request,
    });
  }

  async approveWaiver(waiverId: string): Promise<Waiver> {
    return this.requestJson(
      `/waivers/${encodeURIComponent(waiverId)}/approve`,
      { method: 'POST', body: {} },
    );
  }

  async rejectWaiver(waiverId: string, reason?: string): Promise<Waiver> {
    return this.requestJson(`/waivers/${encodeURIComponent(waiverId)}/reject`, {
      method: 'POST',
      body: reason ? { reason } : {},
    });
  }

  async revokeWaiver(waiverId: string): Promise<void> {
    await this.request(`/waivers/${encodeURIComponent(waiverId)}`, {
      method: 'DELETE',
    });
  }

  async listActions(
    entity: EntityTarget,
    options: ListActionsOptions = {},
  ): Promise<ListResponse<HandoffAction>> {
    const query = buildQuery({ status: options.status, phase: options.phase });
    return this.requestJson(`${entitySegment(entity)}/actions${query}`);
  }

  async createAction(
    entity: EntityTarget,
    request: CreateActionRequest,
  ): Promise<HandoffAction> {
    return this.requestJson(`${entitySegment(entity)}/actions`, {
      method: 'POST',
      body: request,
    });
  }

  async updateAction(
    actionId: string,
    request: UpdateActionRequest,
    version: number | string,
  ): Promise<HandoffAction> {
    return this.requestJson(`/actions/${encodeURIComponent(actionId)}`, {
      method: 'PATCH',
      body: request,
      headers: { 'If-Match': toEtag(version) },
    });
  }

  async listReleases(entity: EntityTarget): Promise<ListResponse<Release>> {
    return this.requestJson(`${entitySegment(entity)}/releases`);
  }

  async createRelease(
    entity: EntityTarget,
    request: CreateReleaseRequest,
  ): Promise<Release> {
    return this.requestJson(`${entitySegment(entity)}/releases`, {
      method: 'POST',
      body: request,
    });
  }

  async updateRelease(
    releaseId: string,
    request: UpdateReleaseRequest,
    rev: number | string,
  ): Promise<Release> {
    return this.requestJson(`/releases/${encodeURIComponent(releaseId)}`, {
      method: 'PATCH',
      body: request,
      headers: { 'If-Match': toEtag(rev) },
    });
  }

  async getHistory(
    entity: EntityTarget,
    options: { days?: number } = {},
  ): Promise<ListResponse<HistoryPoint>> {
    const query = buildQuery({ days: options.days });
    return this.requestJson(`${entitySegment(entity)}/history${query}`);
  }

  async getAudit(
    entity: EntityTarget,
    options: { limit?: number; offset?: number } = {},
  ): Promise<ListResponse<AuditEntry>> {
    const query = buildQuery({ limit: options.limit, offset: options.offset });
    return this.requestJson(`${entitySegment(entity)}/audit${query}`);
  }

  async getPortfolio(query?: PortfolioQuery): Promise<PortfolioResponse> {
    return this.requestJson(`/portfolio${buildQuery(portfolioParams(query))}`);
  }

  async getPortfolioExportUrl(query?: PortfolioQuery): Promise<string> {
    const baseUrl = await this.baseUrl();
    return `${baseUrl}/portfolio/export.csv${buildQuery(
      portfolioParams({ ...query, limit: undefined, offset: undefined }),
    )}`;
  }

  async exportPortfolioCsv(query?: PortfolioQuery): Promise<Blob> {
    const url = await this.getPortfolioExportUrl(query);
    const res = await this.fetchApi.fetch(url, {
      headers: { Accept: 'text/csv' },
    });
    if (!res.ok) {
      throw await ResponseError.fromResponse(res);
    }
    return res.blob();
  }

  async getPortfolioTrend(
    options: PortfolioTrendOptions,
  ): Promise<TrendResponse> {
    const query = buildQuery({ groupBy: options.groupBy, days: options.days });
    return this.requestJson(`/portfolio/trend${query}`);
  }

  private async baseUrl(): Promise<string> {
    const url = await this.discoveryApi.getBaseUrl(OPERATIONAL_PILOT_PLUGIN_ID);
    return url.replace(/\/+$/, '');
  }

  private async request(
    path: string,
    options: RequestOptions = {},
  ): Promise<Response> {
    const url = `${await this.baseUrl()}${path}`;
    const headers: Record<string, string> = {
      Accept: 'application/json',
      ...options.headers,
    };
    const init: RequestInit = { method: options.method ?? 'GET', headers };
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(options.body);
    }
    const res = await this.fetchApi.fetch(url, init);
    if (!res.ok) {
      throw await ResponseError.fromResponse(res);
    }
    return res;
  }

  private async requestJson<T>(
    path: string,
    options: RequestOptions = {},
  ): Promise<T> {
    const res = await this.request(path, options);
    if (res.status === 204) {
      return undefined as T;
    }
    return (await res.json()) as T;
  }

  private async readOperations(res: Response): Promise<OperationsResult> {
    const record = (await res.json()) as OperationsRecord;
    // The ETag header may be hidden by CORS (no `Access-Control-Expose-Headers`); the record's version is the
    // same value, so it is a safe fallback.
    const header = res.headers.get('ETag');
    return { record, etag: header ? header : toEtag(record.version ?? 0) };
  }
}
