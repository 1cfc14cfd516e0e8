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
  it('opens on the overview: score, verdict, why (the blockers once), gates, next steps and owners', async () => {
    renderWithEntity(<EntityOperationalPilotContent />);
    expect(await screen.findByText('Assumed T1')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Operational pilot', level: 2 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/A blocking criterion fails/)).toBeInTheDocument();
    expect(screen.getByText(/Evaluated 2 hours ago/)).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Readiness score: 72 / 100' }),
    ).toBeInTheDocument();

    const why = screen.getByRole('region', { name: 'Why this verdict' });
    const blockers = within(why).getByRole('list', { name: 'Blockers' });
    expect(
      within(blockers).getByText('Ops owner assigned'),
    ).toBeInTheDocument();
    // The engine's sentence repeats the blocker: not shown a second time.
    expect(
      screen.queryByText('OWN-03 is blocking for T1 and fails'),
    ).not.toBeInTheDocument();
    // The how-to-fix leads to the field the criterion reads (roles check → roles.opsOwner).
    expect(
      within(why).getByRole('link', { name: 'Edit roles.opsOwner' }),
    ).toHaveAttribute('href', '/metadata#field=roles.opsOwner');
    expect(
      screen.getByRole('region', { name: 'Run readiness and release gates' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Owners and roles' }),
    ).toBeInTheDocument();
    // The criteria list is a sub-view of its own.
    expect(
      screen.queryByRole('list', { name: 'Criteria' }),
    ).not.toBeInTheDocument();
  });

  it('links every sub-view by name at its own URL', async () => {
    renderWithEntity(<EntityOperationalPilotContent />);
    const nav = await screen.findByRole('navigation', {
      name: 'Operational pilot views',
    });
    const expected: Array<[string, string]> = [
      ['Overview', '/'],
      ['Criteria', '/criteria'],
      ['Actions', '/actions'],
      ['Releases', '/releases'],
      ['Metadata', '/metadata'],
      ['Attestations and waivers', '/attestations'],
      ['History', '/history'],
    ];
    for (const [name, href] of expected) {
      expect(within(nav).getByRole('link', { name })).toHaveAttribute(
        'href',
        href,
      );
    }
    expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const user = userEvent.setup({ delay: null });
    await user.click(within(nav).getByRole('link', { name: 'Criteria' }));
    expect(
      await screen.findByRole('list', { name: 'Criteria' }),
    ).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Criteria' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await user.click(within(nav).getByRole('link', { name: 'History' }));
    expect(
      await screen.findByRole('heading', { name: 'History', level: 2 }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('list', { name: 'Criteria' }),
    ).not.toBeInTheDocument();
  });

  it.each([
    ['/actions', 'Handoff actions'],
    ['/releases', 'Releases'],
    ['/metadata', 'Operational metadata'],
    ['/attestations', 'Attestations and waivers'],
    ['/history', 'History'],
  ])('opens %s directly', async (path, heading) => {
    renderWithEntity(<EntityOperationalPilotContent />, {
      initialRouteEntries: [path],
    });
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { name: heading, level: 2 }),
      ).toBeInTheDocument(),
    );
  });

  it('shows only the configured sub-views', async () => {
    renderWithEntity(
      <EntityOperationalPilotContent views={['criteria', 'actions']} />,
    );
    const nav = await screen.findByRole('navigation', {
      name: 'Operational pilot views',
    });
    expect(
      within(nav)
        .getAllByRole('link')
        .map(l => l.textContent),
    ).toEqual(['Overview', 'Criteria', 'Actions']);
  });

  it('shows categories and every criterion, blockers first, on the Criteria sub-view', async () => {
    renderWithEntity(<EntityOperationalPilotContent />, {
      initialRouteEntries: ['/criteria'],
    });
    const categories = await screen.findByRole('region', {
      name: 'Categories',
    });
    expect(
      within(categories).getByRole('meter', { name: 'Ownership' }),
    ).toHaveAttribute('aria-valuenow', '50');
    expect(within(categories).getByText('Not applicable')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Criteria' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveAccessibleName('OWN-03 Ops owner assigned');
    expect(within(items[0]).getByText('Fail')).toBeInTheDocument();
    const drill = within(list).getByRole('listitem', {
      name: 'BCK-03 Restore test done',
    });
    expect(
      within(drill).getByRole('link', { name: /Drill report/ }),
    ).toHaveAttribute('href', 'https://example.com/drill');
  });

  it('acts from a criterion row: attest preselected, waiver preselected, open the linked action', async () => {
    renderWithEntity(<EntityOperationalPilotContent />, {
      initialRouteEntries: ['/criteria'],
    });
    const list = await screen.findByRole('list', { name: 'Criteria' });
    const own03 = within(list).getByRole('listitem', {
      name: 'OWN-03 Ops owner assigned',
    });
    expect(
      within(own03).getByRole('link', { name: 'Open the action of OWN-03' }),
    ).toHaveAttribute('href', '/actions#action=a1');
    const user = userEvent.setup({ delay: null });
    await user.click(
      await within(own03).findByRole('button', {
        name: 'Request a waiver for OWN-03',
      }),
    );
    const waiver = await screen.findByRole('dialog');
    expect(within(waiver).getAllByText(/OWN-03/).length).toBeGreaterThan(0);
    await user.click(within(waiver).getByRole('button', { name: 'Cancel' }));

    const bck03 = within(list).getByRole('listitem', {
      name: 'BCK-03 Restore test done',
    });
    await user.click(
      within(bck03).getByRole('button', { name: 'Attest BCK-03' }),
    );
    const attest = await screen.findByRole('dialog');
    expect(within(attest).getAllByText(/BCK-03/).length).toBeGreaterThan(0);
  });

  it('offers no row action a user may not take', async () => {
    renderWithEntity(<EntityOperationalPilotContent />, {
      initialRouteEntries: ['/criteria'],
      // May update actions, nothing else.
      allow: name => name === 'operational-pilot.action.update',
    });
    const list = await screen.findByRole('list', { name: 'Criteria' });
    await waitFor(() =>
      expect(
        screen.getAllByRole('link', { name: /Open the action/ }),
      ).toHaveLength(1),
    );
    expect(
      within(list).queryByRole('button', {
        name: /^Attest|Request a waiver|Create an action/,
      }),
    ).not.toBeInTheDocument();
  });

  it('opens the metadata editor on the field a link names', async () => {
    renderWithEntity(<EntityOperationalPilotContent />, {
      initialRouteEntries: ['/metadata#field=slo.availability'],
    });
    expect(
      await screen.findByText('Field to fix: slo.availability'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(document.activeElement).toHaveAttribute(
        'name',
        'slo.availability',
      ),
    );
  });

  it('tells a reader who may not edit which field to ask for', async () => {
    renderWithEntity(<EntityOperationalPilotContent />, {
      initialRouteEntries: ['/metadata#field=slo.availability'],
      allow: false,
    });
    expect(
      await screen.findByText(
        /ask the POA or the ops owner to set slo.availability/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Edit metadata' }),
    ).not.toBeInTheDocument();
  });

  it('filters criteria: failing only, and by category', async () => {
    renderWithEntity(<EntityOperationalPilotContent />, {
      initialRouteEntries: ['/criteria'],
    });
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
  it.each([
    '/',
    '/criteria',
    '/actions',
    '/metadata',
    '/attestations',
    '/releases',
  ])('shows %s without a single edit control', async path => {
    renderWithEntity(<EntityOperationalPilotContent />, {
      allow: false,
      initialRouteEntries: [path],
    });
    expect(
      await screen.findByRole('navigation', {
        name: 'Operational pilot views',
      }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryAllByRole('progressbar')).toHaveLength(0),
    );
    for (const name of [
      'Re-evaluate',
      'Edit metadata',
      'New action',
      'Start',
      'Record attestation',
      'Request waiver',
      'Plan release',
      /^Attest/,
      /^Request a waiver/,
      /^Create an action/,
      /^Approve/,
      /^Edit/,
      /go\/no-go/,
    ]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
  });
});
