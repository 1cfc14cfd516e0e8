import { useEffect, useState } from 'react';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { Alert, Button, Flex, Text } from '@backstage/ui';
import {
  CHANGE_APPROVAL_STATUSES,
  CHANGE_TYPES,
  editableReleaseFields,
  RELEASE_KINDS,
  RELEASE_OUTCOMES,
  SIDES,
  type ChangeApprovalStatus,
  type ChangeType,
  type CreateReleaseRequest,
  type GoNoGoDecision,
  type Release,
  type ReleaseGates,
  type ReleaseKind,
  type ReleaseOutcomeKind,
  type Side,
  type UpdateReleaseRequest,
  type Verdict,
} from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { useEntityPilot } from '../EntityTab/EntityPilotContext';
import { EntityRefPicker } from '../shared/EntityRefPicker';
import { FormDialog } from '../shared/FormDialog';
import { SelectInput, TextInput } from '../shared/fields';
import { useNotify } from '../shared/useNotify';
import { isEntityRef, isIsoDate, splitList } from '../shared/validation';
import sharedStyles from '../shared/shared.module.css';
import styles from './releases.module.css';
import { toLocalInput, useWriteState, type Errors } from './releaseWrite';

const DECISIONS: GoNoGoDecision[] = ['go', 'go_with_reservations', 'no_go'];
const VERDICT_ALERT: Record<Verdict, 'danger' | 'warning' | 'success'> = {
  'not-ready': 'danger',
  'ready-with-reservations': 'warning',
  'ready-for-run': 'success',
};
export { RELEASE_STATUSES } from '@operational-pilot/backstage-plugin-common';

/** `YYYY-MM-DDTHH:MM` (datetime-local) or `YYYY-MM-DD` → ISO timestamp (local time), or undefined. */
export function parseLocal(value: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(value.trim());
  if (!m || !isIsoDate(m[1])) {
    return undefined;
  }
  const [y, mo, d] = m[1].split('-').map(Number);
  const hh = m[2] !== undefined ? Number(m[2]) : 0;
  const mm = m[3] !== undefined ? Number(m[3]) : 0;
  if (hh > 23 || mm > 59) {
    return undefined;
  }
  return new Date(y, mo - 1, d, hh, mm).toISOString();
}

function checkRefs(
  e: Errors,
  key: string,
  refs: string[],
  message: string,
): void {
  if (refs.some(r => !isEntityRef(r))) {
    e[key] = message;
  }
}

/**
 * Plans a production release ("mise en production"), or edits the plan of `release`. Fields frozen by the
 * release's state (editableReleaseFields) are disabled with the reason.
 */
