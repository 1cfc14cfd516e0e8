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
  OperationsProposal,
  OperationsRecord,
  Phase,
  Release,
  Side,
  Waiver,
} from '../domain/types';
import type {
  EntityReadiness,
  ReadinessModel,
  ReleaseDecision,
  ReleaseGates,
} from '../model/types';
import type {
  AuditEntry,
  ChangeSuccessResponse,
  PortfolioHighlights,
  PortfolioRollups,
  ChecklistItem,
  ChecklistPreviewResponse,
  CreateActionRequest,
  CreateAttestationRequest,
  CreateDecisionRequest,
  CreateReleaseRequest,
  CreateWaiverRequest,
  DecisionApproversResponse,
  EntityPath,
  HistoryPoint,
  ListResponse,
  PortfolioQuery,
  PortfolioResponse,
  RecordOutcomeRequest,
  ReleaseCalendarResponse,
  SignHandoverRequest,
  TrendResponse,
  UpdateActionRequest,
  UpdateReleaseRequest,
} from './types';
import type { operations } from './openapi.generated';

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
  /**
   * Set when the server held sensitive changes (tier, roles, support groups, SLO owner, continuity agreement) as a
   * proposal for the POA (`202`): the proposal, and the paths it holds. Every other field was saved.
   */
  proposal?: OperationsProposal;
  held?: string[];
}

/** Filters of `GET /entities/…/actions`. Arrays repeat the query parameter. */
export interface ListActionsOptions {
  status?: ActionStatus | ActionStatus[];
  phase?: Phase | Phase[];
}

/** Options of `GET /portfolio/trend` (the query parameters generated from openapi.yaml). */
export interface PortfolioTrendOptions
  extends Omit<PortfolioQuery, 'orderBy' | 'order' | 'limit' | 'offset'> {
  /** `portfolio`: one series of the whole filtered portfolio. */
  groupBy: operations['getPortfolioTrend']['parameters']['query']['groupBy'];
  days?: number;
}

/** Options of `GET /portfolio/releases`: a date range (YYYY-MM-DD, both included) and the portfolio filters. */
export interface ReleaseCalendarQuery
  extends Omit<PortfolioQuery, 'orderBy' | 'order' | 'limit' | 'offset'> {
  from?: string;
  to?: string;
}

/** Options of `GET /portfolio/change-success`: grouping, months of history and the portfolio filters. */
export interface ChangeSuccessQuery
  extends Omit<PortfolioQuery, 'orderBy' | 'order' | 'limit' | 'offset'> {
  groupBy?: 'owner' | 'system';
  months?: number;
}

export interface PortfolioRollupsQuery
  extends Omit<PortfolioQuery, 'orderBy' | 'order' | 'limit' | 'offset'> {
  groupBy?: 'owner' | 'system';
  /** Groups listed, worst first (at most 100). */
  limit?: number;
}

export interface PortfolioHighlightsQuery
  extends Omit<PortfolioQuery, 'orderBy' | 'order' | 'limit' | 'offset'> {
  /** Window of the score drops, in days (1–90). */
  days?: number;
  /** Drops and expiring waivers listed (at most 50). */
  limit?: number;
}

