import { useState } from 'react';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { Alert, Button, Flex, Text } from '@backstage/ui';
import {
  getErrorStatus,
  getFieldErrors,
  TIERS,
  type OperationsResult,
} from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { useEntityPilot } from '../EntityTab/EntityPilotContext';
import { useWriteErrorMessage } from '../shared/ErrorView';
import { EntityRefPicker } from '../shared/EntityRefPicker';
import {
  DateInput,
  Fieldset,
  NumberInput,
  SelectInput,
  TextInput,
} from '../shared/fields';
import { useNotify } from '../shared/useNotify';
import sharedStyles from '../shared/shared.module.css';
import {
  DICT_AXES,
  DR_STRATEGIES,
  fromDraft,
  normalizeFieldPath,
  OFF_HOURS,
  ON_CALL_PROVIDERS,
  ROLE_FIELDS,
  SUPPORT_LEVELS,
  toDraft,
  addRow,
  editRow,
  removeRow,
  validateDraft,
  type MetadataDraft,
  type MetadataErrors,
} from './metadataDraft';

const KNOWN_PATHS = new Set([
  'tier',
  'stateful',
  'serviceHours',
  'supportHours.businessHours',
  'supportHours.offHours',
  'sla.availability',
  'sla.p1ResponseMinutes',
  'sla.p1RestoreMinutes',
  'sla.agreedAt',
  'sla.docUrl',
  'slo.availability',
  'slo.latencyP99Ms',
  'slo.owner',
  'continuity.rtoMinutes',
  'continuity.rpoMinutes',
  'continuity.drStrategy',
  'continuity.agreedBy',
  'continuity.agreedAt',
  'onCall.provider',
  'onCall.reference',
  'onCall.scheduleUrl',
  'notes',
  'dict.personalData',
  'alerting.source',
  'alerting.url',
  'itsm.ci',
  'itsm.assignmentGroup',
  'trainedPeople',
  ...DICT_AXES.map(a => `dict.${a}`),
  ...ROLE_FIELDS.map(r => `roles.${r}`),
  ...SUPPORT_LEVELS.flatMap(l => [`support.${l}.group`, `support.${l}.hours`]),
]);

function isShownPath(path: string) {
  return (
    KNOWN_PATHS.has(path) ||
    /^environments\.\d+\.(name|url|hosting|region)$/.test(path) ||
    /^maintenanceWindows\.\d+\.(days|start|durationMinutes|timezone)$/.test(
      path,
    ) ||
    /^freezePeriods\.\d+\.(from|to|reason)$/.test(path) ||
    /^vendors\.\d+\.(name|contractUrl|supportExpiresAt)$/.test(path)
  );
}

/**
 * Edits the operational metadata with client-side checks, shows the server's field errors next to the
 * fields, and handles a stale version (412) with a reload.
 */
