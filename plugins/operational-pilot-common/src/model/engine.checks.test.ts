/*
 * Every check kind and every status, on the default criteria (all packs) and on custom catalog criteria.
 */
import type { Entity } from '@backstage/catalog-model';
import { buildReadinessModel } from './config';
import { DAY_MS } from './dates';
import { evaluateReadiness, evaluateReleaseGates } from './engine';
import type { EvaluationInput } from './types';
import {
  action as actionFor,
  attestation,
  daysAgo,
  daysFromNow,
  NOW_MS,
  readyInput,
  readyOperations,
  readyRelated,
  release,
  resultOf,
  waiver as waiverFor,
  withEntity,
} from './__testUtils__/fixtures';

const model = buildReadinessModel({
  packs: ['core', 'extended', 'fr-public-sector'],
});
const evaluate = (overrides: Partial<EvaluationInput> = {}) =>
  evaluateReadiness(model, readyInput(overrides));
const result = (id: string, overrides: Partial<EvaluationInput> = {}) =>
  resultOf(evaluate(overrides), id);
const withoutAttestation = (id: string) =>
  readyInput().attestations.filter(a => a.criterionId !== id);

describe('catalog checks (custom criteria)', () => {
  const custom = buildReadinessModel({
    packs: [],
    criteria: {
      custom: [
        {
          id: 'C-ANN',
          category: 'OBS',
          title: 'Status annotation',
          howToFix: 'Add it.',
          weight: 1,
          check: {
            kind: 'annotation',
            keys: ['acme.com/status', 'acme.com/status-url'],
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
            types: ['status-page'],
            urlPattern: 'status\\.example\\.com',
          },
        },
        {
          id: 'C-SPEC',
          category: 'OWN',
          title: 'Production lifecycle',
          howToFix: 'Set it.',
          weight: 1,
          check: {
            kind: 'specField',
            path: 'spec.lifecycle',
            values: ['production'],
          },
        },
        {
          id: 'C-REL',
          category: 'OWN',
          title: 'Part of a system',
          howToFix: 'Set it.',
          weight: 1,
          check: {
            kind: 'relation',
            type: 'partOf',
            targetKinds: ['system'],
            targetMustExist: true,
          },
        },
      ],
    },
  });
  const run = (
    entity: Entity,
    related: Record<string, Entity | null> = readyRelated(),
  ) => evaluateReadiness(custom, readyInput({ entity, related }));

  it('annotation: pass with the value as evidence, fail naming the keys, fail on pattern mismatch', () => {
    const ok = resultOf(
      run(
        withEntity(e => {
          e.metadata.annotations!['acme.com/status-url'] =
            'https://status.example.com';
        }),
      ),
      'C-ANN',
    );
    expect(ok).toMatchObject({
      status: 'pass',
      credit: 1,
      source: 'catalog',
      reason: 'annotation acme.com/status-url is set',
    });
    expect(ok.evidence).toEqual([
      {
        label: 'acme.com/status-url',
        value: 'https://status.example.com',
        url: 'https://status.example.com',
      },
    ]);
    expect(resultOf(run(withEntity(() => {})), 'C-ANN')).toMatchObject({
      status: 'fail',
      credit: 0,
      reason:
        'none of the annotations acme.com/status, acme.com/status-url is set',
    });
    expect(
      resultOf(
        run(
          withEntity(e => {
            e.metadata.annotations!['acme.com/status'] = 'ftp://x';
          }),
        ),
        'C-ANN',
      ).reason,
    ).toBe(
      'annotation acme.com/status="ftp://x" does not match /^https:\\/\\//'.replace(
        '\\/\\/',
        '//',
      ),
    );
  });

  it('link: pass with the URL as evidence, fail when absent or when the URL does not match', () => {
    const ok = resultOf(
      run(
        withEntity(e => {
          e.metadata.links!.push({
            url: 'https://status.example.com/billing',
            title: 'Status',
            type: 'status-page',
          });
        }),
      ),
      'C-LINK',
    );
    expect(ok).toMatchObject({
      status: 'pass',
      reason: 'link of type status-page: Status',
    });
    expect(ok.evidence).toEqual([
      { label: 'Status', url: 'https://status.example.com/billing' },
    ]);
    expect(resultOf(run(withEntity(() => {})), 'C-LINK')).toMatchObject({
      status: 'fail',
      reason: 'no link of type status-page',
    });
    expect(
      resultOf(
        run(
          withEntity(e => {
            e.metadata.links!.push({
              url: 'https://other.com',
              type: 'Status-Page',
            });
          }),
        ),
        'C-LINK',
      ).reason,
    ).toBe(
      'link of type status-page found but its URL does not match /status\\.example\\.com/',
    );
  });

  it('specField: pass, fail when unset, fail when not one of the values', () => {
    expect(resultOf(run(withEntity(() => {})), 'C-SPEC')).toMatchObject({
      status: 'pass',
      reason: 'spec.lifecycle is set (production)',
    });
    expect(
      resultOf(
        run(
          withEntity(e => {
            delete e.spec!.lifecycle;
          }),
        ),
        'C-SPEC',
      ),
    ).toMatchObject({
      status: 'fail',
      reason: 'spec.lifecycle is not set',
    });
    expect(
      resultOf(
        run(
          withEntity(e => {
            e.spec!.lifecycle = 'experimental';
          }),
        ),
        'C-SPEC',
      ).reason,
    ).toBe('spec.lifecycle is "experimental", expected one of production');
  });

  it('relation: derived from spec, target must exist, unknown when not looked up', () => {
    expect(resultOf(run(withEntity(() => {})), 'C-REL')).toMatchObject({
      status: 'pass',
      reason: 'relation partOf to system:default/billing',
    });
    expect(
      resultOf(
        run(
          withEntity(() => {}),
          { ...readyRelated(), 'system:default/billing': null },
        ),
        'C-REL',
      ),
    ).toMatchObject({
      status: 'fail',
      reason:
        'partOf target system:default/billing does not exist in the catalog',
    });
    const { ['system:default/billing']: _omit, ...notLooked } = readyRelated();
    expect(
      resultOf(
        run(
          withEntity(() => {}),
          notLooked,
        ),
        'C-REL',
      ),
    ).toMatchObject({
      status: 'unknown',
      reason: 'system:default/billing was not looked up in the catalog',
    });
    expect(
      resultOf(
        run(
          withEntity(e => {
            delete e.spec!.system;
          }),
        ),
        'C-REL',
      ),
    ).toMatchObject({
      status: 'fail',
      reason: 'no relation partOf to a system',
    });
  });

  it('reads processed relations as well as spec', () => {
    const entity = withEntity(e => {
      delete e.spec!.system;
      e.relations = [{ type: 'partOf', targetRef: 'system:default/billing' }];
    });
    expect(resultOf(run(entity), 'C-REL').status).toBe('pass');
  });
});

