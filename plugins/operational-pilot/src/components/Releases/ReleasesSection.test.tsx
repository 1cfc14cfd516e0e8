import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  action,
  createMockApi,
  day,
  ENTITY_PATH,
  httpError,
  release,
  renderWithEntity,
} from '../../__testUtils__/fixtures';
import { EntityPilotProvider } from '../EntityTab/EntityPilotContext';
import { ReleasesSection } from './ReleasesSection';

function renderSection(options: Parameters<typeof renderWithEntity>[1] = {}) {
  return renderWithEntity(
    <EntityPilotProvider>
      <ReleasesSection />
    </EntityPilotProvider>,
    options,
  );
}

describe('ReleasesSection', () => {
  it('shows the next production release, its go/no-go and its actions per phase', async () => {
    const api = createMockApi({
      listReleases: jest.fn().mockResolvedValue({
        items: [
          {
            ...release,
            id: 'old',
            version: '2.3.0',
            status: 'closed',
            plannedAt: `${day(-30)}T20:00:00Z`,
          },
          release,
        ],
      }),
      listActions: jest.fn().mockResolvedValue({
        items: [
          action({
            id: 'x1',
            title: 'Rehearse the rollback',
            releaseId: 'r1',
            phase: 'before',
          }),
          action({
            id: 'x2',
            title: 'Smoke tests',
            releaseId: 'r1',
            phase: 'during',
            status: 'proposed',
          }),
        ],
      }),
    });
    renderSection({ api });
    expect(
      await screen.findByRole('heading', { name: 'Releases', level: 2 }),
    ).toBeInTheDocument();
    expect(await screen.findByText('2.4.0')).toBeInTheDocument();
    expect(screen.getByText('Decision pending')).toBeInTheDocument();
    expect(
      await screen.findByText('Rehearse the rollback'),
    ).toBeInTheDocument();
    expect(screen.getByText('Smoke tests')).toBeInTheDocument();
    const all = screen.getByRole('region', { name: 'All releases' });
    expect(within(all).getByText('2.3.0')).toBeInTheDocument();
  });

  it('plans a release', async () => {
    const { api } = renderSection();
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Plan release' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Plan a production release',
    });
    await user.type(
      within(dialog).getByRole('textbox', { name: /Version/ }),
      '3.0.0',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: /Planned for/ }),
      'next week',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Plan release' }),
    );
    expect(
      await within(dialog).findByText(/Enter a date as YYYY-MM-DD, optionally/),
    ).toBeInTheDocument();

    const planned = within(dialog).getByRole('textbox', {
      name: /Planned for/,
    });
    await user.clear(planned);
    await user.type(planned, `${day(20)} 21:30`);
    await user.type(
      within(dialog).getByRole('textbox', { name: /Change reference/ }),
      'CHG-1234',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Plan release' }),
    );
    await waitFor(() => expect(api.createRelease).toHaveBeenCalledTimes(1));
    const [target, request] = api.createRelease.mock.calls[0];
    expect(target).toEqual(ENTITY_PATH);
    expect(request).toMatchObject({
      version: '3.0.0',
      kind: 'minor',
      changeRef: 'CHG-1234',
    });
    expect(new Date(request.plannedAt).getHours()).toBe(21);
  });

  it('records the go/no-go decision with If-Match on the revision', async () => {
    const { api } = renderSection();
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Record go/no-go for 2.4.0' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Go/no-go for 2.4.0',
    });
    await user.click(within(dialog).getByRole('button', { name: /Decision/ }));
    await user.click(
      await screen.findByRole('option', { name: 'Go with reservations' }),
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: /Approvers/ }),
      'user:default/jdoe, group:default/cab',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(api.updateRelease).toHaveBeenCalledWith(
        'r1',
        {
          goNoGo: {
            decision: 'go_with_reservations',
            approvers: ['user:default/jdoe', 'group:default/cab'],
            notes: undefined,
          },
        },
        1,
      ),
    );
  });

  it('offers a reload when the release changed meanwhile (412)', async () => {
    const api = createMockApi({
      updateRelease: jest.fn().mockRejectedValue(httpError(412, 'stale')),
    });
    renderSection({ api });
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Change status of 2.4.0' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Status of 2.4.0',
    });
    await user.click(within(dialog).getByRole('button', { name: /Status/ }));
    await user.click(await screen.findByRole('option', { name: 'Deployed' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const alert = await within(dialog).findByRole('alert');
    expect(
      within(alert).getByText(/Someone else changed this/),
    ).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(api.listReleases).toHaveBeenCalledTimes(2));
  });

  it('shows no edit control to a reader, and the empty state', async () => {
    const api = createMockApi({
      listReleases: jest.fn().mockResolvedValue({ items: [] }),
    });
    renderSection({ api, allow: false });
    expect(
      await screen.findByText('No production release is planned.'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: 'Plan release' }),
      ).not.toBeInTheDocument(),
    );
  });
});
