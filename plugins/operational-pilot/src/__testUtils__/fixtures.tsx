import type { ReactElement } from 'react';
import { SWRConfig } from 'swr';
import type { Entity } from '@backstage/catalog-model';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import {
  mockApis,
  renderInTestApp,
  type TestAppOptions,
  type TestAppRenderResult,
} from '@backstage/frontend-test-utils';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type {
  Attestation,
  EntityReadiness,
  HandoffAction,
  OperationalPilotApi,
  OperationsRecord,
  GateResult,
  PortfolioFailingCriteria,
  PortfolioHeatmap,
  PortfolioHighlights,
  PortfolioResponse,
  PortfolioRollups,
  ReadinessModelResponse,
  Release,
  ReleaseDecision,
  ReleaseGates,
  Waiver,
} from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../api';

export const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'billing-api',
    namespace: 'default',
    annotations: { 'pagerduty.com/service-id': 'PXYZ123' },
  },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/team-billing',
  },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/team-billing' }],
};

export const ENTITY_REF = 'component:default/billing-api';
export const ENTITY_PATH = {
  kind: 'component',
  namespace: 'default',
  name: 'billing-api',
};

/** Catalog entities the entity pickers of the tests can find (searched by name, title or display name). */
export const catalogEntities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'chloe.martin', namespace: 'default' },
    spec: { profile: { displayName: 'Chloé Martin' }, memberOf: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: 'sre-oncall',
      namespace: 'default',
      title: 'SRE on-call',
    },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: {
      name: 'invoicing',
      namespace: 'default',
      title: 'Invoicing platform',
    },
    spec: { owner: 'group:default/team-billing' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'ledger-worker',
      namespace: 'default',
      title: 'Ledger worker',
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/team-billing',
    },
  },
];

