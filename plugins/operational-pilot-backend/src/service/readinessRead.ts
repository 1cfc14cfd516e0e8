/*
 * What `GET …/readiness` (and the MCP action of the same name) answers. A caller allowed to read the whole catalog
 * gets the stored evaluation without a catalog round trip when it is current for the model and the clock: the
 * refresh pass (every 30 s) keeps stored evaluations in step with the catalog and its related entities, and every
 * write of ours re-evaluates at once (README "Freshness of stored evaluations"). Anyone else, or an entity without
 * a current stored evaluation, goes through the catalog with the caller's credentials (its read permission
 * applies, a missing entity is a 404) and the evaluation is checked against all its inputs.
 */
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type {
  EntityReadiness,
  SystemRollup,
} from '@operational-pilot/backstage-plugin-common';
import type { RouteContext } from '../routes/context';
import { systemRollupFor } from './systemRollup';

export async function readReadiness(
  ctx: Pick<RouteContext, 'stores' | 'authorizer' | 'catalog' | 'evaluations'>,
  entityRef: string,
  credentials: BackstageCredentials,
): Promise<EntityReadiness & { rollup?: SystemRollup }> {
  const [scope, stored] = await Promise.all([
    ctx.authorizer.catalogReadScope(credentials),
    ctx.evaluations.storedIfCurrent(entityRef),
  ]);
  let readiness: EntityReadiness;
  if (scope === 'all' && stored) {
    readiness = stored;
  } else {
    const entity = await ctx.catalog.getVisibleEntity(entityRef, credentials);
    readiness = await ctx.evaluations.getReadiness(entity);
  }
  // A System also shows its components' rollup (from their stored evaluations, as far as the caller may see).
  const rollup = await systemRollupFor(ctx, entityRef, credentials, scope);
  return rollup ? { ...readiness, rollup } : readiness;
}
