/* Links into the entity's "Operational pilot" tab. */
import { parseEntityRef } from '@backstage/catalog-model';

export const TAB_PATH = 'operational-pilot';

export function entityTabLink(entityRef: string, releaseId?: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  const base = `/catalog/${encodeURIComponent(namespace)}/${encodeURIComponent(
    kind.toLocaleLowerCase('en-US'),
  )}/${encodeURIComponent(name)}/${TAB_PATH}`;
  return releaseId
    ? `${base}/releases/${encodeURIComponent(releaseId)}`
    : base;
}

/** `component:default/payments-api` → `payments-api`, or `component:ns/x` → `ns/x`. */
export function entityLabel(entityRef: string): string {
  const { namespace, name } = parseEntityRef(entityRef);
  return namespace === 'default' ? name : `${namespace}/${name}`;
}
