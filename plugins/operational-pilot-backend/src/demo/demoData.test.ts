import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { stringifyEntityRef } from '@backstage/catalog-model';
import path from 'node:path';
import request from 'supertest';
import { operationalPilotPlugin } from '../plugin';
import { readDemoCatalog, REPO_ROOT } from '../__testUtils__/catalogFiles';
import { createTestDatabases } from '../testing/databases';

jest.setTimeout(120_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('demo data (%s)', databaseId => {
  it('loads and shows every verdict and every level somewhere in the demo catalog', async () => {
    const entities = readDemoCatalog();
    const { server } = await startTestBackend({
      features: [
        operationalPilotPlugin,
        catalogServiceMock.factory({ entities }),
        mockServices.database.factory({ knex: await databases.init(databaseId) }),
        mockServices.rootConfig.factory({
          data: {
            operationalPilot: {
              packs: ['core'],
              demoData: {
                path: path.join(REPO_ROOT, 'examples/operational-data.yaml'),
              },
            },
          },
        }),
      ],
    });
    const components = entities.filter(e => e.kind === 'Component');
    const results: Record<string, string> = {};
    const verdicts = new Set<string>();
    const levels = new Set<string>();
    for (const entity of components) {
      const ref = stringifyEntityRef(entity).replace(':', '/');
      const res = await request(server).get(
        `/api/operational-pilot/entities/${ref}/readiness`,
      );
      expect(res.status).toBe(200);
      results[entity.metadata.name] =
        `${res.body.tier} ${res.body.score} ${res.body.verdict} ${res.body.level} ` +
        `blockers=${res.body.blockers.join(',')} reservations=${res.body.reservations.join(',')}`;
      verdicts.add(res.body.verdict);
      levels.add(res.body.level);
    }
    if (process.env.OP_DEBUG_DEMO) console.log(results); // eslint-disable-line no-console
    expect({ verdicts: [...verdicts].sort(), levels: [...levels].sort(), results }).toEqual({
      verdicts: ['not-ready', 'ready-for-run', 'ready-with-reservations'],
      levels: ['bronze', 'gold', 'none', 'silver'],
      results: expect.any(Object),
    });
    expect(results['payments-api']).toMatch(/ready-for-run gold/);
    expect(results['legacy-crm']).toMatch(/not-ready/);
  });
});
