/*
 * Hand-made evaluations that reach the engine sentences random inputs rarely reach (ready gates, exemptions,
 * countersignatures, custom checks, window freezes…), so that the French-catalogue test renders every message key.
 */
import type { Entity } from '@backstage/catalog-model';
import type { Release } from '../../domain/types';
import { buildReadinessModel } from '../config';
import type {
  CriterionDefinition,
  EvaluationInput,
  ReadinessModel,
} from '../types';
import {
  attestation,
  daysAgo,
  daysFromNow,
  group,
  readyComponent,
  readyInput,
  readyOperations,
  readyRelated,
  release,
  resource,
  waiver,
  withEntity,
  action,
} from './fixtures';

export interface MessageScenario {
  name: string;
  model: ReadinessModel;
  input: EvaluationInput;
}

/**
 * Keys no evaluation produces: `text` (English-only sentences, which the engine must not produce), the legacy
 * `verdict.blocking` (kept to render stored evaluations) and `owner.none` (an owner without a ref always has a
 * problem message; the key is a fallback).
 */
export const UNREACHABLE_KEYS = ['text', 'verdict.blocking', 'owner.none'];

const ALL_PACKS = ['core', 'extended', 'fr-public-sector'];

const plain = buildReadinessModel({ packs: ALL_PACKS });

/** Any gap below 100 is a reservation, not a failure, for T2. */
const lenient = buildReadinessModel({
  packs: ALL_PACKS,
  thresholds: { T2: { readyForRun: 100, withReservations: 10 } },
});

const governed = buildReadinessModel({
  packs: ['core', 'extended', 'fr-public-sector'],
  criteria: {
    overrides: {
      'DOC-03': { countersignRequired: true },
      'INC-03': { countersignRequired: true, signedBy: ['opsOwner'] },
      'REL-02': { countersignRequired: true },
    },
    custom: [
      {
        id: 'C-ANN',
        category: 'OBS',
        title: 'Status annotation',
        howToFix: 'Add it.',
        weight: 1,
        check: {
          kind: 'annotation',
          keys: ['pagerduty.com/service-id'],
          pattern: '^https://',
        },
      },
      {
        id: 'C-LINK',
        category: 'OBS',
        title: 'Status page',
        howToFix: 'Add it.',
        weight: 1,
        check: {
          kind: 'link',
          types: ['dashboard'],
          urlPattern: 'status\\.example\\.com',
        },
      },
      {
        id: 'C-SPEC',
        category: 'OWN',
        title: 'Experimental lifecycle',
        howToFix: 'Set it.',
        weight: 1,
        check: {
          kind: 'specField',
          path: 'spec.lifecycle',
          values: ['experimental'],
        },
      },
      {
        id: 'C-REL-KIND',
        category: 'OWN',
        title: 'Depends on a database',
        howToFix: 'Set it.',
        weight: 1,
        check: {
          kind: 'relation',
          type: 'dependsOn',
          targetKinds: ['component'],
        },
      },
      {
        id: 'C-REL-NONE',
        category: 'OWN',
        title: 'Part of a domain',
        howToFix: 'Set it.',
        weight: 1,
        check: {
          kind: 'relation',
          type: 'partOf',
          targetKinds: ['domain'],
        },
      },
      {
        id: 'C-REL-EXISTS',
        category: 'OWN',
        title: 'Depends on resources',
        howToFix: 'Set it.',
        weight: 1,
        check: {
          kind: 'relation',
          type: 'dependsOn',
          targetKinds: ['resource'],
          targetMustExist: true,
        },
      },
      {
        id: 'C-STATELESS',
        category: 'OWN',
        title: 'Stateless only',
        howToFix: 'Set it.',
        weight: 1,
        appliesTo: { stateful: false },
        check: { kind: 'specField', path: 'spec.type' },
      },
    ],
  },
});

/** Criteria configuration validation refuses, built by hand: the engine still explains them. */
function broken(
  id: string,
  check: unknown,
  extra: Partial<CriterionDefinition> = {},
): CriterionDefinition {
  return {
    id,
    category: 'OWN',
    title: `Broken ${id}`,
    rationale: '',
    howToFix: 'Fix the configuration.',
    weight: 1,
    blockingTiers: [],
    scope: 'entity',
    check: check as CriterionDefinition['check'],
    core: false,
    pack: 'custom',
    defaultSide: 'build',
    ...extra,
  };
}

