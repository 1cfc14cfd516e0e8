import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { buildReadinessModel } from '@operational-pilot/backstage-plugin-common';
import path from 'node:path';
import { createStores } from '../database';
import {
  readCatalogFile,
  REPO_ROOT,
  withRelations,
} from '../__testUtils__/catalogFiles';
import { readBackendOptions } from '../options';
import { CatalogGateway } from '../service/CatalogGateway';
import { EvaluationService } from '../service/EvaluationService';
import { createTestDatabases } from '../testing/databases';
import { EvaluationTask } from './EvaluationTask';
import {
  ACME_CATALOG_PATH,
  acmeSuiteTitle,
  describeWithAcmeCatalog,
} from '../__testUtils__/acmeCatalog';

jest.setTimeout(120_000);

const databases = createTestDatabases();

async function setup(
  databaseId: any,
  entities: Entity[],
  now: () => Date,
  existingKnex?: any,
) {
  const knex = existingKnex ?? (await databases.init(databaseId));
  const stores = await createStores({
    database: mockServices.database({ knex, migrations: { skip: false } }),
  });
  const catalog = new CatalogGateway(
    catalogServiceMock({ entities }),
    mockServices.auth(),
  );
  const options = readBackendOptions(mockServices.rootConfig());
  const evaluations = new EvaluationService({
    model: buildReadinessModel({ packs: ['core', 'extended'] }),
    stores,
    catalog,
    logger: mockServices.logger.mock(),
    kinds: options.kinds,
    now,
  });
  const task = new EvaluationTask({
    stores,
    catalog,
    evaluations,
    logger: mockServices.logger.mock(),
    options,
    now,
  });
  return { stores, task, knex, evaluations };
}

