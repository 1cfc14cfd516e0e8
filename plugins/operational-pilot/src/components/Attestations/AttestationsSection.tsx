import { useState } from 'react';
import { Progress } from '@backstage/core-components';
import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import { Button, Flex, Link, Text } from '@backstage/ui';
import type {
  Attestation,
  AttestationState,
  Waiver,
} from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { operationalPilotTranslationRef } from '../../translation';
import { useEntityPilot } from '../EntityTab/EntityPilotContext';
import { WaiverStatusChip } from '../shared/chips';
import { EntityRefValue } from '../shared/EntityRefValue';
import { ErrorView, useWriteErrorMessage } from '../shared/ErrorView';
import { daysFromNow, useFormatters } from '../shared/format';
import { Pill, type Tone } from '../shared/Pill';
import { Panel, Section } from '../shared/Section';
import { useNotify } from '../shared/useNotify';
import sharedStyles from '../shared/shared.module.css';
import { AttestationDialog } from './AttestationDialog';
import { WaiverDialog } from './WaiverDialog';

const STATE_TONE: Record<AttestationState, Tone> = {
  compliant: 'positive',
  'non-compliant': 'negative',
  'not-applicable': 'muted',
};

const WAIVER_ORDER: Record<Waiver['status'], number> = {
  requested: 0,
  approved: 1,
  rejected: 2,
  revoked: 3,
};

function AttestationItem(props: { attestation: Attestation; title?: string }) {
  const a = props.attestation;
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const fmt = useFormatters();
  return (
    <li
      className={sharedStyles.panel}
      aria-label={`${a.criterionId} ${props.title ?? ''}`.trim()}
    >
      <Flex direction="column" gap="1">
        <Flex gap="2" align="center">
          <Pill tone={STATE_TONE[a.state] ?? 'neutral'}>
            {t(`attestations.stateValue.${a.state}`)}
          </Pill>
          <Text variant="body-medium" weight="bold">
            {a.criterionId}
          </Text>
          {props.title ? (
            <Text variant="body-medium">{props.title}</Text>
          ) : null}
        </Flex>
        <Text variant="body-small" color="secondary">
          {t('attestations.assessedBy', { when: fmt.date(a.assessedAt) })}{' '}
          <EntityRefValue value={a.assessedBy} defaultKind="user" />
          {a.expiresAt
            ? ` · ${t(
                daysFromNow(a.expiresAt) < 0
                  ? 'readiness.expiredAt'
                  : 'readiness.expiresAt',
                {
                  when: fmt.date(a.expiresAt),
                },
              )}`
            : ''}
        </Text>
        {a.evidence?.length ? (
          <Flex gap="3">
            {a.evidence.map(ev => (
              <Link
                key={ev.url}
                href={ev.url}
                target="_blank"
                rel="noopener noreferrer"
              >
                {ev.description || ev.url}
              </Link>
            ))}
          </Flex>
        ) : null}
        {a.justification ? (
          <Text variant="body-small">{a.justification}</Text>
        ) : null}
        {a.comment ? <Text variant="body-small">{a.comment}</Text> : null}
        {a.countersignedBy ? (
          <Text variant="body-small" color="secondary">
            {t('attestations.countersigned', { who: a.countersignedBy })}
          </Text>
        ) : null}
      </Flex>
    </li>
  );
}

