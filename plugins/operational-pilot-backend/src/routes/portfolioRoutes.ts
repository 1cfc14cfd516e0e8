import type { ApiRouter } from './apiRouter';
import { PortfolioQuery } from '@operational-pilot/backstage-plugin-common';
import {
  portfolioCandidates,
  ScopedPortfolioQuery,
} from '../database/portfolio';
import { TrendFilter, trendCandidates } from '../database/SnapshotsStore';
import { visibilityFor } from '../service/catalogVisibility';
import { dossierLang } from '../service/dossier/strings';
import { csvHeader, csvRow } from '../service/portfolioCsv';
import { entityFromPath, RouteContext } from './context';
import type { AnyRequest } from '../service/anyRequest';

const DAY = 24 * 60 * 60 * 1000;

function list(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const values = ([] as unknown[]).concat(value).map(String).filter(Boolean);
  return values.length > 0 ? values : undefined;
}

function int(value: unknown): number | undefined {
  return value === undefined ? undefined : Number(value);
}

/** Query string → portfolio query (the OpenAPI validator already checked names, enums and ranges). */
export function parsePortfolioQuery(req: AnyRequest): PortfolioQuery {
  const q = req.query;
  return {
    owner: list(q.owner),
    system: list(q.system),
    domain: list(q.domain),
    kind: list(q.kind),
    tier: list(q.tier) as PortfolioQuery['tier'],
    verdict: list(q.verdict) as PortfolioQuery['verdict'],
    level: list(q.level) as PortfolioQuery['level'],
    poa: list(q.poa),
    // The validator may already have coerced `true` to a boolean.
    lifecycleMismatch:
      String(q.lifecycleMismatch) === 'true' ? true : undefined,
    q: typeof q.q === 'string' && q.q.trim() ? q.q.trim() : undefined,
    orderBy: q.orderBy as PortfolioQuery['orderBy'],
    order: q.order as PortfolioQuery['order'],
    limit: int(q.limit),
    offset: int(q.offset),
  };
}

/**
 * The portfolio follows catalog read access: with a conditional catalog read policy, only the entities the
 * catalog lets the caller see are listed (and counted in the summary). The catalog is asked about the filtered
 * candidates only, in bounded batches, and its answers are joined in SQL (service/catalogVisibility.ts).
 */
export async function scopedQuery(
  ctx: RouteContext,
  req: AnyRequest,
): Promise<ScopedPortfolioQuery> {
  const credentials = await ctx.authorizer.reader(req);
  const query: ScopedPortfolioQuery = parsePortfolioQuery(req);
  const visibility = await visibilityFor(
    ctx,
    credentials,
    portfolioCandidates(query),
  );
  return visibility ? { ...query, visibility } : query;
}

export function registerPortfolioRoutes(router: ApiRouter, ctx: RouteContext) {
  router.get('/portfolio', async (req, res) => {
    const query = await scopedQuery(ctx, req);
    res.json(await ctx.stores.evaluations.portfolio(query, ctx.now()));
  });

  router.get('/portfolio/export.csv', async (req, res) => {
    const query = await scopedQuery(ctx, req);
    const day = ctx.now().toISOString().slice(0, 10);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="readiness-portfolio-${day}.csv"`,
    );
    const lang = dossierLang(req.query.lang, req.header('accept-language'));
    res.setHeader('Content-Language', lang);
    res.write(csvHeader(lang));
    for await (const item of ctx.stores.evaluations.portfolioCsvRows(
      query,
      ctx.now(),
    )) {
      res.write(csvRow(item, lang));
    }
    res.end();
  });

  // Same catalog read access as /portfolio: the entities with a snapshot in the range are the candidates.
  router.get('/portfolio/trend', async (req, res) => {
    const credentials = await ctx.authorizer.reader(req);
    const days = int(req.query.days) ?? 90;
    const since = new Date(ctx.now().getTime() - (days - 1) * DAY);
    // Owner, system and tier as they were each day; the other portfolio filters as the entities are today.
    const {
      owner,
      system,
      tier,
      domain,
      kind,
      verdict,
      level,
      poa,
      lifecycleMismatch,
      q,
    } = parsePortfolioQuery(req);
    const filter: TrendFilter = {
      owner,
      system,
      tier,
      current: { domain, kind, verdict, level, poa, lifecycleMismatch, q },
    };
    const visibility = await visibilityFor(
      ctx,
      credentials,
      trendCandidates(since, filter),
    );
    res.json(
      await ctx.stores.snapshots.trend(
        req.query.groupBy as 'owner' | 'system' | 'tier' | 'portfolio',
        since,
        { ...filter, visibility },
      ),
    );
  });

  router.get('/entities/:kind/:namespace/:name/history', async (req, res) => {
    const { entityRef } = await entityFromPath(ctx, req);
    const days = int(req.query.days) ?? 90;
    const since = new Date(ctx.now().getTime() - (days - 1) * DAY);
    res.json({ items: await ctx.stores.snapshots.history(entityRef, since) });
  });

  router.get('/entities/:kind/:namespace/:name/audit', async (req, res) => {
    const { entityRef } = await entityFromPath(ctx, req);
    const items = await ctx.stores.audit.list(entityRef, {
      limit: int(req.query.limit) ?? 50,
      offset: int(req.query.offset) ?? 0,
    });
    res.json({ items });
  });
}