describe('composite checks', () => {
  it('anyOf passes on one alternative and explains every alternative when none holds', () => {
    const annotationOnly = withEntity(e => {
      e.metadata.links = e.metadata.links!.filter(l => l.type !== 'dashboard');
    });
    expect(result('OBS-01', { entity: annotationOnly })).toMatchObject({
      status: 'pass',
      reason: 'annotation grafana/dashboard-selector is set',
    });
    const neither = withEntity(e => {
      e.metadata.links = e.metadata.links!.filter(l => l.type !== 'dashboard');
      delete e.metadata.annotations!['grafana/dashboard-selector'];
    });
    expect(result('OBS-01', { entity: neither })).toMatchObject({
      status: 'fail',
      reason:
        'no link of type dashboard; none of the annotations grafana/dashboard-selector, datadoghq.com/dashboard-url is set',
    });
  });

  it('allOf fails on the first missing part and names it', () => {
    const r = result('OWN-04', {
      entity: withEntity(e => {
        delete e.metadata.description;
      }),
    });
    expect(r).toMatchObject({
      status: 'fail',
      reason: 'metadata.description is not set',
    });
  });

  it('anyOf prefers an unknown alternative over a definite failure', () => {
    const entity = withEntity(e => {
      delete e.metadata.annotations!['grafana/alert-label-selector'];
    });
    expect(result('OBS-02', { entity, operations: undefined })).toMatchObject({
      status: 'unknown',
    });
  });
});

describe('metadata checks', () => {
  it('no operations record at all is unknown', () => {
    expect(result('OWN-05', { operations: undefined })).toMatchObject({
      status: 'unknown',
      source: 'metadata',
      reason: 'operational metadata not entered yet',
    });
  });

  it('a record with missing fields fails naming them', () => {
    const operations = {
      ...readyOperations(),
      serviceHours: undefined,
      dict: {},
    };
    expect(result('OWN-05', { operations })).toMatchObject({
      status: 'fail',
      reason: 'missing: serviceHours',
    });
  });

  it('passes with the values as evidence', () => {
    const r = result('BCK-01');
    expect(r.status).toBe('pass');
    expect(r.evidence).toContainEqual({
      label: 'continuity.rtoMinutes',
      value: '240',
    });
  });
});

describe('roles checks', () => {
  it('passes when every role resolves to a User or a Group', () => {
    expect(result('OWN-03')).toMatchObject({ status: 'pass' });
  });

  it('fails naming unassigned roles and refs that do not exist', () => {
    const operations = readyOperations();
    operations.roles = {
      ...operations.roles,
      poa: undefined,
      opsOwner: 'ghost-team',
    };
    const r = result('OWN-03', {
      operations,
      related: { ...readyRelated(), 'group:default/ghost-team': null },
    });
    expect(r).toMatchObject({
      status: 'fail',
      reason:
        'not assigned: POA; ops owner group:default/ghost-team does not exist in the catalog',
    });
  });

  it('is unknown when a ref was not looked up', () => {
    const operations = readyOperations();
    operations.roles = {
      ...operations.roles,
      poa: 'user:default/nobody-looked',
    };
    expect(result('OWN-03', { operations })).toMatchObject({
      status: 'unknown',
      reason: 'not looked up in the catalog: POA user:default/nobody-looked',
    });
  });

  it('rejects a role held by an entity that is neither a User nor a Group', () => {
    const operations = readyOperations();
    operations.roles = { ...operations.roles, poa: 'system:default/billing' };
    expect(result('OWN-03', { operations }).reason).toBe(
      'POA system:default/billing is not a User or a Group',
    );
  });
});

