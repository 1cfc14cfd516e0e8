/*
 * In-memory OperationalPilotApi for the plugin's dev app (`yarn start` in this package): realistic data, and
 * writes that change it, so every view and dialog can be tried without a backend.
 */
import {
  DEFAULT_HANDOVER_SIGNATORIES,
  missingHandoverSignatures,
  needsHypercare,
  OPEN_RELEASE_STATUSES,
  type Attestation,
  type ChecklistItem,
  type CriterionResult,
  type EntityReadiness,
  type GateResult,
  type HandoffAction,
  type OperationalPilotApi,
  type OperationsRecord,
  type PortfolioItem,
  type Release,
  type ReleaseDecision,
  type ReleaseGates,
  type Waiver,
} from '@operational-pilot/backstage-plugin-common';

const REF = 'component:default/billing-api';
const day = (offset: number) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};
const now = () => new Date().toISOString();
const delay = <T>(value: T, ms = 250) =>
  new Promise<T>(resolve =>
    setTimeout(() => resolve(structuredClone(value)), ms),
  );

const readiness: EntityReadiness = {
  entityRef: REF,
  tier: 'T1',
  tierDeclared: true,
  score: 78.4,
  verdict: 'not-ready',
  verdictReasons: [
    'OWN-03 (ops owner assigned) is blocking for T1 and fails.',
    'Score 78.4 is below the T1 threshold for "ready for run" (90).',
  ],
  level: 'bronze',
  categories: [
    { id: 'OWN', title: 'Ownership', score: 66.7, passed: 2, applicable: 3 },
    { id: 'OBS', title: 'Observability', score: 100, passed: 3, applicable: 3 },
    {
      id: 'INC',
      title: 'Incident response',
      score: 75,
      passed: 3,
      applicable: 4,
    },
    { id: 'DOC', title: 'Documentation', score: 80, passed: 4, applicable: 5 },
    {
      id: 'BCK',
      title: 'Backup and restore',
      score: 83.3,
      passed: 2,
      applicable: 3,
    },
    { id: 'CAP', title: 'Capacity', score: null, passed: 0, applicable: 0 },
    { id: 'SEC', title: 'Security', score: 50, passed: 1, applicable: 2 },
    { id: 'REL', title: 'Release', score: 90, passed: 5, applicable: 6 },
    { id: 'SUP', title: 'Support', score: 60, passed: 3, applicable: 5 },
    {
      id: 'KT',
      title: 'Knowledge transfer',
      score: 25,
      passed: 1,
      applicable: 4,
    },
  ],
  criteria: [
    {
      id: 'OWN-01',
      title: 'Owner is an existing group',
      category: 'OWN',
      weight: 5,
      blocking: true,
      scope: 'entity',
      status: 'pass',
      credit: 1,
      reason: 'Owned by group:default/team-billing, which exists.',
      howToFix: 'Set spec.owner to an existing group.',
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
      reason: 'No ops owner in the operational metadata.',
      howToFix: 'Assign the ops owner (a group) in the operational metadata.',
      source: 'metadata',
      evidence: [],
      action: { id: 'a1', status: 'open', dueDate: day(-3) },
    },
    {
      id: 'BCK-03',
      title: 'Restore test done within validity',
      category: 'BCK',
      weight: 3,
      blocking: true,
      scope: 'entity',
      status: 'expiring',
      credit: 1,
      reason: 'Restore drill attested 170 days ago.',
      howToFix: 'Run a restore test and record an attestation with its report.',
      source: 'attestation',
      evidence: [
        {
          label: 'Drill report',
          url: 'https://wiki.example.com/billing/restore-drill',
        },
      ],
      assessedAt: `${day(-170)}T09:00:00Z`,
      expiresAt: `${day(10)}T09:00:00Z`,
    },
    {
      id: 'SEC-01',
      title: 'Homologation decision',
      category: 'SEC',
      weight: 4,
      blocking: false,
      scope: 'entity',
      status: 'waived',
      credit: 0,
      reason: 'No homologation decision recorded.',
      howToFix: 'Record the homologation decision.',
      source: 'attestation',
      evidence: [],
      waiver: {
        id: 'w2',
        expiresAt: day(40),
        reason: 'Homologation committee in two months',
      },
    },
    {
      id: 'KT-02',
      title: 'Primary on-call transferred to run',
      category: 'KT',
      weight: 3,
      blocking: false,
      scope: 'entity',
      status: 'grace',
      credit: 0.7,
      reason: 'Attestation past validity, in grace period.',
      howToFix: 'Renew the attestation.',
      source: 'attestation',
      evidence: [],
      assessedAt: `${day(-380)}T09:00:00Z`,
      expiresAt: `${day(-15)}T09:00:00Z`,
    },
    {
      id: 'INC-01',
      title: 'On-call wired (PagerDuty/Opsgenie)',
      category: 'INC',
      weight: 5,
      blocking: true,
      scope: 'entity',
      status: 'pass',
      credit: 1,
      reason: 'Annotation pagerduty.com/service-id is set.',
      howToFix: 'Add the on-call annotation.',
      source: 'catalog',
      evidence: [{ label: 'pagerduty.com/service-id', value: 'PXYZ123' }],
    },
  ],
  blockers: ['OWN-03'],
  reservations: ['SEC-01', 'KT-02'],
  nextSteps: [
    {
      criterionId: 'OWN-03',
      title: 'Ops owner assigned',
      howToFix: 'Assign the ops owner.',
      scoreGain: 4.2,
      liftsBlocker: true,
    },
    {
      criterionId: 'KT-02',
      title: 'Primary on-call transferred to run',
      howToFix: 'Renew the attestation.',
      scoreGain: 1.6,
      liftsBlocker: false,
      unlocksLevel: 'silver',
    },
  ],
  evaluatedAt: new Date(Date.now() - 3 * 3600 * 1000).toISOString(),
  modelVersion: 'dev',
};

