import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTabHref } from '../EntityTab/subViews';
import styles from './releases.module.css';

/**
 * A link inside the tab's own routes (`releases/:releaseId`, `releases`): resolved against the tab root taken
 * from the current route, so the tab's mount path is never hard-coded.
 */
export function RouterLink(props: {
  to: string;
  children: ReactNode;
  'aria-label'?: string;
}) {
  const href = useTabHref();
  return (
    <Link
      to={href(props.to)}
      relative="route"
      className={styles.link}
      aria-label={props['aria-label']}
    >
      {props.children}
    </Link>
  );
}
