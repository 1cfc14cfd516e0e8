import { DEFAULT_CATEGORIES } from './categories';
import {
  CRITERION_KINDS,
  DEFAULT_CRITERIA,
  DEFAULT_LEVELS,
  DEFAULT_STALENESS,
  DEFAULT_THRESHOLDS,
  FR_PUBLIC_SECTOR_CRITERIA,
} from './defaultCriteria';

const byId = new Map(DEFAULT_CRITERIA.map(c => [c.id, c]));
const get = (id: string) => {
  const c = byId.get(id);
  if (!c) throw new Error(id);
  return c;
};

describe('DEFAULT_CATEGORIES', () => {
  it('has the ten categories in display order with French titles', () => {
    expect(DEFAULT_CATEGORIES.map(c => c.id)).toEqual([
      'OWN',
      'OBS',
      'INC',
      'DOC',
      'BCK',
      'CAP',
      'SEC',
      'REL',
      'SUP',
      'KT',
    ]);
    expect(DEFAULT_CATEGORIES.find(c => c.id === 'DOC')?.titleFr).toBe(
      "Dossier d'exploitation",
    );
    for (const c of DEFAULT_CATEGORIES) {
      expect(c.title).not.toBe('');
      expect(c.titleFr).not.toBe('');
      expect(c.description).not.toBe('');
    }
  });
});

describe('DEFAULT_CRITERIA', () => {
  it('has 51 criteria with unique ids and a total weight of 108', () => {
    expect(DEFAULT_CRITERIA).toHaveLength(51);
    expect(byId.size).toBe(51);
    expect(DEFAULT_CRITERIA.reduce((s, c) => s + c.weight, 0)).toBe(108);
  });

  it('matches the per-category counts and weights of domain §2.2', () => {
    const expected: Record<string, [number, number]> = {
      OWN: [5, 11],
      OBS: [6, 13],
      INC: [5, 11],
      DOC: [5, 11],
      BCK: [5, 13],
      CAP: [4, 5],
      SEC: [5, 9],
      REL: [6, 14],
      SUP: [6, 11],
      KT: [4, 10],
    };
    for (const [cat, [count, weight]] of Object.entries(expected)) {
      const inCat = DEFAULT_CRITERIA.filter(c => c.category === cat);
      expect([
        cat,
        inCat.length,
        inCat.reduce((s, c) => s + c.weight, 0),
      ]).toEqual([cat, count, weight]);
    }
  });

  it('marks the 18 core criteria and puts the others in the extended pack', () => {
    const core = DEFAULT_CRITERIA.filter(c => c.core).map(c => c.id);
    expect(core).toEqual([
      'OWN-01',
      'OWN-03',
      'OWN-05',
      'OBS-01',
      'OBS-02',
      'OBS-03',
      'INC-01',
      'INC-03',
      'DOC-01',
      'BCK-01',
      'BCK-03',
      'BCK-05',
      'SEC-01',
      'REL-02',
      'REL-04',
      'SUP-01',
      'KT-01',
      'KT-04',
    ]);
    for (const c of DEFAULT_CRITERIA) {
      expect(c.pack).toBe(c.core ? 'core' : 'extended');
    }
  });

  it('gives every criterion a rationale, a fix, sources and the target kinds', () => {
    for (const c of [...DEFAULT_CRITERIA, ...FR_PUBLIC_SECTOR_CRITERIA]) {
      expect(c.rationale.length).toBeGreaterThan(10);
      expect(c.howToFix.length).toBeGreaterThan(10);
      expect(c.sources?.length).toBeGreaterThan(0);
      expect(c.appliesTo?.kinds).toEqual(CRITERION_KINDS[c.id]);
      expect(c.appliesTo?.kinds).toContain('component');
      expect(DEFAULT_CATEGORIES.map(k => k.id)).toContain(c.category);
    }
  });

  it('encodes the blocking codes of domain §2.3', () => {
    expect(get('OWN-01').blockingTiers).toEqual(['T1', 'T2', 'T3']);
    expect(get('OWN-02').blockingTiers).toEqual([]);
    expect(get('OWN-03').blockingTiers).toEqual(['T1', 'T2']);
    expect(get('OBS-03').blockingTiers).toEqual(['T1']);
    expect(get('INC-01')).toMatchObject({
      blockingTiers: ['T1'],
      blockingWhen: { when24x7: true },
    });
    expect(get('REL-03')).toMatchObject({
      blockingTiers: ['T1', 'T2', 'T3'],
      blockingWhen: { majorReleaseOnly: true },
    });
    expect(get('SUP-04')).toMatchObject({
      blockingTiers: ['T1', 'T2'],
      blockingWhen: { majorReleaseOnly: true },
    });
    expect(get('KT-04')).toMatchObject({
      blockingTiers: [],
      blockingWhen: { atHandover: true },
    });
  });

  it('scopes the per-release criteria to the release', () => {
    const release = DEFAULT_CRITERIA.filter(c => c.scope === 'release').map(
      c => c.id,
    );
    expect(release).toEqual([
      'INC-05',
      'REL-02',
      'REL-03',
      'REL-04',
      'REL-05',
      'REL-06',
      'SUP-04',
      'SUP-05',
      'KT-04',
    ]);
    // KT-04 belongs to the hand-over gate; the others to the go/no-go gate.
    expect(
      DEFAULT_CRITERIA.filter(c => c.gate === 'handover').map(c => c.id),
    ).toEqual(['KT-04']);
    expect(get('KT-01').blockingTiers).toEqual([]);
    expect(get('KT-01').blockingWhen).toEqual({ atHandover: true });
  });

  it('scores APIs, Resources and Systems with a rubric of their own', () => {
    const kindsOf = (kind: string) =>
      DEFAULT_CRITERIA.filter(c => c.appliesTo?.kinds?.includes(kind)).map(
        c => c.id,
      );
    // An API needs no restore test, DR exercise or KT session.
    expect(kindsOf('api')).not.toContain('BCK-03');
    expect(kindsOf('api')).not.toContain('KT-01');
    expect(kindsOf('api')).toContain('OBS-03');
    expect(kindsOf('resource')).toContain('BCK-03');
    expect(kindsOf('resource')).not.toContain('KT-01');
    expect(kindsOf('system')).toContain('BCK-04');
    expect(kindsOf('system')).not.toContain('SEC-03');
    // OWN-05 no longer asks for DICT: it stays in the fr-public-sector pack.
    expect(get('OWN-05').check).toEqual({
      kind: 'metadata',
      fields: ['tier', 'serviceHours', 'supportHours'],
    });
  });

  it('restricts applicability as the validity table says', () => {
    expect(get('BCK-02').appliesTo?.stateful).toBe(true);
    expect(get('BCK-03').appliesTo?.stateful).toBe(true);
    expect(get('BCK-05').appliesTo?.tiers).toEqual(['T1', 'T2']);
    expect(get('CAP-01').appliesTo?.tiers).toEqual(['T1', 'T2']);
  });

  it('uses the validity periods of domain §3.5', () => {
    expect(get('BCK-03').check).toMatchObject({
      kind: 'attestation',
      validityDays: { T1: 180, T2: 365, T3: 365 },
      evidenceRequired: true,
      revalidateOn: ['majorRelease'],
    });
    expect(get('INC-02').check).toMatchObject({
      validityDays: { T1: 90, T2: 90, T3: 180 },
    });
  });

  it('builds levels from core criteria only', () => {
    for (const id of [...DEFAULT_LEVELS.bronze, ...DEFAULT_LEVELS.silver]) {
      expect(get(id).core).toBe(true);
    }
    expect(DEFAULT_LEVELS.bronze).toEqual([
      'OWN-01',
      'OWN-05',
      'INC-01',
      'DOC-01',
      'OBS-01',
    ]);
  });
});

