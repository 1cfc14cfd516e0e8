import { useState, type ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { EmptyState, Progress } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { Alert, Button, Flex, Text } from '@backstage/ui';
import {
  DEFAULT_HANDOVER_SIGNATORIES,
  DEPLOYED_STATUSES,
  getErrorStatus,
  OPEN_RELEASE_STATUSES,
  OUTCOME_STATUSES,
  RELEASE_TRANSITIONS,
  type CriterionResult,
  type HandoverRole,
  type Release,
  type ReleaseGates,
  type ReleaseStatus,
} from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { AttestationDialog } from '../Attestations/AttestationDialog';
import { useEntityPilot } from '../EntityTab/EntityPilotContext';
import {
  ActionStatusChip,
  DecisionChip,
  ReleaseStatusChip,
  VerdictChip,
} from '../shared/chips';
import { EntityRefValue } from '../shared/EntityRefValue';
import { ErrorView } from '../shared/ErrorView';
import { useFormatters, useLanguage } from '../shared/format';
import { Pill, type Tone } from '../shared/Pill';
import { Panel, Section } from '../shared/Section';
import { useNotify } from '../shared/useNotify';
import { useReadinessText } from '../shared/useReadinessText';
import sharedStyles from '../shared/shared.module.css';
import { ChecklistDialog } from './ChecklistDialog';
import { GateView } from './GateView';
import {
  GoNoGoDialog,
  HypercareDialog,
  OutcomeDialog,
  ReleasePlanDialog,
} from './ReleaseDialogs';
import { useReleaseErrorMessage } from './releaseWrite';
import { RouterLink } from './RouterLink';
import styles from './releases.module.css';

const DECISION_STATUSES: ReleaseStatus[] = ['planned', 'go_no_go'];
const HANDOVER_STATUSES: ReleaseStatus[] = ['deployed', 'hypercare'];
const CHECKLIST_PHASES = ['before', 'during', 'after', 'run'] as const;

const APPROVAL_TONE: Record<string, Tone> = {
  approved: 'positive',
  rejected: 'negative',
  pending: 'warning',
};

const OUTCOME_TONE: Record<string, Tone> = {
  success: 'positive',
  success_with_incidents: 'warning',
  rolled_back: 'negative',
  failed: 'negative',
};

/** Label key of the button that moves a release to `to`. */
function transitionKey(to: ReleaseStatus) {
  switch (to) {
    case 'go_no_go':
      return 'releases.toGoNoGo' as const;
    case 'planned':
      return 'releases.backToPlanned' as const;
    case 'deployed':
      return 'releases.deploy' as const;
    case 'hypercare':
      return 'releases.startHypercare' as const;
    case 'closed':
      return 'releases.close' as const;
    case 'rolled_back':
      return 'releases.rollBack' as const;
    default:
      return 'releases.cancel' as const;
  }
}

function Definitions(props: { items: Array<[string, ReactNode]> }) {
  return (
    <dl className={sharedStyles.definitionList}>
      {props.items
        .filter(([, v]) => v !== undefined && v !== null && v !== '')
        .map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
    </dl>
  );
}

function RefList(props: { refs?: string[]; defaultKind?: string }) {
  if (!props.refs?.length) {
    return null;
  }
  return (
    <>
      {props.refs.map((r, i) => (
        <span key={r}>
          {i > 0 ? ', ' : ''}
          <EntityRefValue value={r} defaultKind={props.defaultKind} />
        </span>
      ))}
    </>
  );
}

/** Downloads text as a file. */
function download(text: string, type: string, filename: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The release workspace (`releases/:releaseId` under the tab): plan, gates, checklist, decisions, hand-over. */
export function ReleaseWorkspace() {
  const { releaseId = '' } = useParams();
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const { releases } = useEntityPilot();
  const release = releases.value?.find(r => r.id === releaseId);

  let body: ReactNode;
  if (releases.error && !releases.value) {
    body = <ErrorView error={releases.error} onRetry={releases.reload} />;
  } else if (!releases.value) {
    body = <Progress aria-label={t('common.loading')} />;
  } else if (!release) {
    body = (
      <EmptyState
        missing="info"
        title={t('releases.notFoundTitle')}
        description={t('releases.notFound', { id: releaseId })}
      />
    );
  } else {
    return <ReleaseDetails release={release} />;
  }
  return (
    <Section
      id="operational-pilot-release"
      title={t('releases.heading')}
      actions={<RouterLink to="releases">{t('releases.backToTab')}</RouterLink>}
    >
      {body}
    </Section>
  );
}

function ReleaseDetails(props: { release: Release }) {
  const { release } = props;
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const fmt = useFormatters();
  const text = useReadinessText();
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useReleaseErrorMessage();
  const { releases, readiness, actions, permissions, model } = useEntityPilot();

  const gates = useAsyncRetry(
    () => api.getReleaseGates(release.id),
    [api, release.id, release.rev],
  );
  const decisions = useAsyncRetry(
    async () => (await api.listDecisions(release.id)).items,
    [api, release.id, release.rev],
  );

  const [planOpen, setPlanOpen] = useState(false);
  const [dialog, setDialog] = useState<
    'decision' | 'checklist' | 'hypercare' | 'outcome'
  >();
  const [attest, setAttest] = useState<CriterionResult>();
  const [busy, setBusy] = useState<string>();
  const [actionError, setActionError] = useState<string>();

  const refresh = () => {
    releases.reload();
    readiness.reload();
    gates.retry();
    decisions.retry();
  };

  const run = async (key: string, f: () => Promise<unknown>, done: string) => {
    setBusy(key);
    setActionError(undefined);
    try {
      await f();
      notify(done);
      refresh();
    } catch (err) {
      setActionError(errorMessage(err));
      if (getErrorStatus(err) === 412) {
        // The release changed meanwhile: show its current state.
        refresh();
      }
    } finally {
      setBusy(undefined);
    }
  };

  const value: ReleaseGates | undefined = gates.value;
  const manage = permissions.manageReleases;
  const transitions = (RELEASE_TRANSITIONS[release.status] ?? []).filter(
    to =>
      // deployed → closed only for releases that need no hypercare (checkReleaseTransition).
      !(
        release.status === 'deployed' &&
        to === 'closed' &&
        value?.needsHypercare
      ),
  );
  const required: readonly HandoverRole[] =
    model.value?.handoverSignatories ?? DEFAULT_HANDOVER_SIGNATORIES;
  const signatures = release.handover?.signatures ?? [];
  const linked = (actions.value ?? []).filter(a => a.releaseId === release.id);
  const planEditable =
    !DEPLOYED_STATUSES.includes(release.status) &&
    release.status !== 'cancelled';
  const roleTitle = (role: HandoverRole) => t(`releases.role.${role}`);

  const openDossier = async () => {
    setBusy('dossier');
    setActionError(undefined);
    try {
      // Fetched with the user's credentials, then shown from a Blob URL (a plain link would not be authenticated).
      const html = await api.getDossier(release.id, 'html', language);
      const url = URL.createObjectURL(
        new Blob([html], { type: 'text/html;charset=utf-8' }),
      );
      if (!window.open(url, '_blank')) {
        // Pop-ups blocked: download the page instead.
        download(
          html,
          'text/html;charset=utf-8',
          `cab-dossier-${release.version}.html`,
        );
      }
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (err) {
      setActionError(errorMessage(err));
    } finally {
      setBusy(undefined);
    }
  };

  const downloadMarkdown = async () => {
    setBusy('markdown');
    setActionError(undefined);
    try {
      const md = await api.getDossier(release.id, 'markdown', language);
      download(
        md,
        'text/markdown;charset=utf-8',
        `cab-dossier-${release.version}.md`,
      );
    } catch (err) {
      setActionError(errorMessage(err));
    } finally {
      setBusy(undefined);
    }
  };

  let decisionsBody: ReactNode;
  if (decisions.error && !decisions.value) {
    decisionsBody = (
      <ErrorView error={decisions.error} onRetry={decisions.retry} />
    );
  } else if (!decisions.value) {
    decisionsBody = <Progress aria-label={t('common.loading')} />;
  } else if (decisions.value.length === 0) {
    decisionsBody = (
      <Text variant="body-small" color="secondary">
        {t('releases.noDecision')}
      </Text>
    );
  } else {
    decisionsBody = (
      <ul className={sharedStyles.list}>
        {decisions.value.map(d => (
          <li key={d.id} className={sharedStyles.panel}>
            <Flex direction="column" gap="1">
              <Flex gap="2" align="center">
                <DecisionChip decision={d.decision} />
                <Text variant="body-small">
                  {t('releases.decidedOn', {
                    when: fmt.dateTime(d.decidedAt),
                  })}{' '}
                  <EntityRefValue value={d.decidedBy} defaultKind="user" />
                </Text>
                {d.snapshot?.goNoGo ? (
                  <>
                    <Text variant="body-small" color="secondary">
                      {t('releases.gateAtDecision')}
                    </Text>
                    <VerdictChip
                      verdict={
                        d.snapshot.goNoGo.decisionVerdict ??
                        d.snapshot.goNoGo.verdict
                      }
                    />
                  </>
                ) : null}
              </Flex>
              <Text variant="body-small">
                {t('releases.approvers')}:{' '}
                <RefList refs={d.approvers} defaultKind="user" />
              </Text>
              {d.overrideReason ? (
                <Text variant="body-small">
                  {t('releases.overrideReason')}: {d.overrideReason}
                </Text>
              ) : null}
              {d.notes ? (
                <Text variant="body-small" color="secondary">
                  {d.notes}
                </Text>
              ) : null}
            </Flex>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <Section
      id="operational-pilot-release"
      title={t('releases.releaseTitle', { version: release.version })}
      actions={<RouterLink to="releases">{t('releases.backToTab')}</RouterLink>}
    >
      <Flex direction="column" gap="4">
        <Flex gap="2" align="center">
          <Text variant="body-medium" color="secondary">
            {t(`releases.kindValue.${release.kind}`)} ·{' '}
            {t(`releases.changeTypeValue.${release.changeType ?? 'normal'}`)}
          </Text>
          <ReleaseStatusChip status={release.status} />
          <Text variant="body-small">{t('releases.goNoGo')}:</Text>
          <DecisionChip decision={release.goNoGo?.decision} />
        </Flex>

        <div
          className={styles.toolbar}
          role="toolbar"
          aria-label={t('releases.toolbar')}
        >
          {manage && planEditable ? (
            <Button variant="secondary" onPress={() => setPlanOpen(true)}>
              {t('releases.editPlan')}
            </Button>
          ) : null}
          {manage && OPEN_RELEASE_STATUSES.includes(release.status) ? (
            <Button variant="secondary" onPress={() => setDialog('checklist')}>
              {t('releases.generateChecklist')}
            </Button>
          ) : null}
          {manage && DECISION_STATUSES.includes(release.status) ? (
            <Button variant="primary" onPress={() => setDialog('decision')}>
              {t('releases.recordDecision')}
            </Button>
          ) : null}
          {manage
            ? transitions.map(to => (
                <Button
                  key={to}
                  variant={
                    to === 'cancelled' || to === 'rolled_back'
                      ? 'tertiary'
                      : 'secondary'
                  }
                  isPending={busy === `status-${to}`}
                  onPress={() =>
                    run(
                      `status-${to}`,
                      () =>
                        api.updateRelease(
                          release.id,
                          { status: to },
                          release.rev,
                        ),
                      t('releases.statusChangedTo', {
                        status: t(`releases.statusValue.${to}`),
                      }),
                    )
                  }
                >
                  {t(transitionKey(to))}
                </Button>
              ))
            : null}
          {manage && OPEN_RELEASE_STATUSES.includes(release.status) ? (
            <Button variant="secondary" onPress={() => setDialog('hypercare')}>
              {t('releases.hypercarePlan')}
            </Button>
          ) : null}
          {manage && OUTCOME_STATUSES.includes(release.status) ? (
            <Button variant="secondary" onPress={() => setDialog('outcome')}>
              {t('releases.recordOutcome')}
            </Button>
          ) : null}
          <Button
            variant="secondary"
            isPending={busy === 'dossier'}
            onPress={openDossier}
          >
            {t('releases.cabDossier')}
          </Button>
          <Button
            variant="tertiary"
            isPending={busy === 'markdown'}
            onPress={downloadMarkdown}
          >
            {t('releases.downloadMarkdown')}
          </Button>
        </div>
        {actionError ? (
          <Alert status="danger" icon role="alert" title={actionError} />
        ) : null}

        <Section
          id="operational-pilot-release-plan"
          title={t('releases.planHeading')}
          level="h3"
        >
          <Panel>
            <Definitions
              items={[
                [t('releases.version'), release.version],
                [t('releases.kind'), t(`releases.kindValue.${release.kind}`)],
                [
                  t('releases.changeType'),
                  t(
                    `releases.changeTypeValue.${
                      release.changeType ?? 'normal'
                    }`,
                  ),
                ],
                [
                  t('releases.plannedAt'),
                  `${fmt.dateTime(release.plannedAt)} (${fmt.relative(
                    release.plannedAt,
                  )})`,
                ],
                [
                  t('releases.windowLabel'),
                  release.window
                    ? t('releases.window', {
                        start: fmt.dateTime(release.window.start),
                        end: fmt.dateTime(release.window.end),
                      })
                    : t('common.notSet'),
                ],
                [
                  t('releases.changeRef'),
                  release.changeRef ? (
                    <>
                      {release.changeRef}{' '}
                      {release.changeApproval ? (
                        <Pill
                          tone={APPROVAL_TONE[release.changeApproval.status]}
                        >
                          {t(
                            `releases.approvalValue.${release.changeApproval.status}`,
                          )}
                          {release.changeApproval.date
                            ? ` · ${fmt.date(release.changeApproval.date)}`
                            : ''}
                        </Pill>
                      ) : null}
                    </>
                  ) : (
                    t('common.notSet')
                  ),
                ],
                [
                  t('releases.environments'),
                  release.environments?.length
                    ? release.environments.join(' → ')
                    : t('common.notSet'),
                ],
                [
                  t('releases.scope'),
                  release.scope ? (
                    <>
                      {release.scope.description}
                      {release.scope.components?.length ? (
                        <div>
                          <RefList
                            refs={release.scope.components}
                            defaultKind="component"
                          />
                        </div>
                      ) : null}
                    </>
                  ) : (
                    t('common.notSet')
                  ),
                ],
              ]}
            />
          </Panel>
        </Section>

        {value?.windowConflicts.length ? (
          <Alert
            status="warning"
            icon
            title={t('releases.windowConflicts')}
            description={
              <ul className={sharedStyles.list}>
                {text
                  .sentences(
                    value.windowConflicts,
                    value.windowConflictMessages,
                  )
                  .map(c => (
                    <li key={c}>{c}</li>
                  ))}
              </ul>
            }
          />
        ) : null}

        <Section
          id="operational-pilot-release-gates"
          title={t('releases.gates')}
          level="h3"
        >
          {gates.error && !gates.value ? (
            <ErrorView error={gates.error} onRetry={gates.retry} />
          ) : null}
          {!value && !gates.error ? (
            <Progress aria-label={t('common.loading')} />
          ) : null}
          {value ? (
            <div className={styles.gates}>
              <GateView
                gate={value.goNoGo}
                title={t('releases.goNoGoGate')}
                onAttest={permissions.createAttestation ? setAttest : undefined}
              />
              <GateView
                gate={value.handover}
                title={t('releases.handoverGate')}
                onAttest={permissions.createAttestation ? setAttest : undefined}
              />
            </div>
          ) : null}
        </Section>

        <Section
          id="operational-pilot-release-checklist"
          title={t('releases.checklist')}
          level="h3"
        >
          {linked.length === 0 ? (
            <Text variant="body-small" color="secondary">
              {t('releases.noPhaseActions')}
            </Text>
          ) : (
            <div className={styles.phases}>
              {CHECKLIST_PHASES.filter(
                p => p !== 'run' || linked.some(a => a.phase === 'run'),
              ).map(phase => {
                const items = linked.filter(a => a.phase === phase);
                return (
                  <Panel key={phase}>
                    <Flex direction="column" gap="1">
                      <Text as="h4" variant="body-medium" weight="bold">
                        {t(`phase.${phase}`)}
                      </Text>
                      {items.length === 0 ? (
                        <Text variant="body-small" color="secondary">
                          {t('actions.emptyPhase')}
                        </Text>
                      ) : (
                        <ul
                          className={sharedStyles.list}
                          aria-label={t(`phase.${phase}`)}
                        >
                          {items.map(a => (
                            <li key={a.id}>
                              <ActionStatusChip status={a.status} />{' '}
                              <Text variant="body-small">{a.title}</Text>
                              <Text variant="body-small" color="secondary">
                                {' '}
                                · {t(`side.${a.side}`)}
                                {a.dueDate ? ` · ${fmt.date(a.dueDate)}` : ''}
                              </Text>
                              {a.assigneeRef ? (
                                <>
                                  {' '}
                                  <EntityRefValue
                                    value={a.assigneeRef}
                                    defaultKind="user"
                                  />
                                </>
                              ) : null}
                            </li>
                          ))}
                        </ul>
                      )}
                    </Flex>
                  </Panel>
                );
              })}
            </div>
          )}
        </Section>

        <Section
          id="operational-pilot-release-decisions"
          title={t('releases.decisions')}
          level="h3"
        >
          {decisionsBody}
        </Section>

        <Section
          id="operational-pilot-release-hypercare"
          title={t('releases.hypercare')}
          level="h3"
        >
          {release.hypercare ? (
            <Panel>
              <Definitions
                items={[
                  [
                    t('releases.hypercarePeriod'),
                    t('releases.window', {
                      start: fmt.date(release.hypercare.start),
                      end: fmt.date(release.hypercare.end),
                    }),
                  ],
                  [
                    t('releases.buildStandby'),
                    release.hypercare.buildStandby?.length ? (
                      <RefList
                        refs={release.hypercare.buildStandby}
                        defaultKind="user"
                      />
                    ) : undefined,
                  ],
                  [
                    t('releases.exitCriteria'),
                    release.hypercare.exitCriteria?.length ? (
                      <ul className={sharedStyles.list}>
                        {release.hypercare.exitCriteria.map(c => (
                          <li key={c}>{c}</li>
                        ))}
                      </ul>
                    ) : undefined,
                  ],
                ]}
              />
            </Panel>
          ) : (
            <Text variant="body-small" color="secondary">
              {value?.needsHypercare
                ? t('releases.hypercareNeeded')
                : t('releases.noHypercare')}
            </Text>
          )}
        </Section>

        <Section
          id="operational-pilot-release-handover"
          title={t('releases.handover')}
          level="h3"
        >
          <Panel>
            <Flex direction="column" gap="2">
              {release.handover?.completedAt ? (
                <Text variant="body-small" weight="bold">
                  {t('releases.handoverComplete', {
                    when: fmt.dateTime(release.handover.completedAt),
                  })}
                </Text>
              ) : null}
              <ul
                className={sharedStyles.list}
                aria-label={t('releases.signatures')}
              >
                {required.map(role => {
                  const s = signatures.find(x => x.role === role);
                  return (
                    <li
                      key={role}
                      className={styles.criterionRow}
                      aria-label={roleTitle(role)}
                    >
                      <div className={styles.criterionBody}>
                        <Flex gap="2" align="center">
                          <Text variant="body-medium" weight="bold">
                            {roleTitle(role)}
                          </Text>
                          <Pill tone={s ? 'positive' : 'neutral'}>
                            {s ? t('releases.signed') : t('releases.notSigned')}
                          </Pill>
                        </Flex>
                        {s ? (
                          <Text variant="body-small">
                            {t('releases.signedOn', {
                              when: fmt.dateTime(s.signedAt),
                            })}{' '}
                            <EntityRefValue
                              value={s.signedBy}
                              defaultKind="user"
                            />
                            {s.comment ? ` — ${s.comment}` : ''}
                          </Text>
                        ) : null}
                      </div>
                      {!s &&
                      permissions.signHandover &&
                      HANDOVER_STATUSES.includes(release.status) ? (
                        <Button
                          size="small"
                          variant="secondary"
                          isPending={busy === `sign-${role}`}
                          onPress={() =>
                            run(
                              `sign-${role}`,
                              () => api.signHandover(release.id, { role }),
                              t('releases.signedAs', {
                                role: roleTitle(role),
                              }),
                            )
                          }
                        >
                          {t('releases.signAs', { role: roleTitle(role) })}
                        </Button>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
              {!HANDOVER_STATUSES.includes(release.status) &&
              !release.handover?.completedAt ? (
                <Text variant="body-small" color="secondary">
                  {t('releases.handoverWhen')}
                </Text>
              ) : null}
            </Flex>
          </Panel>
        </Section>

        <Section
          id="operational-pilot-release-outcome"
          title={t('releases.outcome')}
          level="h3"
        >
          {release.outcome ? (
            <Panel>
              <Definitions
                items={[
                  [
                    t('releases.outcome'),
                    <Pill
                      tone={OUTCOME_TONE[release.outcome.outcome] ?? 'neutral'}
                    >
                      {t(`releases.outcomeValue.${release.outcome.outcome}`)}
                    </Pill>,
                  ],
                  [
                    t('releases.incidents'),
                    release.outcome.incidents.length
                      ? release.outcome.incidents.join(', ')
                      : undefined,
                  ],
                  [t('releases.review'), release.outcome.review],
                  [
                    t('releases.followUps'),
                    release.outcome.followUpActionIds.length ? (
                      <ul className={sharedStyles.list}>
                        {release.outcome.followUpActionIds.map(id => (
                          <li key={id}>
                            {(actions.value ?? []).find(a => a.id === id)
                              ?.title ?? id}
                          </li>
                        ))}
                      </ul>
                    ) : undefined,
                  ],
                  [
                    t('releases.gateAtGo'),
                    release.outcome.goGateVerdict ? (
                      <>
                        <VerdictChip verdict={release.outcome.goGateVerdict} />
                        {release.outcome.goOverridden
                          ? ` ${t('releases.overridden')}`
                          : ''}
                      </>
                    ) : undefined,
                  ],
                  [
                    t('releases.recordedBy'),
                    <>
                      {fmt.dateTime(release.outcome.recordedAt)}{' '}
                      <EntityRefValue
                        value={release.outcome.recordedBy}
                        defaultKind="user"
                      />
                    </>,
                  ],
                ]}
              />
            </Panel>
          ) : (
            <Text variant="body-small" color="secondary">
              {t('releases.noOutcome')}
            </Text>
          )}
        </Section>
      </Flex>

      <ReleasePlanDialog
        isOpen={planOpen}
        onOpenChange={setPlanOpen}
        release={release}
      />
      <GoNoGoDialog
        release={dialog === 'decision' ? release : undefined}
        gates={value}
        onOpenChange={open => !open && setDialog(undefined)}
        onRecorded={refresh}
      />
      <ChecklistDialog
        release={dialog === 'checklist' ? release : undefined}
        onOpenChange={open => !open && setDialog(undefined)}
        onCreated={refresh}
      />
      <HypercareDialog
        release={dialog === 'hypercare' ? release : undefined}
        onOpenChange={open => !open && setDialog(undefined)}
        onSaved={refresh}
      />
      <OutcomeDialog
        release={dialog === 'outcome' ? release : undefined}
        onOpenChange={open => !open && setDialog(undefined)}
        onSaved={refresh}
      />
      <AttestationDialog
        isOpen={!!attest}
        onOpenChange={open => !open && setAttest(undefined)}
        onRecorded={refresh}
        criterionId={attest?.id}
        releaseId={release.id}
        extraCriteria={[
          ...(value?.goNoGo.criteria ?? []),
          ...(value?.handover.criteria ?? []),
        ]}
      />
    </Section>
  );
}
