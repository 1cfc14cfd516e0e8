import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { Progress } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  Alert,
  Button,
  Cell,
  CellText,
  Flex,
  Link,
  Switch,
  Table,
  Text,
  type ColumnConfig,
} from '@backstage/ui';
import {
  getErrorStatus,
  isOverdue,
  OPEN_ACTION_STATUSES,
  PHASES,
  type ActionStatus,
  type HandoffAction,
  type Phase,
} from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { useEntityPilot } from '../EntityTab/EntityPilotContext';
import { ActionStatusChip } from '../shared/chips';
import { EntityRefValue } from '../shared/EntityRefValue';
import { ErrorView, useWriteErrorMessage } from '../shared/ErrorView';
import { useFormatters } from '../shared/format';
import { Pill } from '../shared/Pill';
import { Section } from '../shared/Section';
import { useNotify } from '../shared/useNotify';
import sharedStyles from '../shared/shared.module.css';
import { ActionFormDialog } from './ActionFormDialog';
import { TransitionDialog } from './TransitionDialog';
import { actionFromHash } from '../EntityTab/hashTargets';
import {
  CLOSED_STATUSES,
  legalTargets,
  transitionName,
  transitionNeedsInput,
} from './transitions';

type Row = HandoffAction & { overdue: boolean };

/** An action's title with what a reader needs to act on it: description, ticket, evidence, resolution. */
function ActionSummary(props: {
  action: HandoffAction;
  releaseVersion?: string;
  highlighted: boolean;
}) {
  const { action: a } = props;
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.highlighted) {
      ref.current?.scrollIntoView?.({ block: 'center' });
    }
  }, [props.highlighted]);
  const meta = [
    a.criterionId,
    props.releaseVersion,
    a.blockedReason
      ? t('actions.blockedBecause', { reason: a.blockedReason })
      : undefined,
  ].filter(Boolean);
  return (
    <div
      ref={ref}
      id={`operational-pilot-action-${a.id}`}
      className={props.highlighted ? sharedStyles.highlight : undefined}
    >
      <Flex direction="column" gap="1">
        <Text variant="body-medium" weight="bold">
          {a.title}
        </Text>
        {meta.length ? (
          <Text variant="body-small" color="secondary">
            {meta.join(' · ')}
          </Text>
        ) : null}
        {a.description ? (
          <Text variant="body-small">{a.description}</Text>
        ) : null}
        {a.externalTicketUrl || a.evidenceUrl ? (
          <Flex gap="3">
            {a.externalTicketUrl ? (
              <Link
                href={a.externalTicketUrl}
                target="_blank"
                rel="noopener noreferrer"
              >
                {t('tab.ticket')}
              </Link>
            ) : null}
            {a.evidenceUrl ? (
              <Link
                href={a.evidenceUrl}
                target="_blank"
                rel="noopener noreferrer"
              >
                {t('tab.evidence')}
              </Link>
            ) : null}
          </Flex>
        ) : null}
        {a.resolution ? (
          <Text variant="body-small">
            {t('tab.resolution')}: {a.resolution}
          </Text>
        ) : null}
      </Flex>
    </div>
  );
}

