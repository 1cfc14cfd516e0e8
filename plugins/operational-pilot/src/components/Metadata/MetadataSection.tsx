import { Fragment, useState, type ReactNode } from 'react';
import { Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Button, Flex, Link, Text } from '@backstage/ui';
import type { OperationalMetadata } from '@operational-pilot/backstage-plugin-common';
import { operationalPilotTranslationRef } from '../../translation';
import { useEntityPilot } from '../EntityTab/EntityPilotContext';
import { EntityRefValue } from '../shared/EntityRefValue';
import { ErrorView } from '../shared/ErrorView';
import { useFormatters } from '../shared/format';
import { Panel, Section } from '../shared/Section';
import sharedStyles from '../shared/shared.module.css';
import { MetadataForm } from './MetadataForm';

function Group(props: { title: string; rows: Array<[string, ReactNode]> }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  return (
    <Flex direction="column" gap="2">
      <Text as="h3" variant="title-x-small">
        {props.title}
      </Text>
      <dl className={sharedStyles.definitionList}>
        {props.rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>
              {value === undefined || value === null || value === '' ? (
                <Text variant="body-medium" color="secondary">
                  {t('common.notSet')}
                </Text>
              ) : (
                value
              )}
            </dd>
          </Fragment>
        ))}
      </dl>
    </Flex>
  );
}

function ExternalLink(props: { href?: string }) {
  if (!props.href) {
    return null;
  }
  return (
    <Link href={props.href} target="_blank" rel="noopener noreferrer">
      {props.href}
    </Link>
  );
}

function MetadataView(props: { metadata: OperationalMetadata }) {
  const m = props.metadata;
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const fmt = useFormatters();
  const num = (v?: number, unit = '') =>
    v === undefined ? undefined : `${fmt.number(v)}${unit}`;
  let stateful: string | undefined;
  if (m.stateful !== undefined) {
    stateful = m.stateful ? t('common.yes') : t('common.no');
  }
  return (
    <div
      className={sharedStyles.formGrid}
      style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(22rem, 1fr))' }}
    >
      <Group
        title={t('metadata.general')}
        rows={[
          [t('tier.label'), m.tier ? t(`tier.${m.tier}`) : undefined],
          [t('metadata.stateful'), stateful],
          [t('metadata.serviceHours'), m.serviceHours],
          [t('metadata.businessHours'), m.supportHours?.businessHours],
          [
            t('metadata.offHours'),
            m.supportHours?.offHours
              ? t(`metadata.offHoursValue.${m.supportHours.offHours}`)
              : undefined,
          ],
        ]}
      />
      <Group
        title={t('metadata.serviceLevels')}
        rows={[
          [t('metadata.slaAvailability'), num(m.sla?.availability, ' %')],
          [t('metadata.p1Response'), num(m.sla?.p1ResponseMinutes)],
          [t('metadata.p1Restore'), num(m.sla?.p1RestoreMinutes)],
          [t('metadata.slaAgreedAt'), fmt.date(m.sla?.agreedAt)],
          [
            t('metadata.slaDocUrl'),
            m.sla?.docUrl ? <ExternalLink href={m.sla.docUrl} /> : undefined,
          ],
          [t('metadata.sloAvailability'), num(m.slo?.availability, ' %')],
          [t('metadata.sloLatency'), num(m.slo?.latencyP99Ms)],
          [
            t('metadata.sloOwner'),
            m.slo?.owner ? <EntityRefValue value={m.slo.owner} /> : undefined,
          ],
        ]}
      />
      <Group
        title={t('metadata.continuity')}
        rows={[
          [t('metadata.rto'), num(m.continuity?.rtoMinutes)],
          [t('metadata.rpo'), num(m.continuity?.rpoMinutes)],
          [
            t('metadata.drStrategy'),
            m.continuity?.drStrategy
              ? t(`metadata.drStrategyValue.${m.continuity.drStrategy}`)
              : undefined,
          ],
          [
            t('metadata.continuityAgreedBy'),
            m.continuity?.agreedBy ? (
              <EntityRefValue
                value={m.continuity.agreedBy}
                defaultKind="user"
              />
            ) : undefined,
          ],
          [t('metadata.continuityAgreedAt'), fmt.date(m.continuity?.agreedAt)],
        ]}
      />
      <Flex direction="column" gap="2">
        <Text as="h3" variant="title-x-small">
          {t('metadata.environments')}
        </Text>
        {m.environments?.length ? (
          <ul className={sharedStyles.list}>
            {m.environments.map((e, i) => (
              <li key={`${e.name}-${i}`}>
                <Text variant="body-medium" weight="bold">
                  {e.name}
                </Text>{' '}
                <Text variant="body-small" color="secondary">
                  {[e.hosting, e.region].filter(Boolean).join(' · ')}
                </Text>{' '}
                <ExternalLink href={e.url} />
              </li>
            ))}
          </ul>
        ) : (
          <Text variant="body-medium" color="secondary">
            {t('metadata.noEnvironments')}
          </Text>
        )}
        <Text as="h3" variant="title-x-small">
          {t('metadata.maintenanceWindows')}
        </Text>
        {m.maintenanceWindows?.length ? (
          <ul className={sharedStyles.list}>
            {m.maintenanceWindows.map((w, i) => (
              <li key={i}>
                {t('metadata.windowSummary', {
                  days: w.days,
                  start: w.start,
                  duration: String(w.durationMinutes),
                  timezone: w.timezone ?? '',
                })}
              </li>
            ))}
          </ul>
        ) : (
          <Text variant="body-medium" color="secondary">
            {t('metadata.noWindows')}
          </Text>
        )}
      </Flex>
      <Group
        title={t('metadata.onCall')}
        rows={[
          [
            t('metadata.onCallProvider'),
            m.onCall?.provider
              ? t(`metadata.onCallProviderValue.${m.onCall.provider}`)
              : undefined,
          ],
          [t('metadata.onCallReference'), m.onCall?.reference],
          [
            t('metadata.onCallSchedule'),
            m.onCall?.scheduleUrl ? (
              <ExternalLink href={m.onCall.scheduleUrl} />
            ) : undefined,
          ],
        ]}
      />
      {m.notes ? (
        <Flex direction="column" gap="2">
          <Text as="h3" variant="title-x-small">
            {t('metadata.notes')}
          </Text>
          <Text as="p" variant="body-medium" style={{ whiteSpace: 'pre-wrap' }}>
            {m.notes}
          </Text>
        </Flex>
      ) : null}
    </div>
  );
}

