/*
 * Owners, odd entities, kinds outside the model, and the ACME example catalog with its real-world flaws.
 */
import {
  ACME_CATALOG_PATH,
  acmeCatalogAvailable,
  acmeSuiteTitle,
  describeWithAcmeCatalog,
} from './__testUtils__/acmeCatalog';
import fs from 'fs';
import { parseAllDocuments } from 'yaml';
import { type Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { buildReadinessModel } from './config';
import { evaluateReadiness } from './engine';
import { collectReferencedEntityRefs } from './references';
import type { EvaluationInput } from './types';
import {
  group,
  NOW,
  readyInput,
  readyRelated,
  resultOf,
  user,
  withEntity,
} from './__testUtils__/fixtures';

const core = buildReadinessModel();
const full = buildReadinessModel({
  packs: ['core', 'extended', 'fr-public-sector'],
});

const bare = (overrides: Partial<EvaluationInput>): EvaluationInput => ({
  entity: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'x' },
  },
  attestations: [],
  waivers: [],
  actions: [],
  releases: [],
  related: {},
  now: NOW,
  ...overrides,
});

describe('OWN-01 owner resolution', () => {
  const own01 = (entity: Entity, related: Record<string, Entity | null>) =>
    resultOf(
      evaluateReadiness(core, readyInput({ entity, related })),
      'OWN-01',
    );

  it('passes for an existing Group', () => {
    expect(
      own01(
        withEntity(() => {}),
        readyRelated(),
      ),
    ).toMatchObject({
      status: 'pass',
      reason: 'owned by group:default/team-billing',
      evidence: [{ label: 'owner', value: 'group:default/team-billing' }],
    });
  });

  it('fails when the owner group does not exist in the catalog', () => {
    const entity = withEntity(e => {
      e.spec!.owner = 'x';
    });
    expect(
      own01(entity, { ...readyRelated(), 'group:default/x': null }),
    ).toMatchObject({
      status: 'fail',
      reason: 'owner group:default/x does not exist in the catalog',
    });
  });

  it('fails for a User owner, explaining that an owner must be a team', () => {
    const entity = withEntity(e => {
      e.spec!.owner = 'user:default/jane';
    });
    expect(own01(entity, readyRelated()).reason).toBe(
      'owner user:default/jane is a User, not a Group: the accountable owner must be a team',
    );
    expect(
      own01(entity, { ...readyRelated(), 'user:default/jane': null }).reason,
    ).toBe(
      'owner user:default/jane does not exist in the catalog, and an owner must be a Group, not a User',
    );
    // Decidable without a lookup.
    expect(own01(entity, {}).status).toBe('fail');
  });

  it('fails when the ref points at a Group-kind ref whose entity is something else', () => {
    expect(
      own01(
        withEntity(() => {}),
        {
          ...readyRelated(),
          'group:default/team-billing': user('team-billing'),
        },
      ).reason,
    ).toContain('is a User, not a Group');
  });

  it('is unknown when the owner was not looked up', () => {
    expect(
      own01(
        withEntity(() => {}),
        {},
      ),
    ).toMatchObject({
      status: 'unknown',
      reason:
        'owner group:default/team-billing was not looked up in the catalog',
    });
  });

  it('uses the ownedBy relation of processed entities, and the entity namespace for short refs', () => {
    const processed = withEntity(e => {
      e.spec!.owner = 'team-billing';
      e.relations = [
        { type: 'ownedBy', targetRef: 'group:default/team-billing' },
      ];
    });
    expect(own01(processed, readyRelated()).status).toBe('pass');
    const otherNamespace = withEntity(e => {
      e.metadata.namespace = 'payments';
      e.spec!.owner = 'team-pay';
    });
    expect(
      own01(otherNamespace, { 'group:payments/team-pay': group('team-pay') })
        .reason,
    ).toBe('owned by group:payments/team-pay');
  });

  it('fails when spec.owner is missing or not a string', () => {
    expect(
      own01(
        withEntity(e => {
          delete e.spec!.owner;
        }),
        readyRelated(),
      ).reason,
    ).toBe('spec.owner is not set');
    expect(
      own01(
        withEntity(e => {
          e.spec!.owner = 42 as any;
        }),
        readyRelated(),
      ).reason,
    ).toBe('spec.owner 42 is not a valid entity reference');
  });
});

