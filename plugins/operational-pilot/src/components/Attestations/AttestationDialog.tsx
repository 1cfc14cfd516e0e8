import { useEffect, useState } from 'react';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  getFieldErrors,
  type AttestationState,
  type CreateAttestationRequest,
} from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { useEntityPilot } from '../EntityTab/EntityPilotContext';
import { useWriteErrorMessage } from '../shared/ErrorView';
import { FormDialog } from '../shared/FormDialog';
import { SelectInput, TextInput } from '../shared/fields';
import { daysFromNow, todayIso } from '../shared/format';
import { useNotify } from '../shared/useNotify';
import { isHttpUrl, isIsoDate, splitList } from '../shared/validation';

const STATES: AttestationState[] = [
  'compliant',
  'non-compliant',
  'not-applicable',
];

type Errors = Partial<
  Record<
    | 'criterionId'
    | 'state'
    | 'justification'
    | 'evidence'
    | 'assessedAt'
    | 'expiresAt'
    | 'comment',
    string
  >
>;

/** Records an attestation: criterion, state, http(s) evidence, assessment date, comment. */
export function AttestationDialog(props: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  onRecorded: () => void;
  criterionId?: string;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const { target, readiness, model } = useEntityPilot();
  const notify = useNotify();
  const writeError = useWriteErrorMessage();
  const [criterionId, setCriterionId] = useState<string | undefined>();
  const [state, setState] = useState<AttestationState>('compliant');
  const [justification, setJustification] = useState('');
  const [evidence, setEvidence] = useState('');
  const [assessedAt, setAssessedAt] = useState('');
  const [expiresAt, setExpiresAt] = useState('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (props.isOpen) {
      setCriterionId(props.criterionId);
      setState('compliant');
      setJustification('');
      setEvidence('');
      setAssessedAt(todayIso());
      setExpiresAt('');
      setComment('');
      setErrors({});
      setError(undefined);
    }
  }, [props.isOpen, props.criterionId]);

  // Criteria that can be attested: attestation checks of the model, else every criterion of the evaluation.
  const attestable = new Set(
    (model.value?.criteria ?? [])
      .filter(
        c =>
          c.check.kind === 'attestation' ||
          c.check.kind === 'releaseAttestation',
      )
      .map(c => c.id),
  );
  const criteria = (readiness.value?.criteria ?? []).filter(
    c => attestable.size === 0 || attestable.has(c.id),
  );

  const submit = async () => {
    const e: Errors = {};
    const urls = splitList(evidence, /\n/);
    if (!criterionId) {
      e.criterionId = t('validation.required');
    }
    if (urls.some(u => !isHttpUrl(u))) {
      e.evidence = t('validation.url');
    } else if (state === 'compliant' && urls.length === 0) {
      e.evidence = t('validation.evidenceRequired');
    }
    if (state === 'not-applicable' && !justification.trim()) {
      e.justification = t('validation.justificationRequired');
    }
    if (!isIsoDate(assessedAt)) {
      e.assessedAt = t('validation.date');
    } else if (daysFromNow(assessedAt) > 0) {
      e.assessedAt = t('validation.dateInFuture');
    }
    if (expiresAt.trim() && !isIsoDate(expiresAt)) {
      e.expiresAt = t('validation.date');
    }
    setErrors(e);
    setError(undefined);
    if (Object.keys(e).length) {
      return;
    }
    const request: CreateAttestationRequest = {
      criterionId: criterionId!,
      state,
      evidence: urls.map(url => ({ url })),
      assessedAt: assessedAt.trim(),
      justification: justification.trim() || undefined,
      expiresAt: expiresAt.trim() || undefined,
      comment: comment.trim() || undefined,
    };
    setBusy(true);
    try {
      await api.createAttestation(target, request);
      notify(t('attestations.recorded'));
      props.onRecorded();
      readiness.reload();
      props.onOpenChange(false);
    } catch (err) {
      const fieldErrors = getFieldErrors(err);
      if (fieldErrors.length) {
        const mapped: Errors = {};
        for (const f of fieldErrors) {
          const key = f.path
            .replace(/^\//, '')
            .split(/[./[]/)[0] as keyof Errors;
          mapped[key] = f.message;
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
      title={t('attestations.recordTitle')}
      submitLabel={t('attestations.record')}
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
      <SelectInput
        label={t('attestations.state')}
        value={state}
        options={STATES.map(s => ({
          value: s,
          label: t(`attestations.stateValue.${s}`),
        }))}
        onChange={v => setState(v ?? 'compliant')}
        error={errors.state}
        isRequired
      />
      {state === 'not-applicable' ? (
        <TextInput
          label={t('attestations.justification')}
          value={justification}
          onChange={setJustification}
          error={errors.justification}
          multiline
          isRequired
        />
      ) : null}
      <TextInput
        label={t('attestations.evidenceUrls')}
        description={t('attestations.evidenceUrlsHint')}
        value={evidence}
        onChange={setEvidence}
        error={errors.evidence}
        multiline
        rows={2}
        isRequired={state === 'compliant'}
      />
      <TextInput
        label={t('attestations.assessedAt')}
        placeholder="YYYY-MM-DD"
        value={assessedAt}
        onChange={setAssessedAt}
        error={errors.assessedAt}
        isRequired
      />
      <TextInput
        label={t('attestations.expiresAt')}
        description={t('attestations.expiresAtHint')}
        placeholder="YYYY-MM-DD"
        value={expiresAt}
        onChange={setExpiresAt}
        error={errors.expiresAt}
      />
      <TextInput
        label={t('attestations.comment')}
        value={comment}
        onChange={setComment}
        error={errors.comment}
        multiline
      />
    </FormDialog>
  );
}
