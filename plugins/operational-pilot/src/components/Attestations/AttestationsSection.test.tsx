import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { toastApiRef } from '@backstage/frontend-plugin-api';
import {
  createMockApi,
  day,
  ENTITY_PATH,
  httpError,
  model,
  readiness,
  renderWithEntity,
  waiver,
} from '../../__testUtils__/fixtures';
import { EntityPilotProvider } from '../EntityTab/EntityPilotContext';
import { AttestationsSection } from './AttestationsSection';

function renderSection(options: Parameters<typeof renderWithEntity>[1] = {}) {
  return renderWithEntity(
    <EntityPilotProvider>
      <AttestationsSection />
    </EntityPilotProvider>,
    options,
  );
}

describe('AttestationsSection', () => {
  it('lists attestations with evidence and waivers with their status', async () => {
    renderSection();
    const attestations = await screen.findByRole('list', {
      name: 'Attestations',
    });
    expect(within(attestations).getByText('Compliant')).toBeInTheDocument();
    expect(within(attestations).getByText('BCK-03')).toBeInTheDocument();
    expect(
      within(attestations).getByRole('link', { name: /example.com\/drill/ }),
    ).toHaveAttribute('href', 'https://example.com/drill');
    const waivers = await screen.findByRole('list', { name: 'Waivers' });
    expect(within(waivers).getByText('Requested')).toBeInTheDocument();
    expect(
      within(waivers).getByText('Ops team being staffed'),
    ).toBeInTheDocument();
  });

  it('records an attestation with http(s) evidence only', async () => {
    const { api } = renderSection();
    const user = userEvent.setup({ delay: null });
    await user.click(
      await screen.findByRole('button', { name: 'Record attestation' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Record an attestation',
    });

    // Only attestable criteria are offered.
    await user.click(within(dialog).getByRole('button', { name: /Criterion/ }));
    expect(
      screen.queryByRole('option', { name: /OWN-03/ }),
    ).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: /BCK-03/ }));

    const evidence = within(dialog).getByRole('textbox', {
      name: /Evidence URLs/,
    });
    await user.click(
      within(dialog).getByRole('button', { name: 'Record attestation' }),
    );
    expect(
      await within(dialog).findByText(/needs at least one evidence URL/),
    ).toBeInTheDocument();

    await user.type(evidence, 'ftp://files.example.com/drill');
    await user.click(
      within(dialog).getByRole('button', { name: 'Record attestation' }),
    );
    expect(
      await within(dialog).findByText('Enter an http(s) URL.'),
    ).toBeInTheDocument();

    await user.clear(evidence);
    await user.type(
      evidence,
      'https://wiki.example.com/restore-2025{enter}https://ci.example.com/run/42',
    );
    // Native date pickers (YYYY-MM-DD), sent as picked.
    const assessed = within(dialog).getByLabelText(/Assessed on/);
    expect(assessed).toHaveAttribute('type', 'date');
    fireEvent.change(assessed, { target: { value: day(3) } });
    await user.click(
      within(dialog).getByRole('button', { name: 'Record attestation' }),
    );
    expect(
      await within(dialog).findByText('The date cannot be in the future.'),
    ).toBeInTheDocument();

    fireEvent.change(assessed, { target: { value: day(-7) } });
    fireEvent.change(within(dialog).getByLabelText(/Expires on/), {
      target: { value: day(300) },
    });
    await user.type(
      within(dialog).getByRole('textbox', { name: /Comment/ }),
      'Full restore in 42 min',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Record attestation' }),
    );
    await waitFor(() =>
      expect(api.createAttestation).toHaveBeenCalledWith(ENTITY_PATH, {
        criterionId: 'BCK-03',
        state: 'compliant',
        evidence: [
          { url: 'https://wiki.example.com/restore-2025' },
          { url: 'https://ci.example.com/run/42' },
        ],
        assessedAt: day(-7),
        justification: undefined,
        expiresAt: day(300),
        comment: 'Full restore in 42 min',
      }),
    );
    await waitFor(() => expect(api.listAttestations).toHaveBeenCalledTimes(2));
  });

  it('offers composite criteria with an attestation part (INC-03), and binds release criteria to a release', async () => {
    const api = createMockApi({
      getModel: jest.fn().mockResolvedValue({
        ...model,
        criteria: [
          ...model.criteria,
          {
            ...model.criteria[0],
            id: 'INC-03',
            category: 'INC',
            title: 'Runbook reviewed',
            check: {
              kind: 'allOf',
              of: [
                {
                  kind: 'anyOf',
                  of: [
                    { kind: 'link', types: ['runbook'] },
                    { kind: 'annotation', keys: ['runbook'] },
                  ],
                },
                { kind: 'attestation', validityDays: 365 },
              ],
            },
          },
          {
            ...model.criteria[0],
            id: 'FR-REL-02',
            title: 'VSR passed',
            scope: 'release',
            check: { kind: 'releaseAttestation' },
          },
        ],
      }),
      getReadiness: jest.fn().mockResolvedValue({
        ...readiness,
        criteria: [
          ...readiness.criteria,
          {
            ...readiness.criteria[2],
            id: 'INC-03',
            title: 'Runbook reviewed',
            category: 'INC',
          },
          {
            ...readiness.criteria[2],
            id: 'FR-REL-02',
            title: 'VSR passed',
            scope: 'release',
          },
        ],
      }),
    });
    renderSection({ api });
    const user = userEvent.setup({ delay: null });
    await user.click(
      await screen.findByRole('button', { name: 'Record attestation' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Record an attestation',
    });
    await user.click(within(dialog).getByRole('button', { name: /Criterion/ }));
    expect(
      await screen.findByRole('option', { name: /INC-03/ }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: /FR-REL-02/ }));
    await user.click(
      within(dialog).getByRole('button', { name: 'Record attestation' }),
    );
    expect(
      await within(dialog).findByText(
        'Choose the release this attestation is for.',
      ),
    ).toBeInTheDocument();
    await user.click(
      within(dialog).getByRole('button', { name: /\bRelease\b/ }),
    );
    await user.click(await screen.findByRole('option', { name: /2\.4\.0/ }));
    await user.type(
      within(dialog).getByRole('textbox', { name: /Evidence URLs/ }),
      'https://wiki.example.com/vsr',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Record attestation' }),
    );
    await waitFor(() =>
      expect(api.createAttestation).toHaveBeenCalledWith(
        ENTITY_PATH,
        expect.objectContaining({ criterionId: 'FR-REL-02', releaseId: 'r1' }),
      ),
    );
  });

  it('asks for a justification when the criterion does not apply', async () => {
    const { api } = renderSection();
    const user = userEvent.setup({ delay: null });
    await user.click(
      await screen.findByRole('button', { name: 'Record attestation' }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /Criterion/ }));
    await user.click(await screen.findByRole('option', { name: /BCK-03/ }));
    await user.click(within(dialog).getByRole('button', { name: /State/ }));
    await user.click(
      await screen.findByRole('option', { name: 'Not applicable' }),
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Record attestation' }),
    );
    expect(
      await within(dialog).findByText(
        'Explain why the criterion does not apply.',
      ),
    ).toBeInTheDocument();
    expect(api.createAttestation).not.toHaveBeenCalled();
  });

  it('requests a waiver with a bounded expiry', async () => {
    const { api } = renderSection();
    const user = userEvent.setup({ delay: null });
    await user.click(
      await screen.findByRole('button', { name: 'Request waiver' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Request a waiver',
    });
    await user.click(within(dialog).getByRole('button', { name: /Criterion/ }));
    await user.click(await screen.findByRole('option', { name: /OWN-03/ }));
    await user.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      'Ops team hired next month',
    );
    const expiry = within(dialog).getByLabelText(/Expires on/);
    expect(expiry).toHaveAttribute('type', 'date');
    fireEvent.change(expiry, { target: { value: day(120) } });
    await user.click(
      within(dialog).getByRole('button', { name: 'Request waiver' }),
    );
    expect(
      await within(dialog).findByText('At most 90 days from today.'),
    ).toBeInTheDocument();

    fireEvent.change(expiry, { target: { value: day(45) } });
    await user.click(
      within(dialog).getByRole('button', { name: /Linked action/ }),
    );
    await user.click(
      await screen.findByRole('option', { name: 'Assign the ops owner' }),
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Request waiver' }),
    );
    await waitFor(() =>
      expect(api.requestWaiver).toHaveBeenCalledWith(ENTITY_PATH, {
        criterionId: 'OWN-03',
        reason: 'Ops team hired next month',
        expiresAt: day(45),
        actionId: 'a1',
      }),
    );
  });

  it('approves, rejects and revokes waivers', async () => {
    const api = createMockApi({
      listWaivers: jest.fn().mockResolvedValue({
        items: [
          waiver,
          {
            ...waiver,
            id: 'w2',
            criterionId: 'BCK-03',
            status: 'approved',
            approvedBy: 'user:default/boss',
          },
        ],
      }),
    });
    renderSection({ api });
    const user = userEvent.setup({ delay: null });
    await user.click(
      await screen.findByRole('button', { name: 'Approve waiver on OWN-03' }),
    );
    await waitFor(() => expect(api.approveWaiver).toHaveBeenCalledWith('w1'));
    await user.click(
      await screen.findByRole('button', { name: 'Reject waiver on OWN-03' }),
    );
    await waitFor(() => expect(api.rejectWaiver).toHaveBeenCalledWith('w1'));
    await user.click(
      await screen.findByRole('button', { name: 'Revoke waiver on BCK-03' }),
    );
    await waitFor(() => expect(api.revokeWaiver).toHaveBeenCalledWith('w2'));
  });

  it('reports a forbidden approval', async () => {
    const api = createMockApi({
      approveWaiver: jest.fn().mockRejectedValue(httpError(403, 'no')),
    });
    const { apis } = renderSection({ api });
    await userEvent
      .setup()
      .click(
        await screen.findByRole('button', { name: 'Approve waiver on OWN-03' }),
      );
    const toasts = apis.get(toastApiRef) as unknown as {
      getToasts(): unknown[];
    };
    await waitFor(() =>
      expect(toasts.getToasts()).toContainEqual(
        expect.objectContaining({
          title: expect.stringMatching(/not allowed/),
          status: 'danger',
        }),
      ),
    );
    expect(api.listWaivers).toHaveBeenCalledTimes(1);
  });

  it('shows no edit control to a reader', async () => {
    renderSection({ allow: false });
    await screen.findByRole('list', { name: 'Waivers' });
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: 'Record attestation' }),
      ).not.toBeInTheDocument(),
    );
    expect(
      screen.queryByRole('button', { name: 'Request waiver' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Approve/ }),
    ).not.toBeInTheDocument();
  });

  it('shows empty lists and load errors', async () => {
    const api = createMockApi({
      listAttestations: jest.fn().mockResolvedValue({ items: [] }),
      listWaivers: jest
        .fn()
        .mockRejectedValue(httpError(500, 'waivers table missing')),
    });
    renderSection({ api });
    expect(
      await screen.findByText('No attestation recorded.'),
    ).toBeInTheDocument();
    expect(
      (await screen.findAllByText(/waivers table missing/)).length,
    ).toBeGreaterThan(0);
  });
});