describe('entities outside the model and malformed entities', () => {
  it.each([
    [
      'Group',
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: 'team-a' },
      },
    ],
    [
      'User',
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'User',
        metadata: { name: 'jane' },
      },
    ],
    [
      'Location',
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Location',
        metadata: { name: 'root' },
      },
    ],
    [
      'Domain',
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Domain',
        metadata: { name: 'd' },
        spec: {},
      },
    ],
  ])(
    'a %s without spec is out of scope: score 0, not ready, level none',
    (kind, entity) => {
      for (const model of [core, full]) {
        const r = evaluateReadiness(model, bare({ entity: entity as Entity }));
        expect(r).toMatchObject({
          score: 0,
          verdict: 'not-ready',
          level: 'none',
          outOfScope: true,
          blockers: [],
          nextSteps: [],
        });
        expect(r.criteria.every(c => c.status === 'not-applicable')).toBe(true);
        expect(r.categories.every(c => c.score === null)).toBe(true);
        expect(r.verdictReasons).toContain(
          `${kind.toLowerCase()} entities are outside the readiness model, which covers api, component, resource, system: nothing to evaluate.`,
        );
        expect(r.entityRef).toBe(stringifyEntityRef(entity as Entity));
      }
    },
  );

  it('a component without spec, operations or anything is evaluated, not thrown on', () => {
    const r = evaluateReadiness(full, bare({}));
    expect(r.verdict).toBe('not-ready');
    expect(resultOf(r, 'OWN-01')).toMatchObject({
      status: 'fail',
      reason: 'spec.owner is not set',
    });
    expect(resultOf(r, 'OWN-05').status).toBe('unknown');
    expect(r.score).toBeGreaterThanOrEqual(0);
  });

  it('survives malformed metadata, links, relations and related entries', () => {
    const entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'weird',
        annotations: 'not-an-object',
        links: [null, 'x', { title: 'no url' }, { url: 'https://ok', type: 7 }],
      },
      spec: {
        owner: ['team-a'],
        dependsOn: 'resource:default/db',
        system: { bad: true },
      },
      relations: [
        null,
        { type: 'ownedBy' },
        { type: 'dependsOn', targetRef: 'not a ref:::' },
      ],
    } as unknown as Entity;
    const input = bare({
      entity,
      operations: {
        tier: 'T2',
        roles: { poa: 12 as any },
        support: 'x' as any,
        vendors: [null] as any,
      },
      attestations: [
        {
          criterionId: 'BCK-03',
          assessedAt: 'yesterday',
          state: 'compliant',
        } as any,
        null as any,
      ],
      waivers: [
        {
          criterionId: 'OWN-01',
          status: 'approved',
          expiresAt: 'never',
        } as any,
      ],
      actions: [{ criterionId: 'OWN-01', status: 'open' } as any],
      releases: [{ id: 'r', status: 'planned', plannedAt: 'soon' } as any],
      related: {
        'resource:default/db': {
          kind: 'Resource',
          metadata: { name: 'db' },
          spec: { type: 'database' },
        } as unknown as Entity,
      },
    });
    expect(() => evaluateReadiness(full, input)).not.toThrow();
    const r = evaluateReadiness(full, input);
    expect(resultOf(r, 'OWN-01').status).toBe('fail');
  });
});

describeWithAcmeCatalog(acmeSuiteTitle('the ACME example catalog'), () => {
  // Read only when present: a skipped suite's body still runs to collect its tests.
  const entities = (
    acmeCatalogAvailable
      ? parseAllDocuments(fs.readFileSync(ACME_CATALOG_PATH, 'utf8'))
      : []
  )
    .map(d => d.toJSON() as Entity)
    .filter(e => e && typeof e === 'object' && e.kind);
  const byRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));

  /** What the backend does: look up every referenced ref; null when it is not in the catalog. */
  function relatedOf(entity: Entity): Record<string, Entity | null> {
    return Object.fromEntries(
      collectReferencedEntityRefs(entity).map(ref => [
        ref,
        byRef.get(ref) ?? null,
      ]),
    );
  }

  it('parses the whole file', () => {
    expect(entities.length).toBeGreaterThan(70);
  });

  it('evaluates every entity without throwing, with the core and the full model', () => {
    for (const model of [core, full]) {
      for (const entity of entities) {
        const r = evaluateReadiness(
          model,
          bare({ entity, related: relatedOf(entity) }),
        );
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      }
    }
  });

  it('explains a missing owner group on OWN-01 for every entity whose owner is not in the file', () => {
    const targeted = entities.filter(e =>
      ['component', 'system', 'resource', 'api'].includes(e.kind.toLowerCase()),
    );
    const cases = targeted
      .map(entity => {
        const related = relatedOf(entity);
        const ownerRef = collectReferencedEntityRefs(entity).find(
          ref => ref.startsWith('group:') || ref.startsWith('user:'),
        );
        return { entity, related, ownerRef };
      })
      .filter(c => c.ownerRef && c.related[c.ownerRef] === null);
    expect(cases.length).toBeGreaterThan(10);
    for (const { entity, related, ownerRef } of cases) {
      const r = evaluateReadiness(core, bare({ entity, related }));
      const own01 = resultOf(r, 'OWN-01');
      expect(own01.status).toBe('fail');
      expect(own01.reason).toContain(
        `owner ${ownerRef} does not exist in the catalog`,
      );
      expect(r.verdict).toBe('not-ready');
      expect(r.blockers).toContain('OWN-01');
    }
  });

  it('names the owners that the file gets wrong', () => {
    const evaluate = (name: string, namespace = 'default') => {
      const entity = byRef.get(`component:${namespace}/${name}`)!;
      return resultOf(
        evaluateReadiness(core, bare({ entity, related: relatedOf(entity) })),
        'OWN-01',
      );
    };
    expect(evaluate('analyticsapi').reason).toBe(
      'owner group:default/inpixon does not exist in the catalog',
    );
    expect(evaluate('invalid component').reason).toContain(
      'owner user:default/guest',
    );
    expect(evaluate('invalid component').status).toBe('fail');
    expect(evaluate('different-namespace', 'alternative')).toMatchObject({
      status: 'pass',
      reason: 'owned by group:default/team-a',
    });
    expect(evaluate('artist-lookup')).toMatchObject({
      status: 'pass',
      reason: 'owned by group:default/team-a',
    });
  });

  it('treats the database resource as stateful and keeps Groups and Users out of scope', () => {
    const db = byRef.get('resource:default/artists-db')!;
    const r = evaluateReadiness(
      core,
      bare({ entity: db, related: relatedOf(db) }),
    );
    expect(resultOf(r, 'BCK-03').status).toBe('unknown');
    const team = byRef.get('group:default/team-a')!;
    expect(evaluateReadiness(core, bare({ entity: team })).outOfScope).toBe(
      true,
    );
  });
});