/** Attestations (with evidence) and waivers (risk acceptance) of the entity's criteria. */
export function AttestationsSection() {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  const api = useApi(operationalPilotApiRef);
  const {
    permissions,
    readiness,
    attestations: attestationsLoadable,
    waivers: waiversLoadable,
  } = useEntityPilot();
  const fmt = useFormatters();
  const notify = useNotify();
  const writeError = useWriteErrorMessage();
  const [attestOpen, setAttestOpen] = useState(false);
  const [waiverOpen, setWaiverOpen] = useState(false);
  const [busyId, setBusyId] = useState<string>();

  // Shared with the rest of the tab: a waiver created elsewhere (risk acceptance, criterion row) shows at once.
  const attestations = {
    ...attestationsLoadable,
    retry: attestationsLoadable.reload,
  };
  const waivers = { ...waiversLoadable, retry: waiversLoadable.reload };
  const titles = new Map(
    (readiness.value?.criteria ?? []).map(c => [c.id, c.title]),
  );

  const act = async (waiver: Waiver, kind: 'approve' | 'reject' | 'revoke') => {
    setBusyId(waiver.id);
    try {
      if (kind === 'approve') {
        await api.approveWaiver(waiver.id);
        notify(t('attestations.approved'));
      } else if (kind === 'reject') {
        await api.rejectWaiver(waiver.id);
        notify(t('attestations.rejected'));
      } else {
        await api.revokeWaiver(waiver.id);
        notify(t('attestations.revoked'));
      }
      waivers.retry();
      readiness.reload();
    } catch (e) {
      notify(writeError(e), 'danger');
    } finally {
      setBusyId(undefined);
    }
  };

  let attestationBody;
  if (attestations.error && !attestations.value) {
    attestationBody = (
      <ErrorView error={attestations.error} onRetry={attestations.retry} />
    );
  } else if (!attestations.value) {
    attestationBody = <Progress />;
  } else if (attestations.value.length === 0) {
    attestationBody = (
      <Text as="p" variant="body-medium" color="secondary">
        {t('attestations.emptyAttestations')}
      </Text>
    );
  } else {
    const sorted = [...attestations.value].sort((a, b) =>
      b.assessedAt.localeCompare(a.assessedAt),
    );
    attestationBody = (
      <ul
        className={sharedStyles.list}
        aria-label={t('attestations.attestationsHeading')}
      >
        {sorted.map(a => (
          <AttestationItem
            key={a.id}
            attestation={a}
            title={titles.get(a.criterionId)}
          />
        ))}
      </ul>
    );
  }

  let waiverBody;
  if (waivers.error && !waivers.value) {
    waiverBody = <ErrorView error={waivers.error} onRetry={waivers.retry} />;
  } else if (!waivers.value) {
    waiverBody = <Progress />;
  } else if (waivers.value.length === 0) {
    waiverBody = (
      <Text as="p" variant="body-medium" color="secondary">
        {t('attestations.emptyWaivers')}
      </Text>
    );
  } else {
    const sorted = [...waivers.value].sort(
      (a, b) =>
        WAIVER_ORDER[a.status] - WAIVER_ORDER[b.status] ||
        a.expiresAt.localeCompare(b.expiresAt),
    );
    waiverBody = (
      <ul
        className={sharedStyles.list}
        aria-label={t('attestations.waiversHeading')}
      >
        {sorted.map(w => (
          <li key={w.id} className={sharedStyles.panel}>
            <Flex direction="column" gap="1">
              <Flex gap="2" align="center">
                <WaiverStatusChip status={w.status} />
                <Text variant="body-medium" weight="bold">
                  {w.criterionId}
                </Text>
                {titles.get(w.criterionId) ? (
                  <Text variant="body-medium">{titles.get(w.criterionId)}</Text>
                ) : null}
                <Text variant="body-small" color="secondary">
                  {t('attestations.until', { date: fmt.date(w.expiresAt) })}
                </Text>
              </Flex>
              <Text variant="body-medium">{w.reason}</Text>
              <Text variant="body-small" color="secondary">
                {t('attestations.requestedBy', {
                  when: fmt.date(w.requestedAt),
                })}{' '}
                <EntityRefValue value={w.requestedBy} defaultKind="user" />
                {w.approvedBy ? (
                  <>
                    {' · '}
                    {t('attestations.approvedBy')}{' '}
                    <EntityRefValue value={w.approvedBy} defaultKind="user" />
                  </>
                ) : null}
              </Text>
              {permissions.approveWaiver &&
              (w.status === 'requested' || w.status === 'approved') ? (
                <div className={sharedStyles.sectionActions}>
                  {w.status === 'requested' ? (
                    <>
                      <Button
                        size="small"
                        aria-label={t('attestations.approveNamed', {
                          criterion: w.criterionId,
                        })}
                        isDisabled={busyId === w.id}
                        onPress={() => act(w, 'approve')}
                      >
                        {t('attestations.approve')}
                      </Button>
                      <Button
                        size="small"
                        variant="secondary"
                        aria-label={t('attestations.rejectNamed', {
                          criterion: w.criterionId,
                        })}
                        isDisabled={busyId === w.id}
                        onPress={() => act(w, 'reject')}
                      >
                        {t('attestations.reject')}
                      </Button>
                    </>
                  ) : (
                    <Button
                      size="small"
                      variant="secondary"
                      destructive
                      aria-label={t('attestations.revokeNamed', {
                        criterion: w.criterionId,
                      })}
                      isDisabled={busyId === w.id}
                      onPress={() => act(w, 'revoke')}
                    >
                      {t('attestations.revoke')}
                    </Button>
                  )}
                </div>
              ) : null}
            </Flex>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <Section
      id="operational-pilot-attestations"
      title={t('attestations.heading')}
      actions={
        <>
          {permissions.createAttestation ? (
            <Button variant="secondary" onPress={() => setAttestOpen(true)}>
              {t('attestations.record')}
            </Button>
          ) : null}
          {permissions.requestWaiver ? (
            <Button variant="secondary" onPress={() => setWaiverOpen(true)}>
              {t('attestations.requestWaiver')}
            </Button>
          ) : null}
        </>
      }
    >
      <Panel>
        <Flex direction="column" gap="4">
          <Section
            id="operational-pilot-attestation-list"
            title={t('attestations.attestationsHeading')}
            level="h3"
          >
            {attestationBody}
          </Section>
          <Section
            id="operational-pilot-waiver-list"
            title={t('attestations.waiversHeading')}
            level="h3"
          >
            {waiverBody}
          </Section>
        </Flex>
      </Panel>
      <AttestationDialog
        isOpen={attestOpen}
        onOpenChange={setAttestOpen}
        onRecorded={attestations.retry}
      />
      <WaiverDialog
        isOpen={waiverOpen}
        onOpenChange={setWaiverOpen}
        onRequested={waivers.retry}
      />
    </Section>
  );
}
