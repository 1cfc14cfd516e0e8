import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  createMockApi,
  ENTITY_PATH,
  httpError,
  renderWithEntity,
} from '../../__testUtils__/fixtures';
import { EntityPilotProvider } from '../EntityTab/EntityPilotContext';
import { HistorySection } from './HistorySection';

function renderSection(options: Parameters<typeof renderWithEntity>[1] = {}) {
  return renderWithEntity(
    <EntityPilotProvider>
      <HistorySection />
    </EntityPilotProvider>,
    options,
  );
}

describe('HistorySection', () => {
  it('draws the 90-day trend and lists the change log', async () => {
    const { api } = renderSection();
    expect(
      await screen.findByRole('heading', { name: 'History', level: 2 }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('group', {
        name: 'Score over the last 90 days, from 60 to 72.',
      }),
    ).toBeInTheDocument();
    expect(api.getHistory).toHaveBeenCalledWith(ENTITY_PATH, { days: 90 });
    const log = await screen.findByRole('region', { name: 'Change log' });
    expect(
      await within(log).findByText('operations.update'),
    ).toBeInTheDocument();
    expect(within(log).getByText(/"T2"\}.*→.*"T1"\}/)).toBeInTheDocument();
    expect(
      within(log).getByRole('columnheader', { name: 'Who' }),
    ).toBeInTheDocument();
    expect(api.getAudit).toHaveBeenCalledWith(ENTITY_PATH, {
      limit: 20,
      offset: 0,
    });
  });

  it('pages the change log', async () => {
    const page = Array.from({ length: 20 }, (_, i) => ({
      id: `e${i}`,
      entityRef: 'x',
      actor: 'user:default/jdoe',
      action: `action-${i}`,
      targetType: 'action',
      at: new Date().toISOString(),
    }));
    const api = createMockApi({
      getAudit: jest
        .fn()
        .mockResolvedValueOnce({ items: page })
        .mockResolvedValueOnce({
          items: [{ ...page[0], id: 'last', action: 'the-last-one' }],
        }),
    });
    renderSection({ api });
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('the-last-one')).toBeInTheDocument();
    expect(api.getAudit).toHaveBeenLastCalledWith(ENTITY_PATH, {
      limit: 20,
      offset: 20,
    });
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: 'Load more' }),
      ).not.toBeInTheDocument(),
    );
  });

  it('shows empty states and errors', async () => {
    const api = createMockApi({
      getHistory: jest.fn().mockResolvedValue({ items: [] }),
      getAudit: jest.fn().mockRejectedValue(httpError(403, 'no')),
    });
    renderSection({ api });
    expect(await screen.findByText(/No score history yet/)).toBeInTheDocument();
    expect(await screen.findByText('Not allowed')).toBeInTheDocument();
  });
});
