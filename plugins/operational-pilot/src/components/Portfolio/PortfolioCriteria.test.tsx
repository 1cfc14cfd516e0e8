import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { coreApis } from '@backstage/frontend-plugin-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { operationalPilotApiRef } from '../../api';
import {
  catalogEntities,
  createMockApi,
  entityRoute,
  httpError,
} from '../../__testUtils__/fixtures';
import { FailingCriteria } from './FailingCriteria';
import { PortfolioContent } from './PortfolioContent';
import { PortfolioHeatmap, shareTone } from './PortfolioHeatmap';

const FILTERS = { tier: ['T1' as const] };
const FRENCH = mockApis.appLanguage({
  defaultLanguage: 'fr',
  availableLanguages: ['en', 'fr'],
});

function render(
  element: JSX.Element,
  api = createMockApi(),
  extraApis: any[] = [],
) {
  renderInTestApp(element, {
    // Team names link to the catalog.
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRoute },
    apis: [
      [operationalPilotApiRef, api],
      catalogApiMock({ entities: catalogEntities }),
      ...extraApis,
    ],
  });
  return api;
}

describe('PortfolioHeatmap', () => {
  it('is a table of teams × categories with the passing share written and coloured, worst teams first', async () => {
    const onFilter = jest.fn();
    const api = render(
      <PortfolioHeatmap filters={FILTERS} onFilter={onFilter} />,
    );
    const section = await screen.findByRole('region', {
      name: 'Criteria by team and category',
    });
    const table = await within(section).findByRole('table');
    expect(api.getPortfolioHeatmap).toHaveBeenCalledWith(FILTERS);
    // Categories in the model's order (Ownership before Backup), whatever the answer's order.
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map(h => h.textContent),
    ).toEqual(['Team', 'All categories', 'Ownership', 'Backup and restore']);
    const billing = within(table)
      .getByRole('rowheader', { name: /team-billing/ })
      .closest('tr') as HTMLElement;
    const cells = within(billing).getAllByRole('cell');
    expect(cells.map(c => c.textContent)).toEqual(['57%', '90%', '40%']);
    expect(cells.map(c => c.getAttribute('data-tone'))).toEqual([
      'negative',
      'positive',
      'negative',
    ]);
    expect(cells[2]).toHaveAttribute(
      'title',
      'group:default/team-billing, Backup and restore: 8 of 20 criteria pass (40%), 10 failing, 10 entities',
    );
    // Entities without an owner: their own row; no applicable Backup criterion there.
    const none = within(table)
      .getByRole('rowheader', { name: '(none)' })
      .closest('tr') as HTMLElement;
    const noneCells = within(none).getAllByRole('cell');
    expect(noneCells.map(c => c.textContent)).toEqual(['67%', '67%', '—']);
    expect(noneCells[2]).toHaveAttribute('title', 'No applicable criterion');
    expect(
      within(section).getByText(/worst 2 of 3 teams for these filters/),
    ).toBeInTheDocument();

    // A cell, or the team's button, filters the table by the team; the no-owner row cannot.
    const user = userEvent.setup({ delay: null });
    await user.click(cells[2]);
    expect(onFilter).toHaveBeenLastCalledWith({
      owner: ['group:default/team-billing'],
    });
    await user.click(noneCells[1]);
    expect(onFilter).toHaveBeenCalledTimes(1);
    await user.click(
      within(billing).getByRole('button', {
        name: 'Filter the table by group:default/team-billing',
      }),
    );
    expect(onFilter).toHaveBeenCalledTimes(2);
  });

  it('says when there is nothing to show', async () => {
    render(
      <PortfolioHeatmap filters={{}} onFilter={jest.fn()} />,
      createMockApi({
        getPortfolioHeatmap: jest
          .fn()
          .mockResolvedValue({ categories: [], totalTeams: 0, teams: [] }),
      }),
    );
    expect(
      await screen.findByText('No criterion result for these filters yet.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows an error from the backend', async () => {
    render(
      <PortfolioHeatmap filters={{}} onFilter={jest.fn()} />,
      createMockApi({
        getPortfolioHeatmap: jest
          .fn()
          .mockRejectedValue(httpError(500, 'heat map down')),
      }),
    );
    expect(
      (await screen.findAllByText(/heat map down/)).length,
    ).toBeGreaterThan(0);
  });

  it('bands shares for the colour', () => {
    expect([100, 85, 84.9, 60, 59.9, 0].map(shareTone)).toEqual([
      'positive',
      'positive',
      'warning',
      'warning',
      'negative',
      'negative',
    ]);
  });

  it('speaks French', async () => {
    render(
      <PortfolioHeatmap filters={{}} onFilter={jest.fn()} />,
      createMockApi(),
      [FRENCH],
    );
    const table = await screen.findByRole('table');
    await waitFor(() =>
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map(h => h.textContent),
      ).toEqual([
        'Équipe',
        'Toutes catégories',
        'Responsabilités',
        'Sauvegarde et restauration',
      ]),
    );
    expect(within(table).getByText('40 %')).toBeInTheDocument();
  });
});

describe('FailingCriteria', () => {
  it('lists the most failing criteria with their titles, counts and a bar', async () => {
    const api = render(<FailingCriteria filters={FILTERS} />);
    const section = await screen.findByRole('region', {
      name: 'Most failing criteria',
    });
    const items = await within(section).findAllByRole('listitem');
    expect(api.getPortfolioFailingCriteria).toHaveBeenCalledWith({
      ...FILTERS,
      limit: 10,
    });
    expect(items.map(i => i.textContent)).toEqual([
      expect.stringMatching(
        /^BCK-03 Restore test done.*24 entities \(40%\) · 9 blocking$/,
      ),
      expect.stringMatching(/^OWN-03 Ops owner assigned.*6 entities \(10%\)$/),
    ]);
    const bar = within(items[0]).getByRole('meter', {
      name: 'BCK-03 Restore test done',
    });
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(bar).toHaveAttribute('aria-valuetext', '24 entities (40%)');
    expect(
      within(section).getByText(
        '2 of 14 failing criteria, by number of entities failing them, out of 60 entities for these filters.',
      ),
    ).toBeInTheDocument();
  });

  it('says when no criterion fails', async () => {
    render(
      <FailingCriteria filters={{}} />,
      createMockApi({
        getPortfolioFailingCriteria: jest.fn().mockResolvedValue({
          evaluatedEntities: 3,
          totalCriteria: 0,
          criteria: [],
        }),
      }),
    );
    expect(
      await screen.findByText('No criterion fails for these filters.'),
    ).toBeInTheDocument();
  });

  it('speaks French, criterion titles included', async () => {
    render(<FailingCriteria filters={{}} />, createMockApi(), [FRENCH]);
    expect(
      await screen.findByRole('meter', { name: 'BCK-03 Restauration testée' }),
    ).toHaveAttribute('aria-valuetext', '24 entités (40 %)');
    expect(screen.getByText(/9 bloquants/)).toBeInTheDocument();
  });
});

describe('the portfolio page', () => {
  it('shows both cards with the filters of the table, and a heat map cell filters the table by its team', async () => {
    const api = createMockApi();
    const result = renderInTestApp(<PortfolioContent />, {
      mountPath: '/operational-pilot',
      initialRouteEntries: ['/operational-pilot?tier=T1'],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRoute },
      apis: [
        [operationalPilotApiRef, api],
        catalogApiMock({ entities: catalogEntities }),
      ],
    });
    const location = () =>
      result.apis.get(coreApis.appHistory)!.getSnapshot().location;
    await screen.findByRole('region', { name: 'Most failing criteria' });
    const section = await screen.findByRole('region', {
      name: 'Criteria by team and category',
    });
    expect(api.getPortfolioHeatmap).toHaveBeenCalledWith({ tier: ['T1'] });
    expect(api.getPortfolioFailingCriteria).toHaveBeenCalledWith({
      tier: ['T1'],
      limit: 10,
    });
    const user = userEvent.setup({ delay: null });
    await user.click(await within(section).findByText('40%'));
    await waitFor(() => {
      const params = new URLSearchParams(location().search);
      expect(params.getAll('owner')).toEqual(['group:default/team-billing']);
      expect(params.getAll('tier')).toEqual(['T1']);
    });
  });
});
