import { screen, within } from '@testing-library/react';
import {
  createMockApi,
  entity,
  httpError,
  renderWithEntity,
} from '../../__testUtils__/fixtures';
import { EntityPilotProvider } from '../EntityTab/EntityPilotContext';
import { OwnersSection } from './OwnersSection';

function renderSection(options: Parameters<typeof renderWithEntity>[1] = {}) {
  return renderWithEntity(
    <EntityPilotProvider>
      <OwnersSection />
    </EntityPilotProvider>,
    options,
  );
}

function valueOf(term: string) {
  const dt = screen.getByText(term, { selector: 'dt' });
  return dt.nextElementSibling as HTMLElement;
}

describe('OwnersSection', () => {
  it('links every role holder and flags the missing roles', async () => {
    renderSection();
    expect(
      await screen.findByRole('heading', { name: 'Owners and roles' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('4 roles missing')).toBeInTheDocument();

    // Dev owner from the catalog relation, linked to the catalog.
    const dev = valueOf('Dev owner');
    expect(within(dev).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/group/team-billing',
    );
    expect(within(dev).getByText(/from the catalog/)).toBeInTheDocument();
    // POA and support L1 from the operational metadata.
    expect(
      within(valueOf('Operational pilot (POA)')).getByRole('link'),
    ).toHaveAttribute('href', '/catalog/default/user/jdoe');
    expect(
      within(valueOf('Support L1')).getByText('Hours: 24x7'),
    ).toBeInTheDocument();
    // On-call from the PagerDuty annotation.
    expect(
      within(valueOf('On-call')).getByText(
        /PagerDuty \(pagerduty.com\/service-id: PXYZ123\)/,
      ),
    ).toBeInTheDocument();
    // Missing required roles are flagged with text; optional ones are just "not set".
    expect(
      within(valueOf('Ops owner')).getByText('Missing'),
    ).toBeInTheDocument();
    expect(
      within(valueOf('Business owner')).getByText('Missing'),
    ).toBeInTheDocument();
    expect(
      within(valueOf('Support L2')).getByText('Missing'),
    ).toBeInTheDocument();
    expect(
      within(valueOf('Service owner')).getByText('Not set'),
    ).toBeInTheDocument();
  });

  it('falls back to spec.owner and flags a missing on-call', async () => {
    renderSection({
      entity: {
        ...entity,
        metadata: { name: 'billing-api', namespace: 'default' },
        relations: [],
      },
    });
    expect(await screen.findByText('5 roles missing')).toBeInTheDocument();
    expect(within(valueOf('Dev owner')).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/group/team-billing',
    );
    expect(within(valueOf('On-call')).getByText('Missing')).toBeInTheDocument();
  });

  it('shows a load error', async () => {
    const api = createMockApi({
      getOperations: jest.fn().mockRejectedValue(httpError(500, 'boom')),
    });
    renderSection({ api });
    expect((await screen.findAllByText(/boom/)).length).toBeGreaterThan(0);
  });
});