let operations: OperationsRecord = {
  entityRef: REF,
  version: 3,
  metadata: {
    tier: 'T1',
    stateful: true,
    serviceHours: '24x7',
    supportHours: {
      businessHours: 'Mon-Fri 08:00-18:00 Europe/Paris',
      offHours: 'on-call',
    },
    roles: {
      poa: 'user:default/alice.martin',
      businessOwner: 'user:default/bruno.leroy',
    },
    support: {
      l1: { group: 'group:default/service-desk', hours: '24x7' },
      l2: { group: 'group:default/ops-n2', hours: 'Mon-Fri 08:00-20:00' },
    },
    sla: {
      availability: 99.9,
      p1ResponseMinutes: 30,
      p1RestoreMinutes: 240,
      agreedAt: day(-200),
    },
    slo: { availability: 99.95, latencyP99Ms: 300 },
    continuity: { rtoMinutes: 240, rpoMinutes: 60, drStrategy: 'warm-standby' },
    environments: [
      {
        name: 'prod',
        url: 'https://billing.example.com',
        hosting: 'OVH',
        region: 'eu-west',
      },
      {
        name: 'preprod',
        url: 'https://billing.preprod.example.com',
        hosting: 'OVH',
      },
    ],
    maintenanceWindows: [
      {
        days: 'SU',
        start: '02:00',
        durationMinutes: 240,
        timezone: 'Europe/Paris',
      },
    ],
    notes: 'Batch invoicing runs nightly at 01:00 (Control-M).',
  },
  updatedAt: new Date(Date.now() - 2 * 86400000).toISOString(),
  updatedBy: 'user:default/alice.martin',
};

let actions: HandoffAction[] = [
  {
    id: 'a1',
    entityRef: REF,
    title: 'Assign the ops owner',
    phase: 'before',
    side: 'poa',
    priority: 'blocking',
    status: 'open',
    criterionId: 'OWN-03',
    dueDate: day(-3),
    assigneeRef: 'user:default/alice.martin',
    source: 'auto',
    version: 2,
    createdBy: 'user:default/alice.martin',
    createdAt: now(),
    updatedAt: now(),
  },
  {
    id: 'a2',
    entityRef: REF,
    title: 'Rehearse the rollback',
    phase: 'before',
    side: 'build',
    priority: 'major',
    status: 'in_progress',
    releaseId: 'r1',
    dueDate: day(7),
    assigneeRef: 'group:default/team-billing',
    source: 'template',
    version: 1,
    createdBy: 'user:default/alice.martin',
    createdAt: now(),
    updatedAt: now(),
  },
  {
    id: 'a3',
    entityRef: REF,
    title: 'Smoke tests and dashboards watch',
    phase: 'during',
    side: 'run',
    priority: 'major',
    status: 'proposed',
    releaseId: 'r1',
    source: 'template',
    version: 1,
    createdBy: 'user:default/alice.martin',
    createdAt: now(),
    updatedAt: now(),
  },
  {
    id: 'a4',
    entityRef: REF,
    title: 'Renew the on-call transfer attestation',
    phase: 'run',
    side: 'run',
    priority: 'minor',
    status: 'done',
    criterionId: 'KT-02',
    dueDate: day(20),
    source: 'auto',
    version: 4,
    createdBy: 'user:default/alice.martin',
    createdAt: now(),
    updatedAt: now(),
  },
];

