import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  CatalogProcessor,
  catalogProcessingExtensionPoint,
} from '@backstage/plugin-catalog-node';
import { catalogModuleOperationalPilot } from './module';
import { OperationalPilotEntityProcessor } from './OperationalPilotEntityProcessor';

describe('catalogModuleOperationalPilot', () => {
  it('registers the processor with the catalog', async () => {
    const processors: CatalogProcessor[] = [];
    await startTestBackend({
      extensionPoints: [
        [
          catalogProcessingExtensionPoint,
          {
            addProcessor: (
              ...added: Array<CatalogProcessor | CatalogProcessor[]>
            ) => processors.push(...added.flat()),
          },
        ],
      ],
      features: [
        catalogModuleOperationalPilot,
        mockServices.rootConfig.factory({
          data: { operationalPilot: { catalogModule: { cacheSeconds: 30 } } },
        }),
      ],
    });
    expect(processors).toHaveLength(1);
    expect(processors[0]).toBeInstanceOf(OperationalPilotEntityProcessor);
    expect(processors[0].getProcessorName()).toBe(
      'OperationalPilotEntityProcessor',
    );
  });

  it('refuses a negative cache period, naming the key', async () => {
    await expect(
      startTestBackend({
        extensionPoints: [
          [catalogProcessingExtensionPoint, { addProcessor: () => {} }],
        ],
        features: [
          catalogModuleOperationalPilot,
          mockServices.rootConfig.factory({
            data: { operationalPilot: { catalogModule: { cacheSeconds: -1 } } },
          }),
        ],
      }),
    ).rejects.toThrow(/operationalPilot\.catalogModule\.cacheSeconds/);
  });
});