export function MetadataForm(props: {
  result: OperationsResult;
  onDone: () => void;
}) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const { target, operations, readiness } = useEntityPilot();
  const notify = useNotify();
  const writeError = useWriteErrorMessage();
  const [draft, setDraft] = useState<MetadataDraft>(() =>
    toDraft(props.result.record.metadata),
  );
  const [errors, setErrors] = useState<MetadataErrors>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);

  const update = (patch: Partial<MetadataDraft>) =>
    setDraft(d => ({ ...d, ...patch }));
  const err = (path: string) => errors[path];

  const submit = async () => {
    setError(undefined);
    setConflict(false);
    setOtherErrors([]);
    const found = validateDraft(draft, {
      required: t('validation.required'),
      url: t('validation.url'),
      date: t('validation.date'),
      percent: t('validation.percent'),
      positiveInteger: t('validation.positiveInteger'),
      positiveDuration: t('validation.positiveDuration'),
      entityRef: t('validation.entityRef'),
      time: t('validation.time'),
      weekdays: t('validation.weekdays'),
      dictLevel: t('metadataForm.dictLevel'),
      dateOrder: t('metadataForm.dateOrder'),
    });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setError(t('metadata.fixErrors'));
      return;
    }
    setBusy(true);
    try {
      const result = await api.putOperations(
        target,
        fromDraft(draft, props.result.record.metadata),
        props.result.etag,
      );
      operations.set(result);
      readiness.reload();
      notify(t('metadata.saved'));
      props.onDone();
    } catch (e) {
      const status = getErrorStatus(e);
      const fieldErrors = getFieldErrors(e);
      if (fieldErrors.length > 0) {
        const mapped: MetadataErrors = {};
        const other: string[] = [];
        for (const f of fieldErrors) {
          const path = normalizeFieldPath(f.path);
          // A row the form does not show (e.g. vendors.3) is listed in the alert instead.
          const row = /^(\w+)\.(\d+)\./.exec(path);
          const rows = row
            ? (draft as unknown as Record<string, unknown[]>)[row[1]]
            : undefined;
          if (
            isShownPath(path) &&
            (!row || Number(row[2]) < (rows?.length ?? 0))
          ) {
            mapped[path] = f.message;
          } else {
            other.push(`${path}: ${f.message}`);
          }
        }
        setErrors(mapped);
        setOtherErrors(other);
        setError(t('metadata.fieldErrorsTitle'));
      } else {
        setConflict(status === 412 || status === 409);
        setError(writeError(e));
      }
    } finally {
      setBusy(false);
    }
  };

  const reload = () => {
    operations.reload();
    props.onDone();
  };

  const setRole = (role: (typeof ROLE_FIELDS)[number], value: string) =>
    setDraft(d => ({ ...d, roles: { ...d.roles, [role]: value } }));
  const setSupport = (
    level: (typeof SUPPORT_LEVELS)[number],
    key: 'group' | 'hours',
    value: string,
  ) =>
    setDraft(d => ({
      ...d,
      support: { ...d.support, [level]: { ...d.support[level], [key]: value } },
    }));

  const roleLabel: Record<(typeof ROLE_FIELDS)[number], string> = {
    poa: t('owners.poa'),
    opsOwner: t('owners.opsOwner'),
    businessOwner: t('owners.businessOwner'),
    serviceOwner: t('owners.serviceOwner'),
    securityApprover: t('owners.securityApprover'),
  };
  const yesNoOptions = [
    { value: 'yes' as const, label: t('common.yes') },
    { value: 'no' as const, label: t('common.no') },
  ];
  const levelLabel = {
    l1: t('owners.supportL1'),
    l2: t('owners.supportL2'),
    l3: t('owners.supportL3'),
  };

  return (
    <form
      aria-label={t('metadata.formLabel')}
      noValidate
      onSubmit={e => {
        e.preventDefault();
        submit();
      }}
    >
      <Flex direction="column" gap="4">
        {error ? (
          <Alert
            status={conflict ? 'warning' : 'danger'}
            icon
            role="alert"
            title={error}
            description={
              otherErrors.length ? (
                <ul>
                  {otherErrors.map(o => (
                    <li key={o}>{o}</li>
                  ))}
                </ul>
              ) : undefined
            }
            customActions={
              conflict ? (
                <Button size="small" variant="secondary" onPress={reload}>
                  {t('common.reload')}
                </Button>
              ) : undefined
            }
          />
        ) : null}

        <section
          aria-labelledby="metadata-classification"
          className={sharedStyles.formSection}
        >
          <h3 id="metadata-classification">
            {t('metadataForm.classification')}
          </h3>
          <div className={sharedStyles.formGrid}>
            <SelectInput
              label={t('tier.label')}
              name="tier"
              value={draft.tier}
              options={TIERS.map(tier => ({
                value: tier,
                label: t(`tier.${tier}`),
              }))}
              emptyLabel={t('common.notSet')}
              onChange={tier => update({ tier })}
              error={err('tier')}
            />
            <SelectInput
              label={t('metadata.stateful')}
              name="stateful"
              value={draft.stateful}
              options={yesNoOptions}
              emptyLabel={t('common.notSet')}
              onChange={stateful => update({ stateful })}
              description={t('metadata.statefulHint')}
              error={err('stateful')}
            />
            {DICT_AXES.map(axis => (
              <NumberInput
                key={axis}
                label={t(`metadataForm.dict.${axis}`)}
                name={`dict.${axis}`}
                inputMode="numeric"
                description={t('metadataForm.dictHint')}
                value={draft.dict[axis]}
                onChange={v =>
                  setDraft(d => ({ ...d, dict: { ...d.dict, [axis]: v } }))
                }
                error={err(`dict.${axis}`)}
              />
            ))}
            <SelectInput
              label={t('metadataForm.personalData')}
              name="dict.personalData"
              value={draft.personalData}
              options={yesNoOptions}
              emptyLabel={t('common.notSet')}
              onChange={personalData => update({ personalData })}
              error={err('dict.personalData')}
            />
          </div>
        </section>

        <section
          aria-labelledby="metadata-roles"
          className={sharedStyles.formSection}
        >
          <h3 id="metadata-roles">{t('metadataForm.rolesAndSupport')}</h3>
          <Fieldset legend={t('metadata.roles')}>
            <div className={sharedStyles.formGrid}>
              {ROLE_FIELDS.map(role => (
                <EntityRefPicker
                  key={role}
                  label={roleLabel[role]}
                  name={`roles.${role}`}
                  kinds={['Group', 'User']}
                  value={draft.roles[role]}
                  onChange={v => setRole(role, v)}
                  error={err(`roles.${role}`)}
                />
              ))}
            </div>
          </Fieldset>
          <Fieldset legend={t('metadata.support')}>
            <div className={sharedStyles.formGrid}>
              {SUPPORT_LEVELS.map(level => (
                <Flex key={level} direction="column" gap="2">
                  <EntityRefPicker
                    label={t('metadata.supportGroup', {
                      level: levelLabel[level],
                    })}
                    name={`support.${level}.group`}
                    kinds={['Group']}
                    value={draft.support[level].group}
                    onChange={v => setSupport(level, 'group', v)}
                    error={err(`support.${level}.group`)}
                  />
                  <TextInput
                    label={t('metadata.supportHours', {
                      level: levelLabel[level],
                    })}
                    name={`support.${level}.hours`}
                    value={draft.support[level].hours}
                    onChange={v => setSupport(level, 'hours', v)}
                    error={err(`support.${level}.hours`)}
                  />
                </Flex>
              ))}
            </div>
          </Fieldset>
          <Fieldset legend={t('metadata.onCall')}>
            <div className={sharedStyles.formGrid}>
              <TextInput
                label={t('metadata.serviceHours')}
                name="serviceHours"
                value={draft.serviceHours}
                onChange={serviceHours => update({ serviceHours })}
                description={t('metadata.serviceHoursHint')}
                error={err('serviceHours')}
              />
              <TextInput
                label={t('metadata.businessHours')}
                name="supportHours.businessHours"
                value={draft.businessHours}
                onChange={businessHours => update({ businessHours })}
                error={err('supportHours.businessHours')}
              />
              <SelectInput
                label={t('metadata.offHours')}
                name="supportHours.offHours"
                value={draft.offHours}
                options={OFF_HOURS.map(o => ({
                  value: o,
                  label: t(`metadata.offHoursValue.${o}`),
                }))}
                emptyLabel={t('common.notSet')}
                onChange={offHours => update({ offHours })}
                error={err('supportHours.offHours')}
              />
              <SelectInput
                label={t('metadata.onCallProvider')}
                name="onCall.provider"
                value={draft.onCallProvider}
                options={ON_CALL_PROVIDERS.map(p => ({
                  value: p,
                  label: t(`metadata.onCallProviderValue.${p}`),
                }))}
                emptyLabel={t('common.notSet')}
                onChange={onCallProvider => update({ onCallProvider })}
                error={err('onCall.provider')}
              />
              <TextInput
                label={t('metadata.onCallReference')}
                name="onCall.reference"
                value={draft.onCallReference}
                onChange={onCallReference => update({ onCallReference })}
                error={err('onCall.reference')}
              />
              <TextInput
                label={t('metadata.onCallSchedule')}
                name="onCall.scheduleUrl"
                type="url"
                value={draft.onCallSchedule}
                onChange={onCallSchedule => update({ onCallSchedule })}
                error={err('onCall.scheduleUrl')}
              />
              <NumberInput
                label={t('metadataForm.trainedPeople')}
                name="trainedPeople"
                inputMode="numeric"
                description={t('metadataForm.trainedPeopleHint')}
                value={draft.trainedPeople}
                onChange={trainedPeople => update({ trainedPeople })}
                error={err('trainedPeople')}
              />
            </div>
          </Fieldset>
        </section>

        <section
          aria-labelledby="metadata-levels"
          className={sharedStyles.formSection}
        >
          <h3 id="metadata-levels">{t('metadata.serviceLevels')}</h3>
          <div className={sharedStyles.formGrid}>
            <NumberInput
              label={t('metadata.slaAvailability')}
              name="sla.availability"
              value={draft.slaAvailability}
              onChange={slaAvailability => update({ slaAvailability })}
              error={err('sla.availability')}
            />
            <NumberInput
              label={t('metadata.p1Response')}
              name="sla.p1ResponseMinutes"
              inputMode="numeric"
              value={draft.p1Response}
              onChange={p1Response => update({ p1Response })}
              error={err('sla.p1ResponseMinutes')}
            />
            <NumberInput
              label={t('metadata.p1Restore')}
              name="sla.p1RestoreMinutes"
              inputMode="numeric"
              value={draft.p1Restore}
              onChange={p1Restore => update({ p1Restore })}
              error={err('sla.p1RestoreMinutes')}
            />
            <DateInput
              label={t('metadata.slaAgreedAt')}
              name="sla.agreedAt"
              value={draft.slaAgreedAt}
              onChange={slaAgreedAt => update({ slaAgreedAt })}
              error={err('sla.agreedAt')}
            />
            <TextInput
              label={t('metadata.slaDocUrl')}
              name="sla.docUrl"
              type="url"
              value={draft.slaDocUrl}
              onChange={slaDocUrl => update({ slaDocUrl })}
              error={err('sla.docUrl')}
            />
            <NumberInput
              label={t('metadata.sloAvailability')}
              name="slo.availability"
              value={draft.sloAvailability}
              onChange={sloAvailability => update({ sloAvailability })}
              error={err('slo.availability')}
            />
            <NumberInput
              label={t('metadata.sloLatency')}
              name="slo.latencyP99Ms"
              inputMode="numeric"
              value={draft.sloLatency}
              onChange={sloLatency => update({ sloLatency })}
              error={err('slo.latencyP99Ms')}
            />
            <EntityRefPicker
              label={t('metadata.sloOwner')}
              name="slo.owner"
              kinds={['Group', 'User']}
              value={draft.sloOwner}
              onChange={sloOwner => update({ sloOwner })}
              error={err('slo.owner')}
            />
          </div>
        </section>

        <section
          aria-labelledby="metadata-continuity"
          className={sharedStyles.formSection}
        >
          <h3 id="metadata-continuity">{t('metadata.continuity')}</h3>
          <div className={sharedStyles.formGrid}>
            <NumberInput
              label={t('metadata.rto')}
              name="continuity.rtoMinutes"
              inputMode="numeric"
              value={draft.rto}
              onChange={rto => update({ rto })}
              error={err('continuity.rtoMinutes')}
            />
            <NumberInput
              label={t('metadata.rpo')}
              name="continuity.rpoMinutes"
              inputMode="numeric"
              value={draft.rpo}
              onChange={rpo => update({ rpo })}
              error={err('continuity.rpoMinutes')}
            />
            <SelectInput
              label={t('metadata.drStrategy')}
              name="continuity.drStrategy"
              value={draft.drStrategy}
              options={DR_STRATEGIES.map(s => ({
                value: s,
                label: t(`metadata.drStrategyValue.${s}`),
              }))}
              emptyLabel={t('common.notSet')}
              onChange={drStrategy => update({ drStrategy })}
              error={err('continuity.drStrategy')}
            />
            <EntityRefPicker
              label={t('metadata.continuityAgreedBy')}
              name="continuity.agreedBy"
              kinds={['Group', 'User']}
              value={draft.continuityAgreedBy}
              onChange={continuityAgreedBy => update({ continuityAgreedBy })}
              error={err('continuity.agreedBy')}
            />
            <DateInput
              label={t('metadata.continuityAgreedAt')}
              name="continuity.agreedAt"
              value={draft.continuityAgreedAt}
              onChange={continuityAgreedAt => update({ continuityAgreedAt })}
              error={err('continuity.agreedAt')}
            />
          </div>
        </section>

        <section
          aria-labelledby="metadata-environments"
          className={sharedStyles.formSection}
        >
          <h3 id="metadata-environments">
            {t('metadataForm.environmentsAndWindows')}
          </h3>
          <Fieldset legend={t('metadata.environments')}>
            {draft.environments.length === 0 ? (
              <Text variant="body-small" color="secondary">
                {t('metadata.noEnvironments')}
              </Text>
            ) : null}
            {draft.environments.map((env, i) => {
              const setEnv = (key: keyof typeof env, value: string) =>
                setDraft(d => editRow(d, 'environments', i, key, value));
              return (
                <Fieldset
                  key={i}
                  legend={t('metadata.environment', { index: String(i + 1) })}
                >
                  <div className={sharedStyles.formGrid}>
                    <TextInput
                      label={t('metadata.environmentName')}
                      name={`environments.${i}.name`}
                      value={env.name}
                      onChange={v => setEnv('name', v)}
                      error={err(`environments.${i}.name`)}
                      isRequired
                    />
                    <TextInput
                      label={t('metadata.environmentUrl')}
                      name={`environments.${i}.url`}
                      type="url"
                      value={env.url}
                      onChange={v => setEnv('url', v)}
                      error={err(`environments.${i}.url`)}
                    />
                    <TextInput
                      label={t('metadata.environmentHosting')}
                      name={`environments.${i}.hosting`}
                      value={env.hosting}
                      onChange={v => setEnv('hosting', v)}
                      error={err(`environments.${i}.hosting`)}
                    />
                    <TextInput
                      label={t('metadata.environmentRegion')}
                      name={`environments.${i}.region`}
                      value={env.region}
                      onChange={v => setEnv('region', v)}
                      error={err(`environments.${i}.region`)}
                    />
                  </div>
                  <div>
                    <Button
                      size="small"
                      variant="tertiary"
                      onPress={() =>
                        setDraft(d => removeRow(d, 'environments', i))
                      }
                    >
                      {t('metadata.removeEnvironment', {
                        index: String(i + 1),
                      })}
                    </Button>
                  </div>
                </Fieldset>
              );
            })}
            <div>
              <Button
                size="small"
                variant="secondary"
                onPress={() => setDraft(d => addRow(d, 'environments'))}
              >
                {t('metadata.addEnvironment')}
              </Button>
            </div>
          </Fieldset>

          <Fieldset legend={t('metadata.maintenanceWindows')}>
            {draft.maintenanceWindows.length === 0 ? (
              <Text variant="body-small" color="secondary">
                {t('metadata.noWindows')}
              </Text>
            ) : null}
            {draft.maintenanceWindows.map((w, i) => {
              const setWindow = (key: keyof typeof w, value: string) =>
                setDraft(d => editRow(d, 'maintenanceWindows', i, key, value));
              return (
                <Fieldset
                  key={i}
                  legend={t('metadata.maintenanceWindow', {
                    index: String(i + 1),
                  })}
                >
                  <div className={sharedStyles.formGrid}>
                    <TextInput
                      label={t('metadata.windowDays')}
                      name={`maintenanceWindows.${i}.days`}
                      description={t('metadata.windowDaysHint')}
                      value={w.days}
                      onChange={v => setWindow('days', v)}
                      error={err(`maintenanceWindows.${i}.days`)}
                      isRequired
                    />
                    <TextInput
                      label={t('metadata.windowStart')}
                      name={`maintenanceWindows.${i}.start`}
                      placeholder="02:00"
                      value={w.start}
                      onChange={v => setWindow('start', v)}
                      error={err(`maintenanceWindows.${i}.start`)}
                      isRequired
                    />
                    <NumberInput
                      label={t('metadata.windowDuration')}
                      name={`maintenanceWindows.${i}.durationMinutes`}
                      value={w.durationMinutes}
                      onChange={v => setWindow('durationMinutes', v)}
                      error={err(`maintenanceWindows.${i}.durationMinutes`)}
                      isRequired
                    />
                    <TextInput
                      label={t('metadata.windowTimezone')}
                      name={`maintenanceWindows.${i}.timezone`}
                      placeholder="Europe/Paris"
                      value={w.timezone}
                      onChange={v => setWindow('timezone', v)}
                      error={err(`maintenanceWindows.${i}.timezone`)}
                    />
                  </div>
                  <div>
                    <Button
                      size="small"
                      variant="tertiary"
                      onPress={() =>
                        setDraft(d => removeRow(d, 'maintenanceWindows', i))
                      }
                    >
                      {t('metadata.removeWindow', { index: String(i + 1) })}
                    </Button>
                  </div>
                </Fieldset>
              );
            })}
            <div>
              <Button
                size="small"
                variant="secondary"
                onPress={() => setDraft(d => addRow(d, 'maintenanceWindows'))}
              >
                {t('metadata.addWindow')}
              </Button>
            </div>
          </Fieldset>

          <Fieldset legend={t('metadataForm.freezePeriods')}>
            {draft.freezePeriods.length === 0 ? (
              <Text variant="body-small" color="secondary">
                {t('metadataForm.noFreezes')}
              </Text>
            ) : null}
            {draft.freezePeriods.map((f, i) => {
              const setFreeze = (key: keyof typeof f, value: string) =>
                setDraft(d => editRow(d, 'freezePeriods', i, key, value));
              return (
                <Fieldset
                  key={i}
                  legend={t('metadataForm.freezePeriod', {
                    index: String(i + 1),
                  })}
                >
                  <div className={sharedStyles.formGrid}>
                    <DateInput
                      label={t('metadataForm.freezeFrom')}
                      name={`freezePeriods.${i}.from`}
                      value={f.from}
                      onChange={v => setFreeze('from', v)}
                      error={err(`freezePeriods.${i}.from`)}
                      isRequired
                    />
                    <DateInput
                      label={t('metadataForm.freezeTo')}
                      name={`freezePeriods.${i}.to`}
                      value={f.to}
                      onChange={v => setFreeze('to', v)}
                      error={err(`freezePeriods.${i}.to`)}
                      isRequired
                    />
                    <TextInput
                      label={t('metadataForm.freezeReason')}
                      name={`freezePeriods.${i}.reason`}
                      value={f.reason}
                      onChange={v => setFreeze('reason', v)}
                      error={err(`freezePeriods.${i}.reason`)}
                    />
                  </div>
                  <div>
                    <Button
                      size="small"
                      variant="tertiary"
                      onPress={() =>
                        setDraft(d => removeRow(d, 'freezePeriods', i))
                      }
                    >
                      {t('metadataForm.removeFreeze', { index: String(i + 1) })}
                    </Button>
                  </div>
                </Fieldset>
              );
            })}
            <div>
              <Button
                size="small"
                variant="secondary"
                onPress={() => setDraft(d => addRow(d, 'freezePeriods'))}
              >
                {t('metadataForm.addFreeze')}
              </Button>
            </div>
          </Fieldset>
        </section>

        <section
          aria-labelledby="metadata-vendors"
          className={sharedStyles.formSection}
        >
          <h3 id="metadata-vendors">{t('metadataForm.vendorsAndItsm')}</h3>
          <div className={sharedStyles.formGrid}>
            <TextInput
              label={t('metadataForm.itsmCi')}
              name="itsm.ci"
              value={draft.itsmCi}
              onChange={itsmCi => update({ itsmCi })}
              error={err('itsm.ci')}
            />
            <TextInput
              label={t('metadataForm.itsmAssignmentGroup')}
              name="itsm.assignmentGroup"
              description={t('metadataForm.itsmAssignmentGroupHint')}
              value={draft.itsmAssignmentGroup}
              onChange={itsmAssignmentGroup => update({ itsmAssignmentGroup })}
              error={err('itsm.assignmentGroup')}
            />
          </div>
          <Fieldset legend={t('metadataForm.vendors')}>
            {draft.vendors.length === 0 ? (
              <Text variant="body-small" color="secondary">
                {t('metadataForm.noVendors')}
              </Text>
            ) : null}
            {draft.vendors.map((v, i) => {
              const setVendor = (key: keyof typeof v, value: string) =>
                setDraft(d => editRow(d, 'vendors', i, key, value));
              return (
                <Fieldset
                  key={i}
                  legend={t('metadataForm.vendor', { index: String(i + 1) })}
                >
                  <div className={sharedStyles.formGrid}>
                    <TextInput
                      label={t('metadataForm.vendorName')}
                      name={`vendors.${i}.name`}
                      value={v.name}
                      onChange={x => setVendor('name', x)}
                      error={err(`vendors.${i}.name`)}
                      isRequired
                    />
                    <TextInput
                      label={t('metadataForm.vendorContractUrl')}
                      name={`vendors.${i}.contractUrl`}
                      type="url"
                      value={v.contractUrl}
                      onChange={x => setVendor('contractUrl', x)}
                      error={err(`vendors.${i}.contractUrl`)}
                    />
                    <DateInput
                      label={t('metadataForm.vendorSupportEnd')}
                      name={`vendors.${i}.supportExpiresAt`}
                      value={v.supportExpiresAt}
                      onChange={x => setVendor('supportExpiresAt', x)}
                      error={err(`vendors.${i}.supportExpiresAt`)}
                    />
                  </div>
                  <div>
                    <Button
                      size="small"
                      variant="tertiary"
                      onPress={() => setDraft(d => removeRow(d, 'vendors', i))}
                    >
                      {t('metadataForm.removeVendor', { index: String(i + 1) })}
                    </Button>
                  </div>
                </Fieldset>
              );
            })}
            <div>
              <Button
                size="small"
                variant="secondary"
                onPress={() => setDraft(d => addRow(d, 'vendors'))}
              >
                {t('metadataForm.addVendor')}
              </Button>
            </div>
          </Fieldset>
        </section>

        <section
          aria-labelledby="metadata-observability"
          className={sharedStyles.formSection}
        >
          <h3 id="metadata-observability">{t('metadataForm.observability')}</h3>
          <div className={sharedStyles.formGrid}>
            <TextInput
              label={t('metadataForm.alertingSource')}
              name="alerting.source"
              description={t('metadataForm.alertingSourceHint')}
              value={draft.alertingSource}
              onChange={alertingSource => update({ alertingSource })}
              error={err('alerting.source')}
            />
            <TextInput
              label={t('metadataForm.alertingUrl')}
              name="alerting.url"
              type="url"
              value={draft.alertingUrl}
              onChange={alertingUrl => update({ alertingUrl })}
              error={err('alerting.url')}
            />
          </div>
        </section>

        <TextInput
          label={t('metadata.notes')}
          name="notes"
          multiline
          rows={4}
          value={draft.notes}
          onChange={notes => update({ notes })}
          error={err('notes')}
        />

        <Flex gap="2" justify="end">
          <Button variant="secondary" onPress={props.onDone} isDisabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" isPending={busy}>
            {t('common.save')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}
