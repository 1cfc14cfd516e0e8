/*
 * Criterion-level views of the portfolio: the team × category heat map and the most failing criteria. Same filters
 * and the same catalog read access as `/portfolio` (scopedQuery); the SQL lives in database/portfolioCriteria.ts.
 */
import type { ApiRouter } from './apiRouter';
import type { RouteContext } from './context';
import { scopedQuery } from './portfolioRoutes';
import {
  FAILING_CRITERIA_DEFAULT_LIMIT,
  HEATMAP_DEFAULT_LIMIT,
} from '../database/portfolioCriteria';

export function registerPortfolioCriteriaRoutes(
  router: ApiRouter,
  ctx: RouteContext,
) {
  router.get('/portfolio/heatmap', async (req, res) => {
    const query = await scopedQuery(ctx, req);
    res.json(
      await ctx.stores.evaluations.heatmap(query, {
        limit: optionalInt(req.query.limit) ?? HEATMAP_DEFAULT_LIMIT,
      }),
    );
  });

  router.get('/portfolio/failing-criteria', async (req, res) => {
    const query = await scopedQuery(ctx, req);
    res.json(
      await ctx.stores.evaluations.failingCriteria(query, {
        limit: optionalInt(req.query.limit) ?? FAILING_CRITERIA_DEFAULT_LIMIT,
      }),
    );
  });
}

/** The OpenAPI validator has checked the range already. */
function optionalInt(value: unknown): number | undefined {
  return value === undefined ? undefined : Number(value);
}