/** Days from today as YYYY-MM-DD. */
export function day(offset: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

export const readiness: EntityReadiness = {
  entityRef: ENTITY_REF,
  tier: 'T1',
  tierDeclared: false,
  score: 72,
  verdict: 'not-ready',
  verdictReasons: ['OWN-03 is blocking for T1 and fails'],
  level: 'bronze',
  categories: [
    { id: 'OWN', title: 'Ownership', score: 50, passed: 1, applicable: 2 },
    {
      id: 'BCK',
      title: 'Backup and restore',
      score: 90,
      passed: 2,
      applicable: 2,
    },
    { id: 'CAP', title: 'Capacity', score: null, passed: 0, applicable: 0 },
  ],
  criteria: [
    {
      id: 'OWN-01',
      title: 'Owner is set',
      category: 'OWN',
      weight: 5,
      blocking: true,
      scope: 'entity',
      status: 'pass',
      credit: 1,
      reason: 'owned by group:default/team-billing',
      howToFix: 'Set spec.owner',
      source: 'catalog',
      evidence: [],
    },
    {
      id: 'OWN-03',
      title: 'Ops owner assigned',
      category: 'OWN',
      weight: 4,
      blocking: true,
      scope: 'entity',
      status: 'fail',
      credit: 0,
      reason: 'no ops owner in the operational metadata',
      howToFix: 'Assign the ops owner in the operational metadata',
      source: 'metadata',
      evidence: [],
      action: { id: 'a1', status: 'open', dueDate: day(-3) },
    },
    {
      id: 'BCK-03',
      title: 'Restore test done',
      category: 'BCK',
      weight: 3,
      blocking: false,
      scope: 'entity',
      status: 'expiring',
      credit: 1,
      reason: 'restore drill attested',
      howToFix: 'Run a restore test and attest it',
      source: 'attestation',
      evidence: [{ label: 'Drill report', url: 'https://example.com/drill' }],
      assessedAt: `${day(-170)}T10:00:00Z`,
      expiresAt: `${day(10)}T10:00:00Z`,
    },
  ],
  blockers: ['OWN-03'],
  reservations: [],
  nextSteps: [
    {
      criterionId: 'OWN-03',
      title: 'Ops owner assigned',
      howToFix: 'Assign the ops owner',
      scoreGain: 8.5,
      liftsBlocker: true,
    },
  ],
  evaluatedAt: new Date(Date.now() - 2 * 3600 * 1000).toISOString(),
  modelVersion: 'abc',
};

export const model: ReadinessModelResponse = {
  categories: [
    {
      id: 'OWN',
      title: 'Ownership',
      titleFr: 'Responsabilités',
      description: '',
    },
    {
      id: 'BCK',
      title: 'Backup and restore',
      titleFr: 'Sauvegarde et restauration',
      description: '',
    },
    { id: 'CAP', title: 'Capacity', titleFr: 'Capacité', description: '' },
  ],
  criteria: [
    {
      id: 'BCK-03',
      category: 'BCK',
      title: 'Restore test done',
      rationale: '',
      howToFix: '',
      weight: 3,
      blockingTiers: ['T1'],
      scope: 'entity',
      check: { kind: 'attestation', validityDays: 180, evidenceRequired: true },
      core: true,
      pack: 'core',
      defaultSide: 'run',
    },
    {
      id: 'OWN-03',
      category: 'OWN',
      title: 'Ops owner assigned',
      rationale: '',
      howToFix: '',
      weight: 4,
      blockingTiers: ['T1', 'T2'],
      scope: 'entity',
      check: { kind: 'roles', roles: ['opsOwner'] },
      core: true,
      pack: 'core',
      defaultSide: 'run',
    },
  ],
  thresholds: {
    T1: { readyForRun: 90, withReservations: 75 },
    T2: { readyForRun: 85, withReservations: 70 },
    T3: { readyForRun: 75, withReservations: 60 },
  },
  levels: { bronze: ['OWN-01'], silver: ['OWN-03'] },
  waiverMaxDays: 90,
  actionTemplates: [
    {
      id: 'restore-test',
      title: 'Configure backups; run a restore test',
      titleFr: 'Configurer les sauvegardes ; faire un test de restauration',
      phase: 'before',
      side: 'run',
      criterionIds: ['BCK-03'],
    },
  ],
};

export const operations: OperationsRecord = {
  entityRef: ENTITY_REF,
  version: 3,
  metadata: {
    tier: 'T1',
    stateful: true,
    serviceHours: '24x7',
    roles: { poa: 'user:default/jdoe' },
    support: { l1: { group: 'group:default/ops-n1', hours: '24x7' } },
    sla: { availability: 99.9 },
    environments: [{ name: 'prod', url: 'https://billing.example.com' }],
    maintenanceWindows: [
      {
        days: 'SU',
        start: '02:00',
        durationMinutes: 240,
        timezone: 'Europe/Paris',
      },
    ],
    dict: { d: 3, i: 3, c: 2, t: 2 },
  },
  updatedAt: new Date(Date.now() - 86400000).toISOString(),
  updatedBy: 'user:default/jdoe',
};

export function action(overrides: Partial<HandoffAction> = {}): HandoffAction {
  return {
    id: 'a1',
    entityRef: ENTITY_REF,
    title: 'Assign the ops owner',
    phase: 'before',
    side: 'poa',
    priority: 'blocking',
    status: 'open',
    criterionId: 'OWN-03',
    dueDate: day(-3),
    source: 'manual',
    version: 2,
    createdBy: 'user:default/jdoe',
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    ...overrides,
  };
}

export const release: Release = {
  id: 'r1',
  entityRef: ENTITY_REF,
  version: '2.4.0',
  kind: 'minor',
  plannedAt: `${day(14)}T20:00:00Z`,
  status: 'planned',
  rev: 1,
  createdBy: 'user:default/jdoe',
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};

/** A gate result with sensible defaults. */
export function gateResult(overrides: Partial<GateResult> = {}): GateResult {
  return {
    gate: 'goNoGo',
    verdict: 'ready-for-run',
    verdictReasons: [],
    score: 100,
    criteria: [],
    blockers: [],
    reservations: [],
    missing: [],
    nextSteps: [],
    ...overrides,
  };
}

/** Gates of `release`: the go/no-go gate is not ready (REL-02 not rehearsed), the hand-over misses signatures. */
export const releaseGates: ReleaseGates = {
  releaseId: 'r1',
  entityRef: ENTITY_REF,
  version: '2.4.0',
  kind: 'minor',
  status: 'planned',
  plannedAt: release.plannedAt,
  goNoGo: gateResult({
    gate: 'goNoGo',
    verdict: 'not-ready',
    decisionVerdict: 'not-ready',
    verdictReasons: ['REL-02 is blocking for minor releases of T1 and fails'],
    score: 50,
    blockers: ['REL-02'],
    criteria: [
      {
        id: 'REL-02',
        title: 'Rollback rehearsed',
        category: 'REL',
        weight: 4,
        blocking: true,
        scope: 'release',
        status: 'fail',
        credit: 0,
        reason: 'no rollback rehearsal attested for 2.4.0',
        howToFix: 'Rehearse the rollback and attest it for this release',
        source: 'release',
        evidence: [],
        releaseId: 'r1',
        gate: 'goNoGo',
      },
      {
        id: 'REL-05',
        title: 'Change approved',
        category: 'REL',
        weight: 3,
        blocking: true,
        scope: 'release',
        status: 'pass',
        credit: 1,
        reason: 'standard change: pre-approved',
        howToFix: 'Record the approval of the change',
        source: 'release',
        evidence: [],
        releaseId: 'r1',
        gate: 'goNoGo',
      },
    ],
  }),
  handover: gateResult({
    gate: 'handover',
    verdict: 'not-ready',
    score: 0,
    blockers: ['KT-04'],
    missing: [
      'signature of the POA',
      'signature of the ops owner',
      'signature of the business owner',
    ],
  }),
  needsHypercare: true,
  windowConflicts: [],
  evaluatedAt: new Date().toISOString(),
};

export const decision: ReleaseDecision = {
  id: 'd1',
  releaseId: 'r1',
  entityRef: ENTITY_REF,
  decision: 'go_with_reservations',
  approvers: ['user:default/jdoe'],
  overrideReason: 'CAB accepted the risk',
  decidedBy: 'user:default/jdoe',
  decidedAt: `${day(-1)}T10:00:00Z`,
  snapshot: {
    takenAt: `${day(-1)}T10:00:00Z`,
    release: { version: '2.4.0', kind: 'minor', plannedAt: release.plannedAt },
    runReadiness: {
      score: 72,
      verdict: 'not-ready',
      level: 'bronze',
      blockers: [],
    },
    goNoGo: releaseGates.goNoGo,
    handover: releaseGates.handover,
    windowConflicts: [],
    waivers: [],
    attestations: [],
    openActions: [],
    roles: {},
  },
};

export const attestation: Attestation = {
  id: 'at1',
  entityRef: ENTITY_REF,
  criterionId: 'BCK-03',
  state: 'compliant',
  evidence: [{ url: 'https://example.com/drill' }],
  assessedBy: 'user:default/jdoe',
  assessedAt: `${day(-170)}T10:00:00Z`,
  createdAt: `${day(-170)}T10:00:00Z`,
};

export const waiver: Waiver = {
  id: 'w1',
  entityRef: ENTITY_REF,
  criterionId: 'OWN-03',
  reason: 'Ops team being staffed',
  requestedBy: 'user:default/jdoe',
  requestedAt: `${day(-1)}T10:00:00Z`,
  status: 'requested',
  expiresAt: day(30),
};

export const portfolio: PortfolioResponse = {
  items: [
    {
      entityRef: ENTITY_REF,
      title: 'Billing API',
      kind: 'component',
      owner: 'group:default/team-billing',
      system: 'system:default/payments',
      tier: 'T1',
      tierDeclared: true,
      poa: 'user:default/jdoe',
      score: 72,
      verdict: 'not-ready',
      level: 'bronze',
      blockers: 1,
      openActions: 2,
      overdueActions: 1,
      evaluatedAt: new Date().toISOString(),
    },
  ],
  totalItems: 60,
  summary: {
    totalEntities: 60,
    byVerdict: {
      'not-ready': 30,
      'ready-with-reservations': 20,
      'ready-for-run': 10,
    },
    byLevel: { none: 5, bronze: 25, silver: 20, gold: 10 },
    byTier: { T1: 10, T2: 30, T3: 20 },
    averageScore: 71.5,
    openActions: 40,
    overdueActions: 7,
    attestationsExpiringIn30Days: 3,
  },
};

export const portfolioRollups: PortfolioRollups = {
  groupBy: 'owner',
  totalGroups: 2,
  groups: [
    {
      key: 'group:default/team-billing',
      total: 12,
      byVerdict: {
        'not-ready': 7,
        'ready-with-reservations': 3,
        'ready-for-run': 2,
      },
      averageScore: 58.4,
      blockers: 9,
      overdueActions: 4,
    },
    {
      key: null,
      total: 3,
      byVerdict: {
        'not-ready': 0,
        'ready-with-reservations': 1,
        'ready-for-run': 2,
      },
      averageScore: 81,
      blockers: 0,
      overdueActions: 0,
    },
  ],
};

export const portfolioHeatmap: PortfolioHeatmap = {
  categories: ['BCK', 'OWN'],
  totalTeams: 3,
  teams: [
    {
      key: 'group:default/team-billing',
      entities: 12,
      applicable: 30,
      passingShare: 56.7,
      failing: 11,
      cells: [
        {
          category: 'BCK',
          entities: 10,
          applicable: 20,
          passing: 8,
          passingShare: 40,
          failing: 10,
        },
        {
          category: 'OWN',
          entities: 10,
          applicable: 10,
          passing: 9,
          passingShare: 90,
          failing: 1,
        },
      ],
    },
    {
      key: null,
      entities: 3,
      applicable: 6,
      passingShare: 66.7,
      failing: 2,
      cells: [
        {
          category: 'OWN',
          entities: 3,
          applicable: 6,
          passing: 4,
          passingShare: 66.7,
          failing: 2,
        },
      ],
    },
  ],
};

export const portfolioFailingCriteria: PortfolioFailingCriteria = {
  evaluatedEntities: 60,
  totalCriteria: 14,
  criteria: [
    {
      criterionId: 'BCK-03',
      category: 'BCK',
      failing: 24,
      blocking: 9,
      share: 40,
    },
    {
      criterionId: 'OWN-03',
      category: 'OWN',
      failing: 6,
      blocking: 0,
      share: 10,
    },
  ],
};

export const portfolioHighlights: PortfolioHighlights = {
  days: 7,
  drops: [
    {
      entityRef: ENTITY_REF,
      title: 'Billing API',
      owner: 'group:default/team-billing',
      score: 60,
      previousScore: 75,
      since: day(-6),
      verdict: 'not-ready',
    },
  ],
  waivers: {
    active: 5,
    expiringIn30Days: 1,
    expiring: [
      {
        id: 'w9',
        entityRef: ENTITY_REF,
        criterionId: 'SEC-01',
        expiresAt: new Date(Date.now() + 10 * 24 * 3600 * 1000).toISOString(),
      },
    ],
  },
};

export type MockApi = jest.Mocked<OperationalPilotApi>;

/** An API whose every method is a jest mock, answering with the fixtures above. */
export function createMockApi(overrides: Partial<MockApi> = {}): MockApi {
  const api: MockApi = {
    getModel: jest.fn().mockResolvedValue(model),
    getReadiness: jest.fn().mockResolvedValue(readiness),
    evaluate: jest.fn().mockResolvedValue(readiness),
    getOperations: jest
      .fn()
      .mockResolvedValue({ record: operations, etag: '"3"' }),
    putOperations: jest.fn().mockResolvedValue({
      record: { ...operations, version: 4 },
      etag: '"4"',
    }),
    listAttestations: jest.fn().mockResolvedValue({ items: [attestation] }),
    createAttestation: jest.fn().mockResolvedValue(attestation),
    listWaivers: jest.fn().mockResolvedValue({ items: [waiver] }),
    requestWaiver: jest.fn().mockResolvedValue(waiver),
    approveWaiver: jest
      .fn()
      .mockResolvedValue({ ...waiver, status: 'approved' }),
    rejectWaiver: jest
      .fn()
      .mockResolvedValue({ ...waiver, status: 'rejected' }),
    revokeWaiver: jest.fn().mockResolvedValue(undefined),
    listActions: jest.fn().mockResolvedValue({ items: [action()] }),
    createAction: jest.fn().mockResolvedValue(action({ id: 'a2' })),
    updateAction: jest
      .fn()
      .mockResolvedValue(action({ status: 'in_progress', version: 3 })),
    listReleases: jest.fn().mockResolvedValue({ items: [release] }),
    createRelease: jest.fn().mockResolvedValue(release),
    updateRelease: jest.fn().mockResolvedValue(release),
    getRelease: jest.fn().mockResolvedValue(release),
    getReleaseGates: jest.fn().mockResolvedValue(releaseGates),
    listDecisions: jest.fn().mockResolvedValue({ items: [] }),
    recordDecision: jest.fn().mockResolvedValue(decision),
    getDecisionApprovers: jest.fn().mockResolvedValue({
      items: [
        { role: 'poa', ref: 'user:default/jdoe' },
        { role: 'opsOwner', ref: 'user:default/ops' },
      ],
    }),
    signHandover: jest.fn().mockResolvedValue(release),
    recordOutcome: jest.fn().mockResolvedValue(release),
    previewChecklist: jest.fn().mockResolvedValue({ items: [] }),
    createChecklist: jest.fn().mockResolvedValue({ items: [] }),
    getDossier: jest
      .fn()
      .mockResolvedValue('<html><body>dossier</body></html>'),
    getReleaseCalendar: jest.fn().mockResolvedValue({ items: [] }),
    getChangeSuccess: jest.fn().mockResolvedValue({
      groupBy: 'owner',
      groups: [],
      byGateVerdict: [],
    }),
    getHistory: jest.fn().mockResolvedValue({
      items: [
        { day: day(-2), score: 60, verdict: 'not-ready', level: 'bronze' },
        { day: day(-1), score: 72, verdict: 'not-ready', level: 'bronze' },
      ],
    }),
    getAudit: jest.fn().mockResolvedValue({
      items: [
        {
          id: 'au1',
          entityRef: ENTITY_REF,
          actor: 'user:default/jdoe',
          action: 'operations.update',
          targetType: 'operations',
          before: { tier: 'T2' },
          after: { tier: 'T1' },
          at: new Date().toISOString(),
        },
      ],
    }),
    getPortfolio: jest.fn().mockResolvedValue(portfolio),
    getPortfolioRollups: jest.fn().mockResolvedValue(portfolioRollups),
    getPortfolioHighlights: jest.fn().mockResolvedValue(portfolioHighlights),
    getPortfolioHeatmap: jest.fn().mockResolvedValue(portfolioHeatmap),
    getPortfolioFailingCriteria: jest
      .fn()
      .mockResolvedValue(portfolioFailingCriteria),
    getPortfolioExportUrl: jest
      .fn()
      .mockResolvedValue('http://x/portfolio/export.csv'),
    exportPortfolioCsv: jest.fn().mockResolvedValue(new Blob(['a,b\n'])),
    getPortfolioTrend: jest.fn().mockResolvedValue({
      groupBy: 'owner',
      series: [
        {
          key: 'group:default/team-billing',
          points: [
            { day: day(-2), averageScore: 60, entities: 3 },
            { day: day(-1), averageScore: 65, entities: 3 },
          ],
        },
      ],
    }),
    ...overrides,
  } as MockApi;
  return api;
}

/** A 4xx/5xx as the client throws it (shape of `ResponseError`). */
export function httpError(
  statusCode: number,
  message = 'error',
  extra: Record<string, unknown> = {},
): Error {
  const error = new Error(`Request failed with ${statusCode}`) as Error &
    Record<string, unknown>;
  error.name = 'ResponseError';
  error.statusCode = statusCode;
  error.statusText = 'Error';
  error.cause = { name: 'Error', message };
  error.body = {
    error: { name: 'Error', message },
    response: { statusCode },
    ...extra,
  };
  return error;
}

export const entityRoute = convertLegacyRouteRef(entityRouteRef);

/** Renders an element inside a test app with the entity, the mocked API and an allow/deny permission API. */
export function renderWithEntity(
  element: ReactElement,
  options: {
    api?: MockApi;
    /** Every permission, or per permission name (e.g. may update actions but not approve waivers). */
    allow?: boolean | ((permissionName: string) => boolean);
    entity?: Entity;
    apis?: TestAppOptions['apis'];
  } & Omit<TestAppOptions, 'apis'> = {},
): TestAppRenderResult & { api: MockApi } {
  const api = options.api ?? createMockApi();
  const { api: _a, allow, entity: e, apis, ...rest } = options;
  const result = renderInTestApp(
    // A fresh permission cache per render, so that one test's ALLOW is not served to the next one's reader.
    <SWRConfig value={{ provider: () => new Map() }}>
      <EntityProvider entity={e ?? entity}>{element}</EntityProvider>
    </SWRConfig>,
    {
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRoute },
      ...rest,
      apis: [
        [operationalPilotApiRef, api],
        mockApis.permission({
          authorize: request => {
            const allowed =
              typeof allow === 'function'
                ? allow(request.permission.name)
                : allow !== false;
            return allowed ? AuthorizeResult.ALLOW : AuthorizeResult.DENY;
          },
        }),
        // The entity pickers search the catalog.
        catalogApiMock({ entities: [entity, ...catalogEntities] }),
        ...(apis ?? []),
      ],
    },
  );
  return { ...result, api };
}
