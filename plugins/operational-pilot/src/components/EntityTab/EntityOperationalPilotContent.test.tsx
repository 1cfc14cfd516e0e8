import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  createMockApi,
  ENTITY_PATH,
  httpError,
  readiness,
  renderWithEntity,
} from '../../__testUtils__/fixtures';
import { EntityOperationalPilotContent } from './EntityOperationalPilotContent';

describe('EntityOperationalPilotContent', () => {
  it('shows the readiness header, blockers first, categories and criteria', async () => {
    const { api } = renderWithEntity(<EntityOperationalPilotContent />);
    expect(await screen.findByText('Assumed T1')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Operational pilot', level: 2 }),
    ).toBeInTheDocument();
    expect(api.getReadiness).toHaveBeenCalledWith(ENTITY_PATH);

    // Verdict, its meaning, level, assumed tier, evaluation time.
    expect(screen.getAllByText('Not ready')[0]).toBeInTheDocument();
    expect(screen.getByText(/A blocking criterion fails/)).toBeInTheDocument();
    expect(screen.getAllByText('Bronze')[0]).toBeInTheDocument();
    expect(screen.getByText('Assumed T1')).toBeInTheDocument();
    expect(screen.getByText(/Evaluated 2 hours ago/)).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Readiness score: 72 / 100' }),
    ).toBeInTheDocument();

    // Blockers section lists the blocking failure with how to fix.
    const blockers = screen.getByRole('region', { name: 'Blockers' });
    expect(
      within(blockers).getByText('Ops owner assigned'),
    ).toBeInTheDocument();
    expect(
      within(blockers).getByText(
        /Assign the ops owner in the operational metadata/,
      ),
    ).toBeInTheDocument();

    // Categories with scores, N/A when nothing applies.
    const categories = screen.getByRole('region', { name: 'Categories' });
    expect(
      within(categories).getByRole('meter', { name: 'Ownership' }),
    ).toHaveAttribute('aria-valuenow', '50');
    expect(within(categories).getByText('Not applicable')).toBeInTheDocument();

    // Criteria: blocking failure first, with status, evidence link and expiry.
    const list = screen.getByRole('list', { name: 'Criteria' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveAccessibleName('OWN-03 Ops owner assigned');
    expect(within(items[0]).getByText('Fail')).toBeInTheDocument();
    expect(within(items[0]).getByText('Blocking')).toBeInTheDocument();
    const drill = items.find(i =>
      i.getAttribute('aria-label')?.startsWith('BCK-03'),
    )!;
    expect(within(drill).getByText('Expiring')).toBeInTheDocument();
    expect(
      within(drill).getByRole('link', { name: /Drill report/ }),
    ).toHaveAttribute('href', 'https://example.com/drill');
    expect(within(drill).getByText(/Expires in 10 days/)).toBeInTheDocument();

    // Every section is there, with its heading.
    for (const name of [
      'Owners and roles',
      'Handoff actions',
      'Operational metadata',
      'Attestations and waivers',
      'Releases',
      'History',
    ]) {
      expect(
        screen.getByRole('heading', { name, level: 2 }),
      ).toBeInTheDocument();
    }
  });

  it('filters criteria: failing only, and by category', async () => {
    renderWithEntity(<EntityOperationalPilotContent />);
    const list = await screen.findByRole('list', { name: 'Criteria' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);

    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('switch', { name: 'Failing only' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    await user.click(screen.getByRole('switch', { name: 'Failing only' }));

    await user.click(screen.getByRole('button', { name: /Category/ }));
    await user.click(
      await screen.findByRole('option', { name: 'Backup and restore' }),
    );
    await waitFor(() =>
      expect(within(list).getAllByRole('listitem')).toHaveLength(1),
    );
    expect(within(list).getByText('Restore test done')).toBeInTheDocument();
  });

  it('shows a progress bar while loading', async () => {
    const api = createMockApi({
      getReadiness: jest.fn().mockReturnValue(new Promise(() => {})),
    });
    renderWithEntity(<EntityOperationalPilotContent />, { api });
    expect(
      await screen.findByRole('heading', { name: 'Operational pilot' }),
    ).toBeInTheDocument();
    expect((await screen.findAllByRole('progressbar')).length).toBeGreaterThan(
      0,
    );
  });

  it('shows the server error', async () => {
    const api = createMockApi({
      getReadiness: jest
        .fn()
        .mockRejectedValue(httpError(500, 'database is down')),
    });
    renderWithEntity(<EntityOperationalPilotContent />, { api });
    expect(
      (await screen.findAllByText(/database is down/)).length,
    ).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('explains a 404 (entity unknown to the plugin)', async () => {
    const api = createMockApi({
      getReadiness: jest.fn().mockRejectedValue(httpError(404, 'not found')),
    });
    renderWithEntity(<EntityOperationalPilotContent />, { api });
    expect(await screen.findByText('Not in the catalog')).toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: 'Handoff actions' }),
    ).not.toBeInTheDocument();
  });

  it('shows an empty state when the entity was never evaluated', async () => {
    const api = createMockApi({
      getReadiness: jest.fn().mockResolvedValue({
        ...readiness,
        criteria: [],
        categories: [],
        blockers: [],
        nextSteps: [],
      }),
    });
    renderWithEntity(<EntityOperationalPilotContent />, { api });
    expect(await screen.findByText('Not evaluated yet')).toBeInTheDocument();
  });

  it('re-evaluates on demand', async () => {
    const api = createMockApi({
      evaluate: jest.fn().mockResolvedValue({
        ...readiness,
        score: 95,
        verdict: 'ready-for-run',
      }),
    });
    renderWithEntity(<EntityOperationalPilotContent />, { api });
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Re-evaluate' }));
    expect(api.evaluate).toHaveBeenCalledWith(ENTITY_PATH);
    expect(
      await screen.findByRole('img', { name: 'Readiness score: 95 / 100' }),
    ).toBeInTheDocument();
  });
});

describe('EntityOperationalPilotContent for a reader', () => {
  it('shows the whole tab without a single edit control', async () => {
    renderWithEntity(<EntityOperationalPilotContent />, { allow: false });
    expect(await screen.findByText('Assumed T1')).toBeInTheDocument();
    // Wait for every section to load.
    expect(await screen.findByText('Assign the ops owner')).toBeInTheDocument();
    expect(
      await screen.findByText('Ops team being staffed'),
    ).toBeInTheDocument();
    expect((await screen.findAllByText('2.4.0')).length).toBeGreaterThan(0);
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: 'Re-evaluate' }),
      ).not.toBeInTheDocument(),
    );
    for (const name of [
      'Edit metadata',
      'New action',
      'Start',
      'Record attestation',
      'Request waiver',
      'Plan release',
      /^Approve/,
      /^Edit/,
      /go\/no-go/,
    ]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
  });
});