describe('attestation checks and freshness', () => {
  // BCK-03 for T2: validity 365 days, grace clamp(0.25 × 365, 14, 60) = 60 days, warning 30 days before expiry.
  const bck03 = (
    daysOld: number,
    extra = {},
    overrides: Partial<EvaluationInput> = {},
  ) =>
    result('BCK-03', {
      attestations: [
        ...withoutAttestation('BCK-03'),
        attestation('BCK-03', daysOld, extra),
      ],
      ...overrides,
    });

  it('unknown when no attestation is recorded', () => {
    expect(
      result('BCK-03', { attestations: withoutAttestation('BCK-03') }),
    ).toMatchObject({
      status: 'unknown',
      credit: 0,
      source: 'attestation',
      reason: 'no attestation recorded (restore test)',
    });
  });

  it('pass while fresh, with dates, age and evidence', () => {
    const r = bck03(10);
    expect(r).toMatchObject({
      status: 'pass',
      credit: 1,
      ageDays: 10,
      assessedAt: daysAgo(10),
      expiresAt: new Date(NOW_MS - 10 * DAY_MS + 365 * DAY_MS).toISOString(),
      reason:
        'restore test attested 10 days ago, validity 365 days (T2); valid until 2026-06-05',
    });
    expect(r.evidence).toContainEqual({
      label: 'report',
      url: 'https://evidence.example.com/BCK-03',
    });
    expect(r.evidence).toContainEqual({
      label: 'assessed by',
      value: 'user:default/jane',
    });
  });

  it('expiring within warnBeforeDays of the expiry (full credit)', () => {
    expect(bck03(350)).toMatchObject({
      status: 'expiring',
      credit: 1,
      reason:
        'restore test attested 350 days ago, validity 365 days (T2); expires on 2025-06-30 (in 15 days): renew it',
    });
  });

  it('grace after expiry, with a credit decaying linearly to the floor', () => {
    expect(bck03(395)).toMatchObject({ status: 'grace', credit: 0.75 });
    expect(bck03(410)).toMatchObject({
      status: 'grace',
      credit: 0.625,
      reason:
        'restore test attested 410 days ago, validity 365 days (T2); expired on 2025-05-01; in grace until 2025-06-30 (credit 0.63): re-attest',
    });
  });

  it('stale after the grace period (no credit)', () => {
    expect(bck03(430)).toMatchObject({
      status: 'stale',
      credit: 0,
      reason:
        'restore test attested 430 days ago, validity 365 days (T2); expired on 2025-04-11; the grace period ended on 2025-06-10: re-attest',
    });
  });

  it('uses the validity of the tier (T1: 180 days, grace 45 days)', () => {
    const operations = { ...readyOperations(), tier: 'T1' as const };
    const r = bck03(200, {}, { operations });
    expect(r.status).toBe('grace');
    expect(r.credit).toBeCloseTo(1 - 0.5 * (20 / 45), 4);
    expect(r.reason).toContain('validity 180 days (T1)');
  });

  it('an explicit expiry wins over the validity', () => {
    const r = bck03(10, { expiresAt: daysAgo(5) });
    expect(r.status).toBe('grace');
    expect(r.reason).toContain(
      `expiry ${daysAgo(5).slice(0, 10)} set on the attestation`,
    );
    expect(r.expiresAt).toBe(daysAgo(5));
  });

  it('fails when non-compliant, or compliant without required evidence', () => {
    expect(
      bck03(10, { state: 'non-compliant', comment: 'restore failed' }),
    ).toMatchObject({
      status: 'fail',
      reason:
        'restore test attested non-compliant on 2025-06-05: restore failed',
    });
    expect(bck03(10, { evidence: [] })).toMatchObject({
      status: 'fail',
      reason:
        'restore test attested 10 days ago without evidence, and this criterion requires evidence',
    });
  });

  it('the latest attestation wins', () => {
    const attestations = [
      ...withoutAttestation('BCK-03'),
      attestation('BCK-03', 5, { state: 'non-compliant' }),
      attestation('BCK-03', 20),
    ];
    expect(result('BCK-03', { attestations }).status).toBe('fail');
  });

  it('not applicable with a justification, failing without one', () => {
    // BCK-03 blocks this T2 entity: the declaration is an exemption, approved by someone else (see
    // engine.governance.test.ts for the unapproved case).
    const justified = bck03(10, {
      state: 'not-applicable',
      justification: 'no data kept: cache only',
      evidence: [],
      approvedBy: 'user:default/bob',
    });
    expect(justified).toMatchObject({
      status: 'not-applicable',
      credit: 0,
      reason:
        'declared not applicable: no data kept: cache only (exemption approved by user:default/bob)',
    });
    expect(bck03(10, { state: 'not-applicable', evidence: [] })).toMatchObject({
      status: 'fail',
      reason: 'declared not applicable without a justification',
    });
    expect(
      bck03(10, {
        state: 'not-applicable',
        justification: 'temporary',
        expiresAt: daysAgo(1),
      }).status,
    ).toBe('unknown');
  });

  it('a major release deployed after the attestation puts it in grace at once', () => {
    const releases = [
      release({
        kind: 'major',
        status: 'closed',
        version: '3.0.0',
        plannedAt: daysAgo(5),
      }),
    ];
    const r = bck03(10, {}, { releases });
    expect(r.status).toBe('grace');
    expect(r.reason).toContain(
      `invalidated by major release 3.0.0 deployed on ${daysAgo(5).slice(
        0,
        10,
      )}`,
    );
    expect(r.credit).toBeCloseTo(1 - 0.5 * (5 / 60), 4);
    // A major release before the attestation, or a minor one, changes nothing.
    expect(
      bck03(
        10,
        {},
        {
          releases: [
            release({
              kind: 'major',
              status: 'closed',
              plannedAt: daysAgo(20),
            }),
          ],
        },
      ).status,
    ).toBe('pass');
    expect(
      bck03(
        10,
        {},
        {
          releases: [
            release({ kind: 'minor', status: 'closed', plannedAt: daysAgo(5) }),
          ],
        },
      ).status,
    ).toBe('pass');
  });

  it('an ops-owner change invalidates the knowledge transfer (KT-01)', () => {
    const r = result('KT-01', { opsOwnerChangedAt: daysAgo(3) });
    expect(r.status).toBe('grace');
    expect(r.reason).toContain(
      `invalidated by the change of ops owner on ${daysAgo(3).slice(0, 10)}`,
    );
  });

  it('requires an explicit expiry for the homologation (FR-SEC-01)', () => {
    const attestations = [
      ...withoutAttestation('FR-SEC-01'),
      attestation('FR-SEC-01', 10),
    ];
    expect(result('FR-SEC-01', { attestations })).toMatchObject({
      status: 'fail',
      reason:
        'homologation decision attested 10 days ago without an expiry date, and this criterion requires the end date of the decision',
    });
    expect(result('FR-SEC-01').status).toBe('pass');
  });

  it('a composite with an attestation passes on its catalog alternative (OBS-05)', () => {
    const attestations = withoutAttestation('OBS-05');
    expect(result('OBS-05', { attestations }).status).toBe('pass');
    const entity = withEntity(e => {
      e.metadata.links = e.metadata.links!.filter(l => l.type !== 'uptime');
    });
    expect(result('OBS-05', { attestations, entity })).toMatchObject({
      status: 'unknown',
      reason:
        'no link of type uptime; no attestation recorded (end-to-end monitoring)',
    });
  });
});

