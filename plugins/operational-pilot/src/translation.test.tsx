import { screen, within } from '@testing-library/react';
import { mockApis } from '@backstage/frontend-test-utils';
import { operationalPilotMessages } from './translations/en';
import fr from './translations/fr';
import { EntityOperationalPilotContent } from './components/EntityTab/EntityOperationalPilotContent';
import {
  createMockApi,
  entity,
  readiness,
  renderWithEntity,
} from './__testUtils__/fixtures';
import {
  buildReadinessModel,
  DEFAULT_CRITERIA,
  criterionText,
  evaluateReadiness,
  renderMessage,
  type EntityReadiness,
} from '@operational-pilot/backstage-plugin-common';

function flatten(obj: object, prefix = ''): Record<string, string> {
  return Object.entries(obj).reduce<Record<string, string>>((acc, [k, v]) => {
    if (typeof v === 'string') {
      acc[`${prefix}${k}`] = v;
    } else {
      Object.assign(acc, flatten(v, `${prefix}${k}.`));
    }
    return acc;
  }, {});
}

describe('translations', () => {
  it('French covers every English message with the same placeholders', () => {
    const en = flatten(operationalPilotMessages);
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    const placeholders = (s: string) =>
      (s.match(/\{\{\s*\w+/g) ?? []).map(p => p.replace(/[{\s]/g, '')).sort();
    for (const [key, value] of Object.entries(en)) {
      expect({
        key,
        placeholders: placeholders(fr[key as keyof typeof fr]),
      }).toEqual({
        key,
        placeholders: placeholders(value),
      });
    }
  });

  it('renders the entity tab in French', async () => {
    renderWithEntity(<EntityOperationalPilotContent />, {
      apis: [
        mockApis.appLanguage({
          defaultLanguage: 'fr',
          availableLanguages: ['en', 'fr'],
        }),
      ],
    });
    expect(await screen.findByText('T1 supposé')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Pilotage opérationnel', level: 2 }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Non prêt')[0]).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Responsables et rôles' }),
    ).toBeInTheDocument();
    // The sub-views are named in French too.
    const nav = screen.getByRole('navigation', {
      name: 'Vues du pilotage opérationnel',
    });
    for (const name of [
      'Vue d’ensemble',
      'Critères',
      'Actions',
      'Mises en production',
      'Métadonnées',
      'Attestations et dérogations',
      'Historique',
    ]) {
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(
      screen.getByRole('region', { name: 'Pourquoi ce verdict' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Réévaluer' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Évalué il y a 2 heures/)).toBeInTheDocument();
  });

  it('renders the Criteria sub-view in French', async () => {
    renderWithEntity(<EntityOperationalPilotContent />, {
      initialRouteEntries: ['/criteria'],
      apis: [
        mockApis.appLanguage({
          defaultLanguage: 'fr',
          availableLanguages: ['en', 'fr'],
        }),
      ],
    });
    // Category titles come from the model's French titles.
    const categories = await screen.findByRole('region', {
      name: 'Catégories',
    });
    expect(within(categories).getByText('Responsabilités')).toBeInTheDocument();
  });

  it('renders the Metadata sub-view (owners and roles) in French', async () => {
    renderWithEntity(<EntityOperationalPilotContent />, {
      initialRouteEntries: ['/metadata'],
      apis: [
        mockApis.appLanguage({
          defaultLanguage: 'fr',
          availableLanguages: ['en', 'fr'],
        }),
      ],
    });
    expect(
      await screen.findByText('Astreinte', { selector: 'dt' }),
    ).toBeInTheDocument();
  });
});

describe('engine texts in French', () => {
  // The tab shows the default criteria with their reasons as the engine keys them; in French none of the English
  // titles, how-to-fix or reasons may remain.
  const defaults = new Map(DEFAULT_CRITERIA.map(c => [c.id, c]));
  const frenchReadiness: EntityReadiness = {
    ...readiness,
    verdictReasonMessages: readiness.verdictReasons.map(() => ({
      key: 'metadata.none',
    })),
    criteria: readiness.criteria.map(c => ({
      ...c,
      status: 'fail' as const,
      title: defaults.get(c.id)?.title ?? c.title,
      howToFix: defaults.get(c.id)?.howToFix ?? c.howToFix,
      reason: renderMessage(
        { key: 'metadata.missing', params: { fields: 'tier' } },
        'en',
      ),
      reasonMessage: { key: 'metadata.missing', params: { fields: 'tier' } },
    })),
  };

  it('shows no English title, how-to-fix or reason of a default criterion', async () => {
    renderWithEntity(<EntityOperationalPilotContent />, {
      initialRouteEntries: ['/criteria'],
      api: createMockApi({
        getReadiness: jest.fn().mockResolvedValue(frenchReadiness),
      }),
      apis: [
        mockApis.appLanguage({
          defaultLanguage: 'fr',
          availableLanguages: ['en', 'fr'],
        }),
      ],
    });
    const list = await screen.findByRole('list', { name: 'Critères' });
    for (const c of frenchReadiness.criteria) {
      const def = defaults.get(c.id)!;
      expect(
        within(list).getAllByText(criterionText(def, 'fr').title).length,
      ).toBeGreaterThan(0);
      expect(within(list).queryByText(def.title)).not.toBeInTheDocument();
      expect(
        within(list).queryByText(def.howToFix, { exact: false }),
      ).not.toBeInTheDocument();
    }
    expect(
      within(list).queryAllByText(frenchReadiness.criteria[0].reason),
    ).toHaveLength(0);
    expect(
      within(list).getAllByText(
        renderMessage(
          { key: 'metadata.missing', params: { fields: 'tier' } },
          'fr',
        ),
      ).length,
    ).toBeGreaterThan(0);
  });
});

describe('engine reasons in French', () => {
  // The real engine on the fixture entity: its owner was not found, no metadata or attestation is recorded, and an
  // open release lacks its hand-over signatures. Every reason and sentence the tab shows must be the French one.
  const evaluated = evaluateReadiness(
    buildReadinessModel({ packs: ['core', 'extended'] }),
    {
      entity,
      operations: {
        tier: 'T2',
        serviceHours: '24x7',
        roles: { poa: 'user:default/ghost' },
      },
      related: { 'group:default/team-billing': null },
      attestations: [],
      waivers: [],
      actions: [],
      releases: [
        {
          id: 'r1',
          entityRef: 'component:default/billing-api',
          version: '2.4.0',
          kind: 'minor',
          plannedAt: '2030-01-10T20:00:00Z',
          status: 'planned',
          rev: 1,
          createdBy: 'user:default/jane',
          createdAt: '2029-12-01T00:00:00Z',
          updatedAt: '2029-12-01T00:00:00Z',
        },
      ],
      now: new Date('2029-12-15T12:00:00Z'),
    },
  );
  const french = {
    apis: [
      mockApis.appLanguage({
        defaultLanguage: 'fr',
        availableLanguages: ['en', 'fr'],
      }),
    ],
  };

  it('shows every criterion reason in French, none in English', async () => {
    renderWithEntity(<EntityOperationalPilotContent />, {
      initialRouteEntries: ['/criteria'],
      api: createMockApi({
        getReadiness: jest.fn().mockResolvedValue(evaluated),
      }),
      ...french,
    });
    const list = await screen.findByRole('list', { name: 'Critères' });
    // A converted rule reason (OWN-01), in French.
    expect(
      within(list).getAllByText(
        'le propriétaire group:default/team-billing n’existe pas dans le catalogue',
      ).length,
    ).toBeGreaterThan(0);
    expect(
      within(list).queryByText(
        'owner group:default/team-billing does not exist in the catalog',
      ),
    ).not.toBeInTheDocument();
    for (const c of evaluated.criteria) {
      const inFrench = renderMessage(c.reasonMessage!, 'fr');
      expect(inFrench).not.toBe(c.reason);
      expect(within(list).getAllByText(inFrench).length).toBeGreaterThan(0);
      expect(within(list).queryAllByText(c.reason)).toHaveLength(0);
    }
  });

  it('shows the lifecycle mismatch and what the hand-over lacks in French', async () => {
    renderWithEntity(<EntityOperationalPilotContent />, {
      api: createMockApi({
        getReadiness: jest.fn().mockResolvedValue(evaluated),
      }),
      ...french,
    });
    const mismatch = evaluated.lifecycle!.mismatchReasonMessage!;
    expect(
      await screen.findByText(renderMessage(mismatch, 'fr')),
    ).toBeInTheDocument();
    expect(
      screen.queryByText(evaluated.lifecycle!.mismatchReason!),
    ).not.toBeInTheDocument();
    const release = screen.getByRole('region', {
      name: /2\.4\.0/,
    });
    expect(
      within(release).getByText(
        /signature du POA ; signature du responsable d’exploitation/,
      ),
    ).toBeInTheDocument();
    expect(
      within(release).queryByText(/signature of the/),
    ).not.toBeInTheDocument();
  });
});
