import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Text } from '@backstage/ui';
import {
  LEVELS,
  VERDICTS,
  type PortfolioSummary as Summary,
} from '@operational-pilot/backstage-plugin-common';
import { operationalPilotTranslationRef } from '../../translation';
import { VERDICT_TONE } from '../shared/chips';
import { useFormatters } from '../shared/format';
import { Section } from '../shared/Section';
import sharedStyles from '../shared/shared.module.css';
import styles from './portfolio.module.css';

function Kpi(props: { label: string; value: string | number; tone?: string }) {
  return (
    <div className={styles.kpi} data-tone={props.tone}>
      <dt>{props.label}</dt>
      <dd>{props.value}</dd>
    </div>
  );
}

/** Key figures of the filtered portfolio. */
export function PortfolioKpis(props: { summary: Summary }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const fmt = useFormatters();
  const s = props.summary;
  return (
    <Section id="operational-pilot-kpis" title={t('portfolio.kpis')}>
      <dl className={styles.kpis}>
        <Kpi label={t('portfolio.entities')} value={s.totalEntities} />
        {VERDICTS.map(v => (
          <Kpi
            key={v}
            label={t(`verdict.${v}`)}
            value={s.byVerdict?.[v] ?? 0}
            tone={VERDICT_TONE[v]}
          />
        ))}
        <Kpi
          label={t('portfolio.averageScore')}
          value={
            s.averageScore === null || s.averageScore === undefined
              ? '—'
              : fmt.number(s.averageScore, 1)
          }
        />
        <Kpi label={t('portfolio.openActions')} value={s.openActions ?? 0} />
        <Kpi
          label={t('portfolio.overdueActions')}
          value={s.overdueActions ?? 0}
          tone={s.overdueActions ? 'negative' : undefined}
        />
        <Kpi
          label={t('portfolio.expiringAttestations')}
          value={s.attestationsExpiringIn30Days ?? 0}
          tone={s.attestationsExpiringIn30Days ? 'warning' : undefined}
        />
        {LEVELS.map(l => (
          <Kpi key={l} label={t(`level.${l}`)} value={s.byLevel?.[l] ?? 0} />
        ))}
      </dl>
    </Section>
  );
}

function Bars(props: {
  title: string;
  rows: Array<{ key: string; label: string; value: number; tone?: string }>;
}) {
  const total = props.rows.reduce((sum, r) => sum + r.value, 0);
  return (
    <figure style={{ margin: 0 }}>
      <figcaption>
        <Text as="h3" variant="title-x-small">
          {props.title}
        </Text>
      </figcaption>
      <ul className={sharedStyles.list}>
        {props.rows.map(r => {
          const pct = total ? Math.round((r.value / total) * 100) : 0;
          return (
            <li key={r.key} className={styles.barRow}>
              <Text variant="body-small">{r.label}</Text>
              <div
                className={sharedStyles.bar}
                role="meter"
                aria-label={r.label}
                aria-valuemin={0}
                aria-valuemax={total}
                aria-valuenow={r.value}
                aria-valuetext={`${r.value} (${pct} %)`}
              >
                <div
                  className={sharedStyles.barFill}
                  data-tone={r.tone}
                  style={{ width: `${pct}%` }}
                />
              </div>
              <Text variant="body-small" className={styles.barValue}>
                {r.value}
              </Text>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

/** Distribution of the filtered entities by verdict and by level. */
export function PortfolioDistribution(props: { summary: Summary }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const s = props.summary;
  return (
    <Section
      id="operational-pilot-distribution"
      title={t('portfolio.distribution')}
    >
      <div className={styles.distribution}>
        <Bars
          title={t('portfolio.byVerdict')}
          rows={VERDICTS.map(v => ({
            key: v,
            label: t(`verdict.${v}`),
            value: s.byVerdict?.[v] ?? 0,
            tone: VERDICT_TONE[v],
          }))}
        />
        <Bars
          title={t('portfolio.byLevel')}
          rows={LEVELS.map(l => ({
            key: l,
            label: t(`level.${l}`),
            value: s.byLevel?.[l] ?? 0,
          }))}
        />
      </div>
    </Section>
  );
}