export function ReleasePlanDialog(props: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  release?: Release;
  onSaved?: (release: Release) => void;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const { target, releases, readiness } = useEntityPilot();
  const notify = useNotify();
  const w = useWriteState();
  const { release } = props;
  const [version, setVersion] = useState('');
  const [kind, setKind] = useState<ReleaseKind | undefined>('minor');
  const [changeType, setChangeType] = useState<ChangeType | undefined>(
    'normal',
  );
  const [plannedAt, setPlannedAt] = useState('');
  const [windowStart, setWindowStart] = useState('');
  const [windowEnd, setWindowEnd] = useState('');
  const [changeRef, setChangeRef] = useState('');
  const [approval, setApproval] = useState<ChangeApprovalStatus | undefined>();
  const [approvalDate, setApprovalDate] = useState('');
  const [environments, setEnvironments] = useState('');
  const [scopeDescription, setScopeDescription] = useState('');
  const [scopeComponents, setScopeComponents] = useState<string[]>([]);

  useEffect(() => {
    if (props.isOpen) {
      setVersion(release?.version ?? '');
      setKind(release?.kind ?? 'minor');
      setChangeType(release?.changeType ?? 'normal');
      setPlannedAt(toLocalInput(release?.plannedAt));
      setWindowStart(toLocalInput(release?.window?.start));
      setWindowEnd(toLocalInput(release?.window?.end));
      setChangeRef(release?.changeRef ?? '');
      setApproval(release?.changeApproval?.status);
      setApprovalDate(release?.changeApproval?.date?.slice(0, 10) ?? '');
      setEnvironments((release?.environments ?? []).join(', '));
      setScopeDescription(release?.scope?.description ?? '');
      setScopeComponents(release?.scope?.components ?? []);
      w.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.isOpen, release]);

  const editable = release ? editableReleaseFields(release) : undefined;
  const frozen = (field: string) =>
    !!editable && !editable.editable.includes(field);
  const frozenHint = (field: string) =>
    frozen(field) ? editable?.frozenReason : undefined;

  const submit = async () => {
    const e: Errors = {};
    if (!version.trim()) {
      e.version = t('validation.required');
    }
    if (!kind) {
      e.kind = t('validation.required');
    }
    const planned = parseLocal(plannedAt);
    if (!planned) {
      e.plannedAt = t('validation.dateTime');
    }
    const start = windowStart.trim() ? parseLocal(windowStart) : undefined;
    const end = windowEnd.trim() ? parseLocal(windowEnd) : undefined;
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
    if (approvalDate.trim() && !isIsoDate(approvalDate)) {
      e.changeApproval = t('validation.date');
    }
    const components = scopeComponents;
    checkRefs(e, 'scope', components, t('validation.entityRef'));
    w.setErrors(e);
    if (Object.values(e).some(Boolean)) {
      return;
    }
    const envs = splitList(environments);
    const plan: CreateReleaseRequest = {
      version: version.trim(),
      kind: kind!,
      changeType,
      plannedAt: planned!,
      window: start && end ? { start, end } : undefined,
      changeRef: changeRef.trim() || undefined,
      changeApproval: approval
        ? { status: approval, date: approvalDate.trim() || undefined }
        : undefined,
      environments: envs.length ? envs : undefined,
      scope:
        scopeDescription.trim() || components.length
          ? {
              description: scopeDescription.trim() || undefined,
              components: components.length ? components : undefined,
            }
          : undefined,
    };
    await w.run(async () => {
      let saved: Release;
      if (release) {
        const update: UpdateReleaseRequest = {};
        const set = <K extends keyof UpdateReleaseRequest>(
          field: K,
          value: UpdateReleaseRequest[K],
        ) => {
          if (!frozen(field)) {
            update[field] = value;
          }
        };
        set('version', plan.version);
        set('kind', plan.kind);
        set('changeType', plan.changeType);
        set('plannedAt', plan.plannedAt);
        set('window', plan.window ?? null);
        set('changeRef', plan.changeRef ?? null);
        set('changeApproval', plan.changeApproval ?? null);
        set('environments', plan.environments ?? null);
        set('scope', plan.scope ?? null);
        saved = await api.updateRelease(release.id, update, release.rev);
        notify(t('releases.planSaved'));
      } else {
        saved = await api.createRelease(target, plan);
        notify(t('releases.planned'));
      }
      releases.reload();
      readiness.reload();
      props.onSaved?.(saved);
      props.onOpenChange(false);
    });
  };

  return (
    <FormDialog
      isOpen={props.isOpen}
      onOpenChange={props.onOpenChange}
      title={
        release
          ? t('releases.editTitle', { version: release.version })
          : t('releases.planTitle')
      }
      submitLabel={release ? t('common.save') : t('releases.plan')}
      onSubmit={submit}
      busy={w.busy}
      error={w.error}
      width={640}
      onReload={
        w.conflict
          ? () => {
              releases.reload();
              props.onOpenChange(false);
            }
          : undefined
      }
    >
      {editable?.frozenReason ? (
        <Text variant="body-small" color="secondary">
          {editable.frozenReason}
        </Text>
      ) : null}
      <div className={sharedStyles.formGrid}>
        <TextInput
          label={t('releases.version')}
          value={version}
          onChange={setVersion}
          error={w.errors.version}
          description={frozenHint('version')}
          isDisabled={frozen('version')}
          isRequired
        />
        <SelectInput
          label={t('releases.kind')}
          value={kind}
          options={RELEASE_KINDS.map(k => ({
            value: k,
            label: t(`releases.kindValue.${k}`),
          }))}
          onChange={setKind}
          error={w.errors.kind}
          description={frozenHint('kind')}
          isDisabled={frozen('kind')}
          isRequired
        />
        <SelectInput
          label={t('releases.changeType')}
          value={changeType}
          options={CHANGE_TYPES.map(k => ({
            value: k,
            label: t(`releases.changeTypeValue.${k}`),
          }))}
          onChange={setChangeType}
          error={w.errors.changeType}
          description={frozenHint('changeType')}
          isDisabled={frozen('changeType')}
        />
        <TextInput
          type="datetime-local"
          label={t('releases.plannedAt')}
          value={plannedAt}
          onChange={setPlannedAt}
          error={w.errors.plannedAt}
          description={frozenHint('plannedAt')}
          isDisabled={frozen('plannedAt')}
          isRequired
        />
        <TextInput
          type="datetime-local"
          label={t('releases.windowStart')}
          value={windowStart}
          onChange={setWindowStart}
          error={w.errors.windowStart ?? w.errors.window}
          isDisabled={frozen('window')}
        />
        <TextInput
          type="datetime-local"
          label={t('releases.windowEnd')}
          value={windowEnd}
          onChange={setWindowEnd}
          error={w.errors.windowEnd}
          isDisabled={frozen('window')}
        />
        <TextInput
          label={t('releases.changeRef')}
          value={changeRef}
          onChange={setChangeRef}
          error={w.errors.changeRef}
          isDisabled={frozen('changeRef')}
        />
        <SelectInput
          label={t('releases.changeApproval')}
          value={approval}
          emptyLabel={t('common.notSet')}
          options={CHANGE_APPROVAL_STATUSES.map(k => ({
            value: k,
            label: t(`releases.approvalValue.${k}`),
          }))}
          onChange={setApproval}
          error={w.errors.changeApproval}
          isDisabled={frozen('changeApproval')}
        />
        <TextInput
          type="date"
          label={t('releases.changeApprovalDate')}
          value={approvalDate}
          onChange={setApprovalDate}
          isDisabled={frozen('changeApproval') || !approval}
        />
        <TextInput
          label={t('releases.environments')}
          description={t('releases.environmentsHint')}
          value={environments}
          onChange={setEnvironments}
          error={w.errors.environments}
          isDisabled={frozen('environments')}
        />
      </div>
      <TextInput
        label={t('releases.scopeDescription')}
        value={scopeDescription}
        onChange={setScopeDescription}
        multiline
        rows={2}
        isDisabled={frozen('scope')}
      />
      <EntityRefPicker
        multiple
        label={t('releases.scopeComponents')}
        name="scope.components"
        kinds={['Component']}
        description={t('releases.refsHint')}
        value={scopeComponents}
        onChange={setScopeComponents}
        error={w.errors.scope}
        isDisabled={frozen('scope')}
      />
    </FormDialog>
  );
}

/**
 * Records a go/no-go decision: approvers prefilled from the decision roles, decision, notes; a "go" on a gate
 * that is not ready needs an override reason.
 */
export function GoNoGoDialog(props: {
  release?: Release;
  gates?: ReleaseGates;
  onOpenChange: (open: boolean) => void;
  onRecorded?: () => void;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const { releases, readiness } = useEntityPilot();
  const notify = useNotify();
  const w = useWriteState();
  const [decision, setDecision] = useState<GoNoGoDecision | undefined>();
  const [approvers, setApprovers] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const release = props.release;

  useEffect(() => {
    let cancelled = false;
    if (release) {
      setDecision(undefined);
      setApprovers([]);
      setNotes('');
      setOverrideReason('');
      w.reset();
      api
        .getDecisionApprovers(release.id)
        .then(res => {
          if (!cancelled) {
            // A person approves: roles held by a user are prefilled; a role held by a group needs one of its
            // members, whom the POA adds.
            const refs = [
              ...new Set(
                res.items
                  .map(i => i.ref)
                  .filter(ref =>
                    ref.toLocaleLowerCase('en-US').startsWith('user:'),
                  ),
              ),
            ];
            setApprovers(current => (current.length ? current : refs));
          }
        })
        .catch(() => undefined);
    }
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [release?.id]);

  if (!release) {
    return null;
  }
  const gate = props.gates?.goNoGo;
  const decidedOn = gate ? gate.decisionVerdict ?? gate.verdict : undefined;
  const isGo = decision === 'go' || decision === 'go_with_reservations';
  const needsOverride = isGo && decidedOn === 'not-ready';

  const submit = async () => {
    const e: Errors = {};
    const refs = approvers;
    if (!decision) {
      e.decision = t('validation.required');
    }
    if (refs.length === 0) {
      e.approvers = t('validation.required');
    } else if (refs.some(r => !isEntityRef(r))) {
      e.approvers = t('validation.entityRef');
    }
    if (needsOverride && !overrideReason.trim()) {
      e.overrideReason = t('releases.overrideRequired');
    }
    w.setErrors(e);
    if (Object.values(e).some(Boolean)) {
      return;
    }
    await w.run(async () => {
      await api.recordDecision(release.id, {
        decision: decision!,
        approvers: refs,
        notes: notes.trim() || undefined,
        overrideReason:
          isGo && overrideReason.trim() ? overrideReason.trim() : undefined,
      });
      notify(t('releases.decisionRecorded'));
      releases.reload();
      readiness.reload();
      props.onRecorded?.();
      props.onOpenChange(false);
    });
  };

  return (
    <FormDialog
      isOpen
      onOpenChange={props.onOpenChange}
      title={t('releases.decisionTitle', { version: release.version })}
      submitLabel={t('releases.recordDecisionSubmit')}
      onSubmit={submit}
      busy={w.busy}
      error={w.error}
    >
      {gate && decidedOn ? (
        <Alert
          status={VERDICT_ALERT[decidedOn]}
          title={t('releases.gateVerdictAtDecision', {
            verdict: t(`verdict.${decidedOn}`),
          })}
          description={
            gate.blockers.length
              ? t('releases.blockersList', { list: gate.blockers.join(', ') })
              : undefined
          }
        />
      ) : null}
      <SelectInput
        label={t('releases.decision')}
        value={decision}
        options={DECISIONS.map(d => ({
          value: d,
          label: t(`releases.decisionValue.${d}`),
        }))}
        onChange={setDecision}
        error={w.errors.decision}
        isRequired
      />
      {/* Only users approve (the server refuses a group), so only users are offered. */}
      <EntityRefPicker
        multiple
        label={t('releases.approvers')}
        name="approvers"
        kinds={['User']}
        description={t('releases.approversHint')}
        value={approvers}
        onChange={setApprovers}
        error={w.errors.approvers}
        isRequired
      />
      {isGo ? (
        <TextInput
          label={t('releases.overrideReason')}
          description={
            needsOverride
              ? t('releases.overrideReasonHint')
              : t('releases.overrideReasonOptional')
          }
          value={overrideReason}
          onChange={setOverrideReason}
          error={w.errors.overrideReason}
          multiline
          rows={2}
          isRequired={needsOverride}
        />
      ) : null}
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

/** The hypercare plan (VSR / early life support): period, build-side standby, exit criteria. */
export function HypercareDialog(props: {
  release?: Release;
  onOpenChange: (open: boolean) => void;
  onSaved?: () => void;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const { releases, readiness } = useEntityPilot();
  const notify = useNotify();
  const w = useWriteState();
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [standby, setStandby] = useState<string[]>([]);
  const [exitCriteria, setExitCriteria] = useState('');
  const release = props.release;

  useEffect(() => {
    if (release) {
      const h = release.hypercare;
      const from =
        h?.start ?? release.window?.end ?? release.plannedAt ?? undefined;
      setStart(from ? from.slice(0, 10) : '');
      setEnd(h?.end?.slice(0, 10) ?? '');
      setStandby(h?.buildStandby ?? []);
      setExitCriteria((h?.exitCriteria ?? []).join('\n'));
      w.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [release?.id]);

  if (!release) {
    return null;
  }

  const submit = async () => {
    const e: Errors = {};
    if (!isIsoDate(start)) {
      e.start = t('validation.date');
    }
    if (!isIsoDate(end)) {
      e.end = t('validation.date');
    } else if (isIsoDate(start) && end <= start) {
      e.end = t('validation.endBeforeStart');
    }
    const refs = standby;
    checkRefs(e, 'buildStandby', refs, t('validation.entityRef'));
    w.setErrors(e);
    if (Object.values(e).some(Boolean)) {
      return;
    }
    const criteria = splitList(exitCriteria, /\n/);
    await w.run(async () => {
      await api.updateRelease(
        release.id,
        {
          hypercare: {
            start,
            end,
            buildStandby: refs.length ? refs : undefined,
            exitCriteria: criteria.length ? criteria : undefined,
          },
        },
        release.rev,
      );
      notify(t('releases.hypercareSaved'));
      releases.reload();
      readiness.reload();
      props.onSaved?.();
      props.onOpenChange(false);
    });
  };

  return (
    <FormDialog
      isOpen
      onOpenChange={props.onOpenChange}
      title={t('releases.hypercareTitle', { version: release.version })}
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
      <div className={sharedStyles.formGrid}>
        <TextInput
          type="date"
          label={t('releases.hypercareStart')}
          value={start}
          onChange={setStart}
          error={w.errors.start ?? w.errors.hypercare}
          isRequired
        />
        <TextInput
          type="date"
          label={t('releases.hypercareEnd')}
          value={end}
          onChange={setEnd}
          error={w.errors.end}
          isRequired
        />
      </div>
      <EntityRefPicker
        multiple
        label={t('releases.buildStandby')}
        name="hypercare.buildStandby"
        kinds={['User', 'Group']}
        description={t('releases.buildStandbyHint')}
        value={standby}
        onChange={setStandby}
        error={w.errors.buildStandby}
      />
      <TextInput
        label={t('releases.exitCriteria')}
        description={t('releases.exitCriteriaHint')}
        value={exitCriteria}
        onChange={setExitCriteria}
        multiline
        rows={4}
      />
    </FormDialog>
  );
}

interface LessonDraft {
  title: string;
  side: Side;
  assigneeRef: string;
  dueDate: string;
}

/** Records the outcome of a release: outcome, incidents, review and lessons (each becomes a follow-up action). */
export function OutcomeDialog(props: {
  release?: Release;
  onOpenChange: (open: boolean) => void;
  onSaved?: () => void;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const { releases, readiness, actions } = useEntityPilot();
  const notify = useNotify();
  const w = useWriteState();
  const [outcome, setOutcome] = useState<ReleaseOutcomeKind | undefined>();
  const [incidents, setIncidents] = useState('');
  const [review, setReview] = useState('');
  const [lessons, setLessons] = useState<LessonDraft[]>([]);
  const release = props.release;

  useEffect(() => {
    if (release) {
      setOutcome(release.outcome?.outcome);
      setIncidents((release.outcome?.incidents ?? []).join(', '));
      setReview(release.outcome?.review ?? '');
      setLessons([]);
      w.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [release?.id]);

  if (!release) {
    return null;
  }

  const setLesson = (i: number, patch: Partial<LessonDraft>) =>
    setLessons(list => list.map((l, j) => (j === i ? { ...l, ...patch } : l)));

  const submit = async () => {
    const e: Errors = {};
    if (!outcome) {
      e.outcome = t('validation.required');
    }
    lessons.forEach((l, i) => {
      if (!l.title.trim()) {
        e[`lessons.${i}.title`] = t('validation.required');
      }
      if (l.assigneeRef.trim() && !isEntityRef(l.assigneeRef)) {
        e[`lessons.${i}.assigneeRef`] = t('validation.entityRef');
      }
    });
    w.setErrors(e);
    if (Object.values(e).some(Boolean)) {
      return;
    }
    await w.run(async () => {
      const list = splitList(incidents);
      await api.recordOutcome(release.id, {
        outcome: outcome!,
        incidents: list.length ? list : undefined,
        review: review.trim() || undefined,
        lessons: lessons.length
          ? lessons.map(l => ({
              title: l.title.trim(),
              side: l.side,
              assigneeRef: l.assigneeRef.trim() || undefined,
              dueDate: l.dueDate || undefined,
            }))
          : undefined,
      });
      notify(t('releases.outcomeRecorded'));
      releases.reload();
      actions.reload();
      readiness.reload();
      props.onSaved?.();
      props.onOpenChange(false);
    });
  };

  return (
    <FormDialog
      isOpen
      onOpenChange={props.onOpenChange}
      title={t('releases.outcomeTitle', { version: release.version })}
      submitLabel={t('releases.saveOutcome')}
      onSubmit={submit}
      busy={w.busy}
      error={w.error}
      width={720}
    >
      <SelectInput
        label={t('releases.outcome')}
        value={outcome}
        options={RELEASE_OUTCOMES.map(o => ({
          value: o,
          label: t(`releases.outcomeValue.${o}`),
        }))}
        onChange={setOutcome}
        error={w.errors.outcome}
        isRequired
      />
      <TextInput
        label={t('releases.incidents')}
        description={t('releases.incidentsHint')}
        placeholder="INC0012345, INC0012346"
        value={incidents}
        onChange={setIncidents}
        error={w.errors.incidents}
      />
      <TextInput
        label={t('releases.review')}
        value={review}
        onChange={setReview}
        multiline
        rows={3}
        error={w.errors.review}
      />
      <fieldset className={sharedStyles.fieldset}>
        <legend>{t('releases.lessons')}</legend>
        <Flex direction="column" gap="2">
          <Text variant="body-small" color="secondary">
            {t('releases.lessonsHint')}
          </Text>
          {lessons.map((l, i) => (
            <div
              key={i}
              className={styles.lessonRow}
              role="group"
              aria-label={t('releases.lessonNumber', { n: String(i + 1) })}
            >
              <TextInput
                label={t('releases.lessonTitle')}
                value={l.title}
                onChange={v => setLesson(i, { title: v })}
                error={w.errors[`lessons.${i}.title`] ?? w.errors.lessons}
                isRequired
              />
              <SelectInput
                label={t('actions.side')}
                value={l.side}
                options={SIDES.map(s => ({
                  value: s,
                  label: t(`side.${s}`),
                }))}
                onChange={v => setLesson(i, { side: v ?? 'build' })}
              />
              <EntityRefPicker
                label={t('releases.assignee')}
                name={`lessons.${i}.assigneeRef`}
                kinds={['User', 'Group']}
                value={l.assigneeRef}
                onChange={v => setLesson(i, { assigneeRef: v })}
                error={w.errors[`lessons.${i}.assigneeRef`]}
              />
              <TextInput
                type="date"
                label={t('releases.dueDate')}
                value={l.dueDate}
                onChange={v => setLesson(i, { dueDate: v })}
              />
              <Button
                size="small"
                variant="tertiary"
                aria-label={t('releases.removeLesson', { n: String(i + 1) })}
                onPress={() =>
                  setLessons(list => list.filter((_, j) => j !== i))
                }
              >
                {t('releases.remove')}
              </Button>
            </div>
          ))}
          <div>
            <Button
              size="small"
              variant="secondary"
              onPress={() =>
                setLessons(list => [
                  ...list,
                  { title: '', side: 'build', assigneeRef: '', dueDate: '' },
                ])
              }
            >
              {t('releases.addLesson')}
            </Button>
          </div>
        </Flex>
      </fieldset>
    </FormDialog>
  );
}