let releases: Release[] = [
  {
    id: 'r1',
    entityRef: REF,
    version: '2.4.0',
    kind: 'minor',
    plannedAt: `${day(12)}T19:00:00Z`,
    window: { start: `${day(12)}T19:00:00Z`, end: `${day(12)}T23:00:00Z` },
    changeRef: 'CHG0031337',
    status: 'planned',
    rev: 1,
    createdBy: 'user:default/alice.martin',
    createdAt: now(),
    updatedAt: now(),
  },
  {
    id: 'r0',
    entityRef: REF,
    version: '2.3.0',
    kind: 'minor',
    plannedAt: `${day(-40)}T19:00:00Z`,
    status: 'closed',
    rev: 5,
    goNoGo: {
      decision: 'go',
      decidedAt: `${day(-41)}T10:00:00Z`,
      approvers: ['user:default/alice.martin'],
    },
    createdBy: 'user:default/alice.martin',
    createdAt: now(),
    updatedAt: now(),
  },
];

const attestations: Attestation[] = [
  {
    id: 'at1',
    entityRef: REF,
    criterionId: 'BCK-03',
    state: 'compliant',
    evidence: [
      {
        url: 'https://wiki.example.com/billing/restore-drill',
        description: 'Restore drill report',
      },
    ],
    assessedBy: 'user:default/alice.martin',
    assessedAt: `${day(-170)}T09:00:00Z`,
    comment: 'Full restore of the invoices database in 42 minutes.',
    createdAt: now(),
  },
];

let waivers: Waiver[] = [
  {
    id: 'w1',
    entityRef: REF,
    criterionId: 'OWN-03',
    reason: 'Ops team being staffed, ownership in 3 weeks.',
    requestedBy: 'user:default/alice.martin',
    requestedAt: `${day(-1)}T10:00:00Z`,
    status: 'requested',
    expiresAt: day(30),
    actionId: 'a1',
  },
  {
    id: 'w2',
    entityRef: REF,
    criterionId: 'SEC-01',
    reason: 'Homologation committee in two months.',
    requestedBy: 'user:default/alice.martin',
    requestedAt: `${day(-20)}T10:00:00Z`,
    status: 'approved',
    approvedBy: 'user:default/bruno.leroy',
    approvedAt: `${day(-19)}T10:00:00Z`,
    expiresAt: day(40),
  },
];

const portfolioItems: PortfolioItem[] = Array.from({ length: 137 }, (_, i) => {
  const verdicts = [
    'not-ready',
    'ready-with-reservations',
    'ready-for-run',
  ] as const;
  const levels = ['none', 'bronze', 'silver', 'gold'] as const;
  const tiers = ['T1', 'T2', 'T3'] as const;
  const score = Math.round(((i * 37) % 100) * 10) / 10;
  return {
    entityRef: `component:default/service-${String(i + 1).padStart(3, '0')}`,
    title: `Service ${i + 1}`,
    kind: 'component',
    owner: `group:default/team-${
      ['billing', 'orders', 'stores', 'payments'][i % 4]
    }`,
    system: `system:default/${['payments', 'retail', 'logistics'][i % 3]}`,
    tier: i % 5 === 0 ? 'T1' : tiers[i % 3],
    tierDeclared: i % 5 !== 0,
    poa: i % 2 ? 'user:default/alice.martin' : undefined,
    score,
    verdict: verdicts[Number(score >= 65) + Number(score >= 85)],
    level: levels[i % 4],
    blockers: score >= 65 ? 0 : (i % 3) + 1,
    openActions: i % 6,
    overdueActions: i % 4 === 0 ? 1 : 0,
    evaluatedAt: new Date(Date.now() - i * 3600000).toISOString(),
  };
});

let decisions: ReleaseDecision[] = [];

function releaseCriterion(
  release: Release,
  id: string,
  title: string,
  passing: boolean,
  reason: string,
  howToFix: string,
  gate: 'goNoGo' | 'handover',
): CriterionResult {
  return {
    id,
    title,
    category: id.startsWith('KT') ? 'KT' : 'REL',
    weight: 3,
    blocking: true,
    scope: 'release',
    status: passing ? 'pass' : 'fail',
    credit: passing ? 1 : 0,
    reason,
    howToFix,
    source: 'attestation',
    evidence: [],
    releaseId: release.id,
    gate,
  };
}

function gateOf(
  gate: 'goNoGo' | 'handover',
  criteria: CriterionResult[],
  missing: string[],
): GateResult {
  const blockers = criteria.filter(c => c.status !== 'pass').map(c => c.id);
  const verdict = blockers.length ? 'not-ready' : 'ready-for-run';
  return {
    gate,
    verdict,
    verdictReasons: blockers.map(b => `${b} is blocking and fails.`),
    score: criteria.length
      ? (100 * criteria.filter(c => c.status === 'pass').length) /
        criteria.length
      : null,
    criteria,
    blockers,
    reservations: [],
    missing,
    nextSteps: [],
    decisionVerdict: gate === 'goNoGo' ? verdict : undefined,
  };
}

