import useAsync from 'react-use/esm/useAsync';
import { Progress } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import { Link, Text } from '@backstage/ui';
import type { PortfolioQuery } from '@operational-pilot/backstage-plugin-common';
import { operationalPilotTranslationRef } from '../../translation';
import { operationalPilotApiRef } from '../../api';
import { EntityRefValue } from '../shared/EntityRefValue';
import { ErrorView } from '../shared/ErrorView';
import { useFormatters } from '../shared/format';
import { Panel, Section } from '../shared/Section';
import styles from './portfolio.module.css';

const DROP_DAYS = 7;

/** What moved this week in the filtered portfolio: the biggest score drops and the waivers about to expire. */
export function PortfolioHighlights(props: { filters: PortfolioQuery }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const fmt = useFormatters();
  const entityLink = useEntityRefLink();
  const state = useAsync(
    () => api.getPortfolioHighlights({ ...props.filters, days: DROP_DAYS }),
    [api, props.filters],
  );
  const tabLink = (ref: string) =>
    `${entityLink(ref).replace(/\/$/, '')}/operational-pilot`;

  let body;
  if (state.error) {
    body = <ErrorView error={state.error} />;
  } else if (state.loading || !state.value) {
    body = <Progress />;
  } else {
    const { drops, waivers, days } = state.value;
    body = (
      <div className={styles.highlights}>
        <Panel>
          <Text as="h3" variant="title-x-small">
            {t('portfolio.drops', { days: String(days) })}
          </Text>
          {drops.length === 0 ? (
            <Text as="p" variant="body-small" color="secondary">
              {t('portfolio.noDrop')}
            </Text>
          ) : (
            <ul className={styles.highlightList}>
              {drops.map(drop => (
                <li key={drop.entityRef} className={styles.highlightItem}>
                  <Link
                    href={tabLink(drop.entityRef)}
                    aria-label={t('portfolio.dropLabel', {
                      title: drop.title,
                      previous: fmt.number(drop.previousScore, 0),
                      since: fmt.date(drop.since),
                      score: fmt.number(drop.score, 0),
                    })}
                  >
                    {drop.title}
                  </Link>
                  <Text variant="body-small" className={styles.dropValue}>
                    {t('portfolio.drop', {
                      previous: fmt.number(drop.previousScore, 0),
                      score: fmt.number(drop.score, 0),
                      delta: fmt.number(drop.score - drop.previousScore, 0),
                    })}
                  </Text>
                </li>
              ))}
            </ul>
          )}
        </Panel>
        <Panel>
          <Text as="h3" variant="title-x-small">
            {t('portfolio.waivers')}
          </Text>
          <dl className={styles.kpis}>
            <div className={styles.kpi}>
              <dt>{t('portfolio.activeWaivers')}</dt>
              <dd>{waivers.active}</dd>
            </div>
            <div
              className={styles.kpi}
              data-tone={waivers.expiringIn30Days ? 'warning' : undefined}
            >
              <dt>{t('portfolio.waiversExpiring')}</dt>
              <dd>{waivers.expiringIn30Days}</dd>
            </div>
          </dl>
          <ul className={styles.highlightList}>
            {waivers.expiring.map(w => (
              <li key={w.id}>
                <Text variant="body-small">
                  {t('portfolio.waiverExpires', {
                    criterion: w.criterionId,
                    date: fmt.date(w.expiresAt),
                  })}
                </Text>{' '}
                <EntityRefValue value={w.entityRef} />
              </li>
            ))}
          </ul>
        </Panel>
      </div>
    );
  }

  return (
    <Section
      id="operational-pilot-highlights"
      title={t('portfolio.highlights')}
    >
      {body}
    </Section>
  );
}
