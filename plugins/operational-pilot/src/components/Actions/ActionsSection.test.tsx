import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  action,
  createMockApi,
  day,
  ENTITY_PATH,
  httpError,
  renderWithEntity,
} from '../../__testUtils__/fixtures';
import { EntityPilotProvider } from '../EntityTab/EntityPilotContext';
import { ActionsSection } from './ActionsSection';

function renderSection(options: Parameters<typeof renderWithEntity>[1] = {}) {
  return renderWithEntity(
    <EntityPilotProvider>
      <ActionsSection />
    </EntityPilotProvider>,
    options,
  );
}

async function findRow(name: string) {
  const cell = await screen.findByRole('rowheader', { name: new RegExp(name) });
  return cell.closest('[role="row"]') as HTMLElement;
}

describe('ActionsSection', () => {
  it('groups actions by phase and highlights overdue ones', async () => {
    const api = createMockApi({
      listActions: jest.fn().mockResolvedValue({
        items: [
          action(),
          action({
            id: 'a2',
            title: 'Smoke tests',
            phase: 'during',
            status: 'proposed',
            dueDate: day(5),
          }),
          action({
            id: 'a3',
            title: 'Old cancelled one',
            phase: 'run',
            status: 'cancelled',
          }),
        ],
      }),
    });
    renderSection({ api });
    const section = await screen.findByRole('region', {
      name: 'Handoff actions',
    });
    expect(
      within(section).getByRole('heading', { name: 'Handoff actions' }),
    ).toBeInTheDocument();

    const before = await screen.findByRole('region', {
      name: 'Before release',
    });
    expect(
      within(before).getByText('Assign the ops owner'),
    ).toBeInTheDocument();
    expect(within(before).getByText('Overdue')).toBeInTheDocument();
    expect(within(before).getByText('Blocking')).toBeInTheDocument();
    const during = screen.getByRole('region', { name: 'During release' });
    expect(within(during).getByText('Smoke tests')).toBeInTheDocument();
    expect(within(during).queryByText('Overdue')).not.toBeInTheDocument();
    expect(screen.getByText('1 overdue')).toBeInTheDocument();
    expect(screen.getByText('1 open')).toBeInTheDocument();

    // Closed actions are hidden until asked for.
    expect(screen.queryByText('Old cancelled one')).not.toBeInTheDocument();
    await userEvent
      .setup()
      .click(screen.getByRole('switch', { name: 'Show closed actions' }));
    expect(screen.getByText('Old cancelled one')).toBeInTheDocument();
  });

  it('offers only the legal transitions and moves an action with If-Match', async () => {
    const { api } = renderSection();
    const row = await findRow('Assign the ops owner');
    const buttons = within(row)
      .getAllByRole('button')
      .map(b => b.textContent);
    // open → in_progress, blocked, cancelled, risk_accepted (+ edit)
    expect(buttons).toEqual([
      'Start',
      'Block',
      'Cancel action',
      'Accept risk',
      'Edit',
    ]);
    expect(
      within(row).queryByRole('button', { name: 'Verify' }),
    ).not.toBeInTheDocument();

    await userEvent
      .setup()
      .click(within(row).getByRole('button', { name: 'Start' }));
    await waitFor(() =>
      expect(api.updateAction).toHaveBeenCalledWith(
        'a1',
        { status: 'in_progress' },
        2,
      ),
    );
    await waitFor(() => expect(api.listActions).toHaveBeenCalledTimes(2));
  });

  it('names the transitions after the status machine', async () => {
    const api = createMockApi({
      listActions: jest.fn().mockResolvedValue({
        items: [
          action({ id: 'p', title: 'Proposed one', status: 'proposed' }),
          action({ id: 'd', title: 'Done one', status: 'done' }),
          action({ id: 'b', title: 'Blocked one', status: 'blocked' }),
        ],
      }),
    });
    renderSection({ api });
    const names = async (title: string) =>
      within(await findRow(title))
        .getAllByRole('button')
        .map(b => b.textContent);
    expect(await names('Proposed one')).toEqual([
      'Accept',
      'Dismiss',
      'Accept risk',
      'Edit',
    ]);
    expect(await names('Done one')).toEqual(['Verify', 'Reject', 'Edit']);
    expect(await names('Blocked one')).toEqual([
      'Unblock',
      'Reopen',
      'Cancel action',
      'Accept risk',
      'Edit',
    ]);
  });

  it('asks for a reason before blocking', async () => {
    const { api } = renderSection();
    const user = userEvent.setup({ delay: null });
    const row = await findRow('Assign the ops owner');
    await user.click(within(row).getByRole('button', { name: 'Block' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Block: Assign the ops owner',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Block' }));
    expect(
      await within(dialog).findByText('This field is required.'),
    ).toBeInTheDocument();
    expect(api.updateAction).not.toHaveBeenCalled();

    await user.type(
      within(dialog).getByRole('textbox', { name: /Why is it blocked/ }),
      'Waiting for the ops team',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Block' }));
    await waitFor(() =>
      expect(api.updateAction).toHaveBeenCalledWith(
        'a1',
        { status: 'blocked', blockedReason: 'Waiting for the ops team' },
        2,
      ),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
  });

  it('asks for a resolution and a bounded waiver expiry to accept a risk', async () => {
    const { api } = renderSection();
    const user = userEvent.setup({ delay: null });
    const row = await findRow('Assign the ops owner');
    await user.click(within(row).getByRole('button', { name: 'Accept risk' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(
      within(dialog).getByRole('textbox', { name: /Resolution/ }),
      'Accepted by the business',
    );
    // A native date picker; its value (YYYY-MM-DD) is sent as is.
    const expiry = within(dialog).getByLabelText(/Waiver expires on/);
    expect(expiry).toHaveAttribute('type', 'date');
    fireEvent.change(expiry, { target: { value: day(200) } });
    await user.click(
      within(dialog).getByRole('button', { name: 'Accept risk' }),
    );
    expect(
      await within(dialog).findByText('At most 90 days from today.'),
    ).toBeInTheDocument();

    fireEvent.change(expiry, { target: { value: day(30) } });
    await user.click(
      within(dialog).getByRole('button', { name: 'Accept risk' }),
    );
    await waitFor(() =>
      expect(api.updateAction).toHaveBeenCalledWith(
        'a1',
        {
          status: 'risk_accepted',
          resolution: 'Accepted by the business',
          waiverExpiresAt: day(30),
        },
        2,
      ),
    );
  });

  it('shows a reload prompt when the action changed meanwhile (412)', async () => {
    const api = createMockApi({
      updateAction: jest.fn().mockRejectedValue(httpError(412, 'stale')),
    });
    renderSection({ api });
    const user = userEvent.setup({ delay: null });
    const row = await findRow('Assign the ops owner');
    await user.click(within(row).getByRole('button', { name: 'Start' }));
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText(/Someone else changed this/),
    ).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(api.listActions).toHaveBeenCalledTimes(2));
  });

  it('creates an action from scratch', async () => {
    const { api } = renderSection();
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'New action' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'New handoff action',
    });

    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(
      (await within(dialog).findAllByText('This field is required.')).length,
    ).toBe(3);
    expect(api.createAction).not.toHaveBeenCalled();

    await user.type(
      within(dialog).getByRole('textbox', { name: /^Title/ }),
      'Write the runbooks',
    );
    await user.click(within(dialog).getByRole('button', { name: /Phase/ }));
    await user.click(
      await screen.findByRole('option', { name: 'Before release' }),
    );
    await user.click(within(dialog).getByRole('button', { name: /Side/ }));
    await user.click(await screen.findByRole('option', { name: 'Build' }));
    // The assignee is picked in the catalog; a typed text that is no reference is refused.
    const assignee = within(dialog).getByRole('textbox', { name: /Assignee/ });
    await user.type(assignee, 'not a ref');
    const due = within(dialog).getByLabelText(/Due date/);
    expect(due).toHaveAttribute('type', 'date');
    fireEvent.change(due, { target: { value: day(10) } });
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(
      await within(dialog).findByText(/Enter an entity reference/),
    ).toBeInTheDocument();

    await user.clear(assignee);
    await user.type(assignee, 'chlo');
    await user.click(
      await within(dialog).findByRole('option', { name: /Chloé Martin/ }),
    );
    expect(assignee).toHaveValue('user:default/chloe.martin');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() =>
      expect(api.createAction).toHaveBeenCalledWith(ENTITY_PATH, {
        title: 'Write the runbooks',
        phase: 'before',
        side: 'build',
        assigneeRef: 'user:default/chloe.martin',
        dueDate: day(10),
        description: undefined,
        priority: undefined,
        criterionId: undefined,
        releaseId: undefined,
        externalTicketUrl: undefined,
        templateId: undefined,
      }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
  });

  it('creates an action from a template', async () => {
    const { api } = renderSection();
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'New action' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'New handoff action',
    });
    await user.click(
      within(dialog).getByRole('radio', { name: 'From a template' }),
    );
    await user.click(within(dialog).getByRole('button', { name: /Template/ }));
    await user.click(
      await screen.findByRole('option', { name: /Configure backups/ }),
    );
    expect(within(dialog).getByRole('textbox', { name: /^Title/ })).toHaveValue(
      'Configure backups; run a restore test',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() =>
      expect(api.createAction).toHaveBeenCalledWith(
        ENTITY_PATH,
        expect.objectContaining({
          templateId: 'restore-test',
          phase: 'before',
          side: 'run',
          criterionId: 'BCK-03',
        }),
      ),
    );
  });

  it('edits an action and sends only the changed fields', async () => {
    const { api } = renderSection();
    const user = userEvent.setup({ delay: null });
    const row = await findRow('Assign the ops owner');
    await user.click(
      within(row).getByRole('button', { name: 'Edit Assign the ops owner' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit action' });
    fireEvent.change(within(dialog).getByLabelText(/Due date/), {
      target: { value: day(20) },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(api.updateAction).toHaveBeenCalledWith(
        'a1',
        { dueDate: day(20) },
        2,
      ),
    );
  });

  it('shows no edit control to a reader', async () => {
    renderSection({ allow: false });
    await findRow('Assign the ops owner');
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: 'New action' }),
      ).not.toBeInTheDocument(),
    );
    expect(
      screen.queryByRole('button', { name: 'Start' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /^Edit/ }),
    ).not.toBeInTheDocument();
  });

  it('shows an empty state', async () => {
    const api = createMockApi({
      listActions: jest.fn().mockResolvedValue({ items: [] }),
    });
    renderSection({ api });
    expect(
      await screen.findByText('No handoff action yet.'),
    ).toBeInTheDocument();
  });
});
