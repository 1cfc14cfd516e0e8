import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import {
  action,
  createMockApi,
  day,
  ENTITY_PATH,
  release,
  renderWithEntity,
} from '../../__testUtils__/fixtures';
import { EntityPilotProvider } from '../EntityTab/EntityPilotContext';
import { ReleasesSection } from './ReleasesSection';
import { ReleaseWorkspace } from './ReleaseWorkspace';

function renderSection(options: Parameters<typeof renderWithEntity>[1] = {}) {
  return renderWithEntity(
    <EntityPilotProvider>
      <Routes>
        <Route path="releases/:releaseId" element={<ReleaseWorkspace />} />
        <Route path="*" element={<ReleasesSection />} />
      </Routes>
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
    expect(
      (await screen.findAllByRole('link', { name: 'Open release 2.4.0' }))
        .length,
    ).toBeGreaterThan(0);
    expect(screen.getAllByText('Decision pending').length).toBeGreaterThan(0);
    expect(
      await screen.findByText('Rehearse the rollback'),
    ).toBeInTheDocument();
    expect(screen.getByText('Smoke tests')).toBeInTheDocument();
    const all = screen.getByRole('region', { name: 'All releases' });
    expect(within(all).getByText('2.3.0')).toBeInTheDocument();
  });

  it('plans a release with every plan field, then opens its workspace', async () => {
    const api = createMockApi({
      createRelease: jest
        .fn()
        .mockResolvedValue({ ...release, id: 'r2', version: '3.0.0' }),
      listReleases: jest
        .fn()
        .mockResolvedValueOnce({ items: [release] })
        .mockResolvedValue({
          items: [release, { ...release, id: 'r2', version: '3.0.0' }],
        }),
    });
    renderSection({ api });
    const user = userEvent.setup({ delay: null });
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
    await user.click(
      within(dialog).getByRole('button', { name: 'Plan release' }),
    );
    expect(
      await within(dialog).findByText(/Enter a date as YYYY-MM-DD/),
    ).toBeInTheDocument();
    expect(api.createRelease).not.toHaveBeenCalled();

    fireEvent.change(within(dialog).getByLabelText(/Planned for/), {
      target: { value: `${day(20)}T21:30` },
    });
    fireEvent.change(within(dialog).getByLabelText(/Window start/), {
      target: { value: `${day(20)}T21:00` },
    });
    fireEvent.change(within(dialog).getByLabelText(/Window end/), {
      target: { value: `${day(20)}T23:00` },
    });
    await user.click(
      within(dialog).getByRole('button', { name: /Change type/ }),
    );
    await user.click(
      await screen.findByRole('option', { name: 'Emergency change' }),
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: /Change reference/ }),
      'CHG-1234',
    );
    await user.click(
      within(dialog).getByRole('button', { name: /Change approval/ }),
    );
    await user.click(await screen.findByRole('option', { name: 'Approved' }));
    fireEvent.change(within(dialog).getByLabelText(/Approval date/), {
      target: { value: day(-1) },
    });
    await user.type(
      within(dialog).getByRole('textbox', { name: /Environments/ }),
      'preprod, prod',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: /Scope: what is released/ }),
      'Invoicing v3',
    );
    const components = within(dialog).getByRole('textbox', {
      name: /Components in scope/,
    });
    await user.type(components, 'not a ref{Enter}');
    await user.click(
      within(dialog).getByRole('button', { name: 'Plan release' }),
    );
    expect(
      await within(dialog).findByText(/Enter an entity reference/),
    ).toBeInTheDocument();
    // Remove the bad chip (Backspace), then pick a component of the catalog by its title.
    await user.type(components, '{Backspace}');
    await user.type(components, 'ledger');
    await user.click(
      await within(dialog).findByRole('option', { name: /Ledger worker/ }),
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
      changeType: 'emergency',
      changeRef: 'CHG-1234',
      changeApproval: { status: 'approved', date: day(-1) },
      environments: ['preprod', 'prod'],
      scope: {
        description: 'Invoicing v3',
        components: ['component:default/ledger-worker'],
      },
    });
    expect(new Date(request.plannedAt).getHours()).toBe(21);
    expect(new Date(request.window!.end).getHours()).toBe(23);
    expect(
      await screen.findByRole('heading', { name: 'Release 3.0.0' }),
    ).toBeInTheDocument();
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
