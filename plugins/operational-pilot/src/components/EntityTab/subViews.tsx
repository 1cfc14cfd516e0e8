import { createContext, useContext, type ReactNode } from 'react';
import { Link, NavLink, useResolvedPath } from 'react-router-dom';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { operationalPilotTranslationRef } from '../../translation';
import { subViewPath, type SubViewId } from './subViewIds';
import styles from './readiness.module.css';

export * from './subViewIds';

const TabRootContext = createContext<string | undefined>(undefined);

/**
 * Records where the tab is mounted (resolved from the current route, so the app decides the path) for links
 * between sub-views rendered at any depth.
 */
export function TabRootProvider(props: { children: ReactNode }) {
  const root = useResolvedPath('.').pathname.replace(/\/+$/, '');
  return (
    <TabRootContext.Provider value={root}>
      {props.children}
    </TabRootContext.Provider>
  );
}

/**
 * Builds a URL under the tab root (`criteria`, `metadata#field=slo.availability`, `releases/r1`). Outside the
 * tab (a component rendered alone), the path stays relative to the current route.
 */
export function useTabHref(): (path: string) => string {
  const root = useContext(TabRootContext);
  return (path: string) => {
    if (root === undefined) {
      return path;
    }
    if (!path || path.startsWith('#')) {
      return `${root || '/'}${path}`;
    }
    return `${root}/${path}`;
  };
}

/** A link to a place under the tab root. */
export function TabLink(props: {
  to: string;
  children: ReactNode;
  className?: string;
  'aria-label'?: string;
}) {
  const href = useTabHref();
  return (
    <Link
      to={href(props.to)}
      relative="route"
      className={props.className ?? styles.link}
      aria-label={props['aria-label']}
    >
      {props.children}
    </Link>
  );
}

/** The sub-view navigation: one link per sub-view, the current one marked `aria-current="page"`. */
export function SubViewNav(props: { views: SubViewId[] }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const href = useTabHref();
  return (
    <nav aria-label={t('tab.navLabel')} className={styles.nav}>
      {props.views.map(view => (
        <NavLink
          key={view}
          to={href(subViewPath(view))}
          end={view === 'overview'}
          className={({ isActive }) =>
            [styles.navLink, isActive ? styles.navLinkActive : '']
              .filter(Boolean)
              .join(' ')
          }
        >
          {t(`tab.${view}`)}
        </NavLink>
      ))}
    </nav>
  );
}
