import { useMemo } from 'react';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  LEVELS,
  VERDICTS,
  type ActionStatus,
  type CriterionStatus,
  type GoNoGoDecision,
  type Level,
  type ReleaseStatus,
  type Verdict,
  type WaiverStatus,
} from '@operational-pilot/backstage-plugin-common';
import { operationalPilotTranslationRef } from '../../translation';
import { Pill, type Tone } from './Pill';

export const CRITERION_STATUS_TONE: Record<CriterionStatus, Tone> = {
  pass: 'positive',
  expiring: 'warning',
  grace: 'warning',
  stale: 'negative',
  fail: 'negative',
  unknown: 'neutral',
  waived: 'info',
  'not-applicable': 'muted',
};

export const VERDICT_TONE: Record<Verdict, Tone> = {
  'not-ready': 'negative',
  'ready-with-reservations': 'warning',
  'ready-for-run': 'positive',
};

const LEVEL_TONE: Record<Level, Tone> = {
  none: 'muted',
  bronze: 'bronze',
  silver: 'silver',
  gold: 'gold',
};

const ACTION_STATUS_TONE: Record<ActionStatus, Tone> = {
  proposed: 'neutral',
  open: 'info',
  in_progress: 'info',
  blocked: 'negative',
  done: 'positive',
  verified: 'positive',
  risk_accepted: 'warning',
  cancelled: 'muted',
};

const WAIVER_STATUS_TONE: Record<WaiverStatus, Tone> = {
  requested: 'warning',
  approved: 'positive',
  rejected: 'negative',
  revoked: 'muted',
};

const RELEASE_STATUS_TONE: Record<ReleaseStatus, Tone> = {
  planned: 'info',
  go_no_go: 'warning',
  deployed: 'positive',
  hypercare: 'info',
  closed: 'muted',
  rolled_back: 'negative',
  cancelled: 'muted',
};

const DECISION_TONE: Record<GoNoGoDecision, Tone> = {
  go: 'positive',
  go_with_reservations: 'warning',
  no_go: 'negative',
};

/** Criteria that are not (fully) passing: everything but pass, expiring and not applicable. */
export const FAILING_STATUSES: readonly CriterionStatus[] = [
  'fail',
  'stale',
  'unknown',
  'grace',
  'waived',
];

/** Sort order of criterion statuses, most severe first. */
export const STATUS_SEVERITY: Record<CriterionStatus, number> = {
  fail: 0,
  stale: 1,
  unknown: 2,
  grace: 3,
  waived: 4,
  expiring: 5,
  pass: 6,
  'not-applicable': 7,
};

export function CriterionStatusChip(props: { status: CriterionStatus }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  return (
    <Pill tone={CRITERION_STATUS_TONE[props.status] ?? 'neutral'}>
      {t(`status.${props.status}`)}
    </Pill>
  );
}

function verdictPill(verdict: Verdict, label: string, meaning: string) {
  return (
    <Pill tone={VERDICT_TONE[verdict] ?? 'neutral'} title={meaning}>
      {label}
    </Pill>
  );
}

function levelPill(level: Level, label: string, meaning: string) {
  return (
    <Pill tone={LEVEL_TONE[level] ?? 'muted'} title={meaning}>
      {label}
    </Pill>
  );
}

export function VerdictChip(props: { verdict: Verdict }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  return verdictPill(
    props.verdict,
    t(`verdict.${props.verdict}`),
    t(`verdictMeaning.${props.verdict}`),
  );
}

export function LevelChip(props: { level: Level }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  return levelPill(
    props.level,
    t(`level.${props.level}`),
    t(`levelMeaning.${props.level}`),
  );
}

/**
 * The verdict and level chips, one element per value translated once: for a table with one per row (each
 * VerdictChip or LevelChip translates, and subscribes to the translations, on its own).
 */
export function useChipsByValue(): {
  verdict: Record<Verdict, JSX.Element>;
  level: Record<Level, JSX.Element>;
} {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  return useMemo(
    () => ({
      verdict: Object.fromEntries(
        VERDICTS.map(v => [
          v,
          verdictPill(v, t(`verdict.${v}`), t(`verdictMeaning.${v}`)),
        ]),
      ) as Record<Verdict, JSX.Element>,
      level: Object.fromEntries(
        LEVELS.map(l => [
          l,
          levelPill(l, t(`level.${l}`), t(`levelMeaning.${l}`)),
        ]),
      ) as Record<Level, JSX.Element>,
    }),
    [t],
  );
}

export function ActionStatusChip(props: { status: ActionStatus }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  return (
    <Pill tone={ACTION_STATUS_TONE[props.status] ?? 'neutral'}>
      {t(`actionStatus.${props.status}`)}
    </Pill>
  );
}

export function WaiverStatusChip(props: { status: WaiverStatus }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  return (
    <Pill tone={WAIVER_STATUS_TONE[props.status] ?? 'neutral'}>
      {t(`attestations.waiverStatus.${props.status}`)}
    </Pill>
  );
}

export function ReleaseStatusChip(props: { status: ReleaseStatus }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  return (
    <Pill tone={RELEASE_STATUS_TONE[props.status] ?? 'neutral'}>
      {t(`releases.statusValue.${props.status}`)}
    </Pill>
  );
}

export function DecisionChip(props: { decision?: GoNoGoDecision }) {
  const { t } = useTranslationRef(operationalPilotTranslationRef);
  if (!props.decision) {
    return <Pill tone="neutral">{t('releases.goNoGoPending')}</Pill>;
  }
  return (
    <Pill tone={DECISION_TONE[props.decision] ?? 'neutral'}>
      {t(`releases.decisionValue.${props.decision}`)}
    </Pill>
  );
}