/** Operational metadata (tier, hours, SLA/SLO, continuity, environments, windows, roles) with its editor. */
export function MetadataSection(
  props: {
    /** Open the editor at once (a link to a field to fix, for a user who may edit). */
    startEditing?: boolean;
  } = {},
) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const { operations, permissions } = useEntityPilot();
  const fmt = useFormatters();
  const [editing, setEditing] = useState(props.startEditing ?? false);
  const result = operations.value;

  let body;
  if (operations.error && !result) {
    body = <ErrorView error={operations.error} onRetry={operations.reload} />;
  } else if (!result) {
    body = <Progress />;
  } else if (editing) {
    body = <MetadataForm result={result} onDone={() => setEditing(false)} />;
  } else {
    const record = result.record;
    const empty = !record.metadata || Object.keys(record.metadata).length === 0;
    body = (
      <Flex direction="column" gap="3">
        {record.updatedAt ? (
          <Text variant="body-small" color="secondary">
            {t('metadata.updatedBy', {
              version: String(record.version),
              when: fmt.relative(record.updatedAt),
            })}{' '}
            {record.updatedBy ? (
              <EntityRefValue value={record.updatedBy} defaultKind="user" />
            ) : (
              '—'
            )}
          </Text>
        ) : null}
        {empty ? (
          <Text as="p" variant="body-medium" color="secondary">
            {t('metadata.neverEdited')}
          </Text>
        ) : (
          <MetadataView metadata={record.metadata} />
        )}
      </Flex>
    );
  }

  return (
    <Section
      id="operational-pilot-metadata"
      title={t('metadata.heading')}
      actions={
        permissions.editOperations && result && !editing ? (
          <Button variant="secondary" onPress={() => setEditing(true)}>
            {t('metadata.edit')}
          </Button>
        ) : undefined
      }
    >
      <Panel>{body}</Panel>
    </Section>
  );
}
