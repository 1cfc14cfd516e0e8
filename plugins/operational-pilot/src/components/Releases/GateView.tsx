import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Button, Flex, Text } from '@backstage/ui';
import type {
  CriterionResult,
  GateResult,
} from '@operational-pilot/backstage-plugin-common';
import { operationalPilotTranslationRef } from '../../translation';
import { useReadinessText } from '../shared/useReadinessText';
import { useEntityPilot } from '../EntityTab/EntityPilotContext';
import { isAttestable } from '../Attestations/AttestationDialog';
import {
  CriterionStatusChip,
  STATUS_SEVERITY,
  VerdictChip,
} from '../shared/chips';
import { Pill } from '../shared/Pill';
import { Panel } from '../shared/Section';
import sharedStyles from '../shared/shared.module.css';
import styles from './releases.module.css';

const SETTLED = ['pass', 'not-applicable', 'waived'];

/** One release gate: verdict, why, what is missing, and every criterion with its status, reason and fix. */
export function GateView(props: {
  gate: GateResult;
  title: string;
  onAttest?: (criterion: CriterionResult) => void;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const text = useReadinessText();
  const { model } = useEntityPilot();
  const { gate } = props;
  const titleId = `operational-pilot-gate-${gate.gate}`;
  const definitions = new Map(
    (model.value?.criteria ?? []).map(c => [c.id, c]),
  );
  const attestable = (c: CriterionResult) => {
    const def = definitions.get(c.id);
    return def
      ? isAttestable(def)
      : c.scope === 'release' && c.source === 'attestation';
  };
  const criteria = [...gate.criteria].sort(
    (a, b) =>
      STATUS_SEVERITY[a.status] - STATUS_SEVERITY[b.status] ||
      a.id.localeCompare(b.id),
  );

  return (
    <section aria-labelledby={titleId} className={styles.gate}>
      <Panel>
        <Flex direction="column" gap="2">
          <Flex gap="2" align="center" justify="between">
            <Text as="h4" id={titleId} variant="title-x-small">
              {props.title}
            </Text>
            <Flex gap="2" align="center">
              {gate.score !== null ? (
                <Text variant="body-small" color="secondary">
                  {t('releases.gateScore', {
                    score: String(Math.round(gate.score)),
                  })}
                </Text>
              ) : null}
              <VerdictChip verdict={gate.verdict} />
            </Flex>
          </Flex>
          {gate.verdictReasons.length ? (
            <ul className={sharedStyles.list}>
              {gate.verdictReasons.map((r, i) => (
                <li key={r}>
                  <Text variant="body-small">
                    {text.sentence(r, gate.verdictReasonMessages?.[i])}
                  </Text>
                </li>
              ))}
            </ul>
          ) : null}
          {gate.missing.length ? (
            <div>
              <Text variant="body-small" weight="bold">
                {t('releases.missing')}
              </Text>
              <ul className={sharedStyles.list}>
                {gate.missing.map((m, i) => (
                  <li key={m}>
                    <Text variant="body-small">
                      {text.sentence(m, gate.missingMessages?.[i])}
                    </Text>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {criteria.length === 0 ? (
            <Text variant="body-small" color="secondary">
              {t('releases.gateNoCriteria')}
            </Text>
          ) : (
            <ul
              className={sharedStyles.list}
              aria-label={t('releases.gateCriteria', { gate: props.title })}
            >
              {criteria.map(c => (
                <li
                  key={c.id}
                  className={styles.criterionRow}
                  aria-label={`${c.id} ${text.title(c)}`}
                >
                  <div className={styles.criterionBody}>
                    <Flex gap="2" align="center">
                      <CriterionStatusChip status={c.status} />
                      <Text variant="body-medium" weight="bold">
                        {c.id}
                      </Text>
                      <Text variant="body-medium">{text.title(c)}</Text>
                      {c.blocking ? (
                        <Pill tone="negative">{t('releases.blocking')}</Pill>
                      ) : null}
                    </Flex>
                    <Text variant="body-small">{text.reason(c)}</Text>
                    {!SETTLED.includes(c.status) && c.howToFix ? (
                      <Text variant="body-small" color="secondary">
                        {t('releases.howToFix', { fix: text.howToFix(c) })}
                      </Text>
                    ) : null}
                    {c.waiver ? (
                      <Text variant="body-small" color="secondary">
                        {t('releases.waivedUntil', {
                          when: c.waiver.expiresAt.slice(0, 10),
                          reason: c.waiver.reason,
                        })}
                      </Text>
                    ) : null}
                  </div>
                  {props.onAttest &&
                  attestable(c) &&
                  !SETTLED.includes(c.status) ? (
                    <Button
                      size="small"
                      variant="secondary"
                      onPress={() => props.onAttest?.(c)}
                    >
                      {t('releases.attest')}
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </Flex>
      </Panel>
    </section>
  );
}
