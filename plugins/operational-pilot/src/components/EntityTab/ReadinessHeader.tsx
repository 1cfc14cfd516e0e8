import { useState } from 'react';
import { Gauge } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { Button, Text } from '@backstage/ui';
import type { EntityReadiness } from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { LevelChip, VerdictChip, VERDICT_TONE } from '../shared/chips';
import { useWriteErrorMessage } from '../shared/ErrorView';
import { useFormatters } from '../shared/format';
import { Pill } from '../shared/Pill';
import { Panel } from '../shared/Section';
import { useNotify } from '../shared/useNotify';
import { useEntityPilot } from './EntityPilotContext';
import styles from './readiness.module.css';

/** Tier of an evaluation: declared, or the strictest tier assumed because none is declared. */
export function TierLabel(props: {
  readiness: Pick<EntityReadiness, 'tier' | 'tierDeclared'>;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  if (props.readiness.tierDeclared) {
    return <Pill tone="neutral">{t(`tier.${props.readiness.tier}`)}</Pill>;
  }
  return (
    <Pill tone="warning" title={t('tier.assumedHint')}>
      {t('tier.assumed', { tier: props.readiness.tier })}
    </Pill>
  );
}

/** The score gauge coloured by verdict (not by score: a blocker makes a high score red). */
export function ScoreGauge(props: {
  readiness: Pick<EntityReadiness, 'score' | 'verdict'>;
  size?: 'normal' | 'small';
}) {
  const tone = VERDICT_TONE[props.readiness.verdict];
  return (
    <Gauge
      value={Math.max(0, Math.min(100, props.readiness.score)) / 100}
      size={props.size}
      getColor={({ palette }) => {
        if (tone === 'positive') {
          return palette.status.ok;
        }
        if (tone === 'warning') {
          return palette.status.warning;
        }
        return palette.status.error;
      }}
    />
  );
}

export function ReadinessHeader(props: { readiness: EntityReadiness }) {
  const { readiness } = props;
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const { target, setReadiness, permissions } = useEntityPilot();
  // Re-evaluating writes a new evaluation: offered to those who may change something on the entity.
  const canWrite = Object.values(permissions).some(Boolean);
  const fmt = useFormatters();
  const notify = useNotify();
  const errorMessage = useWriteErrorMessage();
  const [busy, setBusy] = useState(false);

  const reevaluate = async () => {
    setBusy(true);
    try {
      setReadiness(await api.evaluate(target));
      notify(t('readiness.reevaluated'));
    } catch (e) {
      notify(errorMessage(e), 'danger');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Panel>
      <div className={styles.header}>
        <div
          className={styles.gauge}
          data-testid="readiness-score"
          data-score={readiness.score}
          role="img"
          aria-label={`${t('readiness.scoreLabel')}: ${t(
            'readiness.scoreOutOf',
            {
              score: String(Math.round(readiness.score)),
            },
          )}`}
        >
          <ScoreGauge readiness={readiness} />
        </div>
        <div className={styles.headerBody}>
          <div className={styles.chips}>
            <VerdictChip verdict={readiness.verdict} />
            <LevelChip level={readiness.level} />
            <TierLabel readiness={readiness} />
          </div>
          <Text as="p" variant="body-medium">
            {t(`verdictMeaning.${readiness.verdict}`)}
          </Text>
          <div className={styles.chips}>
            <Text
              variant="body-small"
              color="secondary"
              title={fmt.dateTime(readiness.evaluatedAt)}
            >
              {t('readiness.evaluatedAt', {
                when: fmt.relative(readiness.evaluatedAt),
              })}
            </Text>
            {canWrite ? (
              <Button
                size="small"
                variant="secondary"
                onPress={reevaluate}
                isPending={busy}
              >
                {t('readiness.reevaluate')}
              </Button>
            ) : null}
          </div>
        </div>
      </div>
    </Panel>
  );
}
