import { useEffect, useMemo, useState } from 'react';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { Radio, RadioGroup } from '@backstage/ui';
import {
  getErrorStatus,
  getFieldErrors,
  PHASES,
  SIDES,
  type ActionPriority,
  type CreateActionRequest,
  type HandoffAction,
  type Phase,
  type Side,
  type UpdateActionRequest,
} from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { useReadinessText } from '../shared/useReadinessText';
import { useEntityPilot } from '../EntityTab/EntityPilotContext';
import { useLanguage } from '../shared/format';
import { useWriteErrorMessage } from '../shared/ErrorView';
import { FormDialog } from '../shared/FormDialog';
import { EntityRefPicker } from '../shared/EntityRefPicker';
import { DateInput, SelectInput, TextInput } from '../shared/fields';
import { useNotify } from '../shared/useNotify';
import { isEntityRef, isHttpUrl, isIsoDate } from '../shared/validation';

const PRIORITIES: ActionPriority[] = ['blocking', 'major', 'minor'];

interface Draft {
  title: string;
  description: string;
  phase?: Phase;
  side?: Side;
  assigneeRef: string;
  dueDate: string;
  priority?: ActionPriority;
  criterionId?: string;
  releaseId?: string;
  externalTicketUrl: string;
  evidenceUrl: string;
}

function draftOf(action?: HandoffAction): Draft {
  return {
    title: action?.title ?? '',
    description: action?.description ?? '',
    phase: action?.phase,
    side: action?.side,
    assigneeRef: action?.assigneeRef ?? '',
    dueDate: action?.dueDate ?? '',
    priority: action?.priority,
    criterionId: action?.criterionId,
    releaseId: action?.releaseId,
    externalTicketUrl: action?.externalTicketUrl ?? '',
    evidenceUrl: action?.evidenceUrl ?? '',
  };
}

type Errors = Partial<Record<keyof Draft | 'template', string>>;

