/*
 * Catalog read access for the views that aggregate many entities (portfolio, CSV export, trend, release calendar,
 * change success).
 *
 * - Read access allowed (or a service caller): no restriction.
 * - Denied: nothing (`'none'`).
 * - Conditional: only the catalog knows which entities its conditions let the caller read. Instead of streaming
 *   every visible entity of the catalog on each request and sending them back as an `IN` list (unbounded on both
 *   sides), we ask the catalog only about the candidates our own SQL selects (the filtered evaluations, or the
 *   entities with a snapshot in the trend's range), 500 refs per `getEntitiesByRefs` call, and keep each answer in
 *   the `catalog_visibility` table for `VISIBILITY_TTL_MS`. The queries then join that table (a sub-query: no bound
 *   variable per ref), so totals and summaries count exactly the caller's visible set. A request makes
 *   ceil(candidates without a fresh answer / 500) catalog calls: 0 when the caller looked at the same scope within
 *   the TTL. Answers are keyed by the user and the conditions of their decision, so a change of the caller's
 *   claims (e.g. a new group) is a new key; a change of an entity's visibility shows after the TTL at most.
 */
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { createHash } from 'crypto';
import type { Visibility } from '../database';
import type { VisibilityCandidates } from '../database/visibility';
import type { RouteContext } from '../routes/context';

/** How long an answer of the catalog is trusted. */
export const VISIBILITY_TTL_MS = 60_000;
/** Refs per catalog call (`getEntitiesByRefs`) and per candidate query. */
export const VISIBILITY_BATCH = 500;

/**
 * The caller's visibility over `candidates`: undefined (everything), `'none'`, or a scope of the visibility table
 * in which every candidate has a fresh answer.
 */
export async function visibilityFor(
  ctx: Pick<RouteContext, 'authorizer' | 'catalog' | 'stores' | 'now'>,
  credentials: BackstageCredentials,
  candidates: VisibilityCandidates,
): Promise<Visibility | undefined> {
  const access = await ctx.authorizer.catalogReadAccess(credentials);
  if (access.scope === 'all') return undefined;
  if (access.scope === 'none') return 'none';
  const principal = credentials.principal as { userEntityRef?: string };
  const subject = createHash('sha256')
    .update(`${principal.userEntityRef ?? ''}\n${access.conditions ?? ''}`)
    .digest('hex');
  const now = ctx.now();
  const cutoff = new Date(now.getTime() - VISIBILITY_TTL_MS);
  const visibility = { subject, checkedSince: cutoff.toISOString() };
  let after: string | undefined;
  let purged = false;
  for (;;) {
    const refs = await ctx.stores.visibility.unchecked(
      visibility,
      candidates,
      VISIBILITY_BATCH,
      after,
    );
    if (refs.length === 0) break;
    if (!purged) {
      // Expired answers of every caller go when answers are written: the table stays at about one TTL's worth.
      // Best effort: a failure (e.g. a lock conflict with another replica's purge) must not fail the request.
      purged = true;
      await ctx.stores.visibility.purgeBefore(cutoff).catch(() => 0);
    }
    const visible = await ctx.catalog.visibleAmong(refs, credentials);
    await ctx.stores.visibility.record(subject, refs, visible, now);
    if (refs.length < VISIBILITY_BATCH) break;
    after = refs[refs.length - 1];
  }
  return visibility;
}
