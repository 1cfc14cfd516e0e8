import useAsync from 'react-use/esm/useAsync';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { Text } from '@backstage/ui';
import type { PortfolioQuery } from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { AsyncContent } from '../shared/AsyncContent';
import { useFormatters } from '../shared/format';
import { Section } from '../shared/Section';
import { useModelTitles } from './useModelTitles';
import sharedStyles from '../shared/shared.module.css';
import styles from './portfolioCriteria.module.css';

const LIMIT = 10;

/**
 * The criteria failed by the most entities of the filtered portfolio (aggregated by the backend), each with the
 * share of those entities failing it as a bar and how many of those failures block a verdict.
 */
export function FailingCriteria(props: { filters: PortfolioQuery }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const fmt = useFormatters();
  const titles = useModelTitles();
  const state = useAsync(
    () => api.getPortfolioFailingCriteria({ ...props.filters, limit: LIMIT }),
    [api, props.filters],
  );

  return (
    <Section
      id="operational-pilot-failing-criteria"
      title={t('portfolio.failingCriteria')}
    >
      <AsyncContent
        state={state}
        isEmpty={value => value.criteria.length === 0}
        emptyText={t('portfolio.noFailingCriteria')}
      >
        {({ criteria, totalCriteria, evaluatedEntities }) => (
          <>
            <ol className={styles.failing}>
              {criteria.map(criterion => {
                const title = titles.criterionTitle(criterion.criterionId);
                const share = t('portfolio.percent', {
                  value: fmt.number(criterion.share, 1),
                });
                const failing = t('portfolio.failingEntities', {
                  failing: String(criterion.failing),
                  share,
                });
                return (
                  <li key={criterion.criterionId} className={styles.failingRow}>
                    <Text variant="body-small">
                      <strong>{criterion.criterionId}</strong> {title}
                    </Text>
                    <div
                      className={sharedStyles.bar}
                      role="meter"
                      aria-label={`${criterion.criterionId} ${title}`}
                      aria-valuemin={0}
                      aria-valuemax={100}
                      aria-valuenow={criterion.share}
                      aria-valuetext={failing}
                    >
                      <div
                        className={sharedStyles.barFill}
                        data-tone={
                          criterion.blocking > 0 ? 'negative' : 'warning'
                        }
                        style={{ width: `${Math.min(100, criterion.share)}%` }}
                      />
                    </div>
                    <Text variant="body-small" className={styles.failingValue}>
                      {failing}
                      {criterion.blocking > 0
                        ? ` · ${t('portfolio.failingBlocking', {
                            blocking: String(criterion.blocking),
                          })}`
                        : ''}
                    </Text>
                  </li>
                );
              })}
            </ol>
            <Text as="p" variant="body-small" color="secondary">
              {t('portfolio.failingCriteriaDescription', {
                shown: String(criteria.length),
                total: String(totalCriteria),
                entities: String(evaluatedEntities),
              })}
            </Text>
          </>
        )}
      </AsyncContent>
    </Section>
  );
}
