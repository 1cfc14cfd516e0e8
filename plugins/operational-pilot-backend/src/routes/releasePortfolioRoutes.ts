/*
 * Releases across the portfolio: the release calendar and the change-success report. Same filters and the same
 * catalog read access as `/portfolio` (scopedQuery); the SQL lives in database/releasePortfolio.ts.
 */
import type { ApiRouter } from './apiRouter';
import { FieldValidationError } from '../service/errors';
import { isCalendarDate } from '../service/validation';
import type { RouteContext } from './context';
import { scopedQuery } from './portfolioRoutes';
import {
  HIGHLIGHTS_DEFAULT_LIMIT,
  ROLLUP_DEFAULT_LIMIT,
} from '../database/portfolioRollups';
import type { AnyRequest } from '../service/anyRequest';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Default calendar horizon: today → +90 days. */
export const CALENDAR_DEFAULT_DAYS = 90;
/** Longest calendar range. */
export const CALENDAR_MAX_DAYS = 731;

function startOfDay(date: Date): Date {
  return new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()),
  );
}

/** `from`/`to` (YYYY-MM-DD, both included) → [from, to + 1 day); 400 naming the parameter when invalid. */
export function calendarRange(
  req: AnyRequest,
  now: Date,
): { from: Date; to: Date } {
  const errors: Array<{ path: string; message: string }> = [];
  const day = (name: 'from' | 'to'): Date | undefined => {
    const value = req.query[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !isCalendarDate(value)) {
      errors.push({
        path: `query.${name}`,
        message: `${String(value)} is not a calendar date (YYYY-MM-DD)`,
      });
      return undefined;
    }
    return new Date(`${value}T00:00:00.000Z`);
  };
  const fromDay = day('from');
  const toDay = day('to');
  const from = fromDay ?? startOfDay(now);
  const toIncluded =
    toDay ?? new Date(from.getTime() + CALENDAR_DEFAULT_DAYS * DAY_MS);
  if (errors.length === 0 && toIncluded < from) {
    errors.push({
      path: 'query.to',
      message: 'the range ends before it starts',
    });
  } else if (
    errors.length === 0 &&
    toIncluded.getTime() - from.getTime() > CALENDAR_MAX_DAYS * DAY_MS
  ) {
    errors.push({
      path: 'query.to',
      message: `the range is longer than ${CALENDAR_MAX_DAYS} days`,
    });
  }
  if (errors.length > 0) throw new FieldValidationError(errors);
  return { from, to: new Date(toIncluded.getTime() + DAY_MS) };
}

export function registerReleasePortfolioRoutes(
  router: ApiRouter,
  ctx: RouteContext,
) {
  router.get('/portfolio/releases', async (req, res) => {
    const range = calendarRange(req, ctx.now());
    const query = await scopedQuery(ctx, req);
    res.json({
      items: await ctx.stores.evaluations.releaseCalendar(query, range),
    });
  });

  router.get('/portfolio/change-success', async (req, res) => {
    const query = await scopedQuery(ctx, req);
    const groupBy =
      (req.query.groupBy as 'owner' | 'system' | undefined) ?? 'owner';
    const months =
      req.query.months === undefined ? 12 : Number(req.query.months);
    res.json(
      await ctx.stores.evaluations.changeSuccess(query, {
        groupBy,
        months,
        now: ctx.now(),
      }),
    );
  });

  // Rollups and highlights: same filters and catalog read access (scopedQuery); SQL in database/portfolioRollups.ts.
  router.get('/portfolio/rollups', async (req, res) => {
    const query = await scopedQuery(ctx, req);
    res.json(
      await ctx.stores.evaluations.rollups(query, {
        groupBy:
          (req.query.groupBy as 'owner' | 'system' | undefined) ?? 'owner',
        limit: optionalInt(req.query.limit) ?? ROLLUP_DEFAULT_LIMIT,
        now: ctx.now(),
      }),
    );
  });

  router.get('/portfolio/highlights', async (req, res) => {
    const query = await scopedQuery(ctx, req);
    res.json(
      await ctx.stores.evaluations.highlights(query, {
        days: optionalInt(req.query.days) ?? 7,
        limit: optionalInt(req.query.limit) ?? HIGHLIGHTS_DEFAULT_LIMIT,
        now: ctx.now(),
      }),
    );
  });
}

/** The OpenAPI validator has checked the range already. */
function optionalInt(value: unknown): number | undefined {
  return value === undefined ? undefined : Number(value);
}
