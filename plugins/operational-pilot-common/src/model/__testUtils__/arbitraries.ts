/*
 * fast-check generators of evaluation inputs: random entities, metadata, attestations, waivers, actions, releases
 * and clocks, over the ids and vocabulary of the default model so that many checks actually fire.
 */
import fc from 'fast-check';
import type { Entity } from '@backstage/catalog-model';
import type {
  Attestation,
  HandoffAction,
  OperationalMetadata,
  Release,
  Waiver,
} from '../../domain/types';
import { DAY_MS } from '../dates';
import {
  DEFAULT_CRITERIA,
  FR_PUBLIC_SECTOR_CRITERIA,
} from '../defaultCriteria';
import { collectReferencedEntityRefs } from '../references';
import type { EvaluationInput } from '../types';
import { ANNOTATIONS, LINK_TYPES } from '../vocabulary';
import { group, resource, user } from './fixtures';

export const CRITERION_IDS = [
  ...DEFAULT_CRITERIA,
  ...FR_PUBLIC_SECTOR_CRITERIA,
].map(c => c.id);
const BASE_MS = Date.parse('2025-01-01T00:00:00Z');

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const dayOffset = (min: number, max: number) => fc.integer({ min, max });

export const nowArb = fc
  .integer({ min: 0, max: 3 * 365 * 24 * 60 })
  .map(minutes => new Date(BASE_MS + minutes * 60_000));

const entityArb: fc.Arbitrary<Entity> = fc
  .record({
    kind: fc.constantFrom(
      'Component',
      'Component',
      'System',
      'Resource',
      'API',
      'Group',
      'User',
      'Location',
    ),
    name: fc.constantFrom('billing-api', 'orders', 'db'),
    annotations: fc.subarray(Object.values(ANNOTATIONS)),
    links: fc.subarray([...LINK_TYPES]),
    owner: maybe(
      fc.constantFrom(
        'team-a',
        'ghost',
        'user:jane',
        'default/team-a',
        'group:default/team-b',
      ),
    ),
    system: maybe(fc.constantFrom('billing', 'nowhere')),
    description: maybe(fc.constantFrom('An app', '')),
    dependsOn: fc.subarray([
      'resource:default/db',
      'resource:default/bucket',
      'component:default/other',
    ]),
    type: fc.constantFrom('service', 'database', 'website'),
    hasSpec: fc.boolean(),
  })
  .map(r => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: r.kind,
    metadata: {
      name: r.name,
      namespace: 'default',
      ...(r.description !== undefined ? { description: r.description } : {}),
      annotations: Object.fromEntries(r.annotations.map(k => [k, 'value'])),
      links: r.links.map(type => ({
        url: `https://example.com/${type}`,
        type,
      })),
    },
    ...(r.hasSpec
      ? {
          spec: {
            type: r.type,
            ...(r.owner !== undefined ? { owner: r.owner } : {}),
            ...(r.system !== undefined ? { system: r.system } : {}),
            dependsOn: r.dependsOn,
          },
        }
      : {}),
  }));

