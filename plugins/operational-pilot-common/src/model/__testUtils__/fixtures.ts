/*
 * Test fixtures: a component that meets every default criterion, and small builders to break it one piece at a time.
 */
import type { Entity } from '@backstage/catalog-model';
import type {
  Attestation,
  HandoffAction,
  OperationalMetadata,
  Release,
  Waiver,
} from '../../domain/types';
import { DAY_MS } from '../dates';
import type {
  CriterionResult,
  EntityReadiness,
  EvaluationInput,
} from '../types';

export const NOW = new Date('2025-06-15T12:00:00.000Z');
export const NOW_MS = NOW.getTime();
export const ENTITY_REF = 'component:default/billing-api';

export function daysAgo(days: number, from: number = NOW_MS): string {
  return new Date(from - days * DAY_MS).toISOString();
}

export function daysFromNow(days: number, from: number = NOW_MS): string {
  return new Date(from + days * DAY_MS).toISOString();
}

export function group(
  name: string,
  spec: Record<string, unknown> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children: [], ...spec },
  };
}

export function user(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: { memberOf: [] },
  };
}

export function resource(
  name: string,
  type: string,
  annotations: Record<string, string> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name, namespace: 'default', annotations },
    spec: { type, owner: 'team-billing' },
  };
}

/** A component that passes every catalog check of the default model. */
export function readyComponent(): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'billing-api',
      namespace: 'default',
      description: 'Billing API',
      annotations: {
        'pagerduty.com/service-id': 'PABC123',
        'grafana/dashboard-selector': "tags @> 'billing'",
        'grafana/alert-label-selector': 'service=billing',
        'backstage.io/techdocs-ref': 'dir:.',
        'operational-pilot.io/itsm-ci': 'CI0001',
        'sonarqube.org/project-key': 'billing-api',
        'vault.io/secrets-path': 'billing/api',
        'github.com/project-slug': 'acme/billing-api',
        'backstage.io/kubernetes-id': 'billing-api',
      },
      links: [
        {
          url: 'https://grafana.example.com/d/billing',
          title: 'Dashboard',
          type: 'dashboard',
        },
        {
          url: 'https://logs.example.com/billing',
          title: 'Logs',
          type: 'logs',
        },
        {
          url: 'https://uptime.example.com/billing',
          title: 'Uptime',
          type: 'uptime',
        },
        {
          url: 'https://wiki.example.com/billing/runbook',
          title: 'Runbook',
          type: 'runbook',
        },
        {
          url: 'https://wiki.example.com/billing/dat',
          title: 'Architecture',
          type: 'architecture',
        },
        {
          url: 'https://wiki.example.com/billing/din',
          title: 'Install guide',
          type: 'install-guide',
        },
        {
          url: 'https://wiki.example.com/billing/pra',
          title: 'DR plan',
          type: 'dr-plan',
        },
        {
          url: 'https://wiki.example.com/billing/sla',
          title: 'SLA',
          type: 'sla',
        },
        {
          url: 'https://wiki.example.com/billing/slo',
          title: 'SLO',
          type: 'slo',
        },
        {
          url: 'https://wiki.example.com/billing/capacity',
          title: 'Capacity',
          type: 'capacity-plan',
        },
      ],
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'team-billing',
      system: 'billing',
      dependsOn: ['resource:default/billing-db'],
    },
  };
}

export function readyOperations(): OperationalMetadata {
  return {
    tier: 'T2',
    stateful: true,
    roles: {
      poa: 'user:default/jane',
      opsOwner: 'group:default/ops-team',
      businessOwner: 'user:default/bob',
    },
    support: {
      l1: { group: 'group:default/n1', hours: '24x7' },
      l2: { group: 'group:default/n2', hours: 'Mon-Fri 08:00-18:00' },
      l3: { group: 'group:default/team-billing' },
    },
    serviceHours: '24x7',
    supportHours: { businessHours: 'Mon-Fri 08:00-18:00', offHours: 'on-call' },
    sla: { availability: 99.9, agreedAt: '2025-01-10' },
    slo: { availability: 99.9 },
    continuity: {
      rtoMinutes: 240,
      rpoMinutes: 60,
      agreedBy: 'user:default/bob',
      agreedAt: '2025-01-10',
    },
    dict: { d: 3, i: 3, c: 2, t: 2, personalData: true },
    alerting: { source: 'grafana' },
    itsm: { ci: 'CI0001', assignmentGroup: 'billing-n2' },
    trainedPeople: 3,
    vendors: [],
  };
}