describe('FR_PUBLIC_SECTOR_CRITERIA', () => {
  it('is an optional pack with an homologation that needs an explicit expiry', () => {
    expect(FR_PUBLIC_SECTOR_CRITERIA.map(c => c.pack)).toEqual(
      FR_PUBLIC_SECTOR_CRITERIA.map(() => 'fr-public-sector'),
    );
    const homologation = FR_PUBLIC_SECTOR_CRITERIA.find(
      c => c.id === 'FR-SEC-01',
    );
    expect(homologation?.check).toMatchObject({
      kind: 'attestation',
      requireExpiry: true,
    });
    const vabf = FR_PUBLIC_SECTOR_CRITERIA.find(c => c.id === 'FR-REL-01');
    expect(vabf).toMatchObject({
      scope: 'release',
      check: { kind: 'releaseAttestation', signerRole: 'businessOwner' },
    });
    const ids = new Set(
      [...DEFAULT_CRITERIA, ...FR_PUBLIC_SECTOR_CRITERIA].map(c => c.id),
    );
    expect(ids.size).toBe(
      DEFAULT_CRITERIA.length + FR_PUBLIC_SECTOR_CRITERIA.length,
    );
  });
});

describe('defaults', () => {
  it('has the thresholds and staleness policy of the domain reference', () => {
    expect(DEFAULT_THRESHOLDS).toEqual({
      T1: { readyForRun: 90, withReservations: 80 },
      T2: { readyForRun: 85, withReservations: 70 },
      T3: { readyForRun: 80, withReservations: 60 },
    });
    expect(DEFAULT_STALENESS).toEqual({
      warnBeforeDays: 30,
      graceRatio: 0.25,
      graceMinDays: 14,
      graceMaxDays: 60,
      graceFloorCredit: 0.5,
    });
  });
});
