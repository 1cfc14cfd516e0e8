/* Plain data (no React) so that the extension's config schema can use it without loading the tab. */

/** The tab's sub-views, in the order of its navigation; each has its own URL under the tab. */
export const SUB_VIEWS = [
  'overview',
  'criteria',
  'actions',
  'releases',
  'metadata',
  'attestations',
  'history',
] as const;

export type SubViewId = (typeof SUB_VIEWS)[number];

/** Path of a sub-view relative to the tab root (the overview is the root itself). */
export function subViewPath(view: SubViewId): string {
  return view === 'overview' ? '' : view;
}

/** The sub-views to show, in navigation order: all when unset; the overview is always there. */
export function visibleSubViews(views?: ReadonlyArray<string>): SubViewId[] {
  if (!views) {
    return [...SUB_VIEWS];
  }
  return SUB_VIEWS.filter(v => v === 'overview' || views.includes(v));
}

