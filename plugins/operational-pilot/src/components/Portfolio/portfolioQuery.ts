import {
  LEVELS,
  TIERS,
  VERDICTS,
  type Level,
  type PortfolioOrderBy,
  type PortfolioQuery,
  type Tier,
  type Verdict,
} from '@operational-pilot/backstage-plugin-common';

export const PAGE_SIZES = [10, 25, 50, 100];
export const DEFAULT_PAGE_SIZE = 25;
export const DEFAULT_ORDER_BY: PortfolioOrderBy = 'score';
export const DEFAULT_ORDER: 'asc' | 'desc' = 'asc';

export const ORDER_BY: readonly PortfolioOrderBy[] = [
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

/** The filter parameters kept in the URL (the same names as the API's). */
export const FILTER_KEYS = [
  'q',
  'owner',
  'system',
  'poa',
  'kind',
  'tier',
  'verdict',
  'level',
  'lifecycleMismatch',
] as const;

function all(params: URLSearchParams, key: string): string[] {
  return params
    .getAll(key)
    .flatMap(v => v.split(','))
    .map(v => v.trim())
    .filter(Boolean);
}

function oneOf<T extends string>(values: readonly T[], input: string[]): T[] {
  return input.filter((v): v is T => (values as readonly string[]).includes(v));
}

/** Reads the portfolio query from the page's URL parameters, ignoring invalid values. */
export function readQuery(
  params: URLSearchParams,
): Required<Pick<PortfolioQuery, 'limit' | 'offset' | 'orderBy' | 'order'>> &
  PortfolioQuery {
  const limit = Number(params.get('limit'));
  const offset = Number(params.get('offset'));
  const orderBy = params.get('orderBy') as PortfolioOrderBy | null;
  const order = params.get('order');
  const query: PortfolioQuery = {
    q: params.get('q')?.trim() || undefined,
    owner: all(params, 'owner'),
    system: all(params, 'system'),
    poa: all(params, 'poa'),
    kind: all(params, 'kind').map(k => k.toLocaleLowerCase('en-US')),
    tier: oneOf<Tier>(TIERS, all(params, 'tier')),
    verdict: oneOf<Verdict>(VERDICTS, all(params, 'verdict')),
    level: oneOf<Level>(LEVELS, all(params, 'level')),
    lifecycleMismatch:
      params.get('lifecycleMismatch') === 'true' ? true : undefined,
  };
  if (!query.lifecycleMismatch) {
    delete query.lifecycleMismatch;
  }
  for (const key of [
    'owner',
    'system',
    'poa',
    'kind',
    'tier',
    'verdict',
    'level',
  ] as const) {
    if (!query[key]?.length) {
      delete query[key];
    }
  }
  return {
    ...query,
    orderBy: orderBy && ORDER_BY.includes(orderBy) ? orderBy : DEFAULT_ORDER_BY,
    order: order === 'desc' || order === 'asc' ? order : DEFAULT_ORDER,
    limit: PAGE_SIZES.includes(limit) ? limit : DEFAULT_PAGE_SIZE,
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

/** Writes a portfolio query as URL parameters (arrays repeat the parameter; defaults are omitted). */
export function writeQuery(
  query: PortfolioQuery,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (query.q) {
    out.q = query.q;
  }
  for (const key of [
    'owner',
    'system',
    'poa',
    'kind',
    'tier',
    'verdict',
    'level',
  ] as const) {
    const values = query[key];
    if (values?.length) {
      out[key] = [...values];
    }
  }
  if (query.lifecycleMismatch) {
    out.lifecycleMismatch = 'true';
  }
  if (query.orderBy && query.orderBy !== DEFAULT_ORDER_BY) {
    out.orderBy = query.orderBy;
  }
  if (query.order && query.order !== DEFAULT_ORDER) {
    out.order = query.order;
  }
  if (query.limit && query.limit !== DEFAULT_PAGE_SIZE) {
    out.limit = String(query.limit);
  }
  if (query.offset) {
    out.offset = String(query.offset);
  }
  return out;
}
