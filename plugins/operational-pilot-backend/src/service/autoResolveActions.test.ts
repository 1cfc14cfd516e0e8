import type {
  EntityReadiness,
  HandoffAction,
  Phase,
} from '@operational-pilot/backstage-plugin-common';
import { createTestDatabases } from '../testing/databases';
import {
  clearTables,
  migratedStores,
  StoreTestContext,
} from '../database/__testUtils__/setup';
import {
  actionsToAutoResolve,
  AUTO_RESOLVER,
  autoResolveActions,
} from './autoResolveActions';

function action(
  id: string,
  phase: Phase,
  overrides: Partial<HandoffAction> = {},
): HandoffAction {
  return {
    id,
    entityRef: 'component:default/a',
    title: id,
    phase,
    side: 'run',
    priority: 'major',
    status: 'open',
    criterionId: 'OBS-01',
    source: 'template',
    version: 1,
    createdBy: 'user:default/alice',
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
    ...overrides,
  };
}

const readiness = {
  criteria: [
    { id: 'OBS-01', status: 'pass', source: 'catalog' },
    { id: 'BCK-03', status: 'pass', source: 'attestation' },
  ],
} as unknown as EntityReadiness;

describe('actionsToAutoResolve', () => {
  it('resolves before and run actions of a passing automatic criterion, never during or after ones', () => {
    const actions = [
      action('before', 'before'),
      action('run', 'run'),
      action('during', 'during'),
      action('after', 'after'),
    ];
    expect(actionsToAutoResolve(readiness, actions).map(a => a.id)).toEqual([
      'before',
      'run',
    ]);
  });

  it('leaves attestation criteria, closed actions and failing criteria alone', () => {
    const actions = [
      action('attested', 'before', { criterionId: 'BCK-03' }),
      action('done', 'before', { status: 'done' }),
      action('other', 'run', { criterionId: 'INC-01' }),
    ];
    expect(actionsToAutoResolve(readiness, actions)).toEqual([]);
  });
});

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'autoResolveActions (%s)',
  databaseId => {
    let ctx: StoreTestContext;
    jest.setTimeout(60_000);

    beforeAll(async () => {
      ctx = await migratedStores(databases, databaseId);
    });
    beforeEach(async () => {
      await clearTables(ctx.knex);
    });

    const create = (entityRef: string) =>
      ctx.stores.actions.create({
        entityRef,
        title: `Fix OBS-01 of ${entityRef}`,
        phase: 'run',
        side: 'build',
        priority: 'major',
        status: 'open',
        source: 'template',
        criterionId: 'OBS-01',
        createdBy: 'user:default/alice',
      });

    it('closes the obsolete actions of a whole batch of evaluations, each audited, and keeps a concurrent change', async () => {
      const refs = [
        'component:default/a',
        'component:default/b',
        'component:default/c',
      ];
      const read = await Promise.all(refs.map(create));
      // Someone moves the third action after the evaluation read it: their change wins.
      await ctx.stores.actions.update(
        read[2].id,
        { status: 'in_progress' },
        read[2].version,
      );

      const resolved = await autoResolveActions(
        ctx.stores,
        read.map(a => ({
          readiness: { ...readiness, entityRef: a.entityRef },
          actions: [a],
        })),
        new Date('2026-12-03T10:00:00.000Z'),
      );

      expect(resolved).toBe(2);
      const after = await Promise.all(
        read.map(a => ctx.stores.actions.getById(a.id)),
      );
      expect(after.map(a => a?.status)).toEqual([
        'done',
        'done',
        'in_progress',
      ]);
      expect(after[0]?.resolution).toMatch(/Auto-resolved: OBS-01/);
      for (const ref of refs.slice(0, 2)) {
        const [entry] = await ctx.stores.audit.list(ref);
        expect(entry).toMatchObject({
          actor: AUTO_RESOLVER,
          action: 'action-auto-resolve',
        });
      }
      expect(await ctx.stores.audit.count(refs[2])).toBe(0);
    });

    it('writes nothing when no evaluation makes an action obsolete', async () => {
      const open = await create('component:default/a');
      const failing = {
        criteria: [{ id: 'OBS-01', status: 'fail', source: 'catalog' }],
      } as unknown as EntityReadiness;
      expect(
        await autoResolveActions(
          ctx.stores,
          [{ readiness: failing, actions: [open] }],
          new Date(),
        ),
      ).toBe(0);
      expect((await ctx.stores.actions.getById(open.id))?.status).toBe('open');
    });
  },
);
