/*
 * The portfolio computed in SQL, checked against the same semantics computed in JavaScript over ~60 seeded
 * entities with varied values, on both databases.
 */
import { InputError } from '@backstage/errors';
import type {
  ActionStatus,
  Level,
  PortfolioItem,
  PortfolioOrderBy,
  PortfolioQuery,
  PortfolioSummary,
  Tier,
  Verdict,
} from '@operational-pilot/backstage-plugin-common';
import { createTestDatabases } from '../testing/databases';
import {
  attestationCriterion,
  evaluation,
  EvaluationSeed,
  refOf,
} from './__testUtils__/fixtures';
import { migratedStores, StoreTestContext } from './__testUtils__/setup';

const databases = createTestDatabases();
jest.setTimeout(60_000);

const NOW = new Date('2026-11-25T12:00:00.000Z');
const NEXT_DAY = new Date('2026-11-26T00:30:00.000Z');
const DAY_MS = 24 * 60 * 60 * 1000;

const VERDICTS: Verdict[] = [
  'not-ready',
  'ready-with-reservations',
  'ready-for-run',
];
const LEVELS: Level[] = ['none', 'bronze', 'silver', 'gold'];
const TIERS: Tier[] = ['T1', 'T2', 'T3'];
const STATUSES: ActionStatus[] = [
  'proposed',
  'open',
  'in_progress',
  'blocked',
  'done',
  'verified',
  'risk_accepted',
  'cancelled',
];
const OPEN: ActionStatus[] = ['open', 'in_progress', 'blocked'];
const DUE_DAYS = [
  undefined,
  '2026-11-20',
  '2026-11-25',
  '2026-11-26',
  '2026-12-10',
];

