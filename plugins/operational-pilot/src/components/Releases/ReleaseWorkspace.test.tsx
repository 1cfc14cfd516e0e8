import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Release } from '@operational-pilot/backstage-plugin-common';
import {
  action,
  createMockApi,
  decision,
  httpError,
  model,
  readiness,
  release,
  releaseGates,
  renderWithEntity,
} from '../../__testUtils__/fixtures';
import { EntityOperationalPilotContent } from '../EntityTab/EntityOperationalPilotContent';

function renderRelease(
  options: Parameters<typeof renderWithEntity>[1] = {},
  path = '/releases/r1',
) {
  return renderWithEntity(<EntityOperationalPilotContent />, {
    initialRouteEntries: [path],
    ...options,
  });
}

function withRelease(overrides: Partial<Release>) {
  const r = { ...release, ...overrides };
  return createMockApi({
    listReleases: jest.fn().mockResolvedValue({ items: [r] }),
    getReleaseGates: jest
      .fn()
      .mockResolvedValue({ ...releaseGates, status: r.status }),
  });
}

async function toolbar() {
  return screen.findByRole('toolbar', { name: 'Release actions' });
}

describe('ReleaseWorkspace', () => {
  it('is addressable by URL and shows the plan, both gates and the decisions', async () => {
    const api = createMockApi({
      listReleases: jest.fn().mockResolvedValue({
        items: [
          {
            ...release,
            changeType: 'normal',
            changeRef: 'CHG-1234',
            changeApproval: { status: 'approved', date: '2030-01-02' },
            environments: ['preprod', 'prod'],
            scope: { description: 'New invoicing engine' },
          },
        ],
      }),
      listDecisions: jest.fn().mockResolvedValue({ items: [decision] }),
      getReleaseGates: jest.fn().mockResolvedValue({
        ...releaseGates,
        windowConflicts: ['The window overlaps the year-end freeze.'],
      }),
      listActions: jest.fn().mockResolvedValue({
        items: [
          action({ id: 'x1', title: 'Rehearse the rollback', releaseId: 'r1' }),
          action({
            id: 'x2',
            title: 'Smoke tests',
            releaseId: 'r1',
            phase: 'during',
          }),
          action({ id: 'x3', title: 'Not this release', releaseId: 'r9' }),
        ],
      }),
    });
    renderRelease({ api });
    expect(
      await screen.findByRole('heading', { name: 'Release 2.4.0' }),
    ).toBeInTheDocument();
    expect(api.getReleaseGates).toHaveBeenCalledWith('r1');
    const plan = screen.getByRole('region', { name: 'Plan' });
    expect(within(plan).getByText('CHG-1234')).toBeInTheDocument();
    expect(within(plan).getByText(/Approved/)).toBeInTheDocument();
    expect(within(plan).getByText('preprod → prod')).toBeInTheDocument();
    expect(within(plan).getByText('New invoicing engine')).toBeInTheDocument();
    expect(
      await screen.findByText('The window overlaps the year-end freeze.'),
    ).toBeInTheDocument();

    const goNoGo = await screen.findByRole('region', {
      name: 'Go/no-go gate',
    });
    const rel02 = within(goNoGo).getByRole('listitem', {
      name: 'REL-02 Rollback rehearsed',
    });
    expect(within(rel02).getByText('Fail')).toBeInTheDocument();
    expect(
      within(rel02).getByText(/Rehearse the rollback and attest it/),
    ).toBeInTheDocument();
    const handover = screen.getByRole('region', { name: 'Hand-over gate' });
    expect(
      within(handover).getByText('signature of the ops owner'),
    ).toBeInTheDocument();

    const checklist = screen.getByRole('region', { name: 'Checklist' });
    expect(
      within(checklist).getByText('Rehearse the rollback'),
    ).toBeInTheDocument();
    expect(within(checklist).getByText('Smoke tests')).toBeInTheDocument();
    expect(
      within(checklist).queryByText('Not this release'),
    ).not.toBeInTheDocument();

    const decisions = screen.getByRole('region', {
      name: 'Go/no-go decisions',
    });
    expect(
      await within(decisions).findByText(/CAB accepted the risk/),
    ).toBeInTheDocument();
  });

  it('navigates from the tab to the release and back', async () => {
    renderRelease({}, '/releases');
    const user = userEvent.setup({ delay: null });
    const links = await screen.findAllByRole('link', {
      name: 'Open release 2.4.0',
    });
    await user.click(links[0]);
    expect(
      await screen.findByRole('heading', { name: 'Release 2.4.0' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to releases' }));
    expect(
      await screen.findByRole('heading', { name: 'Releases', level: 2 }),
    ).toBeInTheDocument();
  });

  it('shows a reader the release without any write control', async () => {
    renderRelease({ api: withRelease({ status: 'hypercare' }), allow: false });
    const bar = await toolbar();
    await screen.findByRole('region', { name: 'Go/no-go gate' });
    await waitFor(() =>
      expect(
        within(bar)
          .getAllByRole('button')
          .map(b => b.textContent),
      ).toEqual(['CAB dossier', 'Download Markdown']),
    );
    expect(
      screen.queryByRole('button', { name: 'Attest' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Sign hand-over/ }),
    ).not.toBeInTheDocument();
  });

  it('explains an unknown release', async () => {
    renderRelease({}, '/releases/nope');
    expect(await screen.findByText('Release not found')).toBeInTheDocument();
  });

  it('edits the plan with the fields frozen by the decision disabled', async () => {
    const api = withRelease({
      goNoGo: {
        decision: 'go',
        decidedAt: '2030-01-01T00:00:00Z',
        approvers: ['user:default/jdoe'],
      },
      status: 'go_no_go',
    });
    renderRelease({ api });
    const user = userEvent.setup({ delay: null });
    await user.click(
      within(await toolbar()).getByRole('button', { name: 'Edit plan' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Edit the plan of 2.4.0',
    });
    expect(
      within(dialog).getAllByText(/its kind is frozen/).length,
    ).toBeGreaterThan(0);
    expect(within(dialog).getByRole('button', { name: /Kind/ })).toBeDisabled();
    const changeRef = within(dialog).getByRole('textbox', {
      name: /Change reference/,
    });
    await user.type(changeRef, 'CHG-9');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.updateRelease).toHaveBeenCalledTimes(1));
    const [id, update, rev] = api.updateRelease.mock.calls[0];
    expect(id).toBe('r1');
    expect(rev).toBe(1);
    expect(update).toMatchObject({ changeRef: 'CHG-9', version: '2.4.0' });
    expect(update).not.toHaveProperty('kind');
  });

  it('generates the checklist: preview, edit, untick, then create', async () => {
    const api = createMockApi({
      previewChecklist: jest.fn().mockResolvedValue({
        items: [
          {
            title: 'Rehearse the rollback',
            phase: 'before',
            side: 'build',
            dueDate: '2030-01-10',
            priority: 'blocking',
            criterionId: 'REL-02',
          },
          {
            title: 'Present the change to the CAB',
            phase: 'before',
            side: 'poa',
            priority: 'blocking',
          },
          {
            title: 'Smoke tests',
            phase: 'during',
            side: 'run',
            priority: 'major',
          },
        ],
      }),
      createChecklist: jest.fn().mockResolvedValue({ items: [action()] }),
    });
    renderRelease({ api });
    const user = userEvent.setup({ delay: null });
    await user.click(
      within(await toolbar()).getByRole('button', {
        name: 'Generate checklist',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Checklist of 2.4.0',
    });
    expect(
      await within(dialog).findByRole('button', { name: 'Create 3 actions' }),
    ).toBeInTheDocument();
    await user.click(
      within(dialog).getByRole('checkbox', {
        name: 'Include Present the change to the CAB',
      }),
    );
    const title = within(dialog).getByRole('textbox', {
      name: 'Title of action 3',
    });
    await user.clear(title);
    await user.type(title, 'Smoke tests in production');
    // The assignee is picked in the catalog by its display name.
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Assignee of action 3' }),
      'sre',
    );
    await user.click(
      await within(dialog).findByRole('option', { name: /SRE on-call/ }),
    );
    fireEvent.change(within(dialog).getByLabelText('Due date of action 3'), {
      target: { value: '2030-01-12' },
    });
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Side of action 1' }),
      'run',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Create 2 actions' }),
    );
    await waitFor(() => expect(api.createChecklist).toHaveBeenCalledTimes(1));
    const [id, items] = api.createChecklist.mock.calls[0];
    expect(id).toBe('r1');
    expect(items).toEqual([
      expect.objectContaining({ title: 'Rehearse the rollback', side: 'run' }),
      expect.objectContaining({
        title: 'Smoke tests in production',
        assigneeRef: 'group:default/sre-oncall',
        dueDate: '2030-01-12',
        phase: 'during',
      }),
    ]);
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
  });

  it('requires an override reason for a go on a gate that is not ready', async () => {
    const { api } = renderRelease();
    const user = userEvent.setup({ delay: null });
    await screen.findByRole('region', { name: 'Go/no-go gate' });
    await user.click(
      within(await toolbar()).getByRole('button', { name: 'Record go/no-go' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Go/no-go for 2.4.0',
    });
    // Prefilled with the users holding a decision role, one chip each (titled with the reference)…
    expect(
      await within(dialog).findByTitle('user:default/jdoe'),
    ).toBeInTheDocument();
    expect(within(dialog).getByTitle('user:default/ops')).toBeInTheDocument();
    // …and one more picked in the catalog, among users only (a group cannot approve).
    const approvers = within(dialog).getByRole('textbox', {
      name: /Approvers/,
    });
    // "r" is in Chloé Martin and in the group SRE on-call: only the user is offered.
    await user.type(approvers, 'r');
    const chloe = await within(dialog).findByRole('option', {
      name: /Chloé Martin/,
    });
    expect(within(dialog).getAllByRole('option')).toHaveLength(1);
    await user.click(chloe);
    expect(within(dialog).getByText(/Go\/no-go gate: Not ready/)).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: /Decision/ }));
    await user.click(await screen.findByRole('option', { name: 'Go' }));
    await user.click(
      within(dialog).getByRole('button', { name: 'Record decision' }),
    );
    expect(
      await within(dialog).findByText(/a go decision needs an override reason/),
    ).toBeInTheDocument();
    expect(api.recordDecision).not.toHaveBeenCalled();

    await user.type(
      within(dialog).getByRole('textbox', { name: /Override reason/ }),
      'Rollback rehearsed on 2.3.9, accepted by the CAB',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Record decision' }),
    );
    await waitFor(() =>
      expect(api.recordDecision).toHaveBeenCalledWith('r1', {
        decision: 'go',
        approvers: [
          'user:default/jdoe',
          'user:default/ops',
          'user:default/chloe.martin',
        ],
        overrideReason: 'Rollback rehearsed on 2.3.9, accepted by the CAB',
        notes: undefined,
      }),
    );
  });

  it('records a no-go without an override reason', async () => {
    const { api } = renderRelease();
    const user = userEvent.setup({ delay: null });
    await user.click(
      within(await toolbar()).getByRole('button', { name: 'Record go/no-go' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Go/no-go for 2.4.0',
    });
    await user.click(within(dialog).getByRole('button', { name: /Decision/ }));
    await user.click(await screen.findByRole('option', { name: 'No go' }));
    expect(
      within(dialog).queryByRole('textbox', { name: /Override reason/ }),
    ).not.toBeInTheDocument();
    expect(
      await within(dialog).findByTitle('user:default/jdoe'),
    ).toBeInTheDocument();
    await user.click(
      within(dialog).getByRole('button', { name: 'Record decision' }),
    );
    await waitFor(() =>
      expect(api.recordDecision).toHaveBeenCalledWith(
        'r1',
        expect.objectContaining({
          decision: 'no_go',
          overrideReason: undefined,
        }),
      ),
    );
  });

  it('offers only the status buttons the release machine allows', async () => {
    const planned = renderRelease({ api: withRelease({ status: 'planned' }) });
    let bar = await toolbar();
    expect(
      within(bar).getByRole('button', { name: 'Open go/no-go' }),
    ).toBeInTheDocument();
    expect(
      within(bar).getByRole('button', { name: 'Cancel release' }),
    ).toBeInTheDocument();
    expect(
      within(bar).queryByRole('button', { name: 'Deploy' }),
    ).not.toBeInTheDocument();
    expect(
      within(bar).queryByRole('button', { name: 'Record outcome' }),
    ).not.toBeInTheDocument();
    planned.unmount();

    const deployed = renderRelease({
      api: withRelease({ status: 'deployed' }),
    });
    bar = await toolbar();
    expect(
      within(bar).getByRole('button', { name: 'Start hypercare' }),
    ).toBeInTheDocument();
    expect(
      within(bar).getByRole('button', { name: 'Roll back' }),
    ).toBeInTheDocument();
    // The release needs hypercare: deployed → closed is not offered.
    await screen.findByRole('region', { name: 'Go/no-go gate' });
    expect(
      within(bar).queryByRole('button', { name: 'Close release' }),
    ).not.toBeInTheDocument();
    expect(
      within(bar).queryByRole('button', { name: 'Record go/no-go' }),
    ).not.toBeInTheDocument();
    expect(
      within(bar).queryByRole('button', { name: 'Edit plan' }),
    ).not.toBeInTheDocument();
    deployed.unmount();

    const closed = renderRelease({ api: withRelease({ status: 'closed' }) });
    bar = await toolbar();
    expect(
      within(bar).queryByRole('button', { name: 'Roll back' }),
    ).not.toBeInTheDocument();
    expect(
      within(bar).getByRole('button', { name: 'CAB dossier' }),
    ).toBeInTheDocument();
    closed.unmount();
  });

  it('deploys with If-Match', async () => {
    const api = withRelease({
      status: 'go_no_go',
      goNoGo: {
        decision: 'go',
        decidedAt: '2030-01-01T00:00:00Z',
        approvers: ['user:default/jdoe'],
      },
    });
    renderRelease({ api });
    const user = userEvent.setup({ delay: null });
    await user.click(
      within(await toolbar()).getByRole('button', { name: 'Deploy' }),
    );
    await waitFor(() =>
      expect(api.updateRelease).toHaveBeenCalledWith(
        'r1',
        { status: 'deployed' },
        1,
      ),
    );
  });

  it('shows the server message of a 409 (missing signatures)', async () => {
    const user = userEvent.setup({ delay: null });
    const closing = withRelease({ status: 'hypercare' });
    closing.updateRelease.mockRejectedValue(
      httpError(
        409,
        'status: the hand-over gate of 2.4.0 is not passed; missing: signature of the ops owner',
        {
          fieldErrors: [
            {
              path: 'status',
              message:
                'the hand-over gate of 2.4.0 is not passed; missing: signature of the ops owner',
            },
          ],
        },
      ),
    );
    renderRelease({ api: closing });
    await user.click(
      within(await toolbar()).getByRole('button', { name: 'Close release' }),
    );
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText(/missing: signature of the ops owner/),
    ).toBeInTheDocument();
  });

  it('shows the hand-over signatures and signs as a role', async () => {
    const api = withRelease({
      status: 'hypercare',
      handover: {
        signatures: [
          {
            role: 'poa',
            signedBy: 'user:default/jdoe',
            signedAt: '2030-01-05T10:00:00Z',
          },
        ],
      },
    });
    renderRelease({ api });
    const user = userEvent.setup({ delay: null });
    const signatures = await screen.findByRole('list', { name: 'Signatures' });
    const poa = within(signatures).getByRole('listitem', { name: 'POA' });
    expect(within(poa).getByText('Signed')).toBeInTheDocument();
    expect(
      within(poa).queryByRole('button', { name: /Sign hand-over/ }),
    ).not.toBeInTheDocument();
    expect(
      within(signatures).getByRole('button', {
        name: 'Sign hand-over as business owner',
      }),
    ).toBeInTheDocument();
    await user.click(
      within(signatures).getByRole('button', {
        name: 'Sign hand-over as ops owner',
      }),
    );
    await waitFor(() =>
      expect(api.signHandover).toHaveBeenCalledWith('r1', {
        role: 'opsOwner',
      }),
    );
  });

  it('does not offer to sign before the deployment', async () => {
    renderRelease();
    const signatures = await screen.findByRole('list', { name: 'Signatures' });
    expect(
      within(signatures).queryByRole('button', { name: /Sign hand-over/ }),
    ).not.toBeInTheDocument();
  });

  it('records the outcome with lessons that become follow-up actions', async () => {
    const api = withRelease({ status: 'hypercare' });
    renderRelease({ api });
    const user = userEvent.setup({ delay: null });
    await user.click(
      within(await toolbar()).getByRole('button', { name: 'Record outcome' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Outcome of 2.4.0',
    });
    await user.click(within(dialog).getByRole('button', { name: /Outcome/ }));
    await user.click(
      await screen.findByRole('option', { name: 'Success with incidents' }),
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: /Incidents/ }),
      'INC0012345, INC0012346',
    );
    await user.type(
      within(dialog).getByRole('textbox', {
        name: /Post-implementation review/,
      }),
      'Slow cache warm-up',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Add a lesson' }),
    );
    const lesson = within(dialog).getByRole('group', { name: 'Lesson 1' });
    await user.type(
      within(lesson).getByRole('textbox', { name: /Lesson/ }),
      'Warm the cache before opening traffic',
    );
    await user.type(
      within(lesson).getByRole('textbox', { name: /Assignee/ }),
      'sre',
    );
    await user.click(
      await within(lesson).findByRole('option', { name: /SRE on-call/ }),
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Save outcome' }),
    );
    await waitFor(() =>
      expect(api.recordOutcome).toHaveBeenCalledWith('r1', {
        outcome: 'success_with_incidents',
        incidents: ['INC0012345', 'INC0012346'],
        review: 'Slow cache warm-up',
        lessons: [
          {
            title: 'Warm the cache before opening traffic',
            side: 'build',
            assigneeRef: 'group:default/sre-oncall',
            dueDate: undefined,
          },
        ],
      }),
    );
  });

  it('saves the hypercare plan', async () => {
    const api = withRelease({ status: 'deployed' });
    renderRelease({ api });
    const user = userEvent.setup({ delay: null });
    await user.click(
      within(await toolbar()).getByRole('button', { name: 'Hypercare plan' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Hypercare plan of 2.4.0',
    });
    fireEvent.change(within(dialog).getByLabelText(/Hypercare end/), {
      target: { value: '2099-02-01' },
    });
    const standby = within(dialog).getByRole('textbox', {
      name: /Build-side standby/,
    });
    await user.type(standby, 'chlo');
    await user.click(
      await within(dialog).findByRole('option', { name: /Chloé Martin/ }),
    );
    // A reference the catalog does not list can still be typed (the server checks it).
    await user.type(standby, 'user:dev1{Enter}');
    await user.type(
      within(dialog).getByRole('textbox', { name: /Exit criteria/ }),
      'No P1 for 10 days{enter}Runbook validated',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.updateRelease).toHaveBeenCalledTimes(1));
    expect(api.updateRelease.mock.calls[0][1]).toEqual({
      hypercare: {
        start: release.plannedAt.slice(0, 10),
        end: '2099-02-01',
        buildStandby: ['user:default/chloe.martin', 'user:default/dev1'],
        exitCriteria: ['No P1 for 10 days', 'Runbook validated'],
      },
    });
  });

  describe('CAB dossier', () => {
    const createObjectURL = jest.fn(() => 'blob:dossier');
    const revokeObjectURL = jest.fn();
    let open: jest.SpyInstance;
    beforeEach(() => {
      Object.assign(URL, { createObjectURL, revokeObjectURL });
    });
    afterEach(() => {
      open?.mockRestore();
    });

    it('opens the HTML dossier in a new window through a Blob URL', async () => {
      open = jest
        .spyOn(window, 'open')
        .mockReturnValue({} as unknown as Window);
      const { api } = renderRelease();
      const user = userEvent.setup({ delay: null });
      await user.click(
        within(await toolbar()).getByRole('button', { name: 'CAB dossier' }),
      );
      await waitFor(() =>
        expect(open).toHaveBeenCalledWith('blob:dossier', '_blank'),
      );
      expect(api.getDossier).toHaveBeenCalledWith('r1', 'html', 'en');
      const blob = (createObjectURL.mock.calls as unknown[][])[0][0] as Blob;
      expect(blob.type).toMatch(/text\/html/);
    });

    it('downloads the Markdown dossier', async () => {
      const click = jest
        .spyOn(HTMLAnchorElement.prototype, 'click')
        .mockImplementation(() => undefined);
      const { api } = renderRelease({
        api: createMockApi({
          getDossier: jest.fn().mockResolvedValue('# CAB dossier'),
        }),
      });
      const user = userEvent.setup({ delay: null });
      await user.click(
        within(await toolbar()).getByRole('button', {
          name: 'Download Markdown',
        }),
      );
      await waitFor(() => expect(click).toHaveBeenCalled());
      expect(api.getDossier).toHaveBeenCalledWith('r1', 'markdown', 'en');
      click.mockRestore();
    });
  });

  it('attests a release-scoped criterion for this release from the gate', async () => {
    const api = createMockApi({
      getModel: jest.fn().mockResolvedValue({
        ...model,
        criteria: [
          ...model.criteria,
          {
            id: 'REL-02',
            category: 'REL',
            title: 'Rollback rehearsed',
            rationale: '',
            howToFix: '',
            weight: 4,
            blockingTiers: ['T1', 'T2'],
            scope: 'release',
            check: { kind: 'releaseAttestation' },
            core: true,
            pack: 'core',
            defaultSide: 'build',
          },
        ],
      }),
      getReadiness: jest.fn().mockResolvedValue(readiness),
    });
    renderRelease({ api });
    const user = userEvent.setup({ delay: null });
    const gate = await screen.findByRole('region', { name: 'Go/no-go gate' });
    const row = within(gate).getByRole('listitem', {
      name: 'REL-02 Rollback rehearsed',
    });
    await user.click(
      await within(row).findByRole('button', { name: 'Attest' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Record an attestation',
    });
    expect(
      within(dialog).getByRole('button', { name: /Criterion/ }),
    ).toHaveTextContent('REL-02');
    expect(
      within(dialog).getByRole('button', { name: /\bRelease\b/ }),
    ).toHaveTextContent('2.4.0');
    await user.type(
      within(dialog).getByRole('textbox', { name: /Evidence URLs/ }),
      'https://wiki.example.com/rollback-2.4.0',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Record attestation' }),
    );
    await waitFor(() =>
      expect(api.createAttestation).toHaveBeenCalledWith(
        expect.anything(),
        expect.objectContaining({
          criterionId: 'REL-02',
          releaseId: 'r1',
          state: 'compliant',
        }),
      ),
    );
  });
});