/** Format of the CAB dossier (`GET /releases/{id}/dossier`). */
export type DossierFormat = 'markdown' | 'html';

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

  /** Accepts a pending proposal of sensitive operational changes (the POA); the changes apply. */
  acceptOperationsProposal(
    entity: EntityTarget,
    proposalId: string,
    comment?: string,
  ): Promise<OperationsResult>;
  /** Rejects (or, for its author, withdraws) a pending proposal; nothing changes. */
  rejectOperationsProposal(
    entity: EntityTarget,
    proposalId: string,
    comment?: string,
  ): Promise<OperationsProposal>;

  listAttestations(entity: EntityTarget): Promise<ListResponse<Attestation>>;
  createAttestation(
    entity: EntityTarget,
    request: CreateAttestationRequest,
  ): Promise<Attestation>;
  /** Countersigns an attestation (someone other than the assessor, holding the criterion's `signedBy` role). */
  countersignAttestation(attestationId: string): Promise<Attestation>;
  /** Approves a not-applicable declaration (an exemption): an approver other than the declarer. */
  approveAttestation(attestationId: string): Promise<Attestation>;

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

  /** One release (`GET /releases/{id}`). */
  getRelease(releaseId: string): Promise<Release>;
  /** The go/no-go and hand-over gates of a release, evaluated now. */
  getReleaseGates(releaseId: string): Promise<ReleaseGates>;
  /** Go/no-go decision records of a release, newest first. */
  listDecisions(releaseId: string): Promise<ListResponse<ReleaseDecision>>;
  /** Records a go/no-go decision (a new record; the release's `goNoGo` summary follows). */
  recordDecision(
    releaseId: string,
    request: CreateDecisionRequest,
  ): Promise<ReleaseDecision>;
  /** Who should approve a go/no-go, prefilled from the roles. */
  getDecisionApprovers(releaseId: string): Promise<DecisionApproversResponse>;
  /** Signs the release's hand-over to run as one role (PV de passage en run). */
  signHandover(
    releaseId: string,
    request: SignHandoverRequest,
  ): Promise<Release>;
  /** Records how the release went; lessons become follow-up actions. */
  recordOutcome(
    releaseId: string,
    request: RecordOutcomeRequest,
  ): Promise<Release>;
  /** The proposed checklist of a release (nothing is created). */
  previewChecklist(releaseId: string): Promise<ChecklistPreviewResponse>;
  /** Creates the checklist's actions: the given (edited) items, or the proposal as is. */
  createChecklist(
    releaseId: string,
    items?: ChecklistItem[],
  ): Promise<ListResponse<HandoffAction>>;
  /** The CAB dossier of a release, as Markdown or HTML, in `lang` (`en`, `fr`). */
  getDossier(
    releaseId: string,
    format: DossierFormat,
    lang?: string,
  ): Promise<string>;

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
  /** The filtered portfolio as CSV; `lang: 'fr'` gives French column titles and verdict labels. */
  exportPortfolioCsv(
    query?: PortfolioQuery,
    options?: { lang?: string },
  ): Promise<Blob>;
  getPortfolioTrend(options: PortfolioTrendOptions): Promise<TrendResponse>;
  /** Releases of the portfolio in a date range (default: today → +90 days), with their gate verdicts. */
  getReleaseCalendar(
    query?: ReleaseCalendarQuery,
  ): Promise<ReleaseCalendarResponse>;
  /** Change success rate per team or system, and readiness at go versus outcome. */
  getChangeSuccess(query?: ChangeSuccessQuery): Promise<ChangeSuccessResponse>;
  /** Verdict counts, average, blockers and overdue actions per team or system, worst first. */
  getPortfolioRollups(query?: PortfolioRollupsQuery): Promise<PortfolioRollups>;
  /** Biggest score drops of the last days, active waivers and those expiring within 30 days. */
  getPortfolioHighlights(
    query?: PortfolioHighlightsQuery,
  ): Promise<PortfolioHighlights>;
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
    lifecycleMismatch: query.lifecycleMismatch ? true : undefined,
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