const withBroken: ReadinessModel = {
  ...governed,
  criteria: [
    ...governed.criteria,
    broken('X-RULE', { kind: 'rule', rule: 'noSuchRule' }),
    broken('X-EMPTY', { kind: 'anyOf', of: [] }),
    broken('X-KIND', { kind: 'bogus' }),
    // `keys` missing: the check throws, and the engine reports it on the criterion.
    broken('X-THROW', { kind: 'annotation' }),
    // A release check on an entity criterion: no release is ever under review for the run readiness.
    broken('X-RELEASE', { kind: 'releaseAttestation' }),
  ],
};

const emptyModel = buildReadinessModel({ packs: [] });

const nowhereModel: ReadinessModel = {
  ...emptyModel,
  criteria: [
    broken(
      'X-T3',
      { kind: 'specField', path: 'spec.type' },
      { appliesTo: { tiers: ['T3'] } },
    ),
  ],
};

const SIGNED = daysAgo(2);

/** A release that passes both gates (decision, change, hypercare, signatures, release attestations). */
function readyRelease(extra: Partial<Release> = {}): Release {
  return release({
    id: 'rel-ready',
    kind: 'minor',
    changeType: 'standard',
    changeRef: 'CHG-1',
    goNoGo: {
      decision: 'go',
      decidedAt: SIGNED,
      approvers: ['user:default/bob'],
    },
    hypercare: {
      start: daysFromNow(14),
      end: daysFromNow(28),
      buildStandby: ['user:default/jane'],
      exitCriteria: ['no P1 for a week'],
    },
    handover: {
      signatures: ['poa', 'opsOwner', 'businessOwner'].map(role => ({
        role: role as 'poa',
        signedBy: 'user:default/bob',
        signedAt: SIGNED,
      })),
    },
    ...extra,
  });
}

const RELEASE_CRITERIA = [
  'INC-05',
  'REL-02',
  'REL-03',
  'REL-04',
  'SUP-05',
  'FR-REL-01',
  'FR-REL-02',
];

function releaseAttestations(releaseId: string) {
  return RELEASE_CRITERIA.map(id =>
    attestation(id, 2, {
      releaseId,
      assessedBy: 'user:default/bob',
      countersignedBy: 'user:default/jane',
    }),
  );
}

function input(overrides: Partial<EvaluationInput> = {}): EvaluationInput {
  return readyInput(overrides);
}

function entity(mutate: (e: Entity) => void): Entity {
  return withEntity(mutate);
}

