import type { Entity } from '@backstage/catalog-model';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import { entityContentRouteRef as tabRouteRef } from '../../nfsRoutes';

/** The default mount path of the tab, for apps that mount it without its route ref. */
const DEFAULT_TAB_PATH = 'operational-pilot';

/**
 * Link to the entity's Operational pilot tab, wherever the app mounted it: resolved from the tab's route ref
 * (the entity content extension declares it) when the current page is the entity's, else the default path.
 */
export function useEntityTabHref(entity: Entity): string {
  const entityLink = useEntityRefLink();
  let resolved: string | undefined;
  try {
    // Called on every render in the same order; the try only catches a route ref the app did not bind.
    // eslint-disable-next-line react-hooks/rules-of-hooks
    resolved = useRouteRef(tabRouteRef)?.();
  } catch {
    // Not mounted in this app (legacy EntityLayout without the route ref bound, or a test app).
    resolved = undefined;
  }
  const entityHref = entityLink(entity).replace(/\/$/, '');
  if (resolved && resolved.startsWith(entityHref) && !resolved.includes(':')) {
    return resolved;
  }
  return `${entityHref}/${DEFAULT_TAB_PATH}`;
}
