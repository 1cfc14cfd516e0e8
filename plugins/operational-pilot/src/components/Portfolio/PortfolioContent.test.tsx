import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { coreApis } from '@backstage/frontend-plugin-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { operationalPilotApiRef } from '../../api';
import {
  catalogEntities,
  createMockApi,
  entityRoute,
  httpError,
  portfolio,
} from '../../__testUtils__/fixtures';
import { PortfolioContent } from './PortfolioContent';

function renderPortfolio(search = '', api = createMockApi()) {
  const result = renderInTestApp(<PortfolioContent />, {
    mountPath: '/operational-pilot',
    initialRouteEntries: [`/operational-pilot${search}`],
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRoute },
    apis: [
      [operationalPilotApiRef, api],
      // The owner, system and POA filters pick entities of the catalog.
      catalogApiMock({ entities: catalogEntities }),
    ],
  });
  const location = () =>
    result.apis.get(coreApis.appHistory)!.getSnapshot().location;
  return { ...result, api, location };
}

describe('PortfolioContent', () => {
  it('shows the key figures, the distribution and one page of entities', async () => {
    const { api } = renderPortfolio();
    const kpis = await screen.findByRole('region', { name: 'Key figures' });
    const figure = (label: string) =>
      within(kpis)
        .getByText(label, { selector: 'dt, dt button' })
        .closest('div')
        ?.querySelector('dd')?.textContent;
    expect(figure('Entities')).toBe('60');
    expect(figure('Not ready')).toBe('30');
    expect(figure('Average score')).toBe('71.5');
    expect(figure('Overdue actions')).toBe('7');
    expect(figure('Attestations expiring in 30 days')).toBe('3');
    // Each count once: levels in the distribution only, verdicts in the key figures only.
    expect(within(kpis).queryByText('Gold')).not.toBeInTheDocument();
    const distribution = screen.getByRole('region', { name: 'Distribution' });
    expect(
      within(distribution).getByRole('meter', { name: 'Gold' }),
    ).toHaveAttribute('aria-valuenow', '10');
    expect(
      within(distribution).queryByRole('meter', { name: 'Not ready' }),
    ).not.toBeInTheDocument();

    // The first request asks for one page, sorted by score ascending (worst first).
    expect(api.getPortfolio).toHaveBeenCalledWith({
      orderBy: 'score',
      order: 'asc',
      limit: 25,
      offset: 0,
    });
    const row = (
      await screen.findByRole('rowheader', { name: /Billing API/ })
    ).closest('[role="row"]') as HTMLElement;
    expect(
      within(row).getByRole('link', { name: /Billing API/ }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/billing-api/operational-pilot',
    );
    expect(within(row).getByText('Not ready')).toBeInTheDocument();
    expect(screen.getByText('1–25 of 60')).toBeInTheDocument();
  });

  it('reads the filters from the URL', async () => {
    const { api } = renderPortfolio(
      '?verdict=not-ready&verdict=ready-with-reservations&tier=T1&owner=group:default/a&q=bill&orderBy=title&order=desc&limit=50&offset=50&level=bogus',
    );
    await waitFor(() =>
      expect(api.getPortfolio).toHaveBeenCalledWith({
        verdict: ['not-ready', 'ready-with-reservations'],
        tier: ['T1'],
        owner: ['group:default/a'],
        q: 'bill',
        orderBy: 'title',
        order: 'desc',
        limit: 50,
        offset: 50,
      }),
    );
    expect(await screen.findByRole('textbox', { name: 'Search' })).toHaveValue(
      'bill',
    );
  });

  it('pages on the server and keeps the page in the URL', async () => {
    const { api, location } = renderPortfolio();
    const user = userEvent.setup({ delay: null });
    await screen.findByRole('rowheader', { name: /Billing API/ });
    await user.click(screen.getByRole('button', { name: 'Next table page' }));
    await waitFor(() =>
      expect(api.getPortfolio).toHaveBeenLastCalledWith(
        expect.objectContaining({ offset: 25, limit: 25 }),
      ),
    );
    expect(location().search).toBe('?offset=25');
    expect(await screen.findByText('26–50 of 60')).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: 'Previous table page' }),
    );
    await waitFor(() =>
      expect(api.getPortfolio).toHaveBeenLastCalledWith(
        expect.objectContaining({ offset: 0 }),
      ),
    );
  });

  it('sorts on the server by the clicked column', async () => {
    const { api, location } = renderPortfolio();
    const user = userEvent.setup({ delay: null });
    await screen.findByRole('rowheader', { name: /Billing API/ });
    const entities = screen.getByRole('region', { name: 'Entities' });
    await user.click(
      within(entities).getByRole('columnheader', { name: /Overdue/ }),
    );
    await waitFor(() =>
      expect(api.getPortfolio).toHaveBeenLastCalledWith(
        expect.objectContaining({ orderBy: 'overdueActions', offset: 0 }),
      ),
    );
    expect(location().search).toContain('orderBy=overdueActions');
  });

  it('filters by verdict and free text, resetting the page', async () => {
    const { api, location } = renderPortfolio('?offset=25');
    const user = userEvent.setup({ delay: null });
    await screen.findByRole('rowheader', { name: /Billing API/ });

    await user.click(screen.getByRole('button', { name: /Verdict/ }));
    await user.click(await screen.findByRole('option', { name: 'Not ready' }));
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(api.getPortfolio).toHaveBeenLastCalledWith(
        expect.objectContaining({ verdict: ['not-ready'], offset: 0 }),
      ),
    );
    expect(location().search).toBe('?verdict=not-ready');

    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'billing');
    await waitFor(() =>
      expect(api.getPortfolio).toHaveBeenLastCalledWith(
        expect.objectContaining({ verdict: ['not-ready'], q: 'billing' }),
      ),
    );
    // The text is debounced: one request for the whole word, not one per key.
    const qs = api.getPortfolio.mock.calls.map(c => c[0]?.q).filter(Boolean);
    expect(qs).toEqual(['billing']);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(location().search).toBe(''));
  });

  it('filters by owner and system picked in the catalog, kept in the URL', async () => {
    const { api, location } = renderPortfolio(
      `?owner=${encodeURIComponent('group:default/team-billing')}&offset=25`,
    );
    const user = userEvent.setup({ delay: null });
    await screen.findByRole('rowheader', { name: /Billing API/ });
    // The owner of the URL is shown as a chip of the owner picker.
    expect(screen.getByTitle('group:default/team-billing')).toBeInTheDocument();

    // Owners are groups: of the entities with an "r" (a user, a group, a system, a component), only the group.
    const owner = screen.getByRole('textbox', { name: 'Owner' });
    await user.type(owner, 'r');
    const group = await screen.findByRole('option', { name: /SRE on-call/ });
    expect(screen.getAllByRole('option')).toHaveLength(1);
    await user.click(group);
    await waitFor(() =>
      expect(api.getPortfolio).toHaveBeenLastCalledWith(
        expect.objectContaining({
          owner: ['group:default/team-billing', 'group:default/sre-oncall'],
          offset: 0,
        }),
      ),
    );
    expect(location().search).toBe(
      `?owner=${encodeURIComponent(
        'group:default/team-billing',
      )}&owner=${encodeURIComponent('group:default/sre-oncall')}`,
    );

    const system = screen.getByRole('textbox', { name: 'System' });
    await user.type(system, 'invoic');
    await user.click(
      await screen.findByRole('option', { name: /Invoicing platform/ }),
    );
    await waitFor(() =>
      expect(api.getPortfolio).toHaveBeenLastCalledWith(
        expect.objectContaining({ system: ['system:default/invoicing'] }),
      ),
    );
    expect(location().search).toContain(
      `system=${encodeURIComponent('system:default/invoicing')}`,
    );

    // Removing a chip removes the filter.
    await user.click(system);
    await user.keyboard('{Backspace}');
    await waitFor(() => expect(location().search).not.toContain('system='));
  });

  it('exports the current filter as CSV', async () => {
    const { api } = renderPortfolio('?tier=T2&offset=25');
    const createObjectURL = jest.fn(() => 'blob:csv');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Export CSV' }));
    await waitFor(() =>
      expect(api.exportPortfolioCsv).toHaveBeenCalledWith(
        {
          tier: ['T2'],
          orderBy: 'score',
          order: 'asc',
          limit: undefined,
          offset: undefined,
        },
        // The export follows the app's language.
        { lang: 'en' },
      ),
    );
    await waitFor(() => expect(click).toHaveBeenCalled());
    click.mockRestore();
  });

  it('shows the trend by team', async () => {
    const { api } = renderPortfolio();
    expect(
      await screen.findByRole('img', {
        name: /team-billing: 65 \(3 entities\)/,
      }),
    ).toBeInTheDocument();
    expect(api.getPortfolioTrend).toHaveBeenCalledWith(
      expect.objectContaining({ groupBy: 'owner', days: 90 }),
    );
  });

  it('filters the table by a key figure and shows the active filter', async () => {
    const { api, location } = renderPortfolio('?offset=25');
    const user = userEvent.setup({ delay: null });
    const kpis = await screen.findByRole('region', { name: 'Key figures' });
    const notReady = within(kpis).getByRole('button', { name: 'Not ready' });
    expect(notReady).toHaveAttribute('aria-pressed', 'false');
    expect(
      within(kpis).getByRole('button', { name: 'Entities' }),
    ).toHaveAttribute('aria-pressed', 'true');

    await user.click(notReady);
    await waitFor(() => expect(location().search).toBe('?verdict=not-ready'));
    await waitFor(() =>
      expect(api.getPortfolio).toHaveBeenLastCalledWith(
        expect.objectContaining({ verdict: ['not-ready'], offset: 0 }),
      ),
    );
    expect(
      within(kpis).getByRole('button', { name: 'Not ready' }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(
      within(kpis).getByText('Table filtered by: Not ready'),
    ).toBeInTheDocument();

    // Pressed again: the filter goes.
    await user.click(within(kpis).getByRole('button', { name: 'Not ready' }));
    await waitFor(() => expect(location().search).toBe(''));

    // The overdue tile sorts by overdue actions, worst first.
    await user.click(
      within(kpis).getByRole('button', { name: 'Overdue actions' }),
    );
    await waitFor(() =>
      expect(api.getPortfolio).toHaveBeenLastCalledWith(
        expect.objectContaining({ orderBy: 'overdueActions', order: 'desc' }),
      ),
    );
    expect(
      within(kpis).getByText('Table filtered by: most overdue actions first'),
    ).toBeInTheDocument();
  });

  it('shows the chosen columns only, the others on demand', async () => {
    window.localStorage.clear();
    renderPortfolio();
    const user = userEvent.setup({ delay: null });
    await screen.findByRole('rowheader', { name: /Billing API/ });
    const entities = screen.getByRole('region', { name: 'Entities' });
    for (const name of ['Entity', 'Owner', 'Score', 'Verdict', 'Overdue']) {
      expect(
        within(entities).getByRole('columnheader', { name: new RegExp(name) }),
      ).toBeInTheDocument();
    }
    expect(
      within(entities).queryByRole('columnheader', { name: /System/ }),
    ).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Columns/ }));
    await user.click(await screen.findByRole('option', { name: 'System' }));
    await user.keyboard('{Escape}');
    expect(
      await screen.findByRole('columnheader', { name: /System/ }),
    ).toBeInTheDocument();
    expect(
      JSON.parse(
        window.localStorage.getItem('operational-pilot.portfolio.columns')!,
      ),
    ).toEqual(['system']);
    window.localStorage.clear();
  });

  it('shows the rollups by team and by system', async () => {
    const { api } = renderPortfolio('?tier=T1');
    const user = userEvent.setup({ delay: null });
    const section = await screen.findByRole('region', { name: 'Rollups' });
    const table = await within(section).findByRole('table');
    const row = within(table)
      .getByRole('rowheader', { name: /team-billing/ })
      .closest('tr') as HTMLElement;
    expect(
      within(row)
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['12', '7', '3', '2', '58.4', '9', '4']);
    expect(within(table).getByText('(none)')).toBeInTheDocument();
    expect(
      within(section).getByText(
        'Worst 2 of 2 groups for these filters (most not ready, then lowest average).',
      ),
    ).toBeInTheDocument();
    expect(api.getPortfolioRollups).toHaveBeenCalledWith(
      expect.objectContaining({ groupBy: 'owner', tier: ['T1'] }),
    );

    await user.click(within(section).getByRole('radio', { name: 'By system' }));
    await waitFor(() =>
      expect(api.getPortfolioRollups).toHaveBeenLastCalledWith(
        expect.objectContaining({ groupBy: 'system' }),
      ),
    );
  });

  it('filters the table by a team from the rollups', async () => {
    const { location } = renderPortfolio();
    const user = userEvent.setup({ delay: null });
    const section = await screen.findByRole('region', { name: 'Rollups' });
    await user.click(
      await within(section).findByRole('button', {
        name: 'Filter the table by group:default/team-billing',
      }),
    );
    await waitFor(() =>
      expect(location().search).toBe(
        `?owner=${encodeURIComponent('group:default/team-billing')}`,
      ),
    );
  });

  it('shows an error in the rollups without hiding the table', async () => {
    const api = createMockApi({
      getPortfolioRollups: jest
        .fn()
        .mockRejectedValue(httpError(500, 'rollups down')),
    });
    renderPortfolio('', api);
    const section = await screen.findByRole('region', { name: 'Rollups' });
    expect(
      (await within(section).findAllByText(/rollups down/)).length,
    ).toBeGreaterThan(0);
    expect(
      await screen.findByRole('rowheader', { name: /Billing API/ }),
    ).toBeInTheDocument();
  });

  it('renders the table first and the cards below it once its rows are shown', async () => {
    let answer: (value: typeof portfolio) => void = () => undefined;
    const api = createMockApi({
      getPortfolio: jest.fn().mockReturnValue(
        new Promise<typeof portfolio>(resolve => {
          answer = resolve;
        }),
      ),
    });
    renderPortfolio('', api);
    await screen.findByRole('region', { name: 'Entities' });
    // While the table waits for its data, the cards neither render nor load.
    expect(
      screen.queryByRole('region', { name: 'Rollups' }),
    ).not.toBeInTheDocument();
    expect(api.getPortfolioRollups).not.toHaveBeenCalled();
    expect(api.getPortfolioHeatmap).not.toHaveBeenCalled();
    expect(api.getPortfolioTrend).not.toHaveBeenCalled();

    answer(portfolio);
    expect(
      await screen.findByRole('rowheader', { name: /Billing API/ }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('region', { name: 'Rollups' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('region', {
        name: 'Criteria by team and category',
      }),
    ).toBeInTheDocument();
    expect(api.getPortfolioHeatmap).toHaveBeenCalledTimes(1);
  });

  it('shows the week: biggest drops and waivers', async () => {
    renderPortfolio();
    const section = await screen.findByRole('region', { name: 'This week' });
    expect(
      await within(section).findByRole('link', {
        name: /Billing API: from 75 on .* to 60/,
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/billing-api/operational-pilot',
    );
    expect(within(section).getByText(/75 → 60/)).toBeInTheDocument();
    const figure = (label: string) =>
      within(section).getByText(label, { selector: 'dt' }).nextElementSibling
        ?.textContent;
    expect(figure('Active waivers')).toBe('5');
    expect(figure('Expiring within 30 days')).toBe('1');
    expect(within(section).getByText(/SEC-01, expires/)).toBeInTheDocument();
  });

  it('shows the portfolio score over time for the current filters, with focusable labelled points', async () => {
    const api = createMockApi({
      getPortfolioTrend: jest.fn().mockResolvedValue({
        groupBy: 'portfolio',
        series: [
          {
            key: 'portfolio',
            points: [
              { day: '2026-11-01', averageScore: 60, entities: 40 },
              { day: '2026-11-02', averageScore: 65, entities: 41 },
            ],
          },
        ],
      }),
    });
    renderPortfolio('?verdict=not-ready', api);
    const section = await screen.findByRole('region', {
      name: 'Portfolio score over time',
    });
    const chart = await within(section).findByRole('group', {
      name: /Average score from 60 to 65 over 90 days/,
    });
    const points = within(chart).getAllByRole('img');
    expect(points).toHaveLength(2);
    expect(points[1]).toHaveAccessibleName(/average 65 \(41 entities\)/);
    expect(points[1]).toHaveAttribute('tabindex', '0');
    // Values are written on the chart, and the axis does not start at 0.
    expect(within(chart).getByText('60')).toBeInTheDocument();
    expect(within(chart).getByText('65')).toBeInTheDocument();
    expect(within(chart).queryByText('0')).not.toBeInTheDocument();
    expect(api.getPortfolioTrend).toHaveBeenCalledWith(
      expect.objectContaining({
        groupBy: 'portfolio',
        days: 90,
        verdict: ['not-ready'],
      }),
    );
  });

  it('shows a progress bar while loading', async () => {
    const api = createMockApi({
      getPortfolio: jest.fn().mockReturnValue(new Promise(() => {})),
    });
    renderPortfolio('', api);
    expect((await screen.findAllByRole('progressbar')).length).toBeGreaterThan(
      0,
    );
    expect(
      screen.queryByRole('region', { name: 'Key figures' }),
    ).not.toBeInTheDocument();
  });

  it('shows an empty result', async () => {
    const api = createMockApi({
      getPortfolio: jest
        .fn()
        .mockResolvedValue({ ...portfolio, items: [], totalItems: 0 }),
    });
    renderPortfolio('', api);
    expect(
      await screen.findByText('No entity matches these filters.'),
    ).toBeInTheDocument();
  });

  it('shows a server error', async () => {
    const api = createMockApi({
      getPortfolio: jest
        .fn()
        .mockRejectedValue(httpError(500, 'portfolio down')),
    });
    renderPortfolio('', api);
    expect(
      (await screen.findAllByText(/portfolio down/)).length,
    ).toBeGreaterThan(0);
  });
});

describe('release calendar, change success and lifecycle mismatch', () => {
  const calendarItem = {
    releaseId: 'r1',
    entityRef: 'component:default/billing-api',
    title: 'Billing API',
    tier: 'T1' as const,
    version: '2.4.0',
    kind: 'minor' as const,
    changeType: 'emergency' as const,
    status: 'planned' as const,
    plannedAt: '2030-01-10T20:00:00Z',
    goNoGo: 'not-ready' as const,
    handover: 'not-ready' as const,
    blockers: 2,
  };

  it('lists the releases of the period with the current filters, linking to the release workspace', async () => {
    const api = createMockApi({
      getReleaseCalendar: jest
        .fn()
        .mockResolvedValue({ items: [calendarItem] }),
    });
    renderPortfolio('?tier=T1&verdict=not-ready', api);
    const calendar = await screen.findByRole('region', {
      name: 'Release calendar',
    });
    const link = await within(calendar).findByRole('link', {
      name: 'Billing API',
    });
    expect(link.getAttribute('href')).toMatch(
      /\/catalog\/default\/component\/billing-api\/operational-pilot\/releases\/r1$/,
    );
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('2.4.0')).toBeInTheDocument();
    expect(within(row).getByText('Emergency change')).toBeInTheDocument();
    expect(within(row).getAllByText('Not ready')).toHaveLength(2);
    expect(within(row).getByText('2')).toBeInTheDocument();
    const [query] = api.getReleaseCalendar.mock.calls[0];
    expect(query).toMatchObject({ tier: ['T1'], verdict: ['not-ready'] });
    expect(query?.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(query).not.toHaveProperty('limit');
  });

  it('shows the change success rate and the readiness at go versus outcome', async () => {
    const api = createMockApi({
      getChangeSuccess: jest.fn().mockResolvedValue({
        groupBy: 'owner',
        groups: [
          {
            key: 'group:default/team-billing',
            total: 10,
            succeeded: 9,
            rate: 0.9,
            months: [],
          },
        ],
        byGateVerdict: [
          {
            verdict: 'ready-for-run',
            total: 8,
            succeeded: 8,
            failed: 0,
            rate: 1,
          },
          {
            verdict: 'not-ready',
            total: 2,
            succeeded: 1,
            failed: 1,
            rate: 0.5,
          },
        ],
      }),
    });
    renderPortfolio('', api);
    const section = await screen.findByRole('region', {
      name: 'Change success',
    });
    expect(await within(section).findByText('90 %')).toBeInTheDocument();
    const atGo = within(section).getByRole('table', {
      name: 'Readiness at go vs outcome',
    });
    expect(within(atGo).getByText('50 %')).toBeInTheDocument();
    expect(within(atGo).getByText('100 %')).toBeInTheDocument();
    expect(api.getChangeSuccess).toHaveBeenCalledWith({
      groupBy: 'owner',
      months: 12,
    });
  });

  it('filters on lifecycle mismatches', async () => {
    const { api, location } = renderPortfolio();
    const user = userEvent.setup({ delay: null });
    await user.click(
      await screen.findByRole('switch', { name: 'Lifecycle mismatch only' }),
    );
    await waitFor(() =>
      expect(location().search).toContain('lifecycleMismatch=true'),
    );
    await waitFor(() =>
      expect(api.getPortfolio).toHaveBeenLastCalledWith(
        expect.objectContaining({ lifecycleMismatch: true }),
      ),
    );
    await waitFor(() =>
      expect(api.getReleaseCalendar).toHaveBeenLastCalledWith(
        expect.objectContaining({ lifecycleMismatch: true }),
      ),
    );
  });
});
