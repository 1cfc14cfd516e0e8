import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  createMockApi,
  readiness,
  renderWithEntity,
} from '../../__testUtils__/fixtures';
import { EntityOperationalPilotContent } from './EntityOperationalPilotContent';

describe('GatesOverview', () => {
  it('shows run readiness and the two gates of each open release side by side, linking to the release', async () => {
    const api = createMockApi({
      getReadiness: jest.fn().mockResolvedValue({
        ...readiness,
        releases: [
          {
            releaseId: 'r1',
            version: '2.4.0',
            kind: 'minor',
            status: 'planned',
            plannedAt: '2030-01-10T20:00:00Z',
            goNoGo: 'not-ready',
            goNoGoBlockers: ['REL-02', 'REL-05'],
            handover: 'not-ready',
            handoverMissing: ['signature of the ops owner'],
          },
        ],
        lifecycle: {
          catalog: 'production',
          inRun: false,
          mismatch: 'production-not-handed-over',
          mismatchReason:
            'spec.lifecycle is production but no release was ever handed over to run',
        },
      }),
    });
    renderWithEntity(<EntityOperationalPilotContent />, { api });
    const user = userEvent.setup({ delay: null });
    const banner = await screen.findByText(
      'Catalog lifecycle and hand-over to run disagree',
    );
    expect(banner).toBeInTheDocument();
    expect(
      screen.getByText(
        'spec.lifecycle is production but no release was ever handed over to run',
      ),
    ).toBeInTheDocument();

    const gates = screen.getByRole('region', {
      name: 'Run readiness and release gates',
    });
    expect(within(gates).getByText('Run readiness')).toBeInTheDocument();
    // The run readiness's blockers are listed once, under "Why this verdict", not again here.
    expect(
      within(gates).queryByText('Blocking: OWN-03'),
    ).not.toBeInTheDocument();
    const release = within(gates).getByRole('region', {
      name: 'Gates of release 2.4.0',
    });
    expect(
      within(release).getByText('Blocking: REL-02, REL-05'),
    ).toBeInTheDocument();
    expect(
      within(release).getByText('Missing: signature of the ops owner'),
    ).toBeInTheDocument();
    expect(within(release).getByText('Go/no-go gate')).toBeInTheDocument();
    expect(within(release).getByText('Hand-over gate')).toBeInTheDocument();

    await user.click(
      within(release).getByRole('link', { name: 'Release 2.4.0' }),
    );
    expect(
      await screen.findByRole('heading', { name: 'Release 2.4.0' }),
    ).toBeInTheDocument();
  });

  it("shows a System's rollup of its components", async () => {
    const api = createMockApi({
      getReadiness: jest.fn().mockResolvedValue({
        ...readiness,
        rollup: {
          components: [
            {
              entityRef: 'component:default/billing-api',
              tier: 'T1',
              score: 72.4,
              verdict: 'not-ready',
              blockers: ['OWN-03'],
            },
            {
              entityRef: 'component:default/billing-worker',
              tier: 'T2',
              score: 91,
              verdict: 'ready-for-run',
              blockers: [],
            },
          ],
          worstVerdict: 'not-ready',
          averageScore: 81.7,
        },
      }),
    });
    renderWithEntity(<EntityOperationalPilotContent />, { api });
    const rollup = await screen.findByRole('region', {
      name: 'Components of the system',
    });
    expect(within(rollup).getByText('Average score 82')).toBeInTheDocument();
    const table = within(rollup).getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByText('billing-api')).toBeInTheDocument();
    expect(within(rows[1]).getByText('OWN-03')).toBeInTheDocument();
    expect(within(rows[2]).getByText('91')).toBeInTheDocument();
  });

  it('shows no banner when the lifecycle agrees', async () => {
    renderWithEntity(<EntityOperationalPilotContent />);
    expect(await screen.findByText('No open release.')).toBeInTheDocument();
    expect(
      screen.queryByText('Catalog lifecycle and hand-over to run disagree'),
    ).not.toBeInTheDocument();
  });
});
