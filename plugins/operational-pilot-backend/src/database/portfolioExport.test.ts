/*
 * The CSV export's rows (portfolioCsvRows) are read by key, not by offset: every row exactly once with a page size
 * smaller than the row count, while rows are inserted and updated between pages, and for 10,000+ rows. On SQLite
 * and PostgreSQL.
 */
import type {
  PortfolioItem,
  PortfolioQuery,
} from '@operational-pilot/backstage-plugin-common';
import { createTestDatabases } from '../testing/databases';
import { evaluation, openAction, refOf } from './__testUtils__/fixtures';
import { migratedStores } from './__testUtils__/setup';

const databases = createTestDatabases();
jest.setTimeout(180_000);

const NOW = new Date('2026-11-25T12:00:00.000Z');

function name(i: number) {
  return `svc-${String(i).padStart(5, '0')}`;
}

describe.each(databases.eachSupportedId())(
  'portfolio CSV rows by key (%s)',
  databaseId => {
    it.each<[string, PortfolioQuery]>([
      ['score, descending', { orderBy: 'score', order: 'desc' }],
      ['owner (empty values last)', { orderBy: 'owner', order: 'asc' }],
      ['open actions', { orderBy: 'openActions', order: 'desc' }],
      ['entity ref', {}],
      ['entity ref, descending', { orderBy: 'entityRef', order: 'desc' }],
    ])(
      'writes each row once while rows are inserted and updated between pages (%s)',
      async (_label, query) => {
        const { stores } = await migratedStores(databases, databaseId);
        const PAGE = 7;
        const initial = Array.from({ length: 60 }, (_, i) =>
          evaluation({
            name: name(i * 10),
            score: (i * 37) % 100,
            // Every third without an owner; several rows per owner (ties on the sort key).
            owner: i % 3 === 0 ? undefined : `group:default/team-${i % 4}`,
          }),
        );
        await stores.evaluations.upsert(initial);
        const preExisting = initial.map(r => r.readiness.entityRef);
        for (const ref of preExisting.slice(0, 20)) {
          await stores.actions.create(
            openAction({ entityRef: ref, title: 'action' }),
          );
        }

        const seen: PortfolioItem[] = [];
        let inserted = 0;
        for await (const item of stores.evaluations.portfolioCsvRows(
          query,
          NOW,
          { pageSize: PAGE },
        )) {
          seen.push(item);
          if (seen.length % PAGE === 0) {
            // Between two pages: new rows sorted before and after the cursor (they shift offsets)…
            inserted += 1;
            await stores.evaluations.upsert([
              evaluation({
                name: name(inserted * 10 - 5),
                score: 99,
                owner: 'group:default/a',
              }),
              evaluation({
                name: name(inserted * 10 + 3),
                score: 0,
                owner: undefined,
              }),
            ]);
            // …and a row not written yet updated so that it sorts first (behind the cursor).
            const notYet = preExisting.find(
              ref => !seen.some(s => s.entityRef === ref),
            );
            if (notYet) {
              await stores.evaluations.upsert(
                evaluation({
                  name: notYet.split('/')[1],
                  score: 100,
                  owner: 'group:default/0-first',
                  evaluatedAt: `2026-11-21T10:00:${String(
                    inserted % 60,
                  ).padStart(2, '0')}.000Z`,
                }),
              );
            }
          }
        }
        const refs = seen.map(item => item.entityRef);
        expect(refs.length).toBe(new Set(refs).size);
        for (const ref of preExisting) {
          expect(refs).toContain(ref);
        }
      },
    );

    it.each<['asc' | 'desc']>([['asc'], ['desc']])(
      'pages by entity ref in its order (%s), each row once',
      async order => {
        const { stores } = await migratedStores(databases, databaseId);
        const records = Array.from({ length: 30 }, (_, i) =>
          evaluation({ name: name(i) }),
        );
        await stores.evaluations.upsert(records);
        const refs: string[] = [];
        for await (const item of stores.evaluations.portfolioCsvRows(
          { orderBy: 'entityRef', order },
          NOW,
          { pageSize: 7 },
        )) {
          refs.push(item.entityRef);
        }
        const expected = records.map(r => r.readiness.entityRef).sort();
        expect(refs).toEqual(order === 'asc' ? expected : expected.reverse());
      },
    );

    it('streams 10,500 rows exactly once, in order, with pages of 500, rows being inserted meanwhile', async () => {
      const { stores } = await migratedStores(databases, databaseId);
      const COUNT = 10_500;
      const records = Array.from({ length: COUNT }, (_, i) =>
        evaluation({ name: name(i), score: i % 101 }),
      );
      for (let i = 0; i < COUNT; i += 2000) {
        await stores.evaluations.upsert(records.slice(i, i + 2000));
      }
      const refs: string[] = [];
      let previous: PortfolioItem | undefined;
      let ordered = true;
      for await (const item of stores.evaluations.portfolioCsvRows(
        { orderBy: 'score', order: 'asc' },
        NOW,
        { pageSize: 500 },
      )) {
        refs.push(item.entityRef);
        if (refs.length === 5000) {
          // Rows sorted before the cursor, inserted mid-export: written once, at the end.
          await stores.evaluations.upsert(
            ['aaa-1', 'aaa-2', 'aaa-3'].map(n =>
              evaluation({ name: n, score: 0 }),
            ),
          );
        }
        if (item.entityRef.includes('/aaa-')) continue;
        if (
          previous &&
          (previous.score > item.score ||
            (previous.score === item.score &&
              previous.entityRef >= item.entityRef))
        ) {
          ordered = false;
        }
        previous = item;
      }
      expect(refs).toHaveLength(COUNT + 3);
      expect(new Set(refs).size).toBe(COUNT + 3);
      expect(refs.slice(COUNT)).toEqual(
        ['aaa-1', 'aaa-2', 'aaa-3'].map(n => refOf({ name: n })),
      );
      expect(ordered).toBe(true);
      expect(refs[0]).toBe(refOf({ name: name(0) }));
    });
  },
);