describe.each(databases.eachSupportedId())(
  'EvaluationTask (%s)',
  databaseId => {
    describeWithAcmeCatalog(
      acmeSuiteTitle('on the ACME example catalog'),
      () => {
        it('evaluates every entity without error and explains missing owners', async () => {
          const entities =
            readCatalogFile(ACME_CATALOG_PATH).map(withRelations);
          const now = new Date('2026-11-25T10:00:00Z');
          const { stores, task, evaluations } = await setup(
            databaseId,
            entities,
            () => now,
          );

          const summary = await task.run();
          const evaluated = entities.filter(e =>
            ['Component', 'System', 'Resource', 'API'].includes(e.kind),
          );
          expect(summary.failed).toBe(0);
          expect(summary.seen).toBe(evaluated.length);
          expect(summary.evaluated).toBe(evaluated.length);

          const groups = new Set(
            entities
              .filter(e => e.kind === 'Group')
              .map(e => stringifyEntityRef(e)),
          );
          const orphan = evaluated.find(e => {
            const owner = e.relations?.find(
              r => r.type === 'ownedBy',
            )?.targetRef;
            return owner && owner.startsWith('group:') && !groups.has(owner);
          });
          expect(orphan).toBeDefined();
          // As the API reads it: the store keeps the messages, the English is rendered from them.
          const stored = await evaluations.storedIfCurrent(
            stringifyEntityRef(orphan!),
          );
          const own01 = stored!.criteria.find(c => c.id === 'OWN-01')!;
          expect(own01.status).toBe('fail');
          expect(own01.reason).toContain(
            orphan!.relations!.find(r => r.type === 'ownedBy')!.targetRef,
          );

          const page = await stores.evaluations.portfolio({ limit: 500 }, now);
          expect(page.totalItems).toBe(evaluated.length);
        });
      },
    );

    it('re-evaluates only what changed, flags entities that left the catalog, snapshots the day', async () => {
      const entities = readCatalogFile(
        path.join(REPO_ROOT, 'examples/components.yaml'),
      ).map(withRelations);
      let now = new Date('2026-11-25T10:00:00Z');
      const { stores, task, knex } = await setup(
        databaseId,
        entities,
        () => now,
      );

      const first = await task.run();
      expect(first.evaluated).toBe(entities.length);
      const second = await task.run();
      expect(second.evaluated).toBe(0);
      expect(
        (
          await stores.snapshots.history(
            'component:default/payments-api',
            '2026-11-01',
          )
        ).map(p => p.day),
      ).toEqual(['2026-11-25']);

      // Catalog change: only the changed entity is re-evaluated.
      const changed = entities.map(e =>
        e.metadata.name === 'search-indexer'
          ? {
              ...e,
              metadata: {
                ...e.metadata,
                links: [{ url: 'https://d.example', type: 'dashboard' }],
              },
            }
          : e,
      );
      const afterChange = await setup(databaseId, changed, () => now, knex);
      expect((await afterChange.task.run()).evaluated).toBe(1);

      // An entity leaves the catalog: flagged at once (out of the portfolio), purged after the retention period.
      const [removed, ...rest] = changed;
      const removedRef = stringifyEntityRef(removed);
      const shrunk = await setup(databaseId, rest, () => now, knex);
      expect((await shrunk.task.run()).missing).toBe(1);
      const page = await stores.evaluations.portfolio({ limit: 100 }, now);
      expect(page.items.map(i => i.entityRef)).not.toContain(removedRef);
      expect(page.totalItems).toBe(rest.length);
      expect(await stores.evaluations.get(removedRef)).toBeDefined();

      now = new Date('2027-01-15T10:00:00Z');
      expect((await shrunk.task.run()).purged).toBe(1);
      expect(await stores.evaluations.get(removedRef)).toBeUndefined();
    });

    it("fills the portfolio and today's snapshot on the first refresh after the catalog ingests, in a fresh app", async () => {
      const entities = readCatalogFile(
        path.join(REPO_ROOT, 'examples/components.yaml'),
      ).map(withRelations);
      const now = new Date('2026-11-25T10:00:00Z');
      // Start-up: the first evaluation run finds the catalog still empty.
      const empty = await setup(databaseId, [], () => now);
      const first = await empty.task.run();
      expect(first.seen).toBe(0);
      expect(
        (await empty.stores.evaluations.portfolio({ limit: 100 }, now))
          .totalItems,
      ).toBe(0);

      // The catalog has ingested its locations: the next refresh pass (no housekeeping) picks everything up.
      const ingested = await setup(databaseId, entities, () => now, empty.knex);
      const refresh = await ingested.task.run({ housekeeping: false });
      expect(refresh.added).toBe(entities.length);
      const page = await ingested.stores.evaluations.portfolio(
        { limit: 100 },
        now,
      );
      expect(page.totalItems).toBe(entities.length);
      // …and today's snapshot (counts, trend) without waiting for the next evaluation run.
      expect(
        (
          await ingested.stores.snapshots.history(
            'component:default/payments-api',
            '2026-11-01',
          )
        ).map(p => p.day),
      ).toEqual(['2026-11-25']);

      // Nothing new on the next refresh: nothing added.
      expect((await ingested.task.run({ housekeeping: false })).added).toBe(0);
    });

    it('is safe when two replicas run it at the same time on one database', async () => {
      const entities = readCatalogFile(
        path.join(REPO_ROOT, 'examples/components.yaml'),
      ).map(withRelations);
      const now = new Date('2026-11-25T10:00:00Z');
      const first = await setup(databaseId, entities, () => now);
      const second = await setup(databaseId, entities, () => now, first.knex);

      const [a, b] = await Promise.all([
        first.task.run({ force: true }),
        second.task.run({ force: true }),
      ]);
      expect(a.failed + b.failed).toBe(0);
      const page = await first.stores.evaluations.portfolio(
        { limit: 100 },
        now,
      );
      expect(page.totalItems).toBe(entities.length);
      expect(
        await first.stores.snapshots.history(
          'component:default/payments-api',
          '2026-11-25',
        ),
      ).toHaveLength(1);
      // Nothing changed since: neither replica re-evaluates on the next run.
      const [c, d] = await Promise.all([first.task.run(), second.task.run()]);
      expect(c.evaluated + d.evaluated).toBe(0);
    });
  },
);
