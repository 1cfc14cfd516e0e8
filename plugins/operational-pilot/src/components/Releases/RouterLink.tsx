import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import styles from './releases.module.css';

/**
 * A link inside the tab's own routes (`releases/:releaseId`, `..`): relative to the route it is rendered in, so
 * the tab's mount path is never hard-coded.
 */
export function RouterLink(props: {
  to: string;
  children: ReactNode;
  'aria-label'?: string;
}) {
  return (
    <Link
      to={props.to}
      relative="route"
      className={styles.link}
      aria-label={props['aria-label']}
    >
      {props.children}
    </Link>
  );
}
