import { checkMetadataFields } from './checkFields';
import { DEFAULT_CRITERIA } from './defaultCriteria';

describe('checkMetadataFields', () => {
  it('lists metadata fields, role paths and rule inputs, without duplicates', () => {
    expect(
      checkMetadataFields({
        kind: 'allOf',
        of: [
          { kind: 'metadata', fields: ['slo.availability', 'slo.owner'] },
          {
            kind: 'anyOf',
            of: [
              { kind: 'roles', roles: ['poa', 'supportL1'] },
              { kind: 'metadata', fields: ['slo.owner'] },
            ],
          },
          { kind: 'rule', rule: 'coverage-matches-service-hours' },
        ],
      }),
    ).toEqual([
      'slo.availability',
      'slo.owner',
      'roles.poa',
      'support.l1.group',
      'serviceHours',
      'supportHours.offHours',
    ]);
  });

  it('is empty for checks that read the catalog or attestations only', () => {
    expect(checkMetadataFields({ kind: 'link', types: ['runbook'] })).toEqual(
      [],
    );
    expect(
      checkMetadataFields({ kind: 'attestation', validityDays: 30 }),
    ).toEqual([]);
  });

  it('finds a field for every default criterion that checks metadata', () => {
    const metadataCriteria = DEFAULT_CRITERIA.filter(
      c => c.check.kind === 'metadata',
    );
    expect(metadataCriteria.length).toBeGreaterThan(0);
    for (const c of metadataCriteria) {
      expect(checkMetadataFields(c.check).length).toBeGreaterThan(0);
    }
  });
});