export const SCENARIOS: MessageScenario[] = [
  {
    name: 'ready entity, ready release, never handed over',
    model: plain,
    input: input({
      releases: [readyRelease()],
      attestations: [
        ...readyInput().attestations.filter(a => a.criterionId !== 'KT-04'),
        ...releaseAttestations('rel-ready'),
      ],
    }),
  },
  {
    name: 'reservations with action plans',
    model: lenient,
    input: input({
      entity: entity(e => {
        e.metadata.links = e.metadata.links!.filter(l => l.type !== 'logs');
      }),
      operations: {
        ...readyOperations(),
        roles: { ...readyOperations().roles, poa: undefined },
      },
      waivers: [
        waiver('OWN-03'),
        waiver('REL-02', { id: 'w-rel', releaseId: 'rel-ready' }),
      ],
      actions: [
        action('OWN-03'),
        action('SEC-01', { id: 'a-sec' }),
        action('KT-01', { id: 'a-kt' }),
      ],
      attestations: [
        ...readyInput().attestations.filter(
          a => !['SEC-01', 'KT-01'].includes(a.criterionId),
        ),
        attestation('SEC-01', 370),
        attestation('KT-01', 370),
        ...releaseAttestations('rel-ready').filter(
          a => a.criterionId !== 'REL-02',
        ),
      ],
      releases: [readyRelease()],
    }),
  },
  {
    name: 'release decisions and changes in every state',
    model: governed,
    input: input({
      releases: [
        release({
          id: 'r-nogo',
          goNoGo: { decision: 'no_go', decidedAt: '', approvers: [] },
          changeRef: 'CHG-2',
          changeApproval: { status: 'rejected' },
        }),
        release({
          id: 'r-nogo-on',
          goNoGo: { decision: 'no_go', decidedAt: SIGNED, approvers: [] },
          changeRef: 'CHG-3',
          changeApproval: { status: 'rejected', date: SIGNED },
        }),
        release({
          id: 'r-noapp',
          goNoGo: { decision: 'go', decidedAt: SIGNED, approvers: [] },
          changeRef: 'CHG-4',
          changeApproval: { status: 'approved' },
        }),
        release({
          id: 'r-go',
          goNoGo: {
            decision: 'go',
            decidedAt: '',
            approvers: ['user:default/bob'],
          },
          changeRef: 'CHG-5',
          changeApproval: { status: 'approved', date: SIGNED },
        }),
        release({
          id: 'r-res',
          goNoGo: {
            decision: 'go_with_reservations',
            decidedAt: '',
            approvers: ['user:default/bob'],
          },
          changeType: 'emergency',
          changeRef: 'CHG-6',
          changeApproval: { status: 'pending' },
        }),
        release({
          id: 'r-res-on',
          kind: 'major',
          goNoGo: {
            decision: 'go_with_reservations',
            decidedAt: SIGNED,
            approvers: ['user:default/bob'],
          },
          hypercare: {
            start: 'soon',
            end: '',
            buildStandby: [],
            exitCriteria: [],
          },
        }),
        release({ id: 'r-undated', plannedAt: '' }),
      ],
      attestations: [
        ...readyInput().attestations,
        attestation('REL-02', 1, {
          releaseId: 'r-go',
          countersignedBy: undefined,
        }),
        attestation('REL-02', 1, {
          releaseId: 'r-res',
          countersignedBy: 'user:default/jane',
        }),
        attestation('REL-02', 1, {
          releaseId: 'r-nogo',
          state: 'non-compliant',
          comment: 'rollback failed',
        }),
        attestation('REL-04', 1, {
          releaseId: 'r-nogo',
          state: 'non-compliant',
        }),
        attestation('REL-02', 1, {
          releaseId: 'r-noapp',
          state: 'odd' as 'compliant',
        }),
        attestation('REL-03', 1, { releaseId: 'r-res-on', assessedBy: '' }),
        attestation('REL-03', 1, { releaseId: 'r-go' }),
        attestation('SUP-05', 1, {
          releaseId: 'r-res-on',
          assessedBy: '',
          countersignedBy: 'user:default/jane',
        }),
        attestation('SUP-05', 1, {
          releaseId: 'r-go',
          state: 'not-applicable',
          justification: 'no data migration',
          expiresAt: daysAgo(1),
        }),
      ],
      operations: {
        ...readyOperations(),
        freezePeriods: [
          { from: daysFromNow(10), to: daysFromNow(20) },
          {
            from: daysFromNow(13),
            to: daysFromNow(15).slice(0, 10),
            reason: 'year-end',
          },
        ],
      },
    }),
  },
  {
    name: 'attestations in every state, exemptions and declarations',
    model: governed,
    input: input({
      opsOwnerChangedAt: daysAgo(5),
      attestations: [
        ...readyInput().attestations.filter(
          a =>
            ![
              'OBS-05',
              'OBS-06',
              'INC-02',
              'INC-03',
              'DOC-03',
              'CAP-01',
              'CAP-02',
              'KT-02',
              'FR-SEC-01',
              'SEC-01',
              'SEC-04',
              'SEC-05',
              'CAP-03',
            ].includes(a.criterionId),
        ),
        attestation('OBS-05', 360),
        attestation('OBS-06', 40),
        attestation('INC-02', 400),
        attestation('INC-03', 3, { countersignedBy: 'user:default/jane' }),
        attestation('DOC-03', 3, {
          countersignedBy: undefined,
          assessedBy: '',
        }),
        attestation('CAP-01', 10, {
          state: 'non-compliant',
          comment: 'too slow',
        }),
        attestation('CAP-02', 10, { state: 'odd' as 'compliant' }),
        attestation('KT-02', 10),
        attestation('FR-SEC-01', 10),
        attestation('SEC-01', 10, { evidence: [] }),
        attestation('SEC-04', 1, {
          state: 'not-applicable',
          justification: 'no secrets',
          approvedBy: 'user:default/bob',
          reviewBy: daysFromNow(30),
        }),
        attestation('SEC-05', 1, {
          state: 'not-applicable',
          justification: 'no access',
          approvedBy: 'user:default/bob',
          reviewBy: daysAgo(1),
        }),
        attestation('CAP-03', 1, {
          state: 'not-applicable',
          justification: 'fixed load',
        }),
        attestation('CAP-04', 1, {
          state: 'not-applicable',
          justification: 'fixed load',
          approvedBy: 'user:default/bob',
        }),
        attestation('KT-01', 1, { state: 'not-applicable', justification: '' }),
      ],
      releases: [
        release({
          id: 'r-major',
          kind: 'major',
          status: 'deployed',
          plannedAt: daysAgo(20),
        }),
      ],
    }),
  },
  {
    name: 'waived and in-grace blockers with and without action plans',
    model: governed,
    input: input({
      entity: entity(e => {
        delete e.metadata.annotations!['pagerduty.com/service-id'];
      }),
      operations: {
        ...readyOperations(),
        tier: 'T1',
        maintenanceWindows: [
          { days: 'SU', start: '03:00', durationMinutes: 60 },
        ],
      },
      waivers: [waiver('INC-01'), waiver('SUP-03')],
      actions: [action('INC-01'), action('SUP-03')],
      attestations: [
        ...readyInput().attestations.filter(a => a.criterionId !== 'KT-01'),
        attestation('KT-01', 400),
      ],
      releases: [
        release({ id: 'r-emergency', changeType: 'emergency' }),
        release({ id: 'r-normal' }),
      ],
    }),
  },
  {
    name: 'a waiver without an action plan, an expiring attestation',
    model: plain,
    input: input({
      entity: entity(e => {
        delete e.metadata.annotations!['pagerduty.com/service-id'];
      }),
      waivers: [waiver('INC-01')],
      attestations: [
        ...readyInput().attestations.filter(a => a.criterionId !== 'FR-SEC-01'),
        attestation('FR-SEC-01', 10, { expiresAt: daysFromNow(5) }),
      ],
    }),
  },
  {
    name: 'exemptions of blocking criteria',
    model: plain,
    input: input({
      attestations: [
        ...readyInput().attestations.filter(
          a => !['SEC-01', 'BCK-03', 'FR-SEC-01'].includes(a.criterionId),
        ),
        attestation('SEC-01', 1, {
          state: 'not-applicable',
          justification: 'internal tool',
          approvedBy: 'user:default/bob',
          reviewBy: daysFromNow(30),
        }),
        attestation('BCK-03', 1, {
          state: 'not-applicable',
          justification: 'no data',
          approvedBy: 'user:default/bob',
          reviewBy: daysAgo(1),
        }),
        attestation('FR-SEC-01', 1, {
          state: 'not-applicable',
          justification: 'not an information system',
          approvedBy: 'user:default/bob',
        }),
      ],
    }),
  },
  {
    name: 'owners, roles and statefulness in every state',
    model: withBroken,
    input: input({
      entity: entity(e => {
        e.spec!.owner = 42;
        e.spec!.lifecycle = 'experimental';
        e.spec!.dependsOn = [
          'component:default/other',
          'resource:default/billing-db',
        ];
        e.metadata.links = e.metadata.links!.filter(l => l.type !== 'runbook');
      }),
      operations: {
        ...readyOperations(),
        stateful: false,
        roles: {
          poa: '::',
          opsOwner: 'system:default/billing',
          businessOwner: 'user:default/ghost',
        },
        support: {
          l1: { group: 'group:default/unlooked', hours: '24x7' },
        },
      },
      related: {
        ...readyRelated(),
        'user:default/ghost': null,
        'component:default/other': null,
      },
      releases: [
        readyRelease({
          handover: {
            signatures: [],
            completedAt: daysAgo(3),
          },
        }),
      ],
    }),
  },
  {
    name: 'owner not a group, chat link only, statefulness assumed',
    model: governed,
    input: input({
      entity: entity(e => {
        e.spec!.owner = 'user:ghost';
        e.spec!.partOf = ['system:default/billing'];
        e.spec!.dependsOn = ['resource:default/unlooked'];
        e.spec!.lifecycle = 'experimental';
      }),
      operations: {
        ...readyOperations(),
        stateful: undefined,
        trainedPeople: undefined,
        serviceHours: undefined,
        vendors: [{ name: '', supportExpiresAt: daysFromNow(10) }],
      },
      related: { ...readyRelated(), 'user:default/ghost': null },
      attestations: [...readyInput().attestations, attestation('KT-04', 1)],
    }),
  },
  {
    name: 'owner with a chat link, stateful resource',
    model: governed,
    input: input({
      entity: {
        ...resource('billing-db', 'database'),
        spec: {
          type: 'database',
          owner: 'team-billing',
          dependsOn: ['resource:default/gone'],
        },
      },
      operations: { ...readyOperations(), stateful: undefined },
      related: {
        ...readyRelated(),
        'resource:default/gone': null,
        'group:default/team-billing': {
          ...group('team-billing'),
          metadata: {
            name: 'team-billing',
            namespace: 'default',
            links: [{ url: 'https://chat.example.com/billing', type: 'chat' }],
          },
        },
      },
    }),
  },
  {
    name: 'an entity without a kind',
    model: governed,
    input: input({
      entity: { ...readyComponent(), kind: undefined as unknown as string },
    }),
  },
  {
    name: 'a model without criteria',
    model: emptyModel,
    input: input(),
  },
  {
    name: 'a model where nothing applies',
    model: nowhereModel,
    input: input(),
  },
];
