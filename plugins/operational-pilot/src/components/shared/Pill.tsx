import type { ReactNode } from 'react';
import styles from './shared.module.css';

export type Tone =
  | 'positive'
  | 'warning'
  | 'negative'
  | 'info'
  | 'neutral'
  | 'muted'
  | 'bronze'
  | 'silver'
  | 'gold';

/** A small coloured label; colour always comes with text, never alone. */
export function Pill(props: {
  tone?: Tone;
  children: ReactNode;
  title?: string;
  'aria-label'?: string;
}) {
  return (
    <span
      className={styles.pill}
      data-tone={props.tone ?? 'neutral'}
      title={props.title}
      aria-label={props['aria-label']}
    >
      {props.children}
    </span>
  );
}
