/*
 * Governance in the engine: role-bound countersignatures and "not applicable" as an exemption that needs approval.
 */
import { buildReadinessModel, ModelConfigError } from './config';
import { evaluateReadiness } from './engine';
import type { EvaluationInput } from './types';
import {
  attestation,
  daysAgo,
  daysFromNow,
  readyInput,
  readyOperations,
  resultOf,
} from './__testUtils__/fixtures';

const model = buildReadinessModel({
  packs: ['core', 'extended', 'fr-public-sector'],
  criteria: {
    overrides: {
      'DOC-03': { countersignRequired: true },
      'INC-03': { countersignRequired: true, signedBy: ['opsOwner'] },
    },
  },
});

function withAttestation(
  criterionId: string,
  extra: Parameters<typeof attestation>[2],
  overrides: Partial<EvaluationInput> = {},
) {
  const input = readyInput(overrides);
  input.attestations = [
    ...input.attestations.filter(a => a.criterionId !== criterionId),
    attestation(criterionId, 5, extra),
  ];
  return evaluateReadiness(model, input);
}

describe('role-bound signatures', () => {
  it('declares run-side signers on the run-side criteria by default', () => {
    const defaults = buildReadinessModel({
      packs: ['core', 'extended'],
    });
    for (const id of ['DOC-03', 'REL-04', 'KT-02']) {
      expect(defaults.criteria.find(c => c.id === id)?.signedBy).toEqual([
        'opsOwner',
      ]);
    }
    expect(
      defaults.criteria.find(c => c.id === 'BCK-03')?.signedBy,
    ).toBeUndefined();
  });

  it('does not pass a criterion that needs a countersignature until someone else countersigns', () => {
    const unsigned = resultOf(withAttestation('DOC-03', {}), 'DOC-03');
    expect(unsigned.status).toBe('fail');
    expect(unsigned.reason).toMatch(/awaits the countersignature/);

    const self = resultOf(
      withAttestation('DOC-03', {
        countersignedBy: 'user:default/jane',
        countersignedAt: daysAgo(1),
      }),
      'DOC-03',
    );
    expect(self.status).toBe('fail');
    expect(self.reason).toMatch(/its own assessor/);

    const countersigned = resultOf(
      withAttestation('DOC-03', {
        countersignedBy: 'user:default/olivia',
        countersignedAt: daysAgo(1),
      }),
      'DOC-03',
    );
    expect(countersigned.status).toBe('pass');
  });

  it('reads the countersignature inside composite checks (INC-03: link or annotation, and attestation)', () => {
    const unsigned = resultOf(withAttestation('INC-03', {}), 'INC-03');
    expect(unsigned.status).toBe('fail');
    expect(unsigned.reason).toMatch(/ops owner/);
    const countersigned = resultOf(
      withAttestation('INC-03', { countersignedBy: 'user:default/olivia' }),
      'INC-03',
    );
    expect(countersigned.status).toBe('pass');
  });

  it('refuses signedBy and countersignRequired on criteria not checked by attestation, naming the key', () => {
    expect(() =>
      buildReadinessModel({
        criteria: { overrides: { 'OWN-01': { countersignRequired: true } } },
      }),
    ).toThrow(ModelConfigError);
    expect(() =>
      buildReadinessModel({
        criteria: { overrides: { 'BCK-03': { signedBy: ['king'] } } },
      }),
    ).toThrow(/criteria\.overrides\.BCK-03\.signedBy\[0\]/);
  });
});

describe('not applicable is an exemption on blocking criteria', () => {
  const declared = {
    state: 'not-applicable' as const,
    justification: 'No data kept: restored from the source system',
    evidence: [],
    reviewBy: daysFromNow(60),
  };

  it('keeps a blocking criterion failing and blocking until an approver other than the declarer approves', () => {
    // BCK-03 blocks T1/T2: the fixture is T2.
    const pending = withAttestation('BCK-03', declared);
    const result = resultOf(pending, 'BCK-03');
    expect(result.blocking).toBe(true);
    expect(result.status).toBe('fail');
    expect(result.reason).toMatch(/awaiting approval/);
    expect(pending.blockers).toContain('BCK-03');

    const selfApproved = resultOf(
      withAttestation('BCK-03', {
        ...declared,
        approvedBy: 'user:default/jane',
      }),
      'BCK-03',
    );
    expect(selfApproved.status).toBe('fail');

    const approved = withAttestation('BCK-03', {
      ...declared,
      approvedBy: 'user:default/bob',
      approvedAt: daysAgo(1),
    });
    expect(resultOf(approved, 'BCK-03').status).toBe('not-applicable');
    expect(resultOf(approved, 'BCK-03').reason).toMatch(
      /exemption approved by user:default\/bob/,
    );
    expect(approved.blockers).not.toContain('BCK-03');
    // The review date is a clock-driven change: the evaluation is redone then.
    expect(new Date(approved.nextChangeAt!).getTime()).toBeLessThanOrEqual(
      new Date(declared.reviewBy).getTime(),
    );
  });

  it('expires the exemption at its review date', () => {
    const expired = withAttestation('BCK-03', {
      ...declared,
      reviewBy: daysAgo(1),
      approvedBy: 'user:default/bob',
      approvedAt: daysAgo(20),
    });
    const result = resultOf(expired, 'BCK-03');
    expect(result.status).toBe('fail');
    expect(result.reason).toMatch(/review date .* has passed/);
    expect(expired.blockers).toContain('BCK-03');
  });

  it('keeps today’s behaviour on non-blocking criteria', () => {
    // BCK-03 does not block T3.
    const operations = { ...readyOperations(), tier: 'T3' as const };
    const result = resultOf(
      withAttestation('BCK-03', declared, { operations }),
      'BCK-03',
    );
    expect(result.blocking).toBe(false);
    expect(result.status).toBe('not-applicable');
  });
});