const operationsArb: fc.Arbitrary<OperationalMetadata | undefined> = maybe(
  fc.record(
    {
      tier: fc.constantFrom('T1', 'T2', 'T3'),
      stateful: fc.boolean(),
      roles: fc.record(
        {
          poa: fc.constantFrom('user:default/jane', 'user:default/ghost'),
          opsOwner: fc.constantFrom('group:default/team-a', 'ops'),
          businessOwner: fc.constantFrom('user:default/bob', 'bob'),
        },
        { requiredKeys: [] },
      ),
      support: fc.record(
        {
          l1: fc.record({
            group: fc.constantFrom('group:default/team-a', 'n1'),
            hours: fc.constantFrom('24x7', 'Mon-Fri'),
          }),
          l2: fc.record({ group: fc.constant('group:default/team-b') }),
          l3: fc.record({ group: fc.constant('group:default/team-a') }),
        },
        { requiredKeys: [] },
      ),
      serviceHours: fc.constantFrom('24x7', 'Mon-Fri 08:00-18:00', ''),
      supportHours: fc.record({
        offHours: fc.constantFrom('on-call', 'best-effort', 'none'),
      }),
      slo: fc.record({ availability: fc.constantFrom(99, 99.9) }),
      continuity: fc.record(
        {
          rtoMinutes: fc.nat(600),
          rpoMinutes: fc.nat(600),
          agreedBy: fc.constant('bob'),
          agreedAt: fc.constant('2024-06-01'),
        },
        { requiredKeys: [] },
      ),
      dict: fc.record(
        {
          d: fc.nat(4),
          i: fc.nat(4),
          c: fc.nat(4),
          t: fc.nat(4),
          personalData: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
      trainedPeople: fc.nat(4),
      vendors: fc.array(
        fc.record({
          name: fc.constantFrom('Acme', 'Initech'),
          supportExpiresAt: maybe(
            dayOffset(0, 1200).map(d =>
              new Date(BASE_MS + d * DAY_MS).toISOString(),
            ),
          ),
        }),
        { maxLength: 2 },
      ),
      maintenanceWindows: fc.array(
        fc.record({
          days: fc.constantFrom('SU', 'SA,SU', 'MO-FR'),
          start: fc.constantFrom('02:00', '22:30'),
          durationMinutes: fc.constantFrom(60, 240),
          timezone: fc.constantFrom('Europe/Paris', 'UTC', 'Not/AZone'),
        }),
        { maxLength: 1 },
      ),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<OperationalMetadata>,
);

const releaseArb: fc.Arbitrary<Release> = fc
  .record({
    id: fc.constantFrom('rel-1', 'rel-2'),
    kind: fc.constantFrom('major', 'minor', 'patch', 'hotfix'),
    status: fc.constantFrom(
      'planned',
      'go_no_go',
      'deployed',
      'hypercare',
      'closed',
      'rolled_back',
      'cancelled',
    ),
    plannedDay: dayOffset(-100, 1200),
    changeRef: maybe(fc.constant('CHG-1')),
    changeType: maybe(fc.constantFrom('standard', 'normal', 'emergency')),
    approved: fc.boolean(),
    go: maybe(fc.constantFrom('go', 'no_go', 'go_with_reservations')),
    signed: fc.subarray(['poa', 'opsOwner', 'businessOwner', 'owner'] as const),
  })
  .map(
    r =>
      ({
        id: r.id,
        entityRef: 'component:default/billing-api',
        version: `${r.id}.0`,
        kind: r.kind,
        plannedAt: new Date(BASE_MS + r.plannedDay * DAY_MS).toISOString(),
        status: r.status,
        ...(r.changeRef ? { changeRef: r.changeRef } : {}),
        ...(r.changeType ? { changeType: r.changeType } : {}),
        ...(r.approved
          ? { changeApproval: { status: 'approved', date: '2025-01-02' } }
          : {}),
        ...(r.signed.length > 0
          ? {
              handover: {
                signatures: r.signed.map(role => ({
                  role,
                  signedBy: 'user:default/jane',
                  signedAt: '2025-01-03T00:00:00Z',
                })),
              },
            }
          : {}),
        ...(r.go
          ? {
              goNoGo: {
                decision: r.go,
                decidedAt: '2025-01-01',
                approvers: ['bob'],
              },
            }
          : {}),
        rev: 1,
        createdBy: 'jane',
        createdAt: '2024-12-01T00:00:00Z',
        updatedAt: '2024-12-01T00:00:00Z',
      } as Release),
  );

const attestationArb: fc.Arbitrary<Attestation> = fc
  .record({
    id: fc.uuid(),
    criterionId: fc.constantFrom(...CRITERION_IDS),
    releaseId: maybe(fc.constantFrom('rel-1', 'rel-2')),
    state: fc.constantFrom(
      'compliant',
      'compliant',
      'non-compliant',
      'not-applicable',
    ),
    justification: maybe(fc.constantFrom('no data', '')),
    withEvidence: fc.boolean(),
    assessedDay: dayOffset(-900, 1200),
    expiresDay: maybe(dayOffset(-100, 1500)),
  })
  .map(
    r =>
      ({
        id: r.id,
        entityRef: 'component:default/billing-api',
        criterionId: r.criterionId,
        ...(r.releaseId ? { releaseId: r.releaseId } : {}),
        state: r.state,
        ...(r.justification !== undefined
          ? { justification: r.justification }
          : {}),
        evidence: r.withEvidence
          ? [{ url: 'https://evidence.example.com/x' }]
          : [],
        assessedBy: 'user:default/jane',
        assessedAt: new Date(BASE_MS + r.assessedDay * DAY_MS).toISOString(),
        ...(r.expiresDay !== undefined
          ? {
              expiresAt: new Date(
                BASE_MS + r.expiresDay * DAY_MS,
              ).toISOString(),
            }
          : {}),
        createdAt: new Date(BASE_MS + r.assessedDay * DAY_MS).toISOString(),
      } as Attestation),
  );

const waiverArb: fc.Arbitrary<Waiver> = fc
  .record({
    criterionId: fc.constantFrom(...CRITERION_IDS),
    status: fc.constantFrom(
      'requested',
      'approved',
      'approved',
      'rejected',
      'revoked',
    ),
    expiresDay: dayOffset(-100, 1300),
    id: fc.uuid(),
    releaseId: maybe(fc.constantFrom('rel-1', 'rel-2')),
  })
  .map(
    r =>
      ({
        id: r.id,
        entityRef: 'component:default/billing-api',
        criterionId: r.criterionId,
        reason: 'accepted',
        requestedBy: 'jane',
        requestedAt: '2024-12-01T00:00:00Z',
        status: r.status,
        expiresAt: new Date(BASE_MS + r.expiresDay * DAY_MS).toISOString(),
        ...(r.releaseId ? { releaseId: r.releaseId } : {}),
      } as Waiver),
  );

const actionArb: fc.Arbitrary<HandoffAction> = fc
  .record({
    id: fc.uuid(),
    criterionId: fc.constantFrom(...CRITERION_IDS),
    status: fc.constantFrom(
      'proposed',
      'open',
      'in_progress',
      'blocked',
      'done',
      'verified',
      'risk_accepted',
      'cancelled',
    ),
    dueDate: maybe(fc.constant('2025-06-30')),
  })
  .map(
    r =>
      ({
        id: r.id,
        entityRef: 'component:default/billing-api',
        title: 'x',
        phase: 'run',
        side: 'build',
        priority: 'major',
        status: r.status,
        criterionId: r.criterionId,
        ...(r.dueDate ? { dueDate: r.dueDate } : {}),
        source: 'manual',
        version: 1,
        createdBy: 'jane',
        createdAt: '2024-12-01T00:00:00Z',
        updatedAt: '2024-12-01T00:00:00Z',
      } as HandoffAction),
  );

/** A catalog in which some referenced entities exist, some are known to be missing, some were not looked up. */
const KNOWN: Record<string, Entity> = {
  'group:default/team-a': group('team-a', {
    profile: { email: 'a@example.com' },
  }),
  'group:default/team-b': group('team-b'),
  'user:default/jane': user('jane'),
  'user:default/bob': user('bob'),
  'resource:default/db': resource('db', 'database'),
  'resource:default/bucket': resource('bucket', 'storage', {
    'operational-pilot.io/backup-policy': 'daily',
  }),
  'system:default/billing': {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'billing' },
    spec: {},
  },
};

export const inputArb: fc.Arbitrary<EvaluationInput> = fc
  .record({
    entity: entityArb,
    operations: operationsArb,
    attestations: fc.array(attestationArb, { maxLength: 25 }),
    waivers: fc.array(waiverArb, { maxLength: 5 }),
    actions: fc.array(actionArb, { maxLength: 5 }),
    releases: fc.array(releaseArb, { maxLength: 2 }),
    now: nowArb,
    lookup: fc.constantFrom('all', 'some', 'none'),
    opsOwnerChangedDay: maybe(dayOffset(-100, 1200)),
  })
  .map(r => {
    const related: Record<string, Entity | null> = {};
    collectReferencedEntityRefs(r.entity, r.operations).forEach((ref, i) => {
      if (r.lookup === 'all' || (r.lookup === 'some' && i % 2 === 0)) {
        related[ref] = KNOWN[ref] ?? null;
      }
    });
    return {
      entity: r.entity,
      ...(r.operations ? { operations: r.operations } : {}),
      attestations: r.attestations,
      waivers: r.waivers,
      actions: r.actions,
      releases: r.releases,
      related,
      now: r.now,
      ...(r.opsOwnerChangedDay !== undefined
        ? {
            opsOwnerChangedAt: new Date(
              BASE_MS + r.opsOwnerChangedDay * DAY_MS,
            ).toISOString(),
          }
        : {}),
    };
  });
