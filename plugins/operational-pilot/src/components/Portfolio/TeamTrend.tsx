import useAsync from 'react-use/esm/useAsync';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { Text } from '@backstage/ui';
import type { PortfolioQuery } from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { EntityRefValue } from '../shared/EntityRefValue';
import { AsyncContent } from '../shared/AsyncContent';
import { useFormatters } from '../shared/format';
import { Sparkline } from '../shared/LineChart';
import { Section } from '../shared/Section';
import styles from './portfolio.module.css';

const TREND_DAYS = 90;
const MAX_TEAMS = 24;

/** Average score per owning team over time (worst teams first). */
export function TeamTrend(props: { filters?: PortfolioQuery }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const fmt = useFormatters();
  const state = useAsync(
    () =>
      api.getPortfolioTrend({
        ...props.filters,
        groupBy: 'owner',
        days: TREND_DAYS,
      }),
    [api, props.filters],
  );

  return (
    <Section id="operational-pilot-trend" title={t('portfolio.trend')}>
      <Text as="p" variant="body-small" color="secondary">
        {t('portfolio.trendDescription', { days: String(TREND_DAYS) })}
      </Text>
      <AsyncContent
        state={state}
        isEmpty={trend => trend.series.length === 0}
        emptyText={t('portfolio.noTrend')}
      >
        {trend => {
          const series = trend.series
            .map(s => {
              const points = [...s.points].sort((a, b) =>
                a.day.localeCompare(b.day),
              );
              const last = points[points.length - 1];
              return { key: s.key, points, last };
            })
            .sort(
              (a, b) =>
                (a.last?.averageScore ?? 0) - (b.last?.averageScore ?? 0),
            )
            .slice(0, MAX_TEAMS);
          return (
            <ul className={styles.trend}>
              {series.map(s => {
                const label = t('portfolio.trendRow', {
                  key: s.key,
                  score: s.last ? fmt.number(s.last.averageScore, 1) : '—',
                  entities: String(s.last?.entities ?? 0),
                });
                return (
                  <li key={s.key} className={styles.trendItem}>
                    <div>
                      <EntityRefValue value={s.key} defaultKind="group" />
                      <Text as="p" variant="body-small" color="secondary">
                        {s.last ? fmt.number(s.last.averageScore, 1) : '—'}
                      </Text>
                    </div>
                    <Sparkline
                      values={s.points.map(p => p.averageScore)}
                      label={label}
                    />
                  </li>
                );
              })}
            </ul>
          );
        }}
      </AsyncContent>
    </Section>
  );
}
