import { screen, within } from '@testing-library/react';
import {
  createMockApi,
  httpError,
  readiness,
  renderWithEntity,
} from '../../__testUtils__/fixtures';
import { EntityOwnersCard } from './EntityOwnersCard';
import { EntityReadinessCard } from './EntityReadinessCard';

describe('EntityReadinessCard', () => {
  it('shows score, verdict, level, the top blocker and a link to the tab', async () => {
    renderWithEntity(<EntityReadinessCard />);
    expect(
      await screen.findByRole('img', { name: 'Readiness score: 72 / 100' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Readiness' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Not ready')).toBeInTheDocument();
    expect(screen.getByText('Bronze')).toBeInTheDocument();
    expect(screen.getByText('Top blocker')).toBeInTheDocument();
    expect(screen.getByText('OWN-03 – Ops owner assigned')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'View readiness details' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/billing-api/operational-pilot',
    );
  });

  it('says so when nothing blocks', async () => {
    const api = createMockApi({
      getReadiness: jest.fn().mockResolvedValue({
        ...readiness,
        blockers: [],
        verdict: 'ready-for-run',
      }),
    });
    renderWithEntity(<EntityReadinessCard />, { api });
    expect(
      await screen.findByText('No blocking criterion fails.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Ready for run')).toBeInTheDocument();
  });

  it('shows the assumed tier in full: the chips wrap on a narrow card', async () => {
    const api = createMockApi({
      getReadiness: jest.fn().mockResolvedValue({
        ...readiness,
        tier: 'T1',
        tierDeclared: false,
      }),
    });
    renderWithEntity(<EntityReadinessCard />, { api });
    const badge = await screen.findByText('Assumed T1');
    const chips = screen.getByTestId('readiness-card-chips');
    expect(chips).toContainElement(badge);
    expect(chips).toHaveStyle({ flexWrap: 'wrap' });
  });

  it('handles an entity the plugin does not know (404)', async () => {
    const api = createMockApi({
      getReadiness: jest.fn().mockRejectedValue(httpError(404, 'nope')),
    });
    renderWithEntity(<EntityReadinessCard />, { api });
    expect(await screen.findByText('Not evaluated yet.')).toBeInTheDocument();
  });
});

describe('EntityOwnersCard', () => {
  it('lists the required roles, linked, with the missing ones flagged', async () => {
    renderWithEntity(<EntityOwnersCard />);
    expect(await screen.findByText('4 roles missing')).toBeInTheDocument();
    const card = screen
      .getByRole('heading', { name: 'Owners and roles' })
      .closest('.bui-Card') as HTMLElement;
    expect(within(card).getAllByText('Missing')).toHaveLength(4);
    // Optional roles that are not set are left out of the compact card.
    expect(within(card).queryByText('Service owner')).not.toBeInTheDocument();
  });

  it('still shows the catalog owner when the plugin has no metadata (404)', async () => {
    const api = createMockApi({
      getOperations: jest.fn().mockRejectedValue(httpError(404, 'none')),
    });
    renderWithEntity(<EntityOwnersCard />, { api });
    expect(await screen.findByText('6 roles missing')).toBeInTheDocument();
  });
});