/** Deterministic pseudo-random numbers, so that failures reproduce. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return {
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(values: readonly T[]) =>
      values[Math.floor(next() * values.length)],
  };
}

interface ModelEntity {
  seed: EvaluationSeed;
  item: PortfolioItem;
  missing: boolean;
  expiries: string[];
  actions: Array<{ status: ActionStatus; dueDate?: string }>;
}

function buildModel(): ModelEntity[] {
  const rnd = random(42);
  const owners = [
    'group:default/team-a',
    'group:default/team-b',
    'group:default/team-c',
    undefined,
  ];
  const systems = [
    'system:default/checkout',
    'system:default/search',
    'system:default/ledger',
    undefined,
  ];
  const poas = ['user:default/alice', 'user:default/bob', undefined];
  const kinds = ['Component', 'Component', 'Resource', 'API'];
  const model: ModelEntity[] = [];
  for (let i = 0; i < 60; i++) {
    const name = `svc-${String(i).padStart(2, '0')}`;
    const system = rnd.pick(systems);
    const expiries = Array.from({ length: rnd.int(3) }, () =>
      new Date(NOW.getTime() + (rnd.int(80) - 20) * DAY_MS).toISOString(),
    );
    const seed: EvaluationSeed = {
      name,
      kind: rnd.pick(kinds),
      // Mixed-case titles sort case-insensitively; some entities have no title (the name is shown).
      title:
        i % 7 === 0
          ? undefined
          : `${rnd.pick(['Alpha', 'beta', 'Gamma', 'delta'])} ${i}`,
      owner: rnd.pick(owners),
      system,
      domain: system
        ? `domain:default/${system.endsWith('ledger') ? 'finance' : 'commerce'}`
        : undefined,
      poa: rnd.pick(poas),
      tier: rnd.pick(TIERS),
      tierDeclared: rnd.int(2) === 0,
      score: rnd.int(201) / 2,
      verdict: rnd.pick(VERDICTS),
      level: rnd.pick(LEVELS),
      blockers: rnd.int(4),
      evaluatedAt: new Date(
        NOW.getTime() - rnd.int(10_000) * 60_000,
      ).toISOString(),
      criteria: expiries.map((at, k) =>
        attestationCriterion(`C-${k}`, 'pass', at),
      ),
    };
    const actions = Array.from({ length: rnd.int(5) }, () => ({
      status: rnd.pick(STATUSES),
      dueDate: rnd.pick(DUE_DAYS),
    }));
    model.push({
      seed,
      missing: i % 12 === 5,
      expiries,
      actions,
      item: {
        entityRef: refOf(seed),
        title: seed.title ?? name,
        kind: seed.kind!.toLowerCase(),
        owner: seed.owner,
        system: seed.system,
        domain: seed.domain,
        tier: seed.tier!,
        tierDeclared: seed.tierDeclared!,
        poa: seed.poa,
        score: seed.score!,
        verdict: seed.verdict!,
        level: seed.level!,
        blockers: seed.blockers!,
        openActions: 0,
        overdueActions: 0,
        evaluatedAt: seed.evaluatedAt!,
      },
    });
  }
  // Titles with LIKE wildcards, to check that `q` matches them literally.
  model[1].seed.title = model[1].item.title = 'Rate 100% API';
  model[2].seed.title = model[2].item.title = 'snake_case worker';
  model[3].seed.title = model[3].item.title = 'escape\\path';
  return model;
}

/** The portfolio semantics, in JavaScript. */
function expectedFor(model: ModelEntity[], query: PortfolioQuery, now: Date) {
  const today = now.toISOString().slice(0, 10);
  const withCounts = model
    .filter(entity => !entity.missing)
    .map(entity => {
      const open = entity.actions.filter(a => OPEN.includes(a.status));
      return {
        ...entity,
        item: {
          ...entity.item,
          openActions: open.length,
          overdueActions: open.filter(
            a => a.dueDate !== undefined && a.dueDate < today,
          ).length,
        },
      };
    });
  // Refs and kinds compare case-insensitively; tiers, verdicts and levels exactly.
  const inList = (
    values: string[] | undefined,
    value: string | undefined,
    ignoreCase = true,
  ) =>
    !values?.length ||
    (value !== undefined &&
      values.map(v => (ignoreCase ? v.toLowerCase() : v)).includes(value));
  const text = query.q?.trim().toLowerCase();
  const matching = withCounts.filter(
    ({ item, seed }) =>
      inList(query.owner, item.owner) &&
      inList(query.system, item.system) &&
      inList(query.domain, item.domain) &&
      inList(query.kind, item.kind) &&
      inList(query.poa, item.poa) &&
      inList(query.tier, item.tier, false) &&
      inList(query.verdict, item.verdict, false) &&
      inList(query.level, item.level, false) &&
      (!text ||
        [seed.name, item.title, item.entityRef]
          .join('\n')
          .toLowerCase()
          .includes(text)),
  );

  const key = (item: PortfolioItem): string | number | undefined => {
    switch (query.orderBy ?? 'entityRef') {
      case 'title':
        return item.title.toLowerCase();
      case 'verdict':
        return VERDICTS.indexOf(item.verdict);
      case 'level':
        return LEVELS.indexOf(item.level);
      default:
        return item[query.orderBy as keyof PortfolioItem] as
          | string
          | number
          | undefined;
    }
  };
  const direction = query.order === 'desc' ? -1 : 1;
  const sorted = [...matching].sort((a, b) => {
    const ka = key(a.item);
    const kb = key(b.item);
    if (ka !== kb) {
      if (ka === undefined) return 1; // empty values last, in both directions
      if (kb === undefined) return -1;
      return (ka < kb ? -1 : 1) * direction;
    }
    return a.item.entityRef < b.item.entityRef ? -1 : 1;
  });

  const count = <T extends string>(
    values: T[],
    of: (item: PortfolioItem) => T,
  ) =>
    Object.fromEntries(
      values.map(v => [v, matching.filter(e => of(e.item) === v).length]),
    ) as Record<T, number>;
  const horizon = now.getTime() + 30 * DAY_MS;
  const summary: PortfolioSummary = {
    totalEntities: matching.length,
    byVerdict: count(VERDICTS, i => i.verdict),
    byLevel: count(LEVELS, i => i.level),
    byTier: count(TIERS, i => i.tier),
    averageScore: matching.length
      ? Math.round(
          (matching.reduce((sum, e) => sum + e.item.score, 0) /
            matching.length) *
            10,
        ) / 10
      : null,
    openActions: matching.reduce((sum, e) => sum + e.item.openActions, 0),
    overdueActions: matching.reduce((sum, e) => sum + e.item.overdueActions, 0),
    attestationsExpiringIn30Days: matching.reduce(
      (sum, e) =>
        sum +
        e.expiries.filter(
          at => Date.parse(at) >= now.getTime() && Date.parse(at) <= horizon,
        ).length,
      0,
    ),
  };
  return { items: sorted.map(e => e.item), summary };
}

