import { useEffect, useState } from 'react';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { getFieldErrors } from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { FAILING_STATUSES } from '../shared/chips';
import { useEntityPilot } from '../EntityTab/EntityPilotContext';
import { useWriteErrorMessage } from '../shared/ErrorView';
import { FormDialog } from '../shared/FormDialog';
import { DateInput, SelectInput, TextInput } from '../shared/fields';
import { daysFromNow } from '../shared/format';
import { useNotify } from '../shared/useNotify';
import { isIsoDate } from '../shared/validation';
import { CLOSED_STATUSES } from '../Actions/transitions';

const DEFAULT_WAIVER_MAX_DAYS = 90;

type Errors = Partial<
  Record<'criterionId' | 'reason' | 'expiresAt' | 'actionId', string>
>;

/** Requests a waiver (risk acceptance) with a reason and a bounded expiry. */
export function WaiverDialog(props: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  onRequested: () => void;
  /** Preselected criterion (when opened from a criterion row). */
  criterionId?: string;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const { target, readiness, model, actions } = useEntityPilot();
  const notify = useNotify();
  const writeError = useWriteErrorMessage();
  const maxDays = model.value?.waiverMaxDays ?? DEFAULT_WAIVER_MAX_DAYS;
  const [criterionId, setCriterionId] = useState<string | undefined>();
  const [reason, setReason] = useState('');
  const [expiresAt, setExpiresAt] = useState('');
  const [actionId, setActionId] = useState<string | undefined>();
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (props.isOpen) {
      setCriterionId(props.criterionId);
      setReason('');
      setExpiresAt('');
      setActionId(undefined);
      setErrors({});
      setError(undefined);
    }
  }, [props.isOpen, props.criterionId]);

  const criteria = (readiness.value?.criteria ?? []).filter(c =>
    FAILING_STATUSES.includes(c.status),
  );
  const linkable = (actions.value ?? []).filter(
    a =>
      !CLOSED_STATUSES.includes(a.status) &&
      (!criterionId || a.criterionId === criterionId),
  );

  const submit = async () => {
    const e: Errors = {};
    if (!criterionId) {
      e.criterionId = t('validation.required');
    }
    if (!reason.trim()) {
      e.reason = t('validation.required');
    }
    if (!isIsoDate(expiresAt)) {
      e.expiresAt = t('validation.date');
    } else if (daysFromNow(expiresAt) <= 0) {
      e.expiresAt = t('validation.dateInPast');
    } else if (daysFromNow(expiresAt) > maxDays) {
      e.expiresAt = t('validation.maxDays', { count: maxDays });
    }
    setErrors(e);
    setError(undefined);
    if (Object.keys(e).length) {
      return;
    }
    setBusy(true);
    try {
      await api.requestWaiver(target, {
        criterionId: criterionId!,
        reason: reason.trim(),
        expiresAt: expiresAt.trim(),
        actionId,
      });
      notify(t('attestations.requested'));
      props.onRequested();
      props.onOpenChange(false);
    } catch (err) {
      const fieldErrors = getFieldErrors(err);
      if (fieldErrors.length) {
        const mapped: Errors = {};
        for (const f of fieldErrors) {
          mapped[f.path.replace(/^\//, '') as keyof Errors] = f.message;
        }
        setErrors(mapped);
      }
      setError(writeError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      isOpen={props.isOpen}
      onOpenChange={props.onOpenChange}
      title={t('attestations.requestTitle')}
      submitLabel={t('attestations.requestWaiver')}
      onSubmit={submit}
      busy={busy}
      error={error}
    >
      <SelectInput
        label={t('attestations.criterion')}
        placeholder={t('attestations.chooseCriterion')}
        value={criterionId}
        options={criteria.map(c => ({
          value: c.id,
          label: `${c.id} – ${c.title}`,
        }))}
        onChange={setCriterionId}
        error={errors.criterionId}
        isRequired
      />
      <TextInput
        label={t('attestations.reason')}
        value={reason}
        onChange={setReason}
        error={errors.reason}
        multiline
        isRequired
      />
      <DateInput
        label={t('attestations.waiverExpiresAt')}
        description={t('attestations.waiverExpiresHint', { count: maxDays })}
        value={expiresAt}
        onChange={setExpiresAt}
        error={errors.expiresAt}
        isRequired
      />
      <SelectInput
        label={t('attestations.linkedAction')}
        value={actionId}
        options={linkable.map(a => ({ value: a.id, label: a.title }))}
        emptyLabel={t('attestations.noLinkedAction')}
        onChange={setActionId}
        error={errors.actionId}
      />
    </FormDialog>
  );
}