describe('release-scoped criteria', () => {
  /** The gates of a release (the first release of the input unless named). */
  const gates = (
    overrides: Partial<EvaluationInput> = {},
    releaseId?: string,
  ) => {
    const input = readyInput(overrides);
    return evaluateReleaseGates(
      model,
      input,
      releaseId ?? input.releases[0].id,
    )!;
  };
  const gateResult = (
    id: string,
    overrides: Partial<EvaluationInput> = {},
    releaseId?: string,
  ) => {
    const g = gates(overrides, releaseId);
    const found = [...g.goNoGo.criteria, ...g.handover.criteria].find(
      c => c.id === id,
    );
    if (!found) throw new Error(`${id} is in neither gate`);
    return found;
  };
  const planned = release({
    id: 'rel-2',
    version: '2.1.0',
    plannedAt: daysFromNow(10),
  });

  it('never lists release-scoped criteria in the run readiness, only in the gates of open releases', () => {
    const run = evaluate({ releases: [planned] });
    expect(run.criteria.map(c => c.id)).not.toContain('REL-02');
    expect(run.criteria.some(c => c.scope === 'release')).toBe(false);
    expect(run.releases).toEqual([
      expect.objectContaining({ releaseId: 'rel-2', goNoGo: 'not-ready' }),
    ]);
    const finished = [
      release({ id: 'a', status: 'closed' }),
      release({ id: 'b', status: 'cancelled' }),
      release({ id: 'c', status: 'rolled_back' }),
    ];
    expect(evaluate({ releases: finished }).releases).toBeUndefined();
  });

  it('unknown without an attestation for the release, pass or fail with one', () => {
    expect(gateResult('REL-02', { releases: [planned] })).toMatchObject({
      status: 'unknown',
      source: 'release',
      reason: 'no attestation recorded for release 2.1.0',
      releaseId: 'rel-2',
    });
    const ok = [attestation('REL-02', 1, { releaseId: 'rel-2' })];
    expect(
      gateResult('REL-02', { releases: [planned], attestations: ok }),
    ).toMatchObject({
      status: 'pass',
      reason: `attested for release 2.1.0 on ${daysAgo(1).slice(
        0,
        10,
      )} by user:default/jane`,
    });
    const ko = [
      attestation('REL-02', 1, { releaseId: 'rel-2', state: 'non-compliant' }),
    ];
    expect(
      gateResult('REL-02', { releases: [planned], attestations: ko }).status,
    ).toBe('fail');
    const otherRelease = [attestation('REL-02', 1, { releaseId: 'rel-old' })];
    expect(
      gateResult('REL-02', { releases: [planned], attestations: otherRelease })
        .status,
    ).toBe('unknown');
  });

  it('gives each open release its own gates, earliest first', () => {
    const later = release({
      id: 'rel-3',
      version: '3.0.0',
      plannedAt: daysFromNow(40),
    });
    const attestations = [attestation('REL-02', 1, { releaseId: 'rel-2' })];
    const overrides = { releases: [later, planned], attestations };
    expect(gateResult('REL-02', overrides, 'rel-2').status).toBe('pass');
    expect(gateResult('REL-02', overrides, 'rel-3').status).toBe('unknown');
    expect(evaluate(overrides).releases?.map(r => r.releaseId)).toEqual([
      'rel-2',
      'rel-3',
    ]);
  });

  it('checks the signer of REL-03 against the business owner', () => {
    const releases = [planned];
    expect(
      gateResult('REL-03', {
        releases,
        attestations: [attestation('REL-03', 1, { releaseId: 'rel-2' })],
      }),
    ).toMatchObject({
      status: 'fail',
      reason:
        'attestation for release 2.1.0 must be signed by the business owner user:default/bob, but was signed by user:default/jane',
    });
    expect(
      gateResult('REL-03', {
        releases,
        attestations: [
          attestation('REL-03', 1, { releaseId: 'rel-2', assessedBy: 'bob' }),
        ],
      }).status,
    ).toBe('pass');
    expect(
      gateResult('REL-03', {
        releases,
        attestations: [
          attestation('REL-03', 1, {
            releaseId: 'rel-2',
            countersignedBy: 'user:default/bob',
          }),
        ],
      }).status,
    ).toBe('pass');
  });

  it('REL-05 reads the change reference, its type and its approval', () => {
    expect(gateResult('REL-05', { releases: [planned] })).toMatchObject({
      status: 'fail',
      reason: 'release 2.1.0 has no change reference (RFC)',
    });
    const pending = release({ changeRef: 'CHG-42' });
    expect(gateResult('REL-05', { releases: [pending] }).reason).toBe(
      'normal change CHG-42 is not approved yet (no approval recorded)',
    );
    const standard = release({ changeRef: 'CHG-42', changeType: 'standard' });
    expect(gateResult('REL-05', { releases: [standard] }).status).toBe('pass');
    const approvedNoDate = release({
      changeRef: 'CHG-42',
      changeApproval: { status: 'approved' },
    });
    expect(gateResult('REL-05', { releases: [approvedNoDate] }).status).toBe(
      'fail',
    );
    const approved = release({
      changeRef: 'CHG-42',
      changeType: 'emergency',
      changeApproval: { status: 'approved', date: '2025-06-20' },
    });
    expect(gateResult('REL-05', { releases: [approved] })).toMatchObject({
      status: 'pass',
      reason: 'emergency change CHG-42 approved on 2025-06-20',
    });
    const rejected = release({
      changeRef: 'CHG-42',
      changeApproval: { status: 'rejected', date: '2025-06-20' },
    });
    expect(gateResult('REL-05', { releases: [rejected] }).reason).toBe(
      'normal change CHG-42 was rejected on 2025-06-20',
    );
  });

  it('reports window conflicts: a blocker for a normal change of a T1, a reservation otherwise', () => {
    const approved = {
      changeRef: 'CHG-42',
      changeApproval: { status: 'approved' as const, date: '2025-06-20' },
    };
    const windows = {
      ...readyOperations(),
      maintenanceWindows: [
        {
          days: 'SU',
          start: '03:00',
          durationMinutes: 240,
          timezone: 'Europe/Paris',
        },
      ],
    };
    // 2025-06-22 is a Sunday; 01:30Z is 03:30 in Paris (summer time): inside the window.
    const sunday = release({
      ...approved,
      plannedAt: '2025-06-22T01:30:00Z',
      window: { start: '2025-06-22T01:30:00Z', end: '2025-06-22T03:00:00Z' },
    });
    expect(
      gates({ releases: [sunday], operations: windows }).windowConflicts,
    ).toEqual([]);
    const monday = release({ ...approved, plannedAt: '2025-06-23T10:00:00Z' });
    const t1 = { ...windows, tier: 'T1' as const };
    const onMonday = gates({ releases: [monday], operations: t1 });
    expect(onMonday.windowConflicts).toEqual([
      'planned slot 2025-06-23 10:00 UTC is outside the maintenance windows (SU 03:00 for 240 min Europe/Paris)',
    ]);
    expect(onMonday.goNoGo.verdict).toBe('not-ready');
    expect(onMonday.goNoGo.missing.join(' ')).toContain(
      'outside the maintenance windows',
    );
    const emergency = release({
      ...approved,
      changeType: 'emergency',
      plannedAt: '2025-06-23T10:00:00Z',
    });
    const asEmergency = gates({ releases: [emergency], operations: t1 });
    expect(asEmergency.goNoGo.missing.join(' ')).not.toContain(
      'maintenance windows',
    );
    expect(asEmergency.goNoGo.verdictReasons.join(' ')).toContain(
      'The window conflicts (a reservation for a emergency change of a T1)',
    );
    const freeze = {
      ...readyOperations(),
      freezePeriods: [
        { from: '2025-06-20', to: '2025-06-22', reason: 'summer sales' },
      ],
    };
    expect(
      gates({ releases: [sunday], operations: freeze }).windowConflicts,
    ).toEqual([
      'planned slot 2025-06-22 01:30 UTC falls in the freeze period 2025-06-20 – 2025-06-22 (summer sales)',
    ]);
  });

  it('takes the go/no-go decision on the gate without REL-06, which checks the decision itself', () => {
    const approved = release({
      kind: 'patch',
      changeRef: 'CHG-42',
      changeType: 'standard',
    });
    const g = gates({ releases: [approved] });
    expect(g.goNoGo.blockers).toContain('REL-06');
    expect(g.goNoGo.verdict).toBe('not-ready');
    expect(g.goNoGo.decisionVerdict).not.toBe('not-ready');
  });

  it('REL-06 reads the go/no-go decision', () => {
    expect(gateResult('REL-06', { releases: [planned] })).toMatchObject({
      status: 'fail',
      reason: 'no go/no-go decision recorded for release 2.1.0',
    });
    const go = release({
      goNoGo: {
        decision: 'go',
        decidedAt: daysAgo(1),
        approvers: ['user:default/bob'],
      },
    });
    expect(gateResult('REL-06', { releases: [go] })).toMatchObject({
      status: 'pass',
      reason: `go for release 2.0.0 on ${daysAgo(1).slice(
        0,
        10,
      )}, approved by user:default/bob`,
    });
    const noGo = release({
      goNoGo: {
        decision: 'no_go',
        decidedAt: daysAgo(1),
        approvers: ['user:default/bob'],
      },
    });
    expect(gateResult('REL-06', { releases: [noGo] }).status).toBe('fail');
    const noApprovers = release({
      goNoGo: {
        decision: 'go_with_reservations',
        decidedAt: daysAgo(1),
        approvers: [],
      },
    });
    expect(gateResult('REL-06', { releases: [noApprovers] }).reason).toBe(
      'go/no-go for release 2.0.0 recorded without approvers',
    );
  });

  it('SUP-04 reads the hypercare plan', () => {
    expect(gateResult('SUP-04', { releases: [planned] }).reason).toBe(
      'release 2.1.0 has no hypercare plan',
    );
    const hc = release({
      hypercare: {
        start: daysFromNow(14),
        end: daysFromNow(28),
        buildStandby: ['user:default/dev'],
        exitCriteria: ['no P1 for 7 days'],
      },
    });
    expect(gateResult('SUP-04', { releases: [hc] }).status).toBe('pass');
    const partial = release({
      hypercare: { start: daysFromNow(14), end: daysFromNow(28) },
    });
    expect(gateResult('SUP-04', { releases: [partial] }).reason).toBe(
      'hypercare plan of release 2.0.0 lacks build-side standby contacts, exit criteria',
    );
  });

  it('blocks REL-03 only for major releases, REL-02/REL-04 not for patches, and KT criteria at the hand-over', () => {
    expect(gateResult('REL-03', { releases: [planned] }).blocking).toBe(false);
    expect(
      gateResult('REL-03', { releases: [release({ kind: 'major' })] }).blocking,
    ).toBe(true);
    for (const id of ['REL-02', 'REL-04']) {
      expect(
        gateResult(id, { releases: [release({ kind: 'minor' })] }).blocking,
      ).toBe(true);
      expect(
        gateResult(id, { releases: [release({ kind: 'patch' })] }).blocking,
      ).toBe(false);
      expect(
        gateResult(id, { releases: [release({ kind: 'hotfix' })] }).blocking,
      ).toBe(false);
    }
    const configured = buildReadinessModel({
      criteria: {
        overrides: {
          'REL-02': {
            blockingReleaseKinds: ['major', 'minor', 'patch', 'hotfix'],
          },
        },
      },
    });
    const patchInput = readyInput({ releases: [release({ kind: 'patch' })] });
    expect(
      evaluateReleaseGates(
        configured,
        patchInput,
        'rel-1',
      )!.goNoGo.criteria.find(c => c.id === 'REL-02')!.blocking,
    ).toBe(true);
    // KT criteria are part of the hand-over gate and block there, not in the run readiness.
    expect(result('KT-01').blocking).toBe(false);
    expect(result('KT-02').blocking).toBe(false);
    const kt02 = gateResult('KT-02', {
      releases: [release({ status: 'hypercare' })],
    });
    expect(kt02).toMatchObject({ blocking: true, gate: 'handover' });
    expect(gateResult('KT-01', { releases: [planned] }).blocking).toBe(true);
  });

  it('KT-04 is the signed hand-over of each release, and the hand-over gate needs every signature', () => {
    const hypercare = release({ status: 'hypercare' });
    const unsigned = gates({ releases: [hypercare] });
    expect(unsigned.handover.verdict).toBe('not-ready');
    expect(unsigned.handover.missing).toEqual(
      expect.arrayContaining([
        'signature of the POA',
        'signature of the ops owner',
        'signature of the business owner',
      ]),
    );
    const sig = (role: 'poa' | 'opsOwner' | 'businessOwner', who: string) => ({
      role,
      signedBy: who,
      signedAt: daysAgo(1),
    });
    const twoOfThree = release({
      status: 'hypercare',
      handover: {
        signatures: [
          sig('poa', 'user:default/ann'),
          sig('opsOwner', 'user:default/olga'),
        ],
      },
    });
    const partial = gates({ releases: [twoOfThree] });
    expect(partial.handover.verdict).toBe('not-ready');
    expect(partial.handover.missing).toContain(
      'signature of the business owner',
    );
    expect(partial.handover.criteria.find(c => c.id === 'KT-04')?.reason).toBe(
      'hand-over of release 2.0.0 lacks the signature of the business owner',
    );
    const signed = release({
      status: 'hypercare',
      handover: {
        signatures: [
          sig('poa', 'user:default/ann'),
          sig('opsOwner', 'user:default/olga'),
          sig('businessOwner', 'user:default/bob'),
        ],
        completedAt: daysAgo(1),
      },
    });
    const all = gates({ releases: [signed] });
    expect(all.handover.criteria.find(c => c.id === 'KT-04')?.status).toBe(
      'pass',
    );
    expect(all.handover.missing.filter(m => m.startsWith('signature'))).toEqual(
      [],
    );
  });

  it('binds release-scoped waivers to their release', () => {
    const other = release({
      id: 'rel-9',
      version: '9.0.0',
      plannedAt: daysFromNow(30),
    });
    const waivers = [waiverFor('REL-02', { releaseId: 'rel-9' })];
    const overrides = { releases: [planned, other], waivers };
    expect(gateResult('REL-02', overrides, 'rel-9').status).toBe('waived');
    expect(gateResult('REL-02', overrides, 'rel-2').status).toBe('unknown');
    // A waiver without a release does not cover a release-scoped criterion.
    const loose = { releases: [planned], waivers: [waiverFor('REL-02')] };
    expect(gateResult('REL-02', loose, 'rel-2').status).toBe('unknown');
  });
});

