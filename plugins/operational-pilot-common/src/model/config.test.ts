import fs from 'fs';
import path from 'path';
import { parse } from 'yaml';
import { buildReadinessModel, describeModel, ModelConfigError } from './config';
import { DEFAULT_CRITERIA } from './defaultCriteria';
import { criterionText } from './messages';

const ALL_PACKS = ['core', 'extended', 'fr-public-sector'];

function errorOf(config: unknown): ModelConfigError {
  try {
    buildReadinessModel(config);
  } catch (e) {
    if (e instanceof ModelConfigError) {
      return e;
    }
    throw e;
  }
  throw new Error('expected a ModelConfigError');
}

const customCriterion = (extra: Record<string, unknown> = {}) => ({
  id: 'ACME-01',
  category: 'OBS',
  title: 'Status page linked',
  howToFix: 'Add a link of type `status-page`.',
  weight: 2,
  check: { kind: 'link', types: ['status-page'] },
  ...extra,
});

describe('buildReadinessModel', () => {
  it('defaults to the core pack, the domain thresholds and T1', () => {
    const model = buildReadinessModel();
    expect(model.packs).toEqual(['core']);
    expect(model.criteria).toHaveLength(18);
    expect(model.criteria.every(c => c.core)).toBe(true);
    expect(model.defaultTier).toBe('T1');
    expect(model.waiverMaxDays).toBe(90);
    expect(model.requireActionPlanForReservations).toBe(true);
    expect(model.thresholds.T2).toEqual({
      readyForRun: 85,
      withReservations: 70,
    });
    expect(model.levels.bronze).toEqual([
      'OWN-01',
      'OWN-05',
      'INC-01',
      'DOC-01',
      'OBS-01',
    ]);
    expect(model.categories).toHaveLength(10);
  });

  it('enables packs, keeping the reference order', () => {
    const model = buildReadinessModel({ packs: ALL_PACKS });
    expect(model.criteria).toHaveLength(56);
    expect(model.criteria.slice(0, 51).map(c => c.id)).toEqual(
      DEFAULT_CRITERIA.map(c => c.id),
    );
  });

  it('accepts the operationalPilot sections of the repository app-config files', () => {
    const root = path.resolve(__dirname, '../../../..');
    const files = ['app-config.yaml', 'app-config.production.yaml']
      .map(f => path.join(root, f))
      .filter(f => fs.existsSync(f));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const section = parse(fs.readFileSync(file, 'utf8'))?.operationalPilot;
      expect(() => buildReadinessModel(section)).not.toThrow();
    }
  });

  it('ignores the keys the backend owns', () => {
    expect(() =>
      buildReadinessModel({
        poaGroups: ['group:default/poa'],
        approverGroups: ['group:default/approvers'],
        evaluation: { schedule: 'x' },
        retention: { days: 30 },
        demoData: true,
        annotationPrefix: 'ops.example.com',
        schedule: {},
      }),
    ).not.toThrow();
  });

  it('computes a stable short version that changes with the configuration', () => {
    const a = buildReadinessModel();
    expect(a.version).toMatch(/^[0-9a-f]{8}$/);
    expect(buildReadinessModel().version).toBe(a.version);
    expect(
      buildReadinessModel({ packs: ['core'], defaultTier: 'T1' }).version,
    ).toBe(a.version);
    expect(
      buildReadinessModel({ thresholds: { T2: { readyForRun: 86 } } }).version,
    ).not.toBe(a.version);
    expect(
      buildReadinessModel({
        criteria: { overrides: { 'OWN-01': { weight: 4 } } },
      }).version,
    ).not.toBe(a.version);
  });

  it('returns copies: changing a model never changes the defaults', () => {
    const model = buildReadinessModel();
    model.criteria[0].weight = 99;
    expect(DEFAULT_CRITERIA[0].weight).toBe(3);
    expect(buildReadinessModel().criteria[0].weight).toBe(3);
  });

  describe('criteria.overrides', () => {
    it('overrides weight and blocking tiers', () => {
      const model = buildReadinessModel({
        criteria: {
          overrides: { 'OBS-01': { weight: 5, blockingTiers: ['T2', 'T1'] } },
        },
      });
      expect(model.criteria.find(c => c.id === 'OBS-01')).toMatchObject({
        weight: 5,
        blockingTiers: ['T1', 'T2'],
      });
    });

    it('merges a per-tier validity into attestation checks', () => {
      const model = buildReadinessModel({
        criteria: {
          overrides: {
            'BCK-03': { validityDays: { T1: 90 } },
            'BCK-05': { validityDays: 200 },
          },
        },
      });
      expect(model.criteria.find(c => c.id === 'BCK-03')?.check).toMatchObject({
        validityDays: { T1: 90, T2: 365, T3: 365 },
      });
      expect(model.criteria.find(c => c.id === 'BCK-05')?.check).toMatchObject({
        validityDays: 200,
      });
    });

    it('applies a validity to attestations nested in composite checks', () => {
      const model = buildReadinessModel({
        packs: ['core', 'extended'],
        criteria: { overrides: { 'OBS-05': { validityDays: 100 } } },
      });
      expect(model.criteria.find(c => c.id === 'OBS-05')?.check).toEqual({
        kind: 'anyOf',
        of: [
          { kind: 'link', types: ['uptime'] },
          { kind: 'attestation', validityDays: 100 },
        ],
      });
    });

    it('enables one criterion of a pack that is off, or disables one', () => {
      const model = buildReadinessModel({
        criteria: {
          overrides: {
            'OBS-04': { enabled: true },
            'KT-04': { enabled: false },
          },
        },
      });
      const ids = model.criteria.map(c => c.id);
      expect(ids).toContain('OBS-04');
      expect(ids).not.toContain('KT-04');
      expect(ids).toHaveLength(18);
    });

    it.each([
      [
        { 'OBS-04': { weight: -1 } },
        'Invalid configuration at operationalPilot.criteria.overrides.OBS-04.weight: must be a positive number, got -1',
      ],
      [
        { 'NOPE-1': { weight: 1 } },
        'Invalid configuration at operationalPilot.criteria.overrides.NOPE-1: unknown criterion id "NOPE-1"',
      ],
      [
        { 'OBS-04': { wieght: 2 } },
        'Invalid configuration at operationalPilot.criteria.overrides.OBS-04.wieght: unknown key (allowed: weight, blockingTiers, blockingReleaseKinds, validityDays, enabled, signedBy, countersignRequired)',
      ],
      [
        { 'OBS-04': { validityDays: 30 } },
        'Invalid configuration at operationalPilot.criteria.overrides.OBS-04.validityDays: applies to attestation checks only, and OBS-04 is checked by link',
      ],
      [
        { 'BCK-03': { validityDays: { T4: 3 } } },
        'Invalid configuration at operationalPilot.criteria.overrides.BCK-03.validityDays.T4: unknown key (allowed: T1, T2, T3)',
      ],
      [
        { 'BCK-03': { validityDays: { T1: 0 } } },
        'Invalid configuration at operationalPilot.criteria.overrides.BCK-03.validityDays.T1: must be a positive number, got 0',
      ],
      [
        { 'OWN-01': { blockingTiers: ['T1', 'T9'] } },
        'Invalid configuration at operationalPilot.criteria.overrides.OWN-01.blockingTiers[1]: must be one of T1, T2, T3, got "T9"',
      ],
      [
        { 'OWN-01': { enabled: 'no' } },
        'Invalid configuration at operationalPilot.criteria.overrides.OWN-01.enabled: must be true or false, got "no"',
      ],
    ])('rejects %j', (overrides, message) => {
      const error = errorOf({ criteria: { overrides } });
      expect(error.message).toBe(message);
      expect(error.name).toBe('ModelConfigError');
      expect(message).toContain(error.key);
    });
  });

  describe('criteria.custom', () => {
    it('adds custom catalog criteria, enabled, for the default target kinds', () => {
      const model = buildReadinessModel({
        criteria: { custom: [customCriterion()] },
      });
      expect(model.criteria.find(c => c.id === 'ACME-01')).toEqual({
        id: 'ACME-01',
        category: 'OBS',
        title: 'Status page linked',
        rationale: '',
        howToFix: 'Add a link of type `status-page`.',
        weight: 2,
        blockingTiers: [],
        scope: 'entity',
        check: { kind: 'link', types: ['status-page'] },
        core: false,
        pack: 'custom',
        defaultSide: 'build',
        appliesTo: { kinds: ['component', 'system', 'resource', 'api'] },
      });
    });

    it('carries French texts of a custom criterion, used when the language is French', () => {
      const model = buildReadinessModel({
        criteria: {
          custom: [
            customCriterion({
              titleFr: 'Page de statut liée',
              howToFixFr: 'Ajouter un lien de type `status-page`.',
            }),
          ],
        },
      });
      const acme = model.criteria.find(c => c.id === 'ACME-01')!;
      expect(criterionText(acme, 'fr')).toEqual({
        title: 'Page de statut liée',
        howToFix: 'Ajouter un lien de type `status-page`.',
      });
      expect(criterionText(acme, 'en').title).toBe('Status page linked');
      expect(
        errorOf({ criteria: { custom: [customCriterion({ titleFr: 3 })] } })
          .message,
      ).toMatch(/titleFr/);
    });

    it('accepts composite checks and explicit applicability', () => {
      const model = buildReadinessModel({
        criteria: {
          custom: [
            customCriterion({
              appliesTo: { kinds: ['Component'], tiers: ['T1'] },
              check: {
                kind: 'anyOf',
                of: [
                  {
                    kind: 'annotation',
                    keys: ['acme.com/status'],
                    pattern: '^https://',
                  },
                  {
                    kind: 'allOf',
                    of: [
                      {
                        kind: 'specField',
                        path: 'spec.type',
                        values: ['service'],
                      },
                    ],
                  },
                  {
                    kind: 'relation',
                    type: 'partOf',
                    targetKinds: ['System'],
                    targetMustExist: true,
                  },
                ],
              },
            }),
          ],
        },
      });
      const c = model.criteria.find(x => x.id === 'ACME-01');
      expect(c?.appliesTo).toEqual({ kinds: ['component'], tiers: ['T1'] });
      expect(c?.check.kind).toBe('anyOf');
    });

    it.each([
      [
        [customCriterion(), customCriterion()],
        'operationalPilot.criteria.custom[1].id',
        'must be unique among custom criteria, got "ACME-01"',
      ],
      [
        [customCriterion({ id: 'OWN-01' })],
        'operationalPilot.criteria.custom[0].id',
        'must not reuse the id of a built-in criterion (use criteria.overrides to change it), got "OWN-01"',
      ],
      [
        [customCriterion({ category: 'FOO' })],
        'operationalPilot.criteria.custom[0].category',
        'must be one of OWN, OBS, INC, DOC, BCK, CAP, SEC, REL, SUP, KT, got "FOO"',
      ],
      [
        [
          customCriterion({
            check: { kind: 'annotation', keys: ['a'], pattern: '(' },
          }),
        ],
        'operationalPilot.criteria.custom[0].check.pattern',
        'must be a valid regular expression',
      ],
      [
        [
          customCriterion({
            check: {
              kind: 'anyOf',
              of: [{ kind: 'link', types: ['x'], urlPattern: '[' }],
            },
          }),
        ],
        'operationalPilot.criteria.custom[0].check.of[0].urlPattern',
        'must be a valid regular expression',
      ],
      [
        [
          customCriterion({
            check: { kind: 'rule', rule: 'owner-group-exists' },
          }),
        ],
        'operationalPilot.criteria.custom[0].check.kind',
        'must be one of annotation, link, specField, relation, anyOf, allOf, got "rule"',
      ],
      [
        [customCriterion({ check: { kind: 'anyOf', of: [] } })],
        'operationalPilot.criteria.custom[0].check.of',
        'must be a non-empty list of checks, got []',
      ],
      [
        [customCriterion({ colour: 'red' })],
        'operationalPilot.criteria.custom[0].colour',
        'unknown key',
      ],
      [
        [customCriterion({ weight: 0 })],
        'operationalPilot.criteria.custom[0].weight',
        'must be a positive number, got 0',
      ],
      [
        [customCriterion({ id: '1 bad id' })],
        'operationalPilot.criteria.custom[0].id',
        'must start with a letter',
      ],
      [
        [customCriterion({ scope: 'forever' })],
        'operationalPilot.criteria.custom[0].scope',
        'must be one of entity, release, got "forever"',
      ],
      [
        [customCriterion({ appliesTo: { kinds: [] } })],
        'operationalPilot.criteria.custom[0].appliesTo.kinds',
        'must be a non-empty list of strings, got []',
      ],
      [
        [customCriterion({ howToFix: '' })],
        'operationalPilot.criteria.custom[0].howToFix',
        'must be a non-empty string, got ""',
      ],
    ])('rejects invalid custom criteria (%#)', (custom, key, message) => {
      const error = errorOf({ criteria: { custom } });
      expect(error.key).toBe(key);
      expect(error.message).toContain(
        `Invalid configuration at ${key}: ${message}`,
      );
    });

    it('rejects a custom list that is not a list', () => {
      expect(errorOf({ criteria: { custom: {} } }).key).toBe(
        'operationalPilot.criteria.custom',
      );
    });
  });

  describe('other sections', () => {
    it('merges partial thresholds and staleness with the defaults', () => {
      const model = buildReadinessModel({
        thresholds: { T3: { withReservations: 50 } },
        staleness: { warnBeforeDays: 10 },
        waivers: { maxDays: 30 },
        defaultTier: 'T2',
        requireActionPlanForReservations: false,
      });
      expect(model.thresholds.T3).toEqual({
        readyForRun: 80,
        withReservations: 50,
      });
      expect(model.thresholds.T1).toEqual({
        readyForRun: 90,
        withReservations: 80,
      });
      expect(model.staleness).toMatchObject({
        warnBeforeDays: 10,
        graceMaxDays: 60,
      });
      expect(model.waiverMaxDays).toBe(30);
      expect(model.defaultTier).toBe('T2');
      expect(model.requireActionPlanForReservations).toBe(false);
    });

    it('accepts explicit levels of enabled criteria', () => {
      const model = buildReadinessModel({ levels: { silver: ['OWN-03'] } });
      expect(model.levels).toEqual({
        bronze: ['OWN-01', 'OWN-05', 'INC-01', 'DOC-01', 'OBS-01'],
        silver: ['OWN-03'],
      });
    });

    it('drops default level criteria that are not enabled', () => {
      const model = buildReadinessModel({
        criteria: { overrides: { 'OBS-01': { enabled: false } } },
      });
      expect(model.levels.bronze).not.toContain('OBS-01');
    });

    it.each([
      [
        { packs: ['core', 'gold'] },
        'operationalPilot.packs[1]',
        'must be one of core, extended, fr-public-sector, got "gold"',
      ],
      [
        { packs: 'core' },
        'operationalPilot.packs',
        'must be a list of strings, got "core"',
      ],
      [
        { packs: ['core', 'core'] },
        'operationalPilot.packs',
        'must not list a pack twice (core)',
      ],
      [
        { thresholds: { T2: { readyForRun: 120 } } },
        'operationalPilot.thresholds.T2.readyForRun',
        'must be a number between 0 and 100, got 120',
      ],
      [
        { thresholds: { T2: { withReservations: 90 } } },
        'operationalPilot.thresholds.T2.withReservations',
        'must not exceed readyForRun (85), got 90',
      ],
      [
        { thresholds: { T5: {} } },
        'operationalPilot.thresholds.T5',
        'unknown key (allowed: T1, T2, T3)',
      ],
      [
        { staleness: { graceFloorCredit: 2 } },
        'operationalPilot.staleness.graceFloorCredit',
        'must be a number between 0 and 1, got 2',
      ],
      [
        { staleness: { graceMinDays: 30, graceMaxDays: 20 } },
        'operationalPilot.staleness.graceMaxDays',
        'must not be below graceMinDays (30), got 20',
      ],
      [
        { staleness: { warnBeforeDays: -1 } },
        'operationalPilot.staleness.warnBeforeDays',
        'must be a number >= 0, got -1',
      ],
      [
        { waivers: { maxDays: 0 } },
        'operationalPilot.waivers.maxDays',
        'must be a positive integer, got 0',
      ],
      [
        { waivers: { maxDays: 10.5 } },
        'operationalPilot.waivers.maxDays',
        'must be a positive integer, got 10.5',
      ],
      [
        { waivers: { max: 10 } },
        'operationalPilot.waivers.max',
        'unknown key (allowed: maxDays)',
      ],
      [
        { defaultTier: 'T4' },
        'operationalPilot.defaultTier',
        'must be one of T1, T2, T3, got "T4"',
      ],
      [
        { levels: { bronze: ['NOPE'] } },
        'operationalPilot.levels.bronze[0]',
        'criterion "NOPE" is unknown or not enabled',
      ],
      [
        { levels: { silver: ['OBS-04'] } },
        'operationalPilot.levels.silver[0]',
        'criterion "OBS-04" is unknown or not enabled',
      ],
      [
        { levels: { platinum: [] } },
        'operationalPilot.levels.platinum',
        'unknown key (allowed: bronze, silver)',
      ],
      [
        { requireActionPlanForReservations: 'yes' },
        'operationalPilot.requireActionPlanForReservations',
        'must be true or false, got "yes"',
      ],
      [
        { criteria: { extra: {} } },
        'operationalPilot.criteria.extra',
        'unknown key (allowed: overrides, custom)',
      ],
      [{ treshholds: {} }, 'operationalPilot.treshholds', 'unknown key'],
      ['core', 'operationalPilot', 'must be an object, got "core"'],
    ])('rejects %j', (config, key, message) => {
      const error = errorOf(config);
      expect(error.key).toBe(key);
      expect(error.message).toContain(
        `Invalid configuration at ${key}: ${message}`,
      );
    });
  });
});

describe('describeModel', () => {
  it('is plain JSON with check kinds, validities and the action templates', () => {
    const description = describeModel(
      buildReadinessModel({ packs: ALL_PACKS }),
    );
    expect(JSON.parse(JSON.stringify(description))).toEqual(description);
    expect(description.tiers).toEqual(['T1', 'T2', 'T3']);
    expect(description.actionTemplates.length).toBeGreaterThan(20);
    expect(description.linkTypes).toContain('runbook');
    const bck03 = description.criteria.find(c => c.id === 'BCK-03');
    expect(bck03).toMatchObject({
      checkKind: 'attestation',
      checkSource: 'attestation',
      validityDays: { T1: 180, T2: 365, T3: 365 },
    });
    expect(description.criteria.find(c => c.id === 'OWN-01')).toMatchObject({
      checkKind: 'rule',
      checkSource: 'catalog',
    });
    expect(
      description.criteria.find(c => c.id === 'OWN-01'),
    ).not.toHaveProperty('validityDays');
  });
});
