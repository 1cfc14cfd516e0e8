import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { coreApis } from '@backstage/frontend-plugin-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { operationalPilotApiRef } from '../../api';
import {
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
    apis: [[operationalPilotApiRef, api]],
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
      within(kpis).getByText(label, { selector: 'dt' }).nextElementSibling
        ?.textContent;
    expect(figure('Entities')).toBe('60');
    expect(figure('Not ready')).toBe('30');
    expect(figure('Average score')).toBe('71.5');
    expect(figure('Overdue actions')).toBe('7');
    expect(figure('Attestations expiring in 30 days')).toBe('3');
    expect(figure('Gold')).toBe('10');

    const distribution = screen.getByRole('region', { name: 'Distribution' });
    expect(
      within(distribution).getByRole('meter', {
        name: 'Ready with reservations',
      }),
    ).toHaveAttribute('aria-valuenow', '20');

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
    await user.click(screen.getByRole('columnheader', { name: /Overdue/ }));
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
      expect(api.exportPortfolioCsv).toHaveBeenCalledWith({
        tier: ['T2'],
        orderBy: 'score',
        order: 'asc',
        limit: undefined,
        offset: undefined,
      }),
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
    expect(api.getPortfolioTrend).toHaveBeenCalledWith({
      groupBy: 'owner',
      days: 90,
    });
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