function gatesOf(release: Release): ReleaseGates {
  const rehearsed = attestations.some(
    a => a.criterionId === 'REL-02' && a.releaseId === release.id,
  );
  const approved =
    release.changeType === 'standard' ||
    release.changeApproval?.status === 'approved';
  const goNoGo = gateOf(
    'goNoGo',
    [
      releaseCriterion(
        release,
        'REL-02',
        'Rollback rehearsed',
        rehearsed,
        rehearsed
          ? 'Rollback rehearsal attested for this release.'
          : `No rollback rehearsal attested for ${release.version}.`,
        'Rehearse the rollback in pre-production and attest it for this release.',
        'goNoGo',
      ),
      releaseCriterion(
        release,
        'REL-05',
        'Change approved',
        approved,
        approved
          ? 'The change is approved.'
          : 'The change has no recorded approval.',
        'Record the approval status and date of the change.',
        'goNoGo',
      ),
    ],
    [],
  );
  const missing = missingHandoverSignatures(
    release,
    DEFAULT_HANDOVER_SIGNATORIES,
  );
  const handover = gateOf(
    'handover',
    [
      releaseCriterion(
        release,
        'KT-04',
        'Hand-over to run signed',
        missing.length === 0,
        missing.length
          ? `Missing signatures: ${missing.join(', ')}.`
          : 'Signed by every required role.',
        'Have every required role sign the hand-over.',
        'handover',
      ),
    ],
    missing.map(m => `signature of the ${m}`),
  );
  return {
    releaseId: release.id,
    entityRef: REF,
    version: release.version,
    kind: release.kind,
    status: release.status,
    plannedAt: release.plannedAt,
    goNoGo,
    handover,
    needsHypercare: needsHypercare(release, 'T1'),
    windowConflicts: [],
    evaluatedAt: now(),
  };
}

function readinessNow(): EntityReadiness {
  return {
    ...readiness,
    releases: releases
      .filter(r => OPEN_RELEASE_STATUSES.includes(r.status))
      .sort((a, b) => a.plannedAt.localeCompare(b.plannedAt))
      .map(r => {
        const g = gatesOf(r);
        return {
          releaseId: r.id,
          version: r.version,
          kind: r.kind,
          status: r.status,
          plannedAt: r.plannedAt,
          goNoGo: g.goNoGo.verdict,
          goNoGoBlockers: g.goNoGo.blockers,
          handover: g.handover.verdict,
          handoverMissing: g.handover.missing,
        };
      }),
    lifecycle: {
      catalog: 'production',
      inRun: false,
      mismatch: 'production-not-handed-over',
      mismatchReason:
        'The catalog says spec.lifecycle: production, but no release was ever handed over to run.',
    },
  };
}

function updateReleaseById(id: string, f: (r: Release) => Release): Release {
  releases = releases.map(r =>
    r.id === id ? { ...f(r), rev: r.rev + 1, updatedAt: now() } : r,
  );
  return releases.find(r => r.id === id)!;
}

