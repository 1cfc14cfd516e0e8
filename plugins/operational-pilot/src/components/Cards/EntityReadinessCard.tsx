import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { EmptyState, Progress } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
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
import { useReadinessText } from '../shared/useReadinessText';
import { ScoreGauge, TierLabel } from '../EntityTab/ReadinessHeader';
import { CriterionStatusChip, LevelChip, VerdictChip } from '../shared/chips';
import { ErrorView } from '../shared/ErrorView';
import { useFormatters } from '../shared/format';
import { useEntityTabHref } from '../shared/useEntityTabHref';
import { useEntityTarget } from '../shared/useEntityTarget';
import styles from './cards.module.css';

/**
 * Compact readiness of the current entity: score, verdict, level, the top blocker and a link to the tab.
 *
 * @public
 */
export function EntityReadinessCard() {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const text = useReadinessText();
  const api = useApi(operationalPilotApiRef);
  const { entity, target } = useEntityTarget();
  const fmt = useFormatters();
  const state = useAsyncRetry(() => api.getReadiness(target), [api, target]);
  const tabHref = useEntityTabHref(entity);

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
          {/* The chips wrap: on a narrow overview card "Assumed T1" would otherwise be cut off. */}
          <Flex
            gap="2"
            align="center"
            style={{ flexWrap: 'wrap', minWidth: 0 }}
            data-testid="readiness-card-chips"
          >
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
                  {top.id} – {text.title(top)}
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
