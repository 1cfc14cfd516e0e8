import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Button, Flex, Text } from '@backstage/ui';
import type {
  Phase,
  Release,
} from '@operational-pilot/backstage-plugin-common';
import { operationalPilotTranslationRef } from '../../translation';
import { useEntityPilot } from '../EntityTab/EntityPilotContext';
import { useTabHref } from '../EntityTab/subViews';
import {
  ActionStatusChip,
  DecisionChip,
  ReleaseStatusChip,
} from '../shared/chips';
import { ErrorView } from '../shared/ErrorView';
import { useFormatters } from '../shared/format';
import { Panel, Section } from '../shared/Section';
import sharedStyles from '../shared/shared.module.css';
import { ReleasePlanDialog } from './ReleaseDialogs';
import { RouterLink } from './RouterLink';

const UPCOMING: Release['status'][] = ['planned', 'go_no_go'];
const RELEASE_PHASES: Phase[] = ['before', 'during', 'after'];

/** The next production release: earliest planned one that is not deployed, closed or cancelled. */
export function nextRelease(releases: Release[]): Release | undefined {
  return [...releases]
    .filter(r => UPCOMING.includes(r.status))
    .sort((a, b) => a.plannedAt.localeCompare(b.plannedAt))[0];
}

/** Production releases: the next one with its go/no-go and its actions per phase, then all releases. */
export function ReleasesSection() {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const { releases, actions, permissions } = useEntityPilot();
  const fmt = useFormatters();
  const navigate = useNavigate();
  const tabHref = useTabHref();
  const [planOpen, setPlanOpen] = useState(false);

  let body;
  if (releases.error && !releases.value) {
    body = <ErrorView error={releases.error} onRetry={releases.reload} />;
  } else if (!releases.value) {
    body = <Progress />;
  } else {
    const next = nextRelease(releases.value);
    const linked = (actions.value ?? []).filter(
      a => next && a.releaseId === next.id,
    );
    const all = [...releases.value].sort((a, b) =>
      b.plannedAt.localeCompare(a.plannedAt),
    );
    body = (
      <Flex direction="column" gap="4">
        <Panel>
          <Flex direction="column" gap="2">
            <Text as="h3" variant="title-x-small">
              {t('releases.next')}
            </Text>
            {next ? (
              <>
                <Flex gap="2" align="center">
                  <Text variant="body-large" weight="bold">
                    <RouterLink
                      to={`releases/${encodeURIComponent(next.id)}`}
                      aria-label={t('releases.openNamed', {
                        version: next.version,
                      })}
                    >
                      {next.version}
                    </RouterLink>
                  </Text>
                  <Text variant="body-small" color="secondary">
                    {t(`releases.kindValue.${next.kind}`)}
                  </Text>
                  <ReleaseStatusChip status={next.status} />
                  <Text variant="body-small">{t('releases.goNoGo')}:</Text>
                  <DecisionChip decision={next.goNoGo?.decision} />
                </Flex>
                <dl className={sharedStyles.definitionList}>
                  <dt>{t('releases.plannedAt')}</dt>
                  <dd>
                    {fmt.dateTime(next.plannedAt)} (
                    {fmt.relative(next.plannedAt)})
                  </dd>
                  {next.window ? (
                    <>
                      <dt>{t('releases.windowLabel')}</dt>
                      <dd>
                        {t('releases.window', {
                          start: fmt.dateTime(next.window.start),
                          end: fmt.dateTime(next.window.end),
                        })}
                      </dd>
                    </>
                  ) : null}
                  {next.changeRef ? (
                    <>
                      <dt>{t('releases.changeRef')}</dt>
                      <dd>{next.changeRef}</dd>
                    </>
                  ) : null}
                </dl>
                <Text as="h4" variant="body-medium" weight="bold">
                  {t('releases.phaseActions')}
                </Text>
                {linked.length === 0 ? (
                  <Text variant="body-small" color="secondary">
                    {t('releases.noPhaseActions')}
                  </Text>
                ) : (
                  <div className={sharedStyles.formGrid}>
                    {RELEASE_PHASES.map(phase => (
                      <Flex key={phase} direction="column" gap="1">
                        <Text variant="body-small" weight="bold">
                          {t(`phase.${phase}`)}
                        </Text>
                        <ul className={sharedStyles.list}>
                          {linked
                            .filter(a => a.phase === phase)
                            .map(a => (
                              <li key={a.id}>
                                <ActionStatusChip status={a.status} />{' '}
                                <Text variant="body-small">{a.title}</Text>
                              </li>
                            ))}
                        </ul>
                      </Flex>
                    ))}
                  </div>
                )}
              </>
            ) : (
              <Text variant="body-medium" color="secondary">
                {t('releases.noNext')}
              </Text>
            )}
          </Flex>
        </Panel>
        {all.length > 0 ? (
          <Section
            id="operational-pilot-release-list"
            title={t('releases.all')}
            level="h3"
          >
            <ul className={sharedStyles.list}>
              {all.map(r => (
                <li key={r.id} className={sharedStyles.panel}>
                  <Flex gap="2" align="center">
                    <Text variant="body-medium" weight="bold">
                      <RouterLink
                        to={`releases/${encodeURIComponent(r.id)}`}
                        aria-label={t('releases.openNamed', {
                          version: r.version,
                        })}
                      >
                        {r.version}
                      </RouterLink>
                    </Text>
                    <Text variant="body-small" color="secondary">
                      {t(`releases.kindValue.${r.kind}`)} ·{' '}
                      {fmt.dateTime(r.plannedAt)}
                    </Text>
                    <ReleaseStatusChip status={r.status} />
                    {r.goNoGo || UPCOMING.includes(r.status) ? (
                      <DecisionChip decision={r.goNoGo?.decision} />
                    ) : null}
                  </Flex>
                </li>
              ))}
            </ul>
          </Section>
        ) : (
          <Text variant="body-medium" color="secondary">
            {t('releases.empty')}
          </Text>
        )}
      </Flex>
    );
  }

  return (
    <Section
      id="operational-pilot-releases"
      title={t('releases.heading')}
      actions={
        permissions.manageReleases ? (
          <Button variant="secondary" onPress={() => setPlanOpen(true)}>
            {t('releases.plan')}
          </Button>
        ) : undefined
      }
    >
      {body}
      <ReleasePlanDialog
        isOpen={planOpen}
        onOpenChange={setPlanOpen}
        onSaved={saved =>
          navigate(tabHref(`releases/${encodeURIComponent(saved.id)}`))
        }
      />
    </Section>
  );
}