describe('rules', () => {
  it('OWN-02: owner reachable by e-mail or chat link', () => {
    expect(result('OWN-02').reason).toBe(
      'owner group:default/team-billing has the e-mail address billing@example.com',
    );
    const chatOnly = {
      ...readyRelated(),
      'group:default/team-billing': {
        ...readyRelated()['group:default/team-billing']!,
        spec: { type: 'team' },
        metadata: {
          name: 'team-billing',
          links: [
            {
              url: 'https://chat.example.com/billing',
              title: '#billing',
              type: 'chat',
            },
          ],
        },
      },
    };
    expect(result('OWN-02', { related: chatOnly })).toMatchObject({
      status: 'pass',
      reason: 'owner group:default/team-billing has a chat link: #billing',
    });
    const silent = {
      ...readyRelated(),
      'group:default/team-billing': {
        ...readyRelated()['group:default/team-billing']!,
        spec: { type: 'team' },
      },
    };
    expect(result('OWN-02', { related: silent }).reason).toBe(
      'owner group:default/team-billing has neither spec.profile.email nor a link of type chat',
    );
  });

  it('INC-01 applies to T1 and to round-the-clock services only', () => {
    const businessHours = {
      ...readyOperations(),
      serviceHours: 'Mon-Fri 08:00-18:00',
      supportHours: { offHours: 'none' as const },
    };
    const entity = withEntity(e => {
      delete e.metadata.annotations!['pagerduty.com/service-id'];
    });
    expect(
      result('INC-01', { operations: businessHours, entity }),
    ).toMatchObject({
      status: 'not-applicable',
      reason:
        'service hours are "Mon-Fri 08:00-18:00" (not 24x7) and the tier is T2: no on-call required',
    });
    expect(
      result('INC-01', { operations: { ...businessHours, tier: 'T1' }, entity })
        .status,
    ).toBe('fail');
    const r = result('INC-01', { entity });
    expect(r).toMatchObject({ status: 'fail', blocking: true });
  });

  it('SUP-03: a 24x7 service needs on-call and off-hours support', () => {
    expect(result('SUP-03').status).toBe('pass');
    const operations = {
      ...readyOperations(),
      supportHours: { offHours: 'best-effort' as const },
    };
    expect(result('SUP-03', { operations }).reason).toBe(
      '24x7 service, but off-hours support is "best-effort", not on-call',
    );
    expect(
      result('SUP-03', {
        operations: { ...readyOperations(), serviceHours: 'Mon-Fri' },
      }).status,
    ).toBe('pass');
  });

  it('SUP-06: vendor contracts must be valid', () => {
    const ops = (vendors: unknown) =>
      ({ ...readyOperations(), vendors } as any);
    expect(result('SUP-06', { operations: ops(undefined) }).status).toBe(
      'fail',
    );
    expect(result('SUP-06', { operations: ops([]) }).status).toBe(
      'not-applicable',
    );
    expect(
      result('SUP-06', {
        operations: ops([{ name: 'Acme DB', supportExpiresAt: daysAgo(1) }]),
      }).reason,
    ).toBe(`support of Acme DB expired on ${daysAgo(1).slice(0, 10)}`);
    expect(
      result('SUP-06', {
        operations: ops([
          { name: 'Acme DB', supportExpiresAt: daysFromNow(10) },
        ]),
      }).status,
    ).toBe('expiring');
    expect(
      result('SUP-06', {
        operations: ops([
          { name: 'Acme DB', supportExpiresAt: daysFromNow(100) },
        ]),
      }),
    ).toMatchObject({ status: 'pass', expiresAt: daysFromNow(100) });
  });

  it('KT-03: at least two trained people', () => {
    expect(
      result('KT-03', {
        operations: { ...readyOperations(), trainedPeople: 1 },
      }).reason,
    ).toBe('only 1 trained person, at least 2 needed');
    expect(result('KT-03', { operations: undefined }).status).toBe('unknown');
  });

  it('BCK-02: backup policy on each stateful dependency, else an attestation', () => {
    expect(result('BCK-02')).toMatchObject({
      status: 'pass',
      reason: 'backup policy declared on resource:default/billing-db',
    });
    const related = {
      ...readyRelated(),
      'resource:default/billing-db': {
        ...readyRelated()['resource:default/billing-db']!,
        metadata: { name: 'billing-db' },
      },
    };
    expect(result('BCK-02', { related })).toMatchObject({
      status: 'unknown',
      reason:
        'no operational-pilot.io/backup-policy annotation on resource:default/billing-db; no attestation recorded (backup configuration)',
    });
    expect(
      result('BCK-02', { related, attestations: [attestation('BCK-02', 3)] })
        .status,
    ).toBe('pass');
  });

  it('stateful criteria: n/a when declared stateless, assumed stateful otherwise (and said so)', () => {
    const entity = withEntity(e => {
      delete e.spec!.dependsOn;
    });
    const stateless = { ...readyOperations(), stateful: false };
    expect(result('BCK-03', { entity, operations: stateless })).toMatchObject({
      status: 'not-applicable',
      reason: 'applies to stateful applications only: declared stateless',
    });
    // A database dependency in the catalog outweighs the declaration.
    const withDb = result('BCK-03', {
      operations: stateless,
      attestations: [],
    });
    expect(withDb).toMatchObject({ status: 'unknown' });
    expect(result('BCK-02', { operations: stateless }).status).toBe('pass');
    const unknownState = { ...readyOperations(), stateful: undefined };
    const r = result('BCK-03', {
      entity,
      operations: unknownState,
      attestations: [],
    });
    expect(r.status).toBe('unknown');
    expect(r.reason).toContain('statefulness not declared: assumed stateful');
  });
});

