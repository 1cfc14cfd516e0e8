import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  createMockApi,
  ENTITY_PATH,
  httpError,
  operations,
  renderWithEntity,
} from '../../__testUtils__/fixtures';
import { EntityPilotProvider } from '../EntityTab/EntityPilotContext';
import { MetadataSection } from './MetadataSection';

function renderSection(options: Parameters<typeof renderWithEntity>[1] = {}) {
  return renderWithEntity(
    <EntityPilotProvider>
      <MetadataSection />
    </EntityPilotProvider>,
    options,
  );
}

async function openForm() {
  const user = userEvent.setup({ delay: null });
  await user.click(
    await screen.findByRole('button', { name: 'Edit metadata' }),
  );
  const form = await screen.findByRole('form', {
    name: 'Operational metadata form',
  });
  return { user, form };
}

describe('MetadataSection', () => {
  it('shows the metadata', async () => {
    renderSection();
    const section = await screen.findByRole('region', {
      name: 'Operational metadata',
    });
    expect(
      await within(section).findByText('T1 – critical'),
    ).toBeInTheDocument();
    expect(within(section).getByText('24x7')).toBeInTheDocument();
    expect(within(section).getByText('99.9 %')).toBeInTheDocument();
    expect(within(section).getByText('prod')).toBeInTheDocument();
    expect(
      within(section).getByText(/SU 02:00, 240 min Europe\/Paris/),
    ).toBeInTheDocument();
    expect(within(section).getByText(/Version 3, updated/)).toBeInTheDocument();
  });

  it('saves edits with the ETag, keeping fields the form does not show', async () => {
    const { api } = renderSection();
    const { user, form } = await openForm();
    const sla = within(form).getByRole('spinbutton', {
      name: 'SLA availability (%)',
    });
    expect(sla).toHaveValue(99.9);
    await user.clear(sla);
    await user.type(sla, '99.5');
    await user.type(
      within(form).getByRole('textbox', { name: 'Ops owner' }),
      'group:default/ops-team',
    );
    await user.click(
      within(form).getByRole('button', { name: 'Add environment' }),
    );
    await user.type(
      within(form).getAllByRole('textbox', { name: /^Name/ })[1],
      'preprod',
    );
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(api.putOperations).toHaveBeenCalledTimes(1));
    const [target, metadata, etag] = api.putOperations.mock.calls[0];
    expect(target).toEqual(ENTITY_PATH);
    expect(etag).toBe('"3"');
    expect(metadata.sla).toEqual({ availability: 99.5 });
    expect(metadata.roles).toEqual({
      poa: 'user:default/jdoe',
      opsOwner: 'group:default/ops-team',
    });
    expect(metadata.environments).toEqual([
      { name: 'prod', url: 'https://billing.example.com' },
      { name: 'preprod' },
    ]);
    expect(metadata.dict).toEqual(operations.metadata.dict);
    expect(metadata.maintenanceWindows).toEqual(
      operations.metadata.maintenanceWindows,
    );
    // Back to the view, with the saved version.
    expect(await screen.findByText(/Version 4, updated/)).toBeInTheDocument();
  });

  it('validates on the client before sending', async () => {
    const { api } = renderSection();
    const { user, form } = await openForm();
    const sla = within(form).getByRole('spinbutton', {
      name: 'SLA availability (%)',
    });
    await user.clear(sla);
    await user.type(sla, '120');
    await user.type(
      within(form).getByRole('textbox', { name: 'SLA document URL' }),
      'ftp://x',
    );
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(
      await within(form).findByText('Enter a percentage between 0 and 100.'),
    ).toBeInTheDocument();
    expect(within(form).getByText('Enter an http(s) URL.')).toBeInTheDocument();
    expect(sla).toHaveAttribute('aria-invalid', 'true');
    expect(api.putOperations).not.toHaveBeenCalled();
  });

  it('shows the server field errors next to their fields (400)', async () => {
    const api = createMockApi({
      putOperations: jest.fn().mockRejectedValue(
        httpError(400, 'invalid metadata', {
          fieldErrors: [
            { path: 'sla.availability', message: 'must be at least 90' },
            {
              path: '/metadata/environments/0/url',
              message: 'host is not allowed',
            },
            { path: 'vendors.0.name', message: 'is required' },
          ],
        }),
      ),
    });
    renderSection({ api });
    const { user, form } = await openForm();
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(
      await within(form).findByText('must be at least 90'),
    ).toBeInTheDocument();
    expect(
      within(form).getByRole('spinbutton', { name: 'SLA availability (%)' }),
    ).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByText('host is not allowed')).toBeInTheDocument();
    const alert = within(form).getByRole('alert');
    expect(
      within(alert).getByText('The server rejected some values'),
    ).toBeInTheDocument();
    expect(
      within(alert).getByText('vendors.0.name: is required'),
    ).toBeInTheDocument();
    // Still editing: nothing is lost.
    expect(
      within(form).getByRole('button', { name: 'Save' }),
    ).toBeInTheDocument();
  });

  it('explains a conflict (412) and reloads', async () => {
    const api = createMockApi({
      putOperations: jest
        .fn()
        .mockRejectedValue(httpError(412, 'version mismatch')),
    });
    renderSection({ api });
    const { user, form } = await openForm();
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const alert = await within(form).findByRole('alert');
    expect(
      within(alert).getByText(/Someone else changed this in the meantime/),
    ).toBeInTheDocument();

    api.getOperations.mockResolvedValueOnce({
      record: { ...operations, version: 9, metadata: { tier: 'T2' } },
      etag: '"9"',
    });
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    expect(await screen.findByText('T2 – standard')).toBeInTheDocument();
    expect(api.getOperations).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('reports a forbidden save (403)', async () => {
    const api = createMockApi({
      putOperations: jest.fn().mockRejectedValue(httpError(403, 'not allowed')),
    });
    renderSection({ api });
    const { user, form } = await openForm();
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(
      await within(form).findByText(/You are not allowed to do this/),
    ).toBeInTheDocument();
  });

  it('hides the edit button from a reader', async () => {
    renderSection({ allow: false });
    expect(await screen.findByText('T1 – critical')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: 'Edit metadata' }),
      ).not.toBeInTheDocument(),
    );
  });

  it('shows an empty state', async () => {
    const api = createMockApi({
      getOperations: jest.fn().mockResolvedValue({
        record: { entityRef: 'x', version: 0, metadata: {} },
        etag: '"0"',
      }),
    });
    renderSection({ api });
    expect(
      await screen.findByText('No operational metadata has been entered yet.'),
    ).toBeInTheDocument();
  });
});
