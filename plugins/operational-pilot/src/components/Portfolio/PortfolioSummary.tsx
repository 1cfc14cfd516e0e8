import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Text } from '@backstage/ui';
import {
  LEVELS,
  VERDICTS,
  type PortfolioOrderBy,
  type PortfolioSummary as Summary,
  type Verdict,
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

/** A key figure that filters (or sorts) the table when pressed; pressed again, it clears that filter. */
function KpiButton(props: {
  label: string;
  value: string | number;
  tone?: string;
  pressed: boolean;
  onPress: () => void;
}) {
  return (
    <div className={styles.kpi} data-tone={props.tone} data-pressable="">
      <dt>
        <button
          type="button"
          className={styles.kpiButton}
          aria-pressed={props.pressed}
          aria-describedby="operational-pilot-kpis-filter"
          onClick={props.onPress}
        >
          {props.label}
        </button>
      </dt>
      <dd>{props.value}</dd>
    </div>
  );
}

/** What a KPI tile can do to the table: filter by one verdict, or sort by overdue actions. */
export interface KpiSelection {
  verdict?: Verdict[];
  orderBy?: PortfolioOrderBy;
  order?: 'asc' | 'desc';
}

/**
 * Key figures of the filtered portfolio. The entity and verdict tiles filter the table, the overdue tile sorts
 * it by overdue actions; the pressed tile is the active filter, also written out under the tiles. Levels are in
 * the distribution only (each count shown once).
 */
export function PortfolioKpis(props: {
  summary: Summary;
  selection?: KpiSelection;
  onSelect?: (patch: KpiSelection) => void;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const fmt = useFormatters();
  const s = props.summary;
  const selection = props.selection ?? {};
  const select = props.onSelect ?? (() => undefined);
  const onlyVerdict =
    selection.verdict?.length === 1 ? selection.verdict[0] : undefined;
  const overdueSort =
    selection.orderBy === 'overdueActions' && selection.order === 'desc';
  const active = [
    ...(selection.verdict ?? []).map(v => t(`verdict.${v}`)),
    ...(overdueSort ? [t('portfolio.sortedByOverdue')] : []),
  ];
  return (
    <Section id="operational-pilot-kpis" title={t('portfolio.kpis')}>
      <dl className={styles.kpis}>
        <KpiButton
          label={t('portfolio.entities')}
          value={s.totalEntities}
          pressed={!selection.verdict?.length}
          onPress={() => select({ verdict: undefined })}
        />
        {VERDICTS.map(v => (
          <KpiButton
            key={v}
            label={t(`verdict.${v}`)}
            value={s.byVerdict?.[v] ?? 0}
            tone={VERDICT_TONE[v]}
            pressed={onlyVerdict === v}
            onPress={() =>
              select({ verdict: onlyVerdict === v ? undefined : [v] })
            }
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
        <KpiButton
          label={t('portfolio.overdueActions')}
          value={s.overdueActions ?? 0}
          tone={s.overdueActions ? 'negative' : undefined}
          pressed={overdueSort}
          onPress={() =>
            select(
              overdueSort
                ? { orderBy: undefined, order: undefined }
                : { orderBy: 'overdueActions', order: 'desc' },
            )
          }
        />
        <Kpi
          label={t('portfolio.expiringAttestations')}
          value={s.attestationsExpiringIn30Days ?? 0}
          tone={s.attestationsExpiringIn30Days ? 'warning' : undefined}
        />
      </dl>
      <Text
        as="p"
        variant="body-small"
        color="secondary"
        id="operational-pilot-kpis-filter"
        aria-live="polite"
      >
        {active.length > 0
          ? t('portfolio.activeFilter', { filter: active.join(', ') })
          : t('portfolio.kpiFilterHint')}
      </Text>
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

/** Distribution of the filtered entities by level (verdict counts are the key figures above). */
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