function PhaseTable(props: {
  phase: Phase;
  rows: Row[];
  canUpdate: boolean;
  /** The action a link pointed at (`#action=<id>`), highlighted and scrolled into view. */
  highlightId?: string;
  /** Whether the user may make this move (accepting a risk also needs the waiver approver's permission). */
  canTarget: (to: ActionStatus) => boolean;
  busyId?: string;
  onTransition: (action: HandoffAction, to: ActionStatus) => void;
  onEdit: (action: HandoffAction) => void;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const fmt = useFormatters();
  const { releases } = useEntityPilot();
  const releaseVersion = (id?: string) =>
    id ? releases.value?.find(r => r.id === id)?.version ?? id : undefined;

  const columns: ColumnConfig<Row>[] = [
    {
      id: 'title',
      label: t('actions.columnTitle'),
      isRowHeader: true,
      defaultWidth: '2.5fr',
      cell: a => (
        <Cell>
          <ActionSummary
            action={a}
            releaseVersion={releaseVersion(a.releaseId)}
            highlighted={props.highlightId === a.id}
          />
        </Cell>
      ),
    },
    {
      id: 'side',
      label: t('actions.side'),
      cell: a => <CellText title={t(`side.${a.side}`)} />,
    },
    {
      id: 'assignee',
      label: t('actions.assignee'),
      defaultWidth: '1.6fr',
      cell: a => (
        <Cell>
          {a.assigneeRef ? (
            <EntityRefValue value={a.assigneeRef} defaultKind="group" />
          ) : (
            <Text variant="body-small" color="secondary">
              {t('common.notSet')}
            </Text>
          )}
        </Cell>
      ),
    },
    {
      id: 'dueDate',
      label: t('actions.dueDate'),
      defaultWidth: '1.3fr',
      cell: a => (
        <Cell>
          <Flex direction="column" gap="1" align="start">
            <span className={a.overdue ? sharedStyles.negativeText : undefined}>
              {a.dueDate ? fmt.date(a.dueDate) : '—'}
            </span>
            {a.overdue ? (
              <Pill tone="negative">{t('actions.overdue')}</Pill>
            ) : null}
          </Flex>
        </Cell>
      ),
    },
    {
      id: 'priority',
      label: t('actions.priority'),
      cell: a => <CellText title={t(`priority.${a.priority}`)} />,
    },
    {
      id: 'status',
      label: t('actions.status'),
      defaultWidth: '1.3fr',
      cell: a => (
        <Cell>
          <ActionStatusChip status={a.status} />
        </Cell>
      ),
    },
  ];
  if (props.canUpdate) {
    columns.push({
      id: 'actions',
      label: t('actions.columnActions'),
      defaultWidth: '3fr',
      cell: a => (
        <Cell>
          <div
            role="group"
            aria-label={t('actions.transitionsFor', { title: a.title })}
            className={sharedStyles.sectionActions}
          >
            {legalTargets(a.status)
              .filter(to => props.canTarget(to))
              .map(to => (
                <Button
                  key={to}
                  size="small"
                  variant={to === 'cancelled' ? 'tertiary' : 'secondary'}
                  isDisabled={props.busyId === a.id}
                  onPress={() => props.onTransition(a, to)}
                >
                  {t(`transition.${transitionName(a.status, to)}`)}
                </Button>
              ))}
            <Button
              size="small"
              variant="tertiary"
              aria-label={t('actions.editNamed', { title: a.title })}
              onPress={() => props.onEdit(a)}
            >
              {t('common.edit')}
            </Button>
          </div>
        </Cell>
      ),
    });
  }

  return (
    <Section
      id={`operational-pilot-actions-${props.phase}`}
      title={t(`phase.${props.phase}`)}
      level="h3"
    >
      {props.rows.length === 0 ? (
        <Text as="p" variant="body-small" color="secondary">
          {t('actions.emptyPhase')}
        </Text>
      ) : (
        <div className={sharedStyles.tableScroll}>
          <Table<Row>
            columnConfig={columns}
            data={props.rows}
            pagination={{ type: 'none' }}
          />
        </div>
      )}
    </Section>
  );
}

/** Handoff actions grouped by phase, with overdue highlighting and the status machine. */
export function ActionsSection() {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const { actions, readiness, permissions } = useEntityPilot();
  const notify = useNotify();
  const writeError = useWriteErrorMessage();
  const [showClosed, setShowClosed] = useState(false);
  const [createOpen, setCreateOpen] = useState(false);
  const [editing, setEditing] = useState<HandoffAction>();
  const [pending, setPending] = useState<{
    action: HandoffAction;
    to: ActionStatus;
  }>();
  const [busyId, setBusyId] = useState<string>();
  const [conflict, setConflict] = useState<string>();
  const highlightId = actionFromHash(useLocation().hash);
  const highlighted = actions.value?.find(a => a.id === highlightId);
  // A link to a closed action shows the closed ones, or it would point at nothing.
  const closedTarget =
    !!highlighted && CLOSED_STATUSES.includes(highlighted.status);
  useEffect(() => {
    if (closedTarget) {
      setShowClosed(true);
    }
  }, [closedTarget]);

  const rows = useMemo(() => {
    const now = new Date();
    return (actions.value ?? []).map(a => ({
      ...a,
      overdue: isOverdue(a, now),
    }));
  }, [actions.value]);
  const visible = rows.filter(
    a => showClosed || !CLOSED_STATUSES.includes(a.status),
  );
  const openCount = rows.filter(a =>
    OPEN_ACTION_STATUSES.includes(a.status),
  ).length;
  const overdueCount = rows.filter(a => a.overdue).length;

  const onTransition = async (action: HandoffAction, to: ActionStatus) => {
    setConflict(undefined);
    if (transitionNeedsInput(to)) {
      setPending({ action, to });
      return;
    }
    setBusyId(action.id);
    try {
      await api.updateAction(action.id, { status: to }, action.version);
      notify(t('actions.moved', { status: t(`actionStatus.${to}`) }));
      actions.reload();
      readiness.reload();
    } catch (err) {
      const status = getErrorStatus(err);
      if (status === 412 || status === 409) {
        setConflict(writeError(err));
      } else {
        notify(writeError(err), 'danger');
      }
    } finally {
      setBusyId(undefined);
    }
  };

  let body;
  if (actions.error && !actions.value) {
    body = <ErrorView error={actions.error} onRetry={actions.reload} />;
  } else if (!actions.value) {
    body = <Progress />;
  } else if (rows.length === 0) {
    body = (
      <Text as="p" variant="body-medium" color="secondary">
        {t('actions.empty')}
      </Text>
    );
  } else {
    body = PHASES.map(phase => (
      <PhaseTable
        key={phase}
        phase={phase}
        rows={visible.filter(a => a.phase === phase)}
        canUpdate={permissions.updateAction}
        highlightId={highlightId}
        canTarget={to => to !== 'risk_accepted' || permissions.approveWaiver}
        busyId={busyId}
        onTransition={onTransition}
        onEdit={setEditing}
      />
    ));
  }

  return (
    <Section
      id="operational-pilot-actions"
      title={t('actions.heading')}
      actions={
        <>
          <Switch
            label={t('actions.showClosed')}
            isSelected={showClosed}
            onChange={setShowClosed}
          />
          {permissions.createAction ? (
            <Button onPress={() => setCreateOpen(true)}>
              {t('actions.new')}
            </Button>
          ) : null}
        </>
      }
    >
      {rows.length > 0 ? (
        <Flex gap="2">
          <Pill tone="info">
            {t('actions.openCount', { count: openCount })}
          </Pill>
          {overdueCount > 0 ? (
            <Pill tone="negative">
              {t('actions.overdueCount', { count: overdueCount })}
            </Pill>
          ) : null}
        </Flex>
      ) : null}
      {conflict ? (
        <Alert
          status="warning"
          icon
          role="alert"
          title={conflict}
          customActions={
            <Button
              size="small"
              variant="secondary"
              onPress={() => {
                setConflict(undefined);
                actions.reload();
              }}
            >
              {t('common.reload')}
            </Button>
          }
        />
      ) : null}
      {body}
      <ActionFormDialog isOpen={createOpen} onOpenChange={setCreateOpen} />
      <ActionFormDialog
        isOpen={!!editing}
        action={editing}
        onOpenChange={open => !open && setEditing(undefined)}
      />
      <TransitionDialog
        action={pending?.action}
        to={pending?.to}
        onOpenChange={open => !open && setPending(undefined)}
      />
    </Section>
  );
}
