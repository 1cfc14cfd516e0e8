import type { ReactNode } from 'react';
import { Text } from '@backstage/ui';
import styles from './shared.module.css';

/** A titled region of the entity tab; the heading names the region for assistive technologies. */
export function Section(props: {
  id: string;
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  level?: 'h2' | 'h3';
}) {
  const titleId = `${props.id}-title`;
  return (
    <section id={props.id} aria-labelledby={titleId} className={styles.section}>
      <div className={styles.sectionHeader}>
        <Text
          as={props.level ?? 'h2'}
          id={titleId}
          variant={props.level === 'h3' ? 'title-x-small' : 'title-small'}
          className={styles.sectionTitle}
        >
          {props.title}
        </Text>
        {props.actions ? (
          <div className={styles.sectionActions}>{props.actions}</div>
        ) : null}
      </div>
      {props.children}
    </section>
  );
}

/** A bordered panel. */
export function Panel(props: { children: ReactNode; className?: string }) {
  return (
    <div className={[styles.panel, props.className].filter(Boolean).join(' ')}>
      {props.children}
    </div>
  );
}