export function readyRelated(): Record<string, Entity | null> {
  return {
    'group:default/team-billing': group('team-billing', {
      profile: { email: 'billing@example.com' },
    }),
    'system:default/billing': {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: { name: 'billing', namespace: 'default' },
      spec: { owner: 'team-billing' },
    },
    'resource:default/billing-db': resource('billing-db', 'database', {
      'operational-pilot.io/backup-policy': 'daily, 30 days',
    }),
    'user:default/jane': user('jane'),
    'user:default/bob': user('bob'),
    'group:default/ops-team': group('ops-team'),
    'group:default/n1': group('n1'),
    'group:default/n2': group('n2'),
  };
}

let counter = 0;

export function attestation(
  criterionId: string,
  assessedDaysAgo: number,
  extra: Partial<Attestation> = {},
): Attestation {
  counter += 1;
  return {
    id: `att-${criterionId}-${counter}`,
    entityRef: ENTITY_REF,
    criterionId,
    state: 'compliant',
    evidence: [
      {
        url: `https://evidence.example.com/${criterionId}`,
        description: 'report',
      },
    ],
    assessedBy: 'user:default/jane',
    assessedAt: daysAgo(assessedDaysAgo),
    createdAt: daysAgo(assessedDaysAgo),
    ...extra,
  };
}

/** Criteria checked (at least partly) by an entity-level attestation in the default model. */
export const ATTESTED_CRITERIA = [
  'OBS-05',
  'OBS-06',
  'INC-02',
  'INC-03',
  'DOC-02',
  'DOC-03',
  'BCK-03',
  'BCK-05',
  'CAP-01',
  'CAP-02',
  'CAP-03',
  'CAP-04',
  'SEC-01',
  'SEC-04',
  'SEC-05',
  'KT-01',
  'KT-02',
  'KT-04',
  'FR-BCK-01',
];

export function freshAttestations(): Attestation[] {
  return [
    ...ATTESTED_CRITERIA.map(id => attestation(id, 10)),
    attestation('FR-SEC-01', 10, { expiresAt: daysFromNow(700) }),
  ];
}

/** An input that passes every default criterion (all packs), with no release in progress. */
export function readyInput(
  overrides: Partial<EvaluationInput> = {},
): EvaluationInput {
  return {
    entity: readyComponent(),
    operations: readyOperations(),
    attestations: freshAttestations(),
    waivers: [],
    actions: [],
    releases: [],
    related: readyRelated(),
    now: NOW,
    ...overrides,
  };
}

export function release(extra: Partial<Release> = {}): Release {
  return {
    id: 'rel-1',
    entityRef: ENTITY_REF,
    version: '2.0.0',
    kind: 'minor',
    plannedAt: daysFromNow(14),
    status: 'planned',
    rev: 1,
    createdBy: 'user:default/jane',
    createdAt: daysAgo(30),
    updatedAt: daysAgo(30),
    ...extra,
  };
}

export function waiver(
  criterionId: string,
  extra: Partial<Waiver> = {},
): Waiver {
  return {
    id: `waiver-${criterionId}`,
    entityRef: ENTITY_REF,
    criterionId,
    reason: 'accepted by the business owner',
    requestedBy: 'user:default/jane',
    requestedAt: daysAgo(5),
    status: 'approved',
    approvedBy: 'user:default/bob',
    approvedAt: daysAgo(4),
    expiresAt: daysFromNow(30),
    ...extra,
  };
}

export function action(
  criterionId: string,
  extra: Partial<HandoffAction> = {},
): HandoffAction {
  return {
    id: `action-${criterionId}`,
    entityRef: ENTITY_REF,
    title: `Fix ${criterionId}`,
    phase: 'run',
    side: 'build',
    priority: 'major',
    status: 'open',
    criterionId,
    dueDate: '2025-07-15',
    source: 'manual',
    version: 1,
    createdBy: 'user:default/jane',
    createdAt: daysAgo(2),
    updatedAt: daysAgo(1),
    ...extra,
  };
}

export function resultOf(
  readiness: EntityReadiness,
  id: string,
): CriterionResult {
  const result = readiness.criteria.find(c => c.id === id);
  if (!result) {
    throw new Error(`criterion ${id} is not in the evaluation`);
  }
  return result;
}

/** Deep copy of an entity with a mutation applied. */
export function withEntity(mutate: (e: Entity) => void): Entity {
  const e = readyComponent();
  mutate(e);
  return e;
}
