import { screen } from '@testing-library/react';
import {
  createExtensionTester,
  mockApis,
  renderInTestApp,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  catalogApiMock,
  createTestEntityPage,
} from '@backstage/plugin-catalog-react/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import plugin, {
  operationalPilotEntityContent,
  operationalPilotOwnersCard,
  operationalPilotPage,
  operationalPilotReadinessCard,
} from './alpha';
import { operationalPilotApiRef } from './api';
import { createMockApi, entity, entityRoute } from './__testUtils__/fixtures';

describe('alpha (new frontend system)', () => {
  it('declares the plugin with its extensions', () => {
    expect(plugin.pluginId).toBe('operational-pilot');
    for (const id of [
      'api:operational-pilot',
      'page:operational-pilot',
      'entity-content:operational-pilot',
      'entity-card:operational-pilot/readiness',
      'entity-card:operational-pilot/owners',
    ]) {
      expect(plugin.getExtension(id as any)).toBeDefined();
    }
  });

  it('renders the entity tab for a component', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity }),
        operationalPilotEntityContent,
      ],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRoute },
      apis: [
        [operationalPilotApiRef, createMockApi()],
        mockApis.permission({ authorize: AuthorizeResult.ALLOW }),
      ],
    });
    expect(await screen.findByText('Assumed T1')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Operational pilot', level: 2 }),
    ).toBeInTheDocument();
  });

  it('renders both entity cards', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity }),
        operationalPilotReadinessCard,
        operationalPilotOwnersCard,
      ],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRoute },
      apis: [[operationalPilotApiRef, createMockApi()], mockApis.permission()],
    });
    expect(
      await screen.findByRole('link', { name: 'View readiness details' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('4 roles missing')).toBeInTheDocument();
  });

  it('renders the portfolio page under the framework header, without its own', async () => {
    const tester = createExtensionTester(operationalPilotPage, {
      apis: [mockApis.translation(), [operationalPilotApiRef, createMockApi()]],
    });
    renderInTestApp(tester.reactElement(), {
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRoute },
      apis: [
        [operationalPilotApiRef, createMockApi()],
        // The owner, system and POA filters are catalog pickers.
        [catalogApiRef, catalogApiMock({ entities: [entity] })],
      ],
    });
    expect(
      await screen.findByRole('heading', { name: 'Key figures' }),
    ).toBeInTheDocument();
    // The framework's page header carries the title; the page itself adds no second header.
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Readiness',
    );
  });
});
