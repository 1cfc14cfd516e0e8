import { useEffect, useState } from 'react';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  getErrorStatus,
  type ActionStatus,
  type HandoffAction,
  type UpdateActionRequest,
} from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { useEntityPilot } from '../EntityTab/EntityPilotContext';
import { useWriteErrorMessage } from '../shared/ErrorView';
import { FormDialog } from '../shared/FormDialog';
import { DateInput, TextInput } from '../shared/fields';
import { daysFromNow } from '../shared/format';
import { useNotify } from '../shared/useNotify';
import { isHttpUrl, isIsoDate } from '../shared/validation';
import { transitionName } from './transitions';

const DEFAULT_WAIVER_MAX_DAYS = 90;

/** Asks what a move needs: a reason to block, a resolution to cancel or accept a risk, evidence when done. */
export function TransitionDialog(props: {
  action?: HandoffAction;
  to?: ActionStatus;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const { actions, readiness, model, waivers } = useEntityPilot();
  const notify = useNotify();
  const writeError = useWriteErrorMessage();
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [errors, setErrors] = useState<{ text?: string; date?: string }>({});
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const isOpen = !!props.action && !!props.to;
  const maxDays = model.value?.waiverMaxDays ?? DEFAULT_WAIVER_MAX_DAYS;

  useEffect(() => {
    if (isOpen) {
      setText('');
      setDate('');
      setErrors({});
      setError(undefined);
      setConflict(false);
    }
  }, [isOpen, props.action, props.to]);

  if (!props.action || !props.to) {
    return null;
  }
  const action = props.action;
  const to = props.to;
  const name = t(`transition.${transitionName(action.status, to)}`);

  const submit = async () => {
    const e: { text?: string; date?: string } = {};
    if (to === 'done') {
      if (text.trim() && !isHttpUrl(text)) {
        e.text = t('validation.url');
      }
    } else if (!text.trim()) {
      e.text = t('validation.required');
    }
    if (to === 'risk_accepted') {
      if (!isIsoDate(date)) {
        e.date = t('validation.date');
      } else if (daysFromNow(date) <= 0) {
        e.date = t('validation.dateInPast');
      } else if (daysFromNow(date) > maxDays) {
        e.date = t('validation.maxDays', { count: maxDays });
      }
    }
    setErrors(e);
    if (Object.keys(e).length) {
      return;
    }
    const request: UpdateActionRequest = { status: to };
    if (to === 'blocked') {
      request.blockedReason = text.trim();
    } else if (to === 'cancelled' || to === 'risk_accepted') {
      request.resolution = text.trim();
    } else if (to === 'done' && text.trim()) {
      request.evidenceUrl = text.trim();
    }
    if (to === 'risk_accepted') {
      request.waiverExpiresAt = date.trim();
    }
    setBusy(true);
    setError(undefined);
    try {
      await api.updateAction(action.id, request, action.version);
      notify(t('actions.moved', { status: t(`actionStatus.${to}`) }));
      actions.reload();
      readiness.reload();
      if (to === 'risk_accepted') {
        // Accepting the risk creates an approved waiver: list it without a reload.
        waivers.reload();
      }
      props.onOpenChange(false);
    } catch (err) {
      const status = getErrorStatus(err);
      setConflict(status === 412 || status === 409);
      setError(writeError(err));
    } finally {
      setBusy(false);
    }
  };

  let textLabel: string = t('transition.resolution');
  let textHint: string | undefined = t('transition.resolutionHint');
  if (to === 'blocked') {
    textLabel = t('transition.blockedReason');
    textHint = undefined;
  } else if (to === 'done') {
    textLabel = t('transition.evidenceUrl');
    textHint = t('transition.evidenceHint');
  }

  return (
    <FormDialog
      isOpen={isOpen}
      onOpenChange={props.onOpenChange}
      title={t('transition.dialogTitle', {
        transition: name,
        title: action.title,
      })}
      submitLabel={name}
      onSubmit={submit}
      busy={busy}
      error={error}
      onReload={
        conflict
          ? () => {
              actions.reload();
              props.onOpenChange(false);
            }
          : undefined
      }
    >
      <TextInput
        label={textLabel}
        description={textHint}
        value={text}
        onChange={setText}
        error={errors.text}
        isRequired={to !== 'done'}
        multiline={to !== 'done'}
        type={to === 'done' ? 'url' : 'text'}
      />
      {to === 'risk_accepted' ? (
        <DateInput
          label={t('transition.waiverExpiresAt')}
          description={t('transition.waiverExpiresHint', { count: maxDays })}
          value={date}
          onChange={setDate}
          error={errors.date}
          isRequired
        />
      ) : null}
    </FormDialog>
  );
}