/** Creates a handoff action (from scratch or from a template) or edits one. */
export function ActionFormDialog(props: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  /** The action to edit; creates a new one when absent. */
  action?: HandoffAction;
  /** For a new action opened from a criterion row: the criterion it fixes and a starting title. */
  criterionId?: string;
  defaultTitle?: string;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const readinessText = useReadinessText();
  const api = useApi(operationalPilotApiRef);
  const { target, model, readiness, releases, actions } = useEntityPilot();
  const notify = useNotify();
  const writeError = useWriteErrorMessage();
  const editing = !!props.action;
  const french = useLanguage().startsWith('fr');

  const [draft, setDraft] = useState<Draft>(() => draftOf(props.action));
  const [mode, setMode] = useState<'scratch' | 'template'>('scratch');
  const [templateId, setTemplateId] = useState<string | undefined>();
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (props.isOpen) {
      const draftValue = draftOf(props.action);
      if (!props.action && props.criterionId) {
        draftValue.criterionId = props.criterionId;
        draftValue.title = props.defaultTitle ?? '';
      }
      setDraft(draftValue);
      setMode('scratch');
      setTemplateId(undefined);
      setErrors({});
      setError(undefined);
      setConflict(false);
    }
  }, [props.isOpen, props.action, props.criterionId, props.defaultTitle]);

  const templates = useMemo(
    () => model.value?.actionTemplates ?? [],
    [model.value],
  );
  const criteria = readiness.value?.criteria ?? [];

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft(d => ({ ...d, [key]: value }));

  const applyTemplate = (id: string | undefined) => {
    setTemplateId(id);
    const tpl = templates.find(x => x.id === id);
    if (!tpl) {
      return;
    }
    const criterionId = tpl.criterionIds?.find(c =>
      criteria.some(r => r.id === c),
    );
    setDraft(d => ({
      ...d,
      title: french && tpl.titleFr ? tpl.titleFr : tpl.title,
      description: tpl.description ?? d.description,
      phase: tpl.phase,
      side: tpl.side,
      priority: tpl.priority ?? d.priority,
      criterionId: criterionId ?? d.criterionId,
    }));
  };

  const validate = (): Errors => {
    const e: Errors = {};
    if (mode === 'template' && !editing && !templateId) {
      e.template = t('validation.required');
    }
    if (!draft.title.trim()) {
      e.title = t('validation.required');
    }
    if (!draft.phase) {
      e.phase = t('validation.required');
    }
    if (!draft.side) {
      e.side = t('validation.required');
    }
    if (draft.assigneeRef.trim() && !isEntityRef(draft.assigneeRef)) {
      e.assigneeRef = t('validation.entityRef');
    }
    if (draft.dueDate.trim() && !isIsoDate(draft.dueDate)) {
      e.dueDate = t('validation.date');
    }
    if (draft.externalTicketUrl.trim() && !isHttpUrl(draft.externalTicketUrl)) {
      e.externalTicketUrl = t('validation.url');
    }
    if (draft.evidenceUrl.trim() && !isHttpUrl(draft.evidenceUrl)) {
      e.evidenceUrl = t('validation.url');
    }
    return e;
  };

  const submit = async () => {
    const e = validate();
    setErrors(e);
    setError(undefined);
    setConflict(false);
    if (Object.keys(e).length > 0) {
      return;
    }
    setBusy(true);
    try {
      const opt = (s: string) => (s.trim() ? s.trim() : undefined);
      if (!props.action) {
        const request: CreateActionRequest = {
          title: draft.title.trim(),
          description: opt(draft.description),
          phase: draft.phase!,
          side: draft.side!,
          assigneeRef: opt(draft.assigneeRef),
          dueDate: opt(draft.dueDate),
          priority: draft.priority,
          criterionId: draft.criterionId,
          releaseId: draft.releaseId,
          externalTicketUrl: opt(draft.externalTicketUrl),
          templateId: mode === 'template' ? templateId : undefined,
        };
        await api.createAction(target, request);
        notify(t('actions.created'));
      } else {
        const before = draftOf(props.action);
        const request: UpdateActionRequest = {};
        const text = (
          k:
            | 'description'
            | 'assigneeRef'
            | 'dueDate'
            | 'externalTicketUrl'
            | 'evidenceUrl',
        ) => {
          if (draft[k].trim() !== before[k].trim()) {
            request[k] = draft[k].trim() ? draft[k].trim() : null;
          }
        };
        if (draft.title.trim() !== before.title) {
          request.title = draft.title.trim();
        }
        text('description');
        text('assigneeRef');
        text('dueDate');
        text('externalTicketUrl');
        text('evidenceUrl');
        if (draft.phase !== before.phase) {
          request.phase = draft.phase;
        }
        if (draft.side !== before.side) {
          request.side = draft.side;
        }
        if (draft.priority !== before.priority && draft.priority) {
          request.priority = draft.priority;
        }
        await api.updateAction(props.action.id, request, props.action.version);
        notify(t('actions.updated'));
      }
      actions.reload();
      readiness.reload();
      props.onOpenChange(false);
    } catch (err) {
      const status = getErrorStatus(err);
      const fieldErrors = getFieldErrors(err);
      if (fieldErrors.length) {
        const mapped: Errors = {};
        for (const f of fieldErrors) {
          mapped[f.path as keyof Draft] = f.message;
        }
        setErrors(mapped);
      }
      setConflict(status === 412 || status === 409);
      setError(writeError(err));
    } finally {
      setBusy(false);
    }
  };

  const reload = () => {
    actions.reload();
    props.onOpenChange(false);
  };

  const phaseOptions = PHASES.map(p => ({ value: p, label: t(`phase.${p}`) }));
  const sideOptions = SIDES.map(s => ({ value: s, label: t(`side.${s}`) }));
  const priorityOptions = PRIORITIES.map(p => ({
    value: p,
    label: t(`priority.${p}`),
  }));
  const criterionOptions = criteria.map(c => ({
    value: c.id,
    label: `${c.id} – ${readinessText.title(c)}`,
  }));
  const releaseOptions = (releases.value ?? []).map(r => ({
    value: r.id,
    label: r.version,
  }));

  return (
    <FormDialog
      isOpen={props.isOpen}
      onOpenChange={props.onOpenChange}
      title={editing ? t('actions.editTitle') : t('actions.createTitle')}
      submitLabel={editing ? t('common.save') : t('common.create')}
      onSubmit={submit}
      busy={busy}
      error={error}
      onReload={conflict ? reload : undefined}
      width={640}
    >
      {!editing ? (
        <RadioGroup
          label={t('actions.source')}
          value={mode}
          onChange={v => setMode(v as 'scratch' | 'template')}
          orientation="horizontal"
        >
          <Radio value="scratch">{t('actions.fromScratch')}</Radio>
          <Radio value="template" isDisabled={templates.length === 0}>
            {t('actions.fromTemplate')}
          </Radio>
        </RadioGroup>
      ) : null}
      {!editing && mode === 'template' ? (
        <SelectInput
          label={t('actions.template')}
          placeholder={t('actions.chooseTemplate')}
          value={templateId}
          options={templates.map(tpl => ({
            value: tpl.id,
            label: french && tpl.titleFr ? tpl.titleFr : tpl.title,
            description: `${t(`phase.${tpl.phase}`)} · ${t(
              `side.${tpl.side}`,
            )}`,
          }))}
          onChange={applyTemplate}
          error={errors.template}
          isRequired
        />
      ) : null}
      <TextInput
        label={t('actions.title')}
        name="title"
        value={draft.title}
        onChange={v => set('title', v)}
        error={errors.title}
        isRequired
      />
      <TextInput
        label={t('actions.description')}
        name="description"
        value={draft.description}
        onChange={v => set('description', v)}
        error={errors.description}
        multiline
      />
      <SelectInput
        label={t('actions.phase')}
        name="phase"
        value={draft.phase}
        options={phaseOptions}
        onChange={v => set('phase', v)}
        error={errors.phase}
        isRequired
      />
      <SelectInput
        label={t('actions.side')}
        name="side"
        value={draft.side}
        options={sideOptions}
        onChange={v => set('side', v)}
        error={errors.side}
        isRequired
      />
      <EntityRefPicker
        label={t('actions.assignee')}
        name="assigneeRef"
        kinds={['User', 'Group']}
        value={draft.assigneeRef}
        onChange={v => set('assigneeRef', v)}
        description={t('actions.assigneeHint')}
        error={errors.assigneeRef}
      />
      <DateInput
        label={t('actions.dueDate')}
        name="dueDate"
        value={draft.dueDate}
        onChange={v => set('dueDate', v)}
        error={errors.dueDate}
      />
      <SelectInput
        label={t('actions.priority')}
        name="priority"
        value={draft.priority}
        options={priorityOptions}
        onChange={v => set('priority', v)}
        emptyLabel={editing ? undefined : t('common.notSet')}
        error={errors.priority}
      />
      {!editing ? (
        <>
          <SelectInput
            label={t('actions.criterion')}
            name="criterionId"
            value={draft.criterionId}
            options={criterionOptions}
            emptyLabel={t('actions.noCriterion')}
            onChange={v => set('criterionId', v)}
            error={errors.criterionId}
          />
          <SelectInput
            label={t('actions.release')}
            name="releaseId"
            value={draft.releaseId}
            options={releaseOptions}
            emptyLabel={t('actions.noRelease')}
            onChange={v => set('releaseId', v)}
            error={errors.releaseId}
          />
        </>
      ) : null}
      <TextInput
        label={t('actions.ticketUrl')}
        name="externalTicketUrl"
        type="url"
        value={draft.externalTicketUrl}
        onChange={v => set('externalTicketUrl', v)}
        error={errors.externalTicketUrl}
      />
      {editing ? (
        <TextInput
          label={t('actions.evidenceUrl')}
          name="evidenceUrl"
          type="url"
          value={draft.evidenceUrl}
          onChange={v => set('evidenceUrl', v)}
          error={errors.evidenceUrl}
        />
      ) : null}
    </FormDialog>
  );
}
