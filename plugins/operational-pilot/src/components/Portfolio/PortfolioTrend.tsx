import useAsync from 'react-use/esm/useAsync';
import { Progress } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { Text } from '@backstage/ui';
import type { PortfolioQuery } from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { ErrorView } from '../shared/ErrorView';
import { useFormatters } from '../shared/format';
import { LineChart } from '../shared/LineChart';
import { Section } from '../shared/Section';

const TREND_DAYS = 90;

/** Average score of the filtered portfolio per day (the trend follows the table's filters). */
export function PortfolioTrend(props: { filters: PortfolioQuery }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const fmt = useFormatters();
  const state = useAsync(
    () =>
      api.getPortfolioTrend({
        ...props.filters,
        groupBy: 'portfolio',
        days: TREND_DAYS,
      }),
    [api, props.filters],
  );

  let body;
  const points = state.value?.series[0]?.points ?? [];
  if (state.error) {
    body = <ErrorView error={state.error} />;
  } else if (state.loading || !state.value) {
    body = <Progress />;
  } else if (points.length === 0) {
    body = (
      <Text as="p" variant="body-medium" color="secondary">
        {t('portfolio.noTrend')}
      </Text>
    );
  } else {
    const entities = new Map(points.map(p => [p.day, p.entities]));
    body = (
      <LineChart
        points={points.map(p => ({ x: p.day, y: p.averageScore }))}
        formatX={fmt.date}
        label={t('portfolio.portfolioTrendSummary', {
          first: fmt.number(points[0].averageScore, 1),
          last: fmt.number(points[points.length - 1].averageScore, 1),
          days: String(TREND_DAYS),
        })}
        pointLabel={p =>
          t('portfolio.trendPoint', {
            day: fmt.date(p.x),
            score: fmt.number(p.y, 1),
            entities: String(entities.get(p.x) ?? 0),
          })
        }
      />
    );
  }

  return (
    <Section
      id="operational-pilot-portfolio-trend"
      title={t('portfolio.portfolioTrend')}
    >
      <Text as="p" variant="body-small" color="secondary">
        {t('portfolio.portfolioTrendDescription', { days: String(TREND_DAYS) })}
      </Text>
      {body}
    </Section>
  );
}
