import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { RegisterCollatorParameters } from '@backstage/plugin-search-backend-node';
import {
  SearchIndexRegistryExtensionPoint,
  searchIndexRegistryExtensionPoint,
} from '@backstage/plugin-search-backend-node/alpha';
import type { ExtensionPoint } from '@backstage/backend-plugin-api';
import {
  DEFAULT_SCHEDULE,
  readSchedule,
  searchModuleOperationalPilot,
} from './module';
import { OperationalPilotCollatorFactory } from './OperationalPilotCollatorFactory';

function registry(
  collators: RegisterCollatorParameters[],
): [
  ExtensionPoint<SearchIndexRegistryExtensionPoint>,
  SearchIndexRegistryExtensionPoint,
] {
  return [
    searchIndexRegistryExtensionPoint,
    {
      addCollator: options => {
        collators.push(options);
      },
      addDecorator: () => {},
    },
  ];
}

describe('searchModuleOperationalPilot', () => {
  it('registers the operational-pilot collator with the search index registry', async () => {
    const collators: RegisterCollatorParameters[] = [];
    await startTestBackend({
      extensionPoints: [registry(collators)],
      features: [
        searchModuleOperationalPilot,
        catalogServiceMock.factory(),
        mockServices.rootConfig.factory({
          data: {
            search: {
              collators: {
                operationalPilot: {
                  schedule: {
                    frequency: { minutes: 30 },
                    timeout: { minutes: 5 },
                  },
                },
              },
            },
          },
        }),
      ],
    });
    expect(collators).toHaveLength(1);
    expect(collators[0].factory).toBeInstanceOf(
      OperationalPilotCollatorFactory,
    );
    expect(collators[0].factory.type).toBe('operational-pilot');
    expect(typeof collators[0].schedule.run).toBe('function');
  });

  it('reads the schedule from config, with a default', () => {
    const config = (data: object) =>
      mockServices.rootConfig({
        data: { search: { collators: { operationalPilot: data } } },
      });
    expect(readSchedule(mockServices.rootConfig())).toEqual(DEFAULT_SCHEDULE);
    expect(
      readSchedule(
        config({
          schedule: { frequency: { hours: 1 }, timeout: { minutes: 10 } },
        }),
      ),
    ).toEqual({ frequency: { hours: 1 }, timeout: { minutes: 10 } });
    expect(() =>
      readSchedule(config({ schedule: { frequency: 'often' } })),
    ).toThrow(/search\.collators\.operationalPilot\.schedule/);
  });

  it('refuses an invalid concurrency, naming the key', async () => {
    await expect(
      startTestBackend({
        extensionPoints: [registry([])],
        features: [
          searchModuleOperationalPilot,
          catalogServiceMock.factory(),
          mockServices.rootConfig.factory({
            data: {
              search: { collators: { operationalPilot: { concurrency: 0 } } },
            },
          }),
        ],
      }),
    ).rejects.toThrow(/search\.collators\.operationalPilot\.concurrency/);
  });
});
