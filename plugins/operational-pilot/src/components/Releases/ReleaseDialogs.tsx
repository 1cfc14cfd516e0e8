import { useEffect, useState } from 'react';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  getErrorStatus,
  getFieldErrors,
  type GoNoGoDecision,
  type Release,
  type ReleaseKind,
  type ReleaseStatus,
} from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { useEntityPilot } from '../EntityTab/EntityPilotContext';
import { useWriteErrorMessage } from '../shared/ErrorView';
import { FormDialog } from '../shared/FormDialog';
import { SelectInput, TextInput } from '../shared/fields';
import { useNotify } from '../shared/useNotify';
import { isEntityRef, parseDateTime, splitList } from '../shared/validation';

const KINDS: ReleaseKind[] = ['major', 'minor', 'patch', 'hotfix'];
const DECISIONS: GoNoGoDecision[] = ['go', 'go_with_reservations', 'no_go'];
export const RELEASE_STATUSES: ReleaseStatus[] = [
  'planned',
  'go_no_go',
  'deployed',
  'hypercare',
  'closed',
  'rolled_back',
  'cancelled',
];

type Errors = Record<string, string | undefined>;

function useWriteState() {
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const writeError = useWriteErrorMessage();
  const reset = () => {
    setErrors({});
    setError(undefined);
    setConflict(false);
  };
  const fail = (err: unknown) => {
    const fieldErrors = getFieldErrors(err);
    if (fieldErrors.length) {
      const mapped: Errors = {};
      for (const f of fieldErrors) {
        mapped[f.path.replace(/^\//, '').split(/[./]/)[0]] = f.message;
      }
      setErrors(mapped);
    }
    const status = getErrorStatus(err);
    setConflict(status === 412 || status === 409);
    setError(writeError(err));
  };
  return { errors, setErrors, error, conflict, busy, setBusy, reset, fail };
}

/** Plans a production release ("mise en production"). */
export function PlanReleaseDialog(props: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const { target, releases, readiness } = useEntityPilot();
  const notify = useNotify();
  const w = useWriteState();
  const [version, setVersion] = useState('');
  const [kind, setKind] = useState<ReleaseKind | undefined>('minor');
  const [plannedAt, setPlannedAt] = useState('');
  const [windowStart, setWindowStart] = useState('');
  const [windowEnd, setWindowEnd] = useState('');
  const [changeRef, setChangeRef] = useState('');

  useEffect(() => {
    if (props.isOpen) {
      setVersion('');
      setKind('minor');
      setPlannedAt('');
      setWindowStart('');
      setWindowEnd('');
      setChangeRef('');
      w.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.isOpen]);

  const submit = async () => {
    const e: Errors = {};
    if (!version.trim()) {
      e.version = t('validation.required');
    }
    if (!kind) {
      e.kind = t('validation.required');
    }
    const planned = parseDateTime(plannedAt);
    if (!planned) {
      e.plannedAt = t('validation.dateTime');
    }
    const start = windowStart.trim() ? parseDateTime(windowStart) : undefined;
    const end = windowEnd.trim() ? parseDateTime(windowEnd) : undefined;
    if (windowStart.trim() && !start) {
      e.windowStart = t('validation.dateTime');
    }
    if (windowEnd.trim() && !end) {
      e.windowEnd = t('validation.dateTime');
    }
    if (!!start !== !!end && !e.windowStart && !e.windowEnd) {
      e[start ? 'windowEnd' : 'windowStart'] = t('validation.required');
    }
    if (start && end && end <= start) {
      e.windowEnd = t('validation.endBeforeStart');
    }
    w.setErrors(e);
    if (Object.values(e).some(Boolean)) {
      return;
    }
    w.setBusy(true);
    try {
      await api.createRelease(target, {
        version: version.trim(),
        kind: kind!,
        plannedAt: planned!,
        window: start && end ? { start, end } : undefined,
        changeRef: changeRef.trim() || undefined,
      });
      notify(t('releases.planned'));
      releases.reload();
      readiness.reload();
      props.onOpenChange(false);
    } catch (err) {
      w.fail(err);
    } finally {
      w.setBusy(false);
    }
  };

  return (
    <FormDialog
      isOpen={props.isOpen}
      onOpenChange={props.onOpenChange}
      title={t('releases.planTitle')}
      submitLabel={t('releases.plan')}
      onSubmit={submit}
      busy={w.busy}
      error={w.error}
    >
      <TextInput
        label={t('releases.version')}
        value={version}
        onChange={setVersion}
        error={w.errors.version}
        isRequired
      />
      <SelectInput
        label={t('releases.kind')}
        value={kind}
        options={KINDS.map(k => ({
          value: k,
          label: t(`releases.kindValue.${k}`),
        }))}
        onChange={setKind}
        error={w.errors.kind}
        isRequired
      />
      <TextInput
        label={t('releases.plannedAt')}
        description={t('releases.plannedAtHint')}
        placeholder="YYYY-MM-DD HH:MM"
        value={plannedAt}
        onChange={setPlannedAt}
        error={w.errors.plannedAt}
        isRequired
      />
      <TextInput
        label={t('releases.windowStart')}
        placeholder="YYYY-MM-DD HH:MM"
        value={windowStart}
        onChange={setWindowStart}
        error={w.errors.windowStart ?? w.errors.window}
      />
      <TextInput
        label={t('releases.windowEnd')}
        placeholder="YYYY-MM-DD HH:MM"
        value={windowEnd}
        onChange={setWindowEnd}
        error={w.errors.windowEnd}
      />
      <TextInput
        label={t('releases.changeRef')}
        value={changeRef}
        onChange={setChangeRef}
        error={w.errors.changeRef}
      />
    </FormDialog>
  );
}

/** Records the go/no-go decision of a release. */
export function GoNoGoDialog(props: {
  release?: Release;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const { releases, readiness } = useEntityPilot();
  const notify = useNotify();
  const w = useWriteState();
  const [decision, setDecision] = useState<GoNoGoDecision | undefined>();
  const [approvers, setApprovers] = useState('');
  const [notes, setNotes] = useState('');
  const isOpen = !!props.release;

  useEffect(() => {
    if (props.release) {
      setDecision(props.release.goNoGo?.decision);
      setApprovers((props.release.goNoGo?.approvers ?? []).join(', '));
      setNotes(props.release.goNoGo?.notes ?? '');
      w.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.release]);

  if (!props.release) {
    return null;
  }
  const release = props.release;

  const submit = async () => {
    const e: Errors = {};
    const refs = splitList(approvers);
    if (!decision) {
      e.decision = t('validation.required');
    }
    if (refs.length === 0) {
      e.approvers = t('validation.required');
    } else if (refs.some(r => !isEntityRef(r))) {
      e.approvers = t('validation.entityRef');
    }
    w.setErrors(e);
    if (Object.values(e).some(Boolean)) {
      return;
    }
    w.setBusy(true);
    try {
      await api.updateRelease(
        release.id,
        {
          goNoGo: {
            decision: decision!,
            approvers: refs,
            notes: notes.trim() || undefined,
          },
        },
        release.rev,
      );
      notify(t('releases.decisionRecorded'));
      releases.reload();
      readiness.reload();
      props.onOpenChange(false);
    } catch (err) {
      w.fail(err);
    } finally {
      w.setBusy(false);
    }
  };

  return (
    <FormDialog
      isOpen={isOpen}
      onOpenChange={props.onOpenChange}
      title={t('releases.decisionTitle', { version: release.version })}
      submitLabel={t('common.save')}
      onSubmit={submit}
      busy={w.busy}
      error={w.error}
      onReload={
        w.conflict
          ? () => {
              releases.reload();
              props.onOpenChange(false);
            }
          : undefined
      }
    >
      <SelectInput
        label={t('releases.decision')}
        value={decision}
        options={DECISIONS.map(d => ({
          value: d,
          label: t(`releases.decisionValue.${d}`),
        }))}
        onChange={setDecision}
        error={w.errors.decision ?? w.errors.goNoGo}
        isRequired
      />
      <TextInput
        label={t('releases.approvers')}
        description={t('releases.approversHint')}
        placeholder="user:default/jdoe, group:default/cab"
        value={approvers}
        onChange={setApprovers}
        error={w.errors.approvers}
        isRequired
      />
      <TextInput
        label={t('releases.notes')}
        value={notes}
        onChange={setNotes}
        multiline
        error={w.errors.notes}
      />
    </FormDialog>
  );
}

/** Moves a release through its lifecycle (deployed, hypercare, closed, rolled back…). */
export function ReleaseStatusDialog(props: {
  release?: Release;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const { releases, readiness } = useEntityPilot();
  const notify = useNotify();
  const w = useWriteState();
  const [status, setStatus] = useState<ReleaseStatus | undefined>();

  useEffect(() => {
    if (props.release) {
      setStatus(props.release.status);
      w.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.release]);

  if (!props.release) {
    return null;
  }
  const release = props.release;

  const submit = async () => {
    if (!status) {
      w.setErrors({ status: t('validation.required') });
      return;
    }
    w.setBusy(true);
    try {
      await api.updateRelease(release.id, { status }, release.rev);
      notify(t('releases.statusChanged'));
      releases.reload();
      readiness.reload();
      props.onOpenChange(false);
    } catch (err) {
      w.fail(err);
    } finally {
      w.setBusy(false);
    }
  };

  return (
    <FormDialog
      isOpen
      onOpenChange={props.onOpenChange}
      title={t('releases.statusTitle', { version: release.version })}
      submitLabel={t('common.save')}
      onSubmit={submit}
      busy={w.busy}
      error={w.error}
      onReload={
        w.conflict
          ? () => {
              releases.reload();
              props.onOpenChange(false);
            }
          : undefined
      }
    >
      <SelectInput
        label={t('releases.status')}
        value={status}
        options={RELEASE_STATUSES.map(s => ({
          value: s,
          label: t(`releases.statusValue.${s}`),
        }))}
        onChange={setStatus}
        error={w.errors.status}
        isRequired
      />
    </FormDialog>
  );
}
