/*
 * Deep links inside the tab's sub-views, carried in the URL hash so that the route stays the sub-view's own:
 * `metadata#field=slo.availability` (the field a criterion reads), `actions#action=<id>` (a linked action).
 */

/** URL (under the tab) of the metadata field an operational metadata path designates. */
export function metadataFieldHref(field: string): string {
  return `metadata#field=${encodeURIComponent(field)}`;
}

/** URL (under the tab) of an action in the Actions sub-view. */
export function actionHref(actionId: string): string {
  return `actions#action=${encodeURIComponent(actionId)}`;
}

function fromHash(hash: string, key: string): string | undefined {
  const match = new RegExp(`(?:^#|&)${key}=([^&]+)`).exec(hash);
  return match ? decodeURIComponent(match[1]) : undefined;
}

/** The metadata field named in a URL hash (`#field=slo.availability`), if any. */
export function fieldFromHash(hash: string): string | undefined {
  return fromHash(hash, 'field');
}

/** The action named in a URL hash (`#action=<id>`), if any. */
export function actionFromHash(hash: string): string | undefined {
  return fromHash(hash, 'action');
}
