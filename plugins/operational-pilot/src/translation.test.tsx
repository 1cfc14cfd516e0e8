import { screen, within } from '@testing-library/react';
import { mockApis } from '@backstage/frontend-test-utils';
import { operationalPilotMessages } from './translations/en';
import fr from './translations/fr';
import { EntityOperationalPilotContent } from './components/EntityTab/EntityOperationalPilotContent';
import { renderWithEntity } from './__testUtils__/fixtures';

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
    expect(
      screen.getByRole('heading', { name: 'Actions de transfert build-run' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Mises en production' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Réévaluer' }),
    ).toBeInTheDocument();
    // Category titles come from the model's French titles; dates and relative times are French too.
    const categories = screen.getByRole('region', { name: 'Catégories' });
    expect(within(categories).getByText('Responsabilités')).toBeInTheDocument();
    expect(screen.getByText(/Évalué il y a 2 heures/)).toBeInTheDocument();
    expect(
      await screen.findByText('Astreinte', { selector: 'dt' }),
    ).toBeInTheDocument();
  });
});