function releasePath(releaseId: string): string {
  return `/releases/${encodeURIComponent(releaseId)}`;
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

  async acceptOperationsProposal(
    entity: EntityTarget,
    proposalId: string,
    comment?: string,
  ): Promise<OperationsResult> {
    const res = await this.request(
      `${entitySegment(entity)}/operations/proposals/${encodeURIComponent(
        proposalId,
      )}/accept`,
      { method: 'POST', body: comment ? { comment } : {} },
    );
    return this.readOperations(res);
  }

  async rejectOperationsProposal(
    entity: EntityTarget,
    proposalId: string,
    comment?: string,
  ): Promise<OperationsProposal> {
    return this.requestJson(
      `${entitySegment(entity)}/operations/proposals/${encodeURIComponent(
        proposalId,
      )}/reject`,
      { method: 'POST', body: comment ? { comment } : {} },
    );
  }

  async countersignAttestation(attestationId: string): Promise<Attestation> {
    return this.requestJson(
      `/attestations/${encodeURIComponent(attestationId)}/countersign`,
      { method: 'POST', body: {} },
    );
  }

  async approveAttestation(attestationId: string): Promise<Attestation> {
    return this.requestJson(
      `/attestations/${encodeURIComponent(attestationId)}/approve`,
      { method: 'POST', body: {} },
    );
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

  async getRelease(releaseId: string): Promise<Release> {
    return this.requestJson(releasePath(releaseId));
  }

  async getReleaseGates(releaseId: string): Promise<ReleaseGates> {
    return this.requestJson(`${releasePath(releaseId)}/gate`);
  }

  async listDecisions(
    releaseId: string,
  ): Promise<ListResponse<ReleaseDecision>> {
    return this.requestJson(`${releasePath(releaseId)}/decisions`);
  }

  async recordDecision(
    releaseId: string,
    request: CreateDecisionRequest,
  ): Promise<ReleaseDecision> {
    return this.requestJson(`${releasePath(releaseId)}/decisions`, {
      method: 'POST',
      body: request,
    });
  }

  async getDecisionApprovers(
    releaseId: string,
  ): Promise<DecisionApproversResponse> {
    return this.requestJson(`${releasePath(releaseId)}/decision-approvers`);
  }

  async signHandover(
    releaseId: string,
    request: SignHandoverRequest,
  ): Promise<Release> {
    return this.requestJson(`${releasePath(releaseId)}/handover/signatures`, {
      method: 'POST',
      body: request,
    });
  }

  async recordOutcome(
    releaseId: string,
    request: RecordOutcomeRequest,
  ): Promise<Release> {
    return this.requestJson(`${releasePath(releaseId)}/outcome`, {
      method: 'POST',
      body: request,
    });
  }

  async previewChecklist(releaseId: string): Promise<ChecklistPreviewResponse> {
    return this.requestJson(`${releasePath(releaseId)}/checklist`, {
      method: 'POST',
      body: { preview: true },
    });
  }

  async createChecklist(
    releaseId: string,
    items?: ChecklistItem[],
  ): Promise<ListResponse<HandoffAction>> {
    return this.requestJson(`${releasePath(releaseId)}/checklist`, {
      method: 'POST',
      body: items ? { items } : {},
    });
  }

  async getDossier(
    releaseId: string,
    format: DossierFormat,
    lang?: string,
  ): Promise<string> {
    const res = await this.request(
      `${releasePath(releaseId)}/dossier${buildQuery({ lang })}`,
      {
        headers: {
          Accept: format === 'html' ? 'text/html' : 'text/markdown',
        },
      },
    );
    return res.text();
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

  async exportPortfolioCsv(
    query?: PortfolioQuery,
    options: { lang?: string } = {},
  ): Promise<Blob> {
    const url = await this.getPortfolioExportUrl(query);
    const res = await this.fetchApi.fetch(url, {
      headers: {
        Accept: 'text/csv',
        ...(options.lang ? { 'Accept-Language': options.lang } : {}),
      },
    });
    if (!res.ok) {
      throw await ResponseError.fromResponse(res);
    }
    return res.blob();
  }

  async getPortfolioTrend(
    options: PortfolioTrendOptions,
  ): Promise<TrendResponse> {
    // The trend follows the portfolio filters.
    const { groupBy, days, ...filters } = options;
    const query = buildQuery({ groupBy, days, ...portfolioParams(filters) });
    return this.requestJson(`/portfolio/trend${query}`);
  }

  async getReleaseCalendar(
    query: ReleaseCalendarQuery = {},
  ): Promise<ReleaseCalendarResponse> {
    const { from, to, ...filters } = query;
    return this.requestJson(
      `/portfolio/releases${buildQuery({
        from,
        to,
        ...portfolioParams(filters),
      })}`,
    );
  }

  async getChangeSuccess(
    query: ChangeSuccessQuery = {},
  ): Promise<ChangeSuccessResponse> {
    const { groupBy, months, ...filters } = query;
    return this.requestJson(
      `/portfolio/change-success${buildQuery({
        groupBy,
        months,
        ...portfolioParams(filters),
      })}`,
    );
  }

  async getPortfolioRollups(
    query: PortfolioRollupsQuery = {},
  ): Promise<PortfolioRollups> {
    const { groupBy, limit, ...filters } = query;
    return this.requestJson(
      `/portfolio/rollups${buildQuery({
        groupBy,
        limit,
        ...portfolioParams(filters),
      })}`,
    );
  }

  async getPortfolioHighlights(
    query: PortfolioHighlightsQuery = {},
  ): Promise<PortfolioHighlights> {
    const { days, limit, ...filters } = query;
    return this.requestJson(
      `/portfolio/highlights${buildQuery({
        days,
        limit,
        ...portfolioParams(filters),
      })}`,
    );
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
    const body = (await res.json()) as OperationsRecord & {
      proposal?: OperationsProposal;
      held?: string[];
    };
    const { proposal, held, ...record } = body;
    // The ETag header may be hidden by CORS (no `Access-Control-Expose-Headers`); the record's version is the
    // same value, so it is a safe fallback.
    const header = res.headers.get('ETag');
    return {
      record,
      etag: header ? header : toEtag(record.version ?? 0),
      ...(proposal ? { proposal, held: held ?? [] } : {}),
    };
  }
}