describe('waivers and actions', () => {
  const failingOwner = {
    ...readyRelated(),
    'group:default/team-billing': null,
  };

  it('an approved, unexpired waiver turns a failure into waived (no credit)', () => {
    const r = result('OWN-01', {
      related: failingOwner,
      waivers: [{ ...waiverFor('OWN-01') }],
    });
    expect(r).toMatchObject({
      status: 'waived',
      credit: 0,
      waiver: {
        id: 'waiver-OWN-01',
        expiresAt: daysFromNow(30),
        reason: 'accepted by the business owner',
      },
    });
    expect(r.reason).toBe(
      `waived until ${daysFromNow(30).slice(
        0,
        10,
      )} (accepted by the business owner); without the waiver: owner group:default/team-billing does not exist in the catalog`,
    );
  });

  it.each(['requested', 'rejected', 'revoked'] as const)(
    'a %s waiver has no effect',
    status => {
      expect(
        result('OWN-01', {
          related: failingOwner,
          waivers: [waiverFor('OWN-01', { status })],
        }).status,
      ).toBe('fail');
    },
  );

  it('an expired waiver has no effect, nor does a waiver on a passing criterion', () => {
    expect(
      result('OWN-01', {
        related: failingOwner,
        waivers: [waiverFor('OWN-01', { expiresAt: daysAgo(1) })],
      }).status,
    ).toBe('fail');
    expect(result('OWN-01', { waivers: [waiverFor('OWN-01')] }).status).toBe(
      'pass',
    );
  });

  it('attaches the most recent non-terminal action', () => {
    const actions = [
      actionFor('OWN-01', { id: 'old', updatedAt: daysAgo(10) }),
      actionFor('OWN-01', {
        id: 'new',
        updatedAt: daysAgo(1),
        status: 'in_progress',
      }),
      actionFor('OWN-01', {
        id: 'closed',
        updatedAt: daysAgo(0),
        status: 'verified',
      }),
    ];
    expect(result('OWN-01', { actions }).action).toEqual({
      id: 'new',
      status: 'in_progress',
      dueDate: '2025-07-15',
    });
    expect(result('OWN-02', { actions }).action).toBeUndefined();
  });
});
