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
  PortfolioFailingCriteria,
  PortfolioHeatmap,
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
import {
  OperationalPilotApiClient,
  type TypedResponse,
} from './client.generated';

type PutOperationsBody = NonNullable<
  operations['putOperations']['requestBody']
>['content']['application/json'];
type DossierLang = NonNullable<
  operations['getReleaseDossier']['parameters']['query']
>['lang'];
/** The portfolio filters, sort and page as the document names them. */
type PortfolioQueryParams = NonNullable<
  operations['getPortfolio']['parameters']['query']
>;

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

export interface PortfolioHeatmapQuery
  extends Omit<PortfolioQuery, 'orderBy' | 'order' | 'limit' | 'offset'> {
  /** Teams listed, worst first (at most 100). */
  limit?: number;
}

export interface PortfolioFailingCriteriaQuery
  extends Omit<PortfolioQuery, 'orderBy' | 'order' | 'limit' | 'offset'> {
  /** Criteria listed, most failing first (at most 100). */
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
  /** Passing share and failing criterion results per team × category, worst teams first. */
  getPortfolioHeatmap(query?: PortfolioHeatmapQuery): Promise<PortfolioHeatmap>;
  /** The criteria failed by the most entities. */
  getPortfolioFailingCriteria(
    query?: PortfolioFailingCriteriaQuery,
  ): Promise<PortfolioFailingCriteria>;
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

function portfolioParams(query: PortfolioQuery = {}): PortfolioQueryParams {
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

/** One value or several, as the list the query string repeats. */
function asList<T>(value: T | T[] | undefined): T[] | undefined {
  return value === undefined ? undefined : ([] as T[]).concat(value);
}

/** The portfolio filters without their paging (for the aggregates, which page their own way). */
function withoutPaging(params: PortfolioQueryParams) {
  const {
    limit: _limit,
    offset: _offset,
    orderBy: _orderBy,
    order: _order,
    ...filters
  } = params;
  return filters;
}

/** How long the client reuses the readiness model it read. */
const MODEL_CACHE_MS = 5 * 60 * 1000;

/**
 * Default implementation of {@link OperationalPilotApi}.
 *
 * @public
 */
export class OperationalPilotClient implements OperationalPilotApi {
  private readonly discoveryApi: OperationalPilotClientDiscovery;
  private readonly fetchApi: OperationalPilotClientFetch;
  /** The generated client: paths, parameters, bodies and responses typed by openapi.yaml. */
  private readonly api: OperationalPilotApiClient;
  /** The model, shared by every view for a few minutes (it changes only with the backend's configuration). */
  private model?: { value: Promise<ReadinessModelResponse>; until: number };

  constructor(options: {
    discoveryApi: OperationalPilotClientDiscovery;
    fetchApi: OperationalPilotClientFetch;
  }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
    this.api = new OperationalPilotApiClient({
      baseUrl: () => this.baseUrl(),
      fetch: (url, init) => this.fetchApi.fetch(url, init),
    });
  }

  async getModel(): Promise<ReadinessModelResponse> {
    // One request for every view that needs the model (the entity tab's sections, the portfolio), in flight or
    // recent: the tab's data then comes in one round trip. A failure is not kept.
    const now = Date.now();
    if (!this.model || this.model.until <= now) {
      const value = this.fetchModel();
      this.model = { value, until: now + MODEL_CACHE_MS };
      value.catch(() => {
        if (this.model?.value === value) this.model = undefined;
      });
    }
    return this.model.value;
  }

  private async fetchModel(): Promise<ReadinessModelResponse> {
    // The document describes a criterion's `check` as an open object (the recursive CheckSpec union would be
    // flattened by the generator); everything else of the model is checked.
    const model = await this.json(this.api.getModel());
    return model as Omit<typeof model, 'criteria'> as ReadinessModelResponse;
  }

  async getReadiness(entity: EntityTarget): Promise<EntityReadiness> {
    return this.json(this.api.getReadiness({ path: toEntityPath(entity) }));
  }

  async evaluate(entity: EntityTarget): Promise<EntityReadiness> {
    return this.json(this.api.evaluateEntity({ path: toEntityPath(entity) }));
  }

  async getOperations(entity: EntityTarget): Promise<OperationsResult> {
    return this.readOperations(
      await this.ok(this.api.getOperations({ path: toEntityPath(entity) })),
    );
  }

  async putOperations(
    entity: EntityTarget,
    metadata: OperationalMetadata,
    etag: string | number,
  ): Promise<OperationsResult> {
    return this.readOperations(
      await this.ok(
        this.api.putOperations({
          path: toEntityPath(entity),
          headers: { 'If-Match': toEtag(etag) },
          body: { metadata } as PutOperationsBody,
        }),
      ),
    );
  }

  async acceptOperationsProposal(
    entity: EntityTarget,
    proposalId: string,
    comment?: string,
  ): Promise<OperationsResult> {
    return this.readOperations(
      await this.ok(
        this.api.acceptOperationsProposal({
          path: { ...toEntityPath(entity), id: proposalId },
          body: comment ? { comment } : {},
        }),
      ),
    );
  }

  async rejectOperationsProposal(
    entity: EntityTarget,
    proposalId: string,
    comment?: string,
  ): Promise<OperationsProposal> {
    return this.json(
      this.api.rejectOperationsProposal({
        path: { ...toEntityPath(entity), id: proposalId },
        body: comment ? { comment } : {},
      }),
    );
  }

  async countersignAttestation(attestationId: string): Promise<Attestation> {
    return this.json(
      this.api.countersignAttestation({
        path: { id: attestationId },
      }),
    );
  }

  async approveAttestation(attestationId: string): Promise<Attestation> {
    return this.json(
      this.api.approveAttestation({ path: { id: attestationId } }),
    );
  }

  async listAttestations(
    entity: EntityTarget,
  ): Promise<ListResponse<Attestation>> {
    return this.json(this.api.listAttestations({ path: toEntityPath(entity) }));
  }

  async createAttestation(
    entity: EntityTarget,
    request: CreateAttestationRequest,
  ): Promise<Attestation> {
    return this.json(
      this.api.createAttestation({ path: toEntityPath(entity), body: request }),
    );
  }

  async listWaivers(entity: EntityTarget): Promise<ListResponse<Waiver>> {
    return this.json(this.api.listWaivers({ path: toEntityPath(entity) }));
  }

  async requestWaiver(
    entity: EntityTarget,
    request: CreateWaiverRequest,
  ): Promise<Waiver> {
    return this.json(
      this.api.requestWaiver({ path: toEntityPath(entity), body: request }),
    );
  }

  async approveWaiver(waiverId: string): Promise<Waiver> {
    return this.json(this.api.approveWaiver({ path: { id: waiverId } }));
  }

  async rejectWaiver(waiverId: string, reason?: string): Promise<Waiver> {
    return this.json(
      this.api.rejectWaiver({
        path: { id: waiverId },
        body: reason ? { reason } : {},
      }),
    );
  }

  async revokeWaiver(waiverId: string): Promise<void> {
    await this.ok(this.api.revokeWaiver({ path: { id: waiverId } }));
  }

  async listActions(
    entity: EntityTarget,
    options: ListActionsOptions = {},
  ): Promise<ListResponse<HandoffAction>> {
    return this.json(
      this.api.listActions({
        path: toEntityPath(entity),
        query: {
          status: asList(options.status),
          phase: asList(options.phase),
        },
      }),
    );
  }

  async createAction(
    entity: EntityTarget,
    request: CreateActionRequest,
  ): Promise<HandoffAction> {
    return this.json(
      this.api.createAction({ path: toEntityPath(entity), body: request }),
    );
  }

  async updateAction(
    actionId: string,
    request: UpdateActionRequest,
    version: number | string,
  ): Promise<HandoffAction> {
    return this.json(
      this.api.updateAction({
        path: { id: actionId },
        headers: { 'If-Match': toEtag(version) },
        body: request,
      }),
    );
  }

  async listReleases(entity: EntityTarget): Promise<ListResponse<Release>> {
    return this.json(this.api.listReleases({ path: toEntityPath(entity) }));
  }

  async createRelease(
    entity: EntityTarget,
    request: CreateReleaseRequest,
  ): Promise<Release> {
    return this.json(
      this.api.createRelease({ path: toEntityPath(entity), body: request }),
    );
  }

  async updateRelease(
    releaseId: string,
    request: UpdateReleaseRequest,
    rev: number | string,
  ): Promise<Release> {
    return this.json(
      this.api.updateRelease({
        path: { id: releaseId },
        headers: { 'If-Match': toEtag(rev) },
        body: request,
      }),
    );
  }

  async getRelease(releaseId: string): Promise<Release> {
    return this.json(this.api.getRelease({ path: { id: releaseId } }));
  }

  async getReleaseGates(releaseId: string): Promise<ReleaseGates> {
    return this.json(this.api.getReleaseGates({ path: { id: releaseId } }));
  }

  async listDecisions(
    releaseId: string,
  ): Promise<ListResponse<ReleaseDecision>> {
    return this.json(
      this.api.listReleaseDecisions({ path: { id: releaseId } }),
    );
  }

  async recordDecision(
    releaseId: string,
    request: CreateDecisionRequest,
  ): Promise<ReleaseDecision> {
    return this.json(
      this.api.createReleaseDecision({
        path: { id: releaseId },
        body: request,
      }),
    );
  }

  async getDecisionApprovers(
    releaseId: string,
  ): Promise<DecisionApproversResponse> {
    return this.json(
      this.api.getDecisionApprovers({ path: { id: releaseId } }),
    );
  }

  async signHandover(
    releaseId: string,
    request: SignHandoverRequest,
  ): Promise<Release> {
    return this.json(
      this.api.signReleaseHandover({ path: { id: releaseId }, body: request }),
    );
  }

  async recordOutcome(
    releaseId: string,
    request: RecordOutcomeRequest,
  ): Promise<Release> {
    return this.json(
      this.api.recordReleaseOutcome({ path: { id: releaseId }, body: request }),
    );
  }

  async previewChecklist(releaseId: string): Promise<ChecklistPreviewResponse> {
    return this.json(
      this.api.generateReleaseChecklist({
        path: { id: releaseId },
        body: { preview: true },
      }),
    ) as Promise<ChecklistPreviewResponse>;
  }

  async createChecklist(
    releaseId: string,
    items?: ChecklistItem[],
  ): Promise<ListResponse<HandoffAction>> {
    return this.json(
      this.api.generateReleaseChecklist({
        path: { id: releaseId },
        body: items ? { items } : {},
      }),
    ) as Promise<ListResponse<HandoffAction>>;
  }

  async getDossier(
    releaseId: string,
    format: DossierFormat,
    lang?: string,
  ): Promise<string> {
    const res = await this.ok(
      this.api.getReleaseDossier(
        {
          path: { id: releaseId },
          query: { lang: lang as DossierLang },
        },
        {
          headers: {
            Accept: format === 'html' ? 'text/html' : 'text/markdown',
          },
        },
      ),
    );
    return res.text();
  }

  async getHistory(
    entity: EntityTarget,
    options: { days?: number } = {},
  ): Promise<ListResponse<HistoryPoint>> {
    return this.json(
      this.api.getHistory({
        path: toEntityPath(entity),
        query: { days: options.days },
      }),
    );
  }

  async getAudit(
    entity: EntityTarget,
    options: { limit?: number; offset?: number } = {},
  ): Promise<ListResponse<AuditEntry>> {
    return this.json(
      this.api.getAudit({
        path: toEntityPath(entity),
        query: { limit: options.limit, offset: options.offset },
      }),
    );
  }

  async getPortfolio(query?: PortfolioQuery): Promise<PortfolioResponse> {
    return this.json(this.api.getPortfolio({ query: portfolioParams(query) }));
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
    const {
      limit: _limit,
      offset: _offset,
      ...filters
    } = portfolioParams(query);
    const res = await this.ok(
      this.api.exportPortfolio(
        { query: filters },
        {
          headers: {
            Accept: 'text/csv',
            ...(options.lang ? { 'Accept-Language': options.lang } : {}),
          },
        },
      ),
    );
    return res.blob();
  }

  async getPortfolioTrend(
    options: PortfolioTrendOptions,
  ): Promise<TrendResponse> {
    // The trend follows the portfolio filters.
    const { groupBy, days, ...filters } = options;
    return this.json(
      this.api.getPortfolioTrend({
        query: { groupBy, days, ...withoutPaging(portfolioParams(filters)) },
      }),
    );
  }

  async getReleaseCalendar(
    query: ReleaseCalendarQuery = {},
  ): Promise<ReleaseCalendarResponse> {
    const { from, to, ...filters } = query;
    return this.json(
      this.api.getReleaseCalendar({
        query: { from, to, ...withoutPaging(portfolioParams(filters)) },
      }),
    );
  }

  async getChangeSuccess(
    query: ChangeSuccessQuery = {},
  ): Promise<ChangeSuccessResponse> {
    const { groupBy, months, ...filters } = query;
    return this.json(
      this.api.getChangeSuccess({
        query: { groupBy, months, ...withoutPaging(portfolioParams(filters)) },
      }),
    );
  }

  async getPortfolioRollups(
    query: PortfolioRollupsQuery = {},
  ): Promise<PortfolioRollups> {
    const { groupBy, limit, ...filters } = query;
    return this.json(
      this.api.getPortfolioRollups({
        query: { ...withoutPaging(portfolioParams(filters)), groupBy, limit },
      }),
    );
  }

  async getPortfolioHighlights(
    query: PortfolioHighlightsQuery = {},
  ): Promise<PortfolioHighlights> {
    const { days, limit, ...filters } = query;
    return this.json(
      this.api.getPortfolioHighlights({
        query: { ...withoutPaging(portfolioParams(filters)), days, limit },
      }),
    );
  }

  async getPortfolioHeatmap(
    query: PortfolioHeatmapQuery = {},
  ): Promise<PortfolioHeatmap> {
    const { limit, ...filters } = query;
    return this.json(
      this.api.getPortfolioHeatmap({
        query: { ...withoutPaging(portfolioParams(filters)), limit },
      }),
    );
  }

  async getPortfolioFailingCriteria(
    query: PortfolioFailingCriteriaQuery = {},
  ): Promise<PortfolioFailingCriteria> {
    const { limit, ...filters } = query;
    return this.json(
      this.api.getPortfolioFailingCriteria({
        query: { ...withoutPaging(portfolioParams(filters)), limit },
      }),
    );
  }

  private async baseUrl(): Promise<string> {
    const url = await this.discoveryApi.getBaseUrl(OPERATIONAL_PILOT_PLUGIN_ID);
    return url.replace(/\/+$/, '');
  }

  /** The response, or a `ResponseError` (status, body with field errors) for anything but 2xx. */
  private async ok<T>(
    response: Promise<TypedResponse<T>>,
  ): Promise<TypedResponse<T>> {
    const res = await response;
    if (!res.ok) {
      throw await ResponseError.fromResponse(res);
    }
    return res;
  }

  /** The typed JSON body of a 2xx response (undefined for 204). */
  private async json<T>(response: Promise<TypedResponse<T>>): Promise<T> {
    const res = await this.ok(response);
    if (res.status === 204) {
      return undefined as T;
    }
    return res.json();
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