/** Drops `undefined` properties so that items compare like JSON. */
const plain = (items: PortfolioItem[]) => JSON.parse(JSON.stringify(items));

const ORDER_BYS: PortfolioOrderBy[] = [
  'entityRef',
  'title',
  'kind',
  'owner',
  'system',
  'tier',
  'poa',
  'score',
  'verdict',
  'level',
  'blockers',
  'openActions',
  'overdueActions',
  'evaluatedAt',
];

describe.each(databases.eachSupportedId())('portfolio (%s)', databaseId => {
  let ctx: StoreTestContext;
  const model = buildModel();

  beforeAll(async () => {
    ctx = await migratedStores(databases, databaseId);
    const { stores } = ctx;
    await stores.evaluations.upsert(
      model.map(entity => evaluation(entity.seed)),
    );
    await stores.evaluations.markMissing(
      model
        .filter(entity => entity.missing)
        .map(entity => entity.item.entityRef),
      NOW,
    );
    for (const entity of model) {
      for (const action of entity.actions) {
        await stores.actions.create({
          entityRef: entity.item.entityRef,
          title: 'action',
          phase: 'before',
          side: 'build',
          priority: 'major',
          status: action.status,
          dueDate: action.dueDate,
          source: 'manual',
          createdBy: 'user:default/alice',
        });
      }
    }
    // Actions of an entity that has no evaluation never count.
    await stores.actions.create({
      entityRef: 'component:default/not-evaluated',
      title: 'orphan',
      phase: 'run',
      side: 'run',
      priority: 'minor',
      status: 'open',
      dueDate: '2020-01-01',
      source: 'manual',
      createdBy: 'user:default/alice',
    });
  });

  it('seeds a varied data set', () => {
    const expected = expectedFor(model, {}, NOW);
    expect(expected.items.length).toBe(55);
    expect(expected.summary.overdueActions).toBeGreaterThan(0);
    expect(expected.summary.attestationsExpiringIn30Days).toBeGreaterThan(0);
    expect(Object.values(expected.summary.byVerdict).every(n => n > 0)).toBe(
      true,
    );
    expect(Object.values(expected.summary.byLevel).every(n => n > 0)).toBe(
      true,
    );
  });

  it('returns the first page, the total and the summary of everything present', async () => {
    const response = await ctx.stores.evaluations.portfolio({}, NOW);
    const expected = expectedFor(model, {}, NOW);
    expect(response.totalItems).toBe(55);
    expect(plain(response.items)).toEqual(plain(expected.items.slice(0, 50)));
    expect(response.summary).toEqual(expected.summary);
  });

  const filterQueries: Array<[string, PortfolioQuery]> = [
    ['owner', { owner: ['group:default/team-a', 'Group:default/Team-B'] }],
    ['system', { system: ['system:default/checkout'] }],
    ['domain', { domain: ['domain:default/finance'] }],
    ['kind', { kind: ['Resource', 'api'] }],
    ['tier', { tier: ['T1'] }],
    ['verdict', { verdict: ['not-ready', 'ready-for-run'] }],
    ['level', { level: ['gold'] }],
    ['poa', { poa: ['user:default/bob'] }],
    ['q on name', { q: 'SVC-1' }],
    ['q on title', { q: 'gamma' }],
    ['q with %', { q: '100%' }],
    ['q with _', { q: 'e_c' }],
    ['q with \\', { q: 'e\\p' }],
    ['nothing matches', { owner: ['group:default/nobody'] }],
    [
      'combined',
      {
        tier: ['T1', 'T2'],
        verdict: ['not-ready'],
        system: ['system:default/checkout', 'system:default/search'],
      },
    ],
  ];

  it.each(filterQueries)(
    'filters by %s, with a matching summary',
    async (_, query) => {
      const response = await ctx.stores.evaluations.portfolio(
        { ...query, limit: 500 },
        NOW,
      );
      const expected = expectedFor(model, query, NOW);
      expect(response.totalItems).toBe(expected.items.length);
      expect(plain(response.items)).toEqual(plain(expected.items));
      expect(response.summary).toEqual(expected.summary);
    },
  );

  it('matches LIKE wildcards literally', async () => {
    const percent = await ctx.stores.evaluations.portfolio({ q: '100%' }, NOW);
    expect(percent.items.map(i => i.title)).toEqual(['Rate 100% API']);
    const underscore = await ctx.stores.evaluations.portfolio(
      { q: 'e_c' },
      NOW,
    );
    expect(underscore.items.map(i => i.title)).toEqual(['snake_case worker']);
  });

  it.each(
    ORDER_BYS.flatMap(
      orderBy =>
        [
          [orderBy, 'asc'],
          [orderBy, 'desc'],
        ] as const,
    ),
  )(
    'sorts by %s %s and pages without gaps or duplicates',
    async (orderBy, order) => {
      const query: PortfolioQuery = { orderBy, order };
      const expected = expectedFor(model, query, NOW).items;
      const pages: PortfolioItem[] = [];
      for (let offset = 0; offset < 60; offset += 7) {
        const page = await ctx.stores.evaluations.portfolio(
          { ...query, limit: 7, offset },
          NOW,
        );
        expect(page.totalItems).toBe(55);
        pages.push(...page.items);
      }
      expect(pages.map(i => i.entityRef)).toEqual(
        expected.map(i => i.entityRef),
      );
    },
  );

  it('computes overdue actions relative to the given time', async () => {
    const today = await ctx.stores.evaluations.portfolio({ limit: 500 }, NOW);
    const tomorrow = await ctx.stores.evaluations.portfolio(
      { limit: 500 },
      NEXT_DAY,
    );
    expect(today.summary.overdueActions).toBe(
      expectedFor(model, {}, NOW).summary.overdueActions,
    );
    expect(tomorrow.summary.overdueActions).toBe(
      expectedFor(model, {}, NEXT_DAY).summary.overdueActions,
    );
    // Actions due on 2026-11-25 become overdue on the 26th.
    expect(tomorrow.summary.overdueActions).toBeGreaterThan(
      today.summary.overdueActions,
    );
    expect(plain(tomorrow.items)).toEqual(
      plain(expectedFor(model, {}, NEXT_DAY).items),
    );
  });

  it('streams every matching row for CSV in order, ignoring limit and offset', async () => {
    const query: PortfolioQuery = {
      orderBy: 'score',
      order: 'desc',
      limit: 3,
      offset: 10,
    };
    const rows: PortfolioItem[] = [];
    for await (const row of ctx.stores.evaluations.portfolioCsvRows(
      query,
      NOW,
      { pageSize: 7 },
    )) {
      rows.push(row);
    }
    expect(plain(rows)).toEqual(plain(expectedFor(model, query, NOW).items));

    const filtered: PortfolioItem[] = [];
    for await (const row of ctx.stores.evaluations.portfolioCsvRows(
      { tier: ['T3'] },
      NOW,
    )) {
      filtered.push(row);
    }
    expect(filtered.map(r => r.entityRef)).toEqual(
      expectedFor(model, { tier: ['T3'] }, NOW).items.map(i => i.entityRef),
    );
  });

  it('rejects limits above 500 and negative offsets', async () => {
    await expect(
      ctx.stores.evaluations.portfolio({ limit: 501 }, NOW),
    ).rejects.toThrow(InputError);
    await expect(
      ctx.stores.evaluations.portfolio({ limit: 0 }, NOW),
    ).rejects.toThrow(InputError);
    await expect(
      ctx.stores.evaluations.portfolio({ offset: -1 }, NOW),
    ).rejects.toThrow(InputError);
    await expect(
      ctx.stores.evaluations.portfolio(
        { orderBy: 'nope' as PortfolioOrderBy },
        NOW,
      ),
    ).rejects.toThrow(InputError);
  });

  it('summarises an empty portfolio', async () => {
    const response = await ctx.stores.evaluations.portfolio(
      { owner: ['group:default/nobody'] },
      NOW,
    );
    expect(response).toEqual({
      items: [],
      totalItems: 0,
      summary: {
        totalEntities: 0,
        byVerdict: {
          'not-ready': 0,
          'ready-with-reservations': 0,
          'ready-for-run': 0,
        },
        byLevel: { none: 0, bronze: 0, silver: 0, gold: 0 },
        byTier: { T1: 0, T2: 0, T3: 0 },
        averageScore: null,
        openActions: 0,
        overdueActions: 0,
        attestationsExpiringIn30Days: 0,
      },
    });
  });
});
