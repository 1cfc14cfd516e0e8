/*
 * Request and response bodies of the HTTP API (`/api/operational-pilot`) that are not domain records.
 * The OpenAPI document in the backend package (`src/schema/openapi.yaml`) is the contract; keep both in step.
 */
import type {
  ActionPriority,
  ActionStatus,
  AttestationState,
  GoNoGoDecision,
  OperationalMetadata,
  Phase,
  ReleaseKind,
  ReleaseStatus,
  Side,
  Tier,
} from '../domain/types';
import type { Level, Verdict } from '../model/types';

/** Identifies a catalog entity in API paths: `/entities/{kind}/{namespace}/{name}/...`. */
export interface EntityPath {
  kind: string;
  namespace: string;
  name: string;
}

export interface PutOperationsRequest {
  metadata: OperationalMetadata;
}

export interface CreateAttestationRequest {
  criterionId: string;
  releaseId?: string;
  state: AttestationState;
  justification?: string;
  evidence?: Array<{ url: string; description?: string }>;
  /** Defaults to now; may be in the past (an exercise done last month), never in the future. */
  assessedAt?: string;
  expiresAt?: string;
  comment?: string;
}

export interface CreateWaiverRequest {
  criterionId: string;
  reason: string;
  expiresAt: string;
  actionId?: string;
}

export interface CreateActionRequest {
  title: string;
  description?: string;
  phase: Phase;
  side: Side;
  assigneeRef?: string;
  dueDate?: string;
  priority?: ActionPriority;
  status?: 'proposed' | 'open';
  criterionId?: string;
  releaseId?: string;
  externalTicketUrl?: string;
  /** Create from a template of the default catalogue (see `GET /model` → `actionTemplates`). */
  templateId?: string;
}

export interface UpdateActionRequest {
  title?: string;
  description?: string | null;
  phase?: Phase;
  side?: Side;
  assigneeRef?: string | null;
  dueDate?: string | null;
  priority?: ActionPriority;
  status?: ActionStatus;
  evidenceUrl?: string | null;
  externalTicketUrl?: string | null;
  blockedReason?: string | null;
  resolution?: string | null;
  /** With `status: risk_accepted`: expiry of the waiver created on the linked criterion. */
  waiverExpiresAt?: string;
}

export interface CreateReleaseRequest {
  version: string;
  kind: ReleaseKind;
  plannedAt: string;
  window?: { start: string; end: string };
  changeRef?: string;
}

export interface UpdateReleaseRequest {
  version?: string;
  kind?: ReleaseKind;
  plannedAt?: string;
  window?: { start: string; end: string } | null;
  changeRef?: string | null;
  status?: ReleaseStatus;
  goNoGo?: {
    decision: GoNoGoDecision;
    approvers: string[];
    notes?: string;
  };
  hypercare?: {
    start: string;
    end: string;
    buildStandby?: string[];
    exitCriteria?: string[];
  } | null;
}

export type PortfolioOrderBy =
  | 'entityRef'
  | 'title'
  | 'kind'
  | 'owner'
  | 'system'
  | 'tier'
  | 'poa'
  | 'score'
  | 'verdict'
  | 'level'
  | 'blockers'
  | 'openActions'
  | 'overdueActions'
  | 'evaluatedAt';

export interface PortfolioQuery {
  owner?: string[];
  system?: string[];
  domain?: string[];
  kind?: string[];
  tier?: Tier[];
  verdict?: Verdict[];
  level?: Level[];
  poa?: string[];
  /** Free text over name, title and entity ref. */
  q?: string;
  orderBy?: PortfolioOrderBy;
  order?: 'asc' | 'desc';
  /** At most 500. */
  limit?: number;
  offset?: number;
}

export interface PortfolioItem {
  entityRef: string;
  title: string;
  kind: string;
  owner?: string;
  system?: string;
  domain?: string;
  tier: Tier;
  tierDeclared: boolean;
  poa?: string;
  score: number;
  verdict: Verdict;
  level: Level;
  blockers: number;
  openActions: number;
  overdueActions: number;
  evaluatedAt: string;
}

export interface PortfolioSummary {
  totalEntities: number;
  byVerdict: Record<Verdict, number>;
  byLevel: Record<Level, number>;
  byTier: Record<Tier, number>;
  averageScore: number | null;
  openActions: number;
  overdueActions: number;
  attestationsExpiringIn30Days: number;
}

export interface PortfolioResponse {
  items: PortfolioItem[];
  totalItems: number;
  summary: PortfolioSummary;
}

export interface HistoryPoint {
  day: string;
  score: number;
  verdict: Verdict;
  level: Level;
}

export interface TrendSeries {
  /** The owner, system or tier the series is for. */
  key: string;
  points: Array<{ day: string; averageScore: number; entities: number }>;
}

export interface TrendResponse {
  groupBy: 'owner' | 'system' | 'tier';
  series: TrendSeries[];
}

export interface AuditEntry {
  id: string;
  entityRef: string;
  actor: string;
  action: string;
  targetType: string;
  targetId?: string;
  before?: unknown;
  after?: unknown;
  at: string;
}

/** A page of records. */
export interface ListResponse<T> {
  items: T[];
}