function checklistOf(release: Release): ChecklistItem[] {
  const start = (release.window?.start ?? release.plannedAt).slice(0, 10);
  const at = (offset: number) => {
    const d = new Date(`${start}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + offset);
    return d.toISOString().slice(0, 10);
  };
  return [
    {
      templateId: 'rollback',
      title: 'Rehearse the rollback',
      phase: 'before',
      side: 'build',
      dueDate: at(-7),
      offsetDays: -7,
      priority: 'blocking',
      criterionId: 'REL-02',
    },
    {
      templateId: 'cab',
      title: 'Present the change to the CAB',
      phase: 'before',
      side: 'poa',
      dueDate: at(-3),
      offsetDays: -3,
      priority: 'blocking',
      criterionId: 'REL-05',
    },
    {
      templateId: 'smoke',
      title: 'Run the smoke tests in production',
      phase: 'during',
      side: 'run',
      dueDate: at(0),
      offsetDays: 0,
      priority: 'major',
    },
    {
      templateId: 'vsr',
      title: 'Service check under real conditions (VSR)',
      phase: 'after',
      side: 'business',
      dueDate: at(14),
      offsetDays: 14,
      priority: 'major',
    },
  ];
}

export const devApi: OperationalPilotApi = {
  getModel: () =>
    delay({
      categories: [],
      criteria: [],
      thresholds: {
        T1: { readyForRun: 90, withReservations: 75 },
        T2: { readyForRun: 85, withReservations: 70 },
        T3: { readyForRun: 75, withReservations: 60 },
      },
      levels: { bronze: [], silver: [] },
      waiverMaxDays: 90,
      actionTemplates: [
        {
          id: 'rollback',
          title: 'Rehearse the rollback',
          titleFr: 'Répéter le retour arrière',
          phase: 'before',
          side: 'build',
          criterionIds: ['REL-02'],
        },
        {
          id: 'restore',
          title: 'Configure backups; run a restore test',
          titleFr: 'Configurer les sauvegardes ; faire un test de restauration',
          phase: 'before',
          side: 'run',
          criterionIds: ['BCK-03'],
        },
      ],
    }),
  getReadiness: () => delay(readinessNow()),
  evaluate: () => delay({ ...readinessNow(), evaluatedAt: now() }, 600),
  getOperations: () =>
    delay({ record: operations, etag: `"${operations.version}"` }),
  putOperations: async (_e, metadata, etag) => {
    if (etag !== `"${operations.version}"`) {
      throw Object.assign(new Error('stale'), { statusCode: 412 });
    }
    operations = {
      ...operations,
      metadata,
      version: operations.version + 1,
      updatedAt: now(),
    };
    return delay({ record: operations, etag: `"${operations.version}"` });
  },
  // Governance (dev stubs): proposals are accepted or rejected at once; attestations are countersigned / approved.
  acceptOperationsProposal: async () =>
    delay({ record: operations, etag: `"${operations.version}"` }),
  rejectOperationsProposal: async (_e, id) =>
    delay({
      id,
      entityRef: REF,
      status: 'rejected' as const,
      changes: [],
      proposedBy: 'user:default/chloe',
      proposedAt: now(),
    }),
  countersignAttestation: async id => {
    const a = attestations.find(x => x.id === id)!;
    Object.assign(a, {
      countersignedBy: 'user:default/bruno.leroy',
      countersignedAt: now(),
    });
    return delay(a);
  },
  approveAttestation: async id => {
    const a = attestations.find(x => x.id === id)!;
    Object.assign(a, {
      approvedBy: 'user:default/bruno.leroy',
      approvedAt: now(),
    });
    return delay(a);
  },
  listAttestations: () => delay({ items: attestations }),
  createAttestation: async (_e, req) => {
    const a: Attestation = {
      id: `at${attestations.length + 1}`,
      entityRef: REF,
      criterionId: req.criterionId,
      state: req.state,
      evidence: req.evidence ?? [],
      assessedBy: 'user:default/alice.martin',
      assessedAt: req.assessedAt ?? now(),
      comment: req.comment,
      justification: req.justification,
      releaseId: req.releaseId,
      createdAt: now(),
    };
    attestations.push(a);
    return delay(a);
  },
  listWaivers: () => delay({ items: waivers }),
  requestWaiver: async (_e, req) => {
    const w: Waiver = {
      id: `w${waivers.length + 1}`,
      entityRef: REF,
      ...req,
      requestedBy: 'user:default/alice.martin',
      requestedAt: now(),
      status: 'requested',
    };
    waivers = [...waivers, w];
    return delay(w);
  },
  approveWaiver: async id => {
    waivers = waivers.map(w =>
      w.id === id
        ? { ...w, status: 'approved', approvedBy: 'user:default/bruno.leroy' }
        : w,
    );
    return delay(waivers.find(w => w.id === id)!);
  },
  rejectWaiver: async id => {
    waivers = waivers.map(w =>
      w.id === id ? { ...w, status: 'rejected' } : w,
    );
    return delay(waivers.find(w => w.id === id)!);
  },
  revokeWaiver: async id => {
    waivers = waivers.map(w => (w.id === id ? { ...w, status: 'revoked' } : w));
    await delay(undefined);
  },
  listActions: () => delay({ items: actions }),
  createAction: async (_e, req) => {
    const a: HandoffAction = {
      id: `a${actions.length + 1}`,
      entityRef: REF,
      title: req.title,
      description: req.description,
      phase: req.phase,
      side: req.side,
      assigneeRef: req.assigneeRef,
      dueDate: req.dueDate,
      priority: req.priority ?? 'major',
      status: req.status ?? 'open',
      criterionId: req.criterionId,
      releaseId: req.releaseId,
      externalTicketUrl: req.externalTicketUrl,
      source: req.templateId ? 'template' : 'manual',
      version: 1,
      createdBy: 'user:default/alice.martin',
      createdAt: now(),
      updatedAt: now(),
    };
    actions = [...actions, a];
    return delay(a);
  },
  updateAction: async (id, req, version) => {
    const current = actions.find(a => a.id === id)!;
    if (String(version).replace(/"/g, '') !== String(current.version)) {
      throw Object.assign(new Error('stale'), { statusCode: 412 });
    }
    const next = {
      ...current,
      ...(req as Partial<HandoffAction>),
      version: current.version + 1,
      updatedAt: now(),
    };
    actions = actions.map(a => (a.id === id ? next : a));
    return delay(next);
  },
  listReleases: () => delay({ items: releases }),
  createRelease: async (_e, req) => {
    const r: Release = {
      id: `r${releases.length + 1}`,
      entityRef: REF,
      ...req,
      status: 'planned',
      rev: 1,
      createdBy: 'user:default/alice.martin',
      createdAt: now(),
      updatedAt: now(),
    };
    releases = [...releases, r];
    return delay(r);
  },
  updateRelease: async (id, req) => {
    const { status, ...plan } = req;
    return delay(
      updateReleaseById(id, r => {
        const next = { ...r, status: status ?? r.status } as Release;
        for (const [k, v] of Object.entries(plan)) {
          (next as any)[k] = v === null ? undefined : v;
        }
        return next;
      }),
    );
  },
  getRelease: async id => delay(releases.find(r => r.id === id)!),
  getReleaseGates: async id => delay(gatesOf(releases.find(r => r.id === id)!)),
  listDecisions: async id =>
    delay({
      items: decisions
        .filter(d => d.releaseId === id)
        .sort((a, b) => b.decidedAt.localeCompare(a.decidedAt)),
    }),
  getDecisionApprovers: async () =>
    delay({
      items: [
        { role: 'poa' as const, ref: 'user:default/alice.martin' },
        { role: 'opsOwner' as const, ref: 'user:default/bruno.leroy' },
        { role: 'businessOwner' as const, ref: 'user:default/chloe.durand' },
      ],
    }),
  recordDecision: async (id, req) => {
    const release = releases.find(r => r.id === id)!;
    const gates = gatesOf(release);
    const decision: ReleaseDecision = {
      id: `d${decisions.length + 1}`,
      releaseId: id,
      entityRef: REF,
      ...req,
      decidedBy: 'user:default/alice.martin',
      decidedAt: now(),
      snapshot: {
        takenAt: now(),
        release,
        runReadiness: {
          score: readiness.score,
          verdict: readiness.verdict,
          level: readiness.level,
          blockers: readiness.blockers,
        },
        goNoGo: gates.goNoGo,
        handover: gates.handover,
        windowConflicts: [],
        waivers: [],
        attestations: [],
        openActions: [],
        roles: {},
      },
    };
    decisions = [...decisions, decision];
    updateReleaseById(id, r => ({
      ...r,
      status: r.status === 'planned' ? 'go_no_go' : r.status,
      goNoGo: {
        decision: req.decision,
        decidedAt: decision.decidedAt,
        approvers: req.approvers,
        notes: req.notes,
        overrideReason: req.overrideReason,
        decisionId: decision.id,
        decidedBy: decision.decidedBy,
      },
    }));
    return delay(decision);
  },
  signHandover: async (id, req) =>
    delay(
      updateReleaseById(id, r => {
        const signatures = [
          ...(r.handover?.signatures ?? []).filter(s => s.role !== req.role),
          {
            role: req.role,
            signedBy: 'user:default/alice.martin',
            signedAt: now(),
            comment: req.comment,
          },
        ];
        const complete =
          missingHandoverSignatures(
            { handover: { signatures } },
            DEFAULT_HANDOVER_SIGNATORIES,
          ).length === 0;
        return {
          ...r,
          handover: { signatures, completedAt: complete ? now() : undefined },
        };
      }),
    ),
  recordOutcome: async (id, req) => {
    const created: HandoffAction[] = (req.lessons ?? []).map((l, i) => ({
      id: `a${actions.length + i + 1}`,
      entityRef: REF,
      title: l.title,
      phase: 'after',
      side: l.side ?? 'build',
      assigneeRef: l.assigneeRef,
      dueDate: l.dueDate,
      priority: 'major',
      status: 'open',
      releaseId: id,
      source: 'manual',
      version: 1,
      createdBy: 'user:default/alice.martin',
      createdAt: now(),
      updatedAt: now(),
    }));
    actions = [...actions, ...created];
    return delay(
      updateReleaseById(id, r => ({
        ...r,
        outcome: {
          outcome: req.outcome,
          incidents: req.incidents ?? [],
          review: req.review,
          followUpActionIds: created.map(a => a.id),
          recordedBy: 'user:default/alice.martin',
          recordedAt: now(),
        },
      })),
    );
  },
  previewChecklist: async id =>
    delay({ items: checklistOf(releases.find(r => r.id === id)!) }),
  createChecklist: async (id, items) => {
    const proposal = items ?? checklistOf(releases.find(r => r.id === id)!);
    const created: HandoffAction[] = proposal.map((item, i) => ({
      id: `a${actions.length + i + 1}`,
      entityRef: REF,
      title: item.title,
      description: item.description,
      phase: item.phase,
      side: item.side,
      assigneeRef: item.assigneeRef,
      dueDate: item.dueDate,
      priority: item.priority,
      status: 'open',
      criterionId: item.criterionId,
      releaseId: id,
      source: 'template',
      version: 1,
      createdBy: 'user:default/alice.martin',
      createdAt: now(),
      updatedAt: now(),
    }));
    actions = [...actions, ...created];
    return delay({ items: created });
  },
  getDossier: async (id, format) => {
    const r = releases.find(x => x.id === id)!;
    return delay(
      format === 'html'
        ? `<!doctype html><html><head><meta charset="utf-8"><title>CAB dossier ${r.version}</title></head><body><h1>CAB dossier — ${r.version}</h1><p>Dev dossier.</p></body></html>`
        : `# CAB dossier — ${r.version}\n\nDev dossier.\n`,
    );
  },
  getHistory: () =>
    delay({
      items: Array.from({ length: 90 }, (_, i) => ({
        day: day(i - 89),
        score: Math.min(100, 55 + i * 0.3 + (i % 7)),
        verdict: 'not-ready' as const,
        level: 'bronze' as const,
      })),
    }),
  getAudit: (_e, options) =>
    delay({
      items: Array.from(
        { length: (options?.offset ?? 0) >= 20 ? 5 : 20 },
        (_, i) => ({
          id: `au${(options?.offset ?? 0) + i}`,
          entityRef: REF,
          actor: 'user:default/alice.martin',
          action: ['operations.update', 'action.update', 'attestation.create'][
            i % 3
          ],
          targetType: ['operations', 'action', 'attestation'][i % 3],
          targetId: i % 3 ? `a${i}` : undefined,
          before: i % 3 === 0 ? { tier: 'T2' } : undefined,
          after: i % 3 === 0 ? { tier: 'T1' } : undefined,
          at: new Date(Date.now() - i * 7200000).toISOString(),
        }),
      ),
    }),
  getPortfolio: query => {
    let items = portfolioItems.filter(
      p =>
        (!query?.verdict?.length || query.verdict.includes(p.verdict)) &&
        (!query?.tier?.length || query.tier.includes(p.tier)) &&
        (!query?.level?.length || query.level.includes(p.level)) &&
        (!query?.q || p.title.toLowerCase().includes(query.q.toLowerCase())),
    );
    const key = (query?.orderBy ?? 'score') as keyof PortfolioItem;
    items = [...items].sort((a, b) =>
      String(a[key] ?? '').localeCompare(String(b[key] ?? ''), undefined, {
        numeric: true,
      }),
    );
    if (query?.order === 'desc') items.reverse();
    const offset = query?.offset ?? 0;
    const limit = query?.limit ?? 25;
    const count = <K extends string>(
      values: readonly K[],
      f: (p: PortfolioItem) => K,
    ) =>
      Object.fromEntries(
        values.map(v => [v, items.filter(p => f(p) === v).length]),
      ) as Record<K, number>;
    return delay({
      items: items.slice(offset, offset + limit),
      totalItems: items.length,
      summary: {
        totalEntities: items.length,
        byVerdict: count(
          ['not-ready', 'ready-with-reservations', 'ready-for-run'] as const,
          p => p.verdict,
        ),
        byLevel: count(
          ['none', 'bronze', 'silver', 'gold'] as const,
          p => p.level,
        ),
        byTier: count(['T1', 'T2', 'T3'] as const, p => p.tier),
        averageScore: items.length
          ? items.reduce((s, p) => s + p.score, 0) / items.length
          : null,
        openActions: items.reduce((s, p) => s + p.openActions, 0),
        overdueActions: items.reduce((s, p) => s + p.overdueActions, 0),
        attestationsExpiringIn30Days: 4,
      },
    });
  },
  getPortfolioExportUrl: async () => 'about:blank',
  exportPortfolioCsv: async () =>
    new Blob(['entityRef,score\n'], { type: 'text/csv' }),
  getReleaseCalendar: () =>
    delay({
      items: portfolioItems.slice(0, 12).map((p, i) => ({
        releaseId: `pr${i}`,
        entityRef: p.entityRef,
        title: p.title,
        owner: p.owner,
        system: p.system,
        tier: p.tier,
        version: `${1 + (i % 3)}.${i}.0`,
        kind: (['major', 'minor', 'patch', 'hotfix'] as const)[i % 4],
        changeType: (['normal', 'standard', 'emergency'] as const)[i % 3],
        status: i % 5 === 0 ? ('go_no_go' as const) : ('planned' as const),
        plannedAt: `${day(i * 3 + 1)}T19:00:00Z`,
        goNoGo: p.verdict,
        handover: 'not-ready' as const,
        blockers: p.blockers,
      })),
    }),
  getChangeSuccess: query =>
    delay({
      groupBy: query?.groupBy ?? 'owner',
      groups: ['billing', 'orders', 'stores'].map((team, i) => ({
        key:
          query?.groupBy === 'system'
            ? `system:default/${team}`
            : `group:default/team-${team}`,
        total: 10 + i,
        succeeded: 8 + i - (i % 2),
        rate: (8 + i - (i % 2)) / (10 + i),
        months: [],
      })),
      byGateVerdict: [
        {
          verdict: 'ready-for-run' as const,
          total: 14,
          succeeded: 13,
          failed: 1,
          rate: 13 / 14,
        },
        {
          verdict: 'ready-with-reservations' as const,
          total: 8,
          succeeded: 6,
          failed: 2,
          rate: 0.75,
        },
        {
          verdict: 'not-ready' as const,
          total: 4,
          succeeded: 2,
          failed: 2,
          rate: 0.5,
        },
      ],
    }),
  getPortfolioRollups: query =>
    delay({
      groupBy: query?.groupBy ?? ('owner' as const),
      totalGroups: 4,
      groups: ['billing', 'orders', 'stores', 'payments'].map((team, i) => ({
        key:
          query?.groupBy === 'system'
            ? `system:default/${team}`
            : `group:default/team-${team}`,
        total: 12 - i,
        byVerdict: {
          'not-ready': 6 - i,
          'ready-with-reservations': 3,
          'ready-for-run': 3,
        },
        averageScore: 55 + i * 7,
        blockers: 8 - i * 2,
        overdueActions: 4 - i,
      })),
    }),
  getPortfolioHighlights: () =>
    delay({
      days: 7,
      drops: [
        {
          entityRef: 'component:default/billing-api',
          title: 'Billing API',
          owner: 'group:default/team-billing',
          score: 60,
          previousScore: 72,
          since: day(-6),
          verdict: 'not-ready' as const,
        },
      ],
      waivers: {
        active: 4,
        expiringIn30Days: 1,
        expiring: [
          {
            id: 'w1',
            entityRef: 'component:default/billing-api',
            criterionId: 'SEC-01',
            expiresAt: new Date(Date.now() + 12 * 86_400_000).toISOString(),
          },
        ],
      },
    }),
  getPortfolioHeatmap: () => {
    const categories = ['OWN', 'OBS', 'INC', 'DOC', 'BCK', 'SEC'];
    return delay({
      categories: [...categories].sort(),
      totalTeams: 4,
      teams: ['billing', 'orders', 'stores', 'payments'].map((team, i) => {
        const cells = categories.map((category, c) => {
          const applicable = 10 + c;
          const passing = Math.min(applicable, 3 + i * 2 + c);
          return {
            category,
            entities: 12 - i,
            applicable,
            passing,
            passingShare: Math.round((1000 * passing) / applicable) / 10,
            failing: applicable - passing,
          };
        });
        const applicable = cells.reduce((sum, c) => sum + c.applicable, 0);
        const passing = cells.reduce((sum, c) => sum + c.passing, 0);
        return {
          key: `group:default/team-${team}`,
          entities: 12 - i,
          applicable,
          passingShare: Math.round((1000 * passing) / applicable) / 10,
          failing: applicable - passing,
          cells,
        };
      }),
    });
  },
  getPortfolioFailingCriteria: () =>
    delay({
      evaluatedEntities: 42,
      totalCriteria: 18,
      criteria: [
        ['BCK-03', 'BCK', 21, 9],
        ['OWN-03', 'OWN', 17, 17],
        ['OBS-02', 'OBS', 12, 0],
        ['SEC-01', 'SEC', 8, 3],
      ].map(([criterionId, category, failing, blocking]) => ({
        criterionId: criterionId as string,
        category: category as string,
        failing: failing as number,
        blocking: blocking as number,
        share: Math.round((1000 * (failing as number)) / 42) / 10,
      })),
    }),
  getPortfolioTrend: options =>
    delay(
      options.groupBy === 'portfolio'
        ? {
            groupBy: 'portfolio' as const,
            series: [
              {
                key: 'portfolio',
                points: Array.from({ length: 12 }, (_, i) => ({
                  day: day(i * 7 - 84),
                  averageScore: 60 + i * 0.5,
                  entities: 40,
                })),
              },
            ],
          }
        : {
            groupBy: 'owner' as const,
            series: ['billing', 'orders', 'stores', 'payments'].map(
              (team, t) => ({
                key: `group:default/team-${team}`,
                points: Array.from({ length: 12 }, (_, i) => ({
                  day: day(i * 7 - 84),
                  averageScore: 50 + t * 8 + i * (t % 2 ? 1.5 : -0.5),
                  entities: 10 + t,
                })),
              }),
            ),
          },
    ),
};
