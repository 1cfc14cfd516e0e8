import { useEffect, useState } from 'react';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  getFieldErrors,
  OPEN_RELEASE_STATUSES,
  type AttestationState,
  type CheckSpec,
  type CreateAttestationRequest,
  type CriterionDefinition,
  type CriterionResult,
} from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { useEntityPilot } from '../EntityTab/EntityPilotContext';
import { useWriteErrorMessage } from '../shared/ErrorView';
import { FormDialog } from '../shared/FormDialog';
import { DateInput, SelectInput, TextInput } from '../shared/fields';
import { daysFromNow, todayIso } from '../shared/format';
import { useNotify } from '../shared/useNotify';
import { isHttpUrl, isIsoDate, splitList } from '../shared/validation';

const STATES: AttestationState[] = [
  'compliant',
  'non-compliant',
  'not-applicable',
];

/** Whether a check has an attestation part (directly or inside anyOf/allOf), optionally of one kind only. */
function hasPart(
  check: CheckSpec,
  kinds: ReadonlyArray<CheckSpec['kind']>,
): boolean {
  if (kinds.includes(check.kind)) {
    return true;
  }
  if (check.kind === 'anyOf' || check.kind === 'allOf') {
    return check.of.some(c => hasPart(c, kinds));
  }
  return false;
}

/**
 * A criterion can be attested when its check has an attestation part: a plain or release attestation, alone or
 * inside a composite (e.g. INC-03: allOf(anyOf(link, annotation), attestation)).
 */
export function isAttestable(definition: Pick<CriterionDefinition, 'check'>) {
  return hasPart(definition.check, ['attestation', 'releaseAttestation']);
}

/** A release-scoped criterion is attested for one release (the attestation carries `releaseId`). */
export function isReleaseScoped(
  definition: Pick<CriterionDefinition, 'check' | 'scope'>,
): boolean {
  return (
    definition.scope === 'release' ||
    hasPart(definition.check, ['releaseAttestation'])
  );
}

type Errors = Partial<
  Record<
    | 'criterionId'
    | 'releaseId'
    | 'state'
    | 'justification'
    | 'evidence'
    | 'assessedAt'
    | 'expiresAt'
    | 'comment',
    string
  >
>;

/**
 * Records an attestation: criterion, state, http(s) evidence, assessment date, comment; for a release-scoped
 * criterion, the release it is about (`releaseId`).
 */
export function AttestationDialog(props: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  onRecorded: () => void;
  criterionId?: string;
  /** Preselected release (for release-scoped criteria). */
  releaseId?: string;
  /** Criteria to offer beyond the run readiness (e.g. those of a release gate). */
  extraCriteria?: CriterionResult[];
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const { target, readiness, model, releases } = useEntityPilot();
  const [releaseId, setReleaseId] = useState<string | undefined>();
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
      setReleaseId(props.releaseId);
      setState('compliant');
      setJustification('');
      setEvidence('');
      setAssessedAt(todayIso());
      setExpiresAt('');
      setComment('');
      setErrors({});
      setError(undefined);
    }
  }, [props.isOpen, props.criterionId, props.releaseId]);

  // Criteria that can be attested: those of the model with an attestation part, else every criterion offered.
  const definitions = new Map(
    (model.value?.criteria ?? []).map(c => [c.id, c]),
  );
  const attestable = new Set(
    [...definitions.values()].filter(isAttestable).map(c => c.id),
  );
  const offered = new Map<string, CriterionResult>();
  for (const c of [
    ...(readiness.value?.criteria ?? []),
    ...(props.extraCriteria ?? []),
  ]) {
    if (!offered.has(c.id)) {
      offered.set(c.id, c);
    }
  }
  const criteria = [...offered.values()].filter(
    c => attestable.size === 0 || attestable.has(c.id),
  );
  const chosen = criterionId ? offered.get(criterionId) : undefined;
  const chosenDefinition = criterionId
    ? definitions.get(criterionId)
    : undefined;
  const releaseScoped = chosenDefinition
    ? isReleaseScoped(chosenDefinition)
    : chosen?.scope === 'release';
  const openReleases = (releases.value ?? []).filter(
    r => OPEN_RELEASE_STATUSES.includes(r.status) || r.id === releaseId,
  );

  const submit = async () => {
    const e: Errors = {};
    const urls = splitList(evidence, /\n/);
    if (!criterionId) {
      e.criterionId = t('validation.required');
    }
    if (releaseScoped && !releaseId) {
      e.releaseId = t('attestations.releaseRequired');
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
      releaseId: releaseScoped ? releaseId : undefined,
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
      {releaseScoped ? (
        <SelectInput
          label={t('attestations.release')}
          description={t('attestations.releaseHint')}
          value={releaseId}
          options={openReleases.map(r => ({
            value: r.id,
            label: `${r.version} (${t(`releases.statusValue.${r.status}`)})`,
          }))}
          onChange={setReleaseId}
          error={errors.releaseId}
          isRequired
        />
      ) : null}
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
      <DateInput
        label={t('attestations.assessedAt')}
        value={assessedAt}
        onChange={setAssessedAt}
        error={errors.assessedAt}
        isRequired
      />
      <DateInput
        label={t('attestations.expiresAt')}
        description={t('attestations.expiresAtHint')}
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
