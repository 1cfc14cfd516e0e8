import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Alert, Flex, Text } from '@backstage/ui';
import type { EntityReadiness } from '@operational-pilot/backstage-plugin-common';
import { operationalPilotTranslationRef } from '../../translation';
import { RouterLink } from '../Releases/RouterLink';
import { ReleaseStatusChip, VerdictChip } from '../shared/chips';
import { EntityRefValue } from '../shared/EntityRefValue';
import { useFormatters } from '../shared/format';
import { useReadinessText } from '../shared/useReadinessText';
import { Panel, Section } from '../shared/Section';
import sharedStyles from '../shared/shared.module.css';
import releaseStyles from '../Releases/releases.module.css';

/** The catalog lifecycle disagrees with the hand-over to run (production never handed over, or the reverse). */
export function LifecycleBanner(props: { readiness: EntityReadiness }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const text = useReadinessText();
  const lifecycle = props.readiness.lifecycle;
  if (!lifecycle?.mismatch) {
    return null;
  }
  return (
    <Alert
      status="warning"
      icon
      title={t('gates.lifecycleMismatch')}
      description={
        lifecycle.mismatchReason
          ? text.sentence(
              lifecycle.mismatchReason,
              lifecycle.mismatchReasonMessage,
            )
          : t(`gates.mismatchValue.${lifecycle.mismatch}`)
      }
    />
  );
}

/**
 * The three answers side by side: run readiness (continuous) and, for each open release, its go/no-go and
 * hand-over gates with what blocks them, linking to the release workspace.
 */
export function GatesOverview(props: { readiness: EntityReadiness }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const text = useReadinessText();
  const fmt = useFormatters();
  const { readiness } = props;
  const open = readiness.releases ?? [];
  const lifecycle = readiness.lifecycle;

  return (
    <Section id="operational-pilot-gates" title={t('gates.heading')} level="h3">
      <div className={releaseStyles.gates}>
        <Panel>
          <Flex direction="column" gap="2">
            <Text as="h4" variant="body-medium" weight="bold">
              {t('gates.runReadiness')}
            </Text>
            <Flex gap="2" align="center">
              <VerdictChip verdict={readiness.verdict} />
              <Text variant="body-small" color="secondary">
                {t('readiness.scoreOutOf', {
                  score: String(Math.round(readiness.score)),
                })}
              </Text>
            </Flex>
            {lifecycle ? (
              <Text variant="body-small" color="secondary">
                {lifecycle.inRun
                  ? t('gates.inRunSince', {
                      when: fmt.date(lifecycle.handedOverAt),
                      version: lifecycle.handedOverVersion ?? '',
                    })
                  : t('gates.notInRun')}
              </Text>
            ) : null}
          </Flex>
        </Panel>
        {open.length === 0 ? (
          <Panel>
            <Text variant="body-small" color="secondary">
              {t('gates.noOpenRelease')}
            </Text>
          </Panel>
        ) : (
          open.map(r => (
            <Panel key={r.releaseId}>
              <section
                aria-label={t('gates.releaseGates', { version: r.version })}
              >
                <Flex direction="column" gap="2">
                  <Flex gap="2" align="center" justify="between">
                    <Text as="h4" variant="body-medium" weight="bold">
                      <RouterLink
                        to={`releases/${encodeURIComponent(r.releaseId)}`}
                      >
                        {t('gates.releaseTitle', { version: r.version })}
                      </RouterLink>
                    </Text>
                    <ReleaseStatusChip status={r.status} />
                  </Flex>
                  <Text variant="body-small" color="secondary">
                    {t(`releases.kindValue.${r.kind}`)} ·{' '}
                    {fmt.dateTime(r.plannedAt)}
                  </Text>
                  <dl className={sharedStyles.definitionList}>
                    <dt>{t('releases.goNoGoGate')}</dt>
                    <dd>
                      <VerdictChip verdict={r.goNoGo} />
                      {r.goNoGoBlockers.length ? (
                        <Text variant="body-small">
                          {' '}
                          {t('gates.blockers', {
                            list: r.goNoGoBlockers.join(', '),
                          })}
                        </Text>
                      ) : null}
                    </dd>
                    <dt>{t('releases.handoverGate')}</dt>
                    <dd>
                      <VerdictChip verdict={r.handover} />
                      {r.handoverMissing.length ? (
                        <Text variant="body-small">
                          {' '}
                          {t('gates.missing', {
                            list: text.joined(
                              r.handoverMissing,
                              r.handoverMissingMessages,
                            ),
                          })}
                        </Text>
                      ) : null}
                    </dd>
                  </dl>
                </Flex>
              </section>
            </Panel>
          ))
        )}
      </div>
    </Section>
  );
}

/** A System's components: verdict, score and blockers of each, worst verdict and average score. */
export function SystemRollup(props: { readiness: EntityReadiness }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const rollup = props.readiness.rollup;
  if (!rollup) {
    return null;
  }
  return (
    <Section id="operational-pilot-rollup" title={t('gates.rollup')} level="h3">
      <Panel>
        <Flex direction="column" gap="2">
          <Flex gap="2" align="center">
            {rollup.worstVerdict ? (
              <>
                <Text variant="body-small">{t('gates.worstVerdict')}</Text>
                <VerdictChip verdict={rollup.worstVerdict} />
              </>
            ) : null}
            {rollup.averageScore !== null ? (
              <Text variant="body-small" color="secondary">
                {t('gates.averageScore', {
                  score: String(Math.round(rollup.averageScore)),
                })}
              </Text>
            ) : null}
          </Flex>
          {rollup.components.length === 0 ? (
            <Text variant="body-small" color="secondary">
              {t('gates.noComponents')}
            </Text>
          ) : (
            <table className={releaseStyles.table}>
              <caption className={sharedStyles.visuallyHidden}>
                {t('gates.rollup')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('gates.component')}</th>
                  <th scope="col">{t('portfolio.columns.tier')}</th>
                  <th scope="col">{t('gates.score')}</th>
                  <th scope="col">{t('gates.verdict')}</th>
                  <th scope="col">{t('gates.blockersColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {rollup.components.map(c => (
                  <tr key={c.entityRef}>
                    <td>
                      <EntityRefValue
                        value={c.entityRef}
                        defaultKind="component"
                      />
                    </td>
                    <td>{c.tier}</td>
                    <td>{Math.round(c.score)}</td>
                    <td>
                      <VerdictChip verdict={c.verdict} />
                    </td>
                    <td>{c.blockers.join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Flex>
      </Panel>
    </Section>
  );
}
