import { screen, within } from '@testing-library/react';
import { mockApis } from '@backstage/frontend-test-utils';
import { operationalPilotMessages } from './translations/en';
import fr from './translations/fr';
import { EntityOperationalPilotContent } from './components/EntityTab/EntityOperationalPilotContent';
import {
  createMockApi,
  readiness,
  renderWithEntity,
} from './__testUtils__/fixtures';
import {
  DEFAULT_CRITERIA,
  criterionText,
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
