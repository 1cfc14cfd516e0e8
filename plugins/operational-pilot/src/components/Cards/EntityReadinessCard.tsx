import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { EmptyState, Progress } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Card,
  CardBody,
  CardFooter,
  CardHeader,
  Flex,
  Link,
  Text,
} from '@backstage/ui';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { ScoreGauge, TierLabel } from '../EntityTab/ReadinessHeader';
import { CriterionStatusChip, LevelChip, VerdictChip } from '../shared/chips';
import { ErrorView } from '../shared/ErrorView';
import { useFormatters } from '../shared/format';
import { useEntityTarget } from '../shared/useEntityTarget';
import styles from './cards.module.css';

/**
 * Compact readiness of the current entity: score, verdict, level, the top blocker and a link to the tab.
 *
 * @public
 */
export function EntityReadinessCard() {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const { entity, target } = useEntityTarget();
  const entityLink = useEntityRefLink();
  const fmt = useFormatters();
  const state = useAsyncRetry(() => api.getReadiness(target), [api, target]);
  const tabHref = `${entityLink(entity).replace(/\/$/, '')}/operational-pilot`;

  let body;
  if (state.error) {
    body = (
      <ErrorView
        error={state.error}
        onRetry={state.retry}
        notFound={
          <Text variant="body-medium" color="secondary">
            {t('cards.notEvaluated')}
          </Text>
        }
      />
    );
  } else if (!state.value) {
    body = <Progress />;
  } else if (state.value.criteria.length === 0) {
    body = <EmptyState missing="data" title={t('cards.notEvaluated')} />;
  } else {
    const r = state.value;
    const top = r.blockers
      .map(id => r.criteria.find(c => c.id === id))
      .find(Boolean);
    body = (
      <div className={styles.summary}>
        <div
          className={styles.gauge}
          role="img"
          aria-label={`${t('readiness.scoreLabel')}: ${t(
            'readiness.scoreOutOf',
            {
              score: String(Math.round(r.score)),
            },
          )}`}
        >
          <ScoreGauge readiness={r} size="small" />
        </div>
        <div className={styles.details}>
          <Flex gap="2" align="center">
            <VerdictChip verdict={r.verdict} />
            <LevelChip level={r.level} />
            <TierLabel readiness={r} />
          </Flex>
          {top ? (
            <Flex direction="column" gap="1">
              <Text variant="body-small" color="secondary">
                {t('cards.topBlocker')}
              </Text>
              <Flex gap="2" align="center">
                <CriterionStatusChip status={top.status} />
                <Text variant="body-medium" weight="bold">
                  {top.id} – {top.title}
                </Text>
              </Flex>
            </Flex>
          ) : (
            <Text variant="body-small" color="success">
              {t('readiness.noBlockers')}
            </Text>
          )}
          <Text
            variant="body-x-small"
            color="secondary"
            title={fmt.dateTime(r.evaluatedAt)}
          >
            {t('readiness.evaluatedAt', { when: fmt.relative(r.evaluatedAt) })}
          </Text>
        </div>
      </div>
    );
  }

  return (
    <Card>
      <CardHeader>
        <Text as="h2" variant="title-x-small">
          {t('cards.readinessTitle')}
        </Text>
      </CardHeader>
      <CardBody>{body}</CardBody>
      <CardFooter>
        <Link href={tabHref}>{t('cards.viewDetails')}</Link>
      </CardFooter>
    </Card>
  );
}
