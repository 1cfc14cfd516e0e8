/*
 * The default readiness model (domain reference §2.3, §3.3–3.5): 51 criteria in 10 categories, of which 18 form the
 * `core` pack enabled by default, plus an optional French public-sector pack. Every weight, threshold and validity
 * below is a proposal that the configuration can override.
 */
import type { Tier } from '../domain/types';
import type {
  CheckSpec,
  CriterionDefinition,
  StalenessPolicy,
  VerdictThresholds,
} from './types';
import { ANNOTATIONS, DEFAULT_TARGET_KINDS, RULES } from './vocabulary';

export * from './vocabulary';

/** Packs a configuration may enable. */
export const CRITERIA_PACKS = ['core', 'extended', 'fr-public-sector'] as const;

const ALL: Tier[] = ['T1', 'T2', 'T3'];
const T1_T2: Tier[] = ['T1', 'T2'];
const T1: Tier[] = ['T1'];
const NONE: Tier[] = [];

type Draft = Omit<
  CriterionDefinition,
  'scope' | 'core' | 'pack' | 'appliesTo'
> & {
  scope?: CriterionDefinition['scope'];
  core?: boolean;
  pack?: string;
  appliesTo?: CriterionDefinition['appliesTo'];
};

const C = 'component';
const S = 'system';
const R = 'resource';
const A = 'api';

/**
 * The rubric per kind: which entity kinds each built-in criterion applies to. An API is a contract (owner, SLO,
 * SLA, documentation, security review), not a deployable: it needs no restore test or KT session. A Resource
 * (database, bucket, queue) is run but not released by a team of its own. A System carries what is decided for
 * the whole application (business context, RTO/RPO, DR, SLA, hand-over) and rolls its components up.
 */
export const CRITERION_KINDS: Record<string, string[]> = {
  'OWN-01': [C, S, R, A],
  'OWN-02': [C, S, R, A],
  'OWN-03': [C, S, R],
  'OWN-04': [C, S],
  'OWN-05': [C, S, R, A],
  'OBS-01': [C, S, R],
  'OBS-02': [C, R],
  'OBS-03': [C, S, A],
  'OBS-04': [C],
  'OBS-05': [C, S, A],
  'OBS-06': [C],
  'INC-01': [C, S, R],
  'INC-02': [C, S],
  'INC-03': [C, R],
  'INC-04': [C, S, R],
  'INC-05': [C, S],
  'DOC-01': [C, S],
  'DOC-02': [C, S],
  'DOC-03': [C, S],
  'DOC-04': [C, S, A],
  'DOC-05': [C, R],
  'BCK-01': [C, S, R],
  'BCK-02': [C, R],
  'BCK-03': [C, R],
  'BCK-04': [C, S],
  'BCK-05': [C, S],
  'CAP-01': [C, A],
  'CAP-02': [C, S, R],
  'CAP-03': [C, R],
  'CAP-04': [C, R],
  'SEC-01': [C, S, R, A],
  'SEC-02': [C, S, R],
  'SEC-03': [C],
  'SEC-04': [C, R],
  'SEC-05': [C, S, R],
  'REL-01': [C],
  'REL-02': [C, S, R],
  'REL-03': [C, S],
  'REL-04': [C, S, R],
  'REL-05': [C, S, R],
  'REL-06': [C, S, R],
  'SUP-01': [C, S, R],
  'SUP-02': [C, S, A],
  'SUP-03': [C, S],
  'SUP-04': [C, S],
  'SUP-05': [C, S],
  'SUP-06': [C, S, R],
  'KT-01': [C, S],
  'KT-02': [C, S],
  'KT-03': [C, S],
  'KT-04': [C, S],
  'FR-SEC-01': [C, S],
  'FR-SEC-02': [C, S, R],
  'FR-REL-01': [C, S],
  'FR-REL-02': [C, S],
  'FR-BCK-01': [C, S],
};

/** Fills the defaults shared by every built-in criterion (entity scope, kinds of the rubric, pack from `core`). */
function criterion(draft: Draft): CriterionDefinition {
  const core = draft.core ?? false;
  return {
    ...draft,
    scope: draft.scope ?? 'entity',
    core,
    pack: draft.pack ?? (core ? 'core' : 'extended'),
    appliesTo: {
      kinds: CRITERION_KINDS[draft.id] ?? DEFAULT_TARGET_KINDS,
      ...draft.appliesTo,
    },
  };
}

const link = (...types: string[]): CheckSpec => ({ kind: 'link', types });
const annotation = (...keys: string[]): CheckSpec => ({
  kind: 'annotation',
  keys,
});
const metadata = (...fields: string[]): CheckSpec => ({
  kind: 'metadata',
  fields,
});
const attestation = (
  validityDays: number | Partial<Record<Tier, number>>,
  extra: Omit<
    Extract<CheckSpec, { kind: 'attestation' }>,
    'kind' | 'validityDays'
  > = {},
): CheckSpec => ({ kind: 'attestation', validityDays, ...extra });
const rule = (name: string): CheckSpec => ({ kind: 'rule', rule: name });
const anyOf = (...of: CheckSpec[]): CheckSpec => ({ kind: 'anyOf', of });
const allOf = (...of: CheckSpec[]): CheckSpec => ({ kind: 'allOf', of });

export const DEFAULT_CRITERIA: CriterionDefinition[] = [
  // OWN — Ownership & contacts
  criterion({
    id: 'OWN-01',
    category: 'OWN',
    title: 'Accountable owner set and resolvable',
    rationale:
      'The owner bears ultimate responsibility and is the point of contact when something goes wrong; relations may be dangling, so the owner group must really exist.',
    howToFix:
      'Set `spec.owner` in catalog-info.yaml to an existing Group (e.g. `group:default/billing-team`), not a User, and make sure that group is in the catalog.',
    weight: 3,
    blockingTiers: ALL,
    check: rule(RULES.ownerGroupExists),
    core: true,
    defaultSide: 'build',
    sources: ['S36', 'S39', 'S44', 'S47', 'S15'],
  }),
  criterion({
    id: 'OWN-02',
    category: 'OWN',
    title: 'Owner team reachable',
    rationale:
      'Escalation needs a channel: the owner team must publish an e-mail address or a chat channel.',
    howToFix:
      "Add `spec.profile.email` or a link of type `chat` to the owner Group's catalog entry.",
    weight: 2,
    blockingTiers: NONE,
    check: rule(RULES.ownerReachable),
    defaultSide: 'build',
    sources: ['S15', 'S36'],
  }),
  criterion({
    id: 'OWN-03',
    category: 'OWN',
    title: 'Run roles assigned (POA, ops owner, N1/N2/N3)',
    rationale:
      'Someone must take responsibility for reliability once in production; the run side (N1) and the project (N2/N3) are distinct roles.',
    howToFix:
      'In the Operational Pilot tab, assign the POA, the ops owner and the N1/N2/N3 support groups, using users and groups that exist in the catalog.',
    weight: 3,
    blockingTiers: T1_T2,
    check: {
      kind: 'roles',
      roles: ['poa', 'opsOwner', 'supportL1', 'supportL2', 'supportL3'],
      mustResolve: true,
    },
    core: true,
    defaultSide: 'poa',
    sources: ['S18', 'S24'],
  }),
  criterion({
    id: 'OWN-04',
    category: 'OWN',
    title: 'Business context documented',
    rationale:
      'Run teams prioritise by business impact: the system, a description and the business owner must be known.',
    howToFix:
      'Set `spec.system` and `metadata.description` in catalog-info.yaml, and assign the business owner in the Operational Pilot tab.',
    weight: 1,
    blockingTiers: NONE,
    check: allOf(
      { kind: 'specField', path: 'spec.system' },
      { kind: 'specField', path: 'metadata.description' },
      { kind: 'roles', roles: ['businessOwner'] },
    ),
    defaultSide: 'build',
    sources: ['S18', 'S36', 'S38', 'S44'],
  }),
  criterion({
    id: 'OWN-05',
    category: 'OWN',
    title: 'Criticality & service profile declared',
    rationale:
      'The tier drives the gate itself; without it the application is evaluated as T1, the strictest tier.',
    howToFix:
      'In the Operational Pilot tab, declare the tier, the service hours and the support hours.',
    weight: 2,
    blockingTiers: ALL,
    check: metadata('tier', 'serviceHours', 'supportHours'),
    core: true,
    defaultSide: 'poa',
    sources: ['S15', 'S32'],
  }),

  // OBS — Observability, monitoring & alerting
  criterion({
    id: 'OBS-01',
    category: 'OBS',
    title: 'Dashboard linked',
    rationale:
      'Operators need a dashboard (SLOs, traffic, errors) to see whether the service is healthy.',
    howToFix:
      'Add a link of type `dashboard` to catalog-info.yaml, or the `grafana/dashboard-selector` or `datadoghq.com/dashboard-url` annotation.',
    weight: 2,
    blockingTiers: NONE,
    check: anyOf(
      link('dashboard'),
      annotation(
        ANNOTATIONS.grafanaDashboardSelector,
        ANNOTATIONS.datadogDashboardUrl,
      ),
    ),
    core: true,
    defaultSide: 'build',
    sources: ['S15', 'S42', 'S43'],
  }),
  criterion({
    id: 'OBS-02',
    category: 'OBS',
    title: 'Alerting wired to the entity',
    rationale:
      'Actionable alerts must reach on-call (critical) or a ticket queue (warnings), and the monitoring itself must be monitored.',
    howToFix:
      'Add the `grafana/alert-label-selector`, `grafana/tag-selector` or `prometheus.io/alert` annotation, or record the alerting source in the Operational Pilot tab.',
    weight: 3,
    blockingTiers: T1_T2,
    check: anyOf(
      annotation(
        ANNOTATIONS.grafanaAlertLabelSelector,
        ANNOTATIONS.grafanaTagSelector,
        ANNOTATIONS.prometheusAlert,
      ),
      metadata('alerting.source'),
    ),
    core: true,
    defaultSide: 'build',
    sources: ['S15', 'S2', 'S42', 'S43'],
  }),
  criterion({
    id: 'OBS-03',
    category: 'OBS',
    title: 'SLIs/SLOs defined',
    rationale:
      'The SLO sets the expected availability and latency, and hence the level of care the service needs.',
    howToFix:
      'Enter the availability SLO in the Operational Pilot tab, or add a link of type `slo`.',
    weight: 3,
    blockingTiers: T1,
    check: anyOf(metadata('slo.availability'), link('slo')),
    core: true,
    defaultSide: 'build',
    sources: ['S15', 'S1', 'S6'],
  }),
  criterion({
    id: 'OBS-04',
    category: 'OBS',
    title: 'Logs centralised & searchable',
    rationale:
      'Structured, centralised logs are the first tool of incident diagnosis.',
    howToFix:
      'Add a link of type `logs` (a Kibana or Loki query for this service) to catalog-info.yaml.',
    weight: 2,
    blockingTiers: NONE,
    check: link('logs'),
    defaultSide: 'build',
    sources: ['S15', 'S19'],
  }),
  criterion({
    id: 'OBS-05',
    category: 'OBS',
    title: 'End-to-end / synthetic monitoring',
    rationale:
      'Monitoring end-to-end behaviour catches failures that component metrics miss.',
    howToFix:
      'Add a link of type `uptime` to the synthetic check, or record an attestation with a link to the end-to-end monitor.',
    weight: 1,
    blockingTiers: NONE,
    check: anyOf(link('uptime'), attestation(365)),
    defaultSide: 'build',
    attestationSubject: 'end-to-end monitoring',
    sources: ['S2', 'S16'],
  }),
  criterion({
    id: 'OBS-06',
    category: 'OBS',
    title: 'Alerts verified in pre-production',
    rationale:
      'Operational acceptance includes checking that alerts are configured and actually fire.',
    howToFix:
      'Trigger the critical alerts in pre-production and record an attestation with the test record, for the release under review or for the year.',
    weight: 2,
    blockingTiers: NONE,
    check: anyOf(
      { kind: 'releaseAttestation' },
      attestation(365, {
        evidenceRequired: true,
        revalidateOn: ['majorRelease'],
      }),
    ),
    defaultSide: 'run',
    attestationSubject: 'alert test',
    sources: ['S23'],
  }),

  // INC — Incident response & on-call
  criterion({
    id: 'INC-01',
    category: 'INC',
    title: 'On-call service mapped',
    rationale:
      'An on-call team, escalation policy and schedules must exist for services that run outside business hours or are critical.',
    howToFix:
      'Create the PagerDuty or Opsgenie service and add the `pagerduty.com/integration-key`, `pagerduty.com/service-id`, `opsgenie.com/team` or `opsgenie.com/component-selector` annotation.',
    weight: 3,
    blockingTiers: T1,
    blockingWhen: { when24x7: true },
    check: rule(RULES.onCallMapped),
    core: true,
    defaultSide: 'build',
    sources: ['S15', 'S40', 'S41'],
  }),
  criterion({
    id: 'INC-02',
    category: 'INC',
    title: 'Escalation path valid and staffed',
    rationale:
      'An escalation policy with at least two levels and someone on call now is what makes on-call real.',
    howToFix:
      'Check the escalation policy (at least two levels, a person on call now) and record an attestation with a link to it.',
    weight: 2,
    blockingTiers: NONE,
    check: attestation({ T1: 90, T2: 90, T3: 180 }),
    defaultSide: 'run',
    attestationSubject: 'escalation check',
    sources: ['S15', 'S18'],
  }),
  criterion({
    id: 'INC-03',
    category: 'INC',
    title: 'Runbooks / playbooks exist and are reviewed',
    rationale:
      'Runbooks and playbooks let operators act without the developers; they must be reviewed to stay true.',
    howToFix:
      'Add a link of type `runbook` (or publish TechDocs), then review the runbooks and record an attestation of the review.',
    weight: 3,
    blockingTiers: T1_T2,
    check: allOf(
      anyOf(link('runbook'), annotation(ANNOTATIONS.techdocsRef)),
      attestation(365, { revalidateOn: ['majorRelease'] }),
    ),
    core: true,
    defaultSide: 'build',
    attestationSubject: 'runbook review',
    sources: ['S10', 'S15'],
  }),
  criterion({
    id: 'INC-04',
    category: 'INC',
    title: 'Registered in ITSM with assignment groups',
    rationale:
      'Incidents are routed through the ITSM tool: the configuration item and its assignment groups must exist.',
    howToFix:
      'Add the `operational-pilot.io/itsm-ci` annotation or a link of type `itsm`, and enter the assignment group in the Operational Pilot tab.',
    weight: 2,
    blockingTiers: NONE,
    check: allOf(
      anyOf(annotation(ANNOTATIONS.itsmCi), link('itsm'), metadata('itsm.ci')),
      metadata('itsm.assignmentGroup'),
    ),
    defaultSide: 'poa',
    sources: ['S20'],
  }),
  criterion({
    id: 'INC-05',
    category: 'INC',
    title: 'Known errors & workarounds handed over',
    rationale:
      'Support documentation, including known errors and workarounds, must be provided to incident and problem management.',
    howToFix:
      'Record an attestation for the release under review with a link to the known-error list.',
    weight: 1,
    blockingTiers: NONE,
    scope: 'release',
    check: { kind: 'releaseAttestation' },
    defaultSide: 'poa',
    sources: ['S20'],
  }),

  // DOC — Operations manual (DEX)
  criterion({
    id: 'DOC-01',
    category: 'DOC',
    title: 'Operations manual published',
    rationale:
      "The operations manual (DEX) is the operators' reference for running the application.",
    howToFix:
      'Publish TechDocs (`backstage.io/techdocs-ref` annotation) or add a link of type `ops-manual` to catalog-info.yaml.',
    weight: 3,
    blockingTiers: T1_T2,
    check: anyOf(annotation(ANNOTATIONS.techdocsRef), link('ops-manual')),
    core: true,
    defaultSide: 'build',
    sources: ['S24', 'S23', 'S44'],
  }),
  criterion({
    id: 'DOC-02',
    category: 'DOC',
    title: 'DEX covers mandatory sections',
    rationale:
      'A usable DEX covers architecture, configuration, upgrades, backup/restore, DR, batch jobs, monitoring, FAQ and contacts.',
    howToFix:
      'Review the DEX against the mandatory sections and record an attestation with a link to it.',
    weight: 3,
    blockingTiers: NONE,
    check: attestation(365, {
      evidenceRequired: true,
      revalidateOn: ['majorRelease'],
    }),
    defaultSide: 'build',
    attestationSubject: 'DEX review',
    sources: ['S24'],
  }),
  criterion({
    id: 'DOC-03',
    category: 'DOC',
    title: 'DEX accepted by the run team',
    rationale:
      'Documentation must be provided and accepted by operations, the third validation before production.',
    howToFix:
      'Have the ops owner review the DEX and record the acceptance as an attestation.',
    weight: 2,
    blockingTiers: T1,
    check: attestation(365, { revalidateOn: ['majorRelease'] }),
    signedBy: ['opsOwner'],
    defaultSide: 'run',
    attestationSubject: 'DEX acceptance',
    sources: ['S20', 'S28'],
  }),
  criterion({
    id: 'DOC-04',
    category: 'DOC',
    title: 'Architecture & dependencies documented',
    rationale:
      'System architecture and interservice dependencies are a production-readiness axis.',
    howToFix:
      'Declare `spec.dependsOn` or `spec.consumesApis` in catalog-info.yaml and add a link of type `architecture`.',
    weight: 2,
    blockingTiers: NONE,
    check: allOf(
      anyOf(
        { kind: 'specField', path: 'spec.dependsOn' },
        { kind: 'specField', path: 'spec.consumesApis' },
        { kind: 'relation', type: 'dependsOn' },
      ),
      link('architecture'),
    ),
    defaultSide: 'build',
    sources: ['S1', 'S2', 'S6', 'S24', 'S36'],
  }),
  criterion({
    id: 'DOC-05',
    category: 'DOC',
    title: 'Installation / upgrade procedure (DIN/DMV) or IaC',
    rationale:
      'Installation and upgrade procedures, or infrastructure as code, make deployments repeatable by the run team.',
    howToFix:
      'Add a link of type `install-guide` (installation/upgrade procedure) or `iac` (infrastructure-as-code repository) to catalog-info.yaml.',
    weight: 1,
    blockingTiers: NONE,
    check: link('install-guide', 'iac'),
    defaultSide: 'build',
    sources: ['S24', 'S18'],
  }),

  // BCK — Backup, restore & DR
  criterion({
    id: 'BCK-01',
    category: 'BCK',
    title: 'RTO/RPO (DMIA/PDMA) declared and agreed with business',
    rationale:
      'Recovery objectives for downtime and data loss are the basis of every backup and DR decision.',
    howToFix:
      'Agree RTO and RPO with the business owner and enter them, with who agreed and when, in the Operational Pilot tab.',
    weight: 2,
    blockingTiers: T1_T2,
    check: metadata(
      'continuity.rtoMinutes',
      'continuity.rpoMinutes',
      'continuity.agreedBy',
      'continuity.agreedAt',
    ),
    core: true,
    defaultSide: 'poa',
    sources: ['S12', 'S31'],
  }),
  criterion({
    id: 'BCK-02',
    category: 'BCK',
    title: 'Backups configured for every stateful dependency',
    rationale:
      'Every data store the application depends on must be backed up automatically.',
    howToFix:
      'Add the `operational-pilot.io/backup-policy` annotation to each database/storage Resource the application depends on, or record an attestation with a link to the backup configuration.',
    weight: 3,
    blockingTiers: ALL,
    check: rule(RULES.backupsConfigured),
    appliesTo: { stateful: true },
    defaultSide: 'run',
    attestationSubject: 'backup configuration',
    sources: ['S2', 'S15'],
  }),
  criterion({
    id: 'BCK-03',
    category: 'BCK',
    title: 'Restore tested',
    rationale:
      'A backup is only proven by a restore; critical services practise it every six months.',
    howToFix:
      'Run a restore test, then record an attestation with the restore report (and the measured restore time against the RTO).',
    weight: 3,
    blockingTiers: T1_T2,
    check: attestation(
      { T1: 180, T2: 365, T3: 365 },
      { evidenceRequired: true, revalidateOn: ['majorRelease'] },
    ),
    appliesTo: { stateful: true },
    core: true,
    defaultSide: 'run',
    attestationSubject: 'restore test',
    sources: ['S15', 'S50'],
  }),
  criterion({
    id: 'BCK-04',
    category: 'BCK',
    title: 'DR plan (PRA) documented',
    rationale:
      'The disaster-recovery plan says how to trigger, switch over and return to nominal.',
    howToFix:
      'Write the DR plan (PRA) and add a link of type `dr-plan` to catalog-info.yaml.',
    weight: 2,
    blockingTiers: T1,
    check: link('dr-plan'),
    defaultSide: 'run',
    sources: ['S24', 'S12'],
  }),
  criterion({
    id: 'BCK-05',
    category: 'BCK',
    title: 'DR exercise performed',
    rationale:
      'Disaster-recovery plans that have not been exercised risk not working when needed.',
    howToFix:
      'Run a DR exercise and record an attestation with the exercise report (outcome against RTO/RPO).',
    weight: 3,
    blockingTiers: T1,
    check: attestation(365, { evidenceRequired: true }),
    appliesTo: { tiers: T1_T2 },
    core: true,
    defaultSide: 'run',
    attestationSubject: 'DR exercise',
    sources: ['S12', 'S13'],
  }),

  // CAP — Capacity & performance
  criterion({
    id: 'CAP-01',
    category: 'CAP',
    title: 'Load test at expected peak (+ headroom)',
    rationale:
      'Either a load test at the expected peak was performed, or the expected traffic is under control.',
    howToFix:
      'Run a load test at peak plus headroom and record an attestation with the report (for the release under review, or for the year).',
    weight: 2,
    blockingTiers: T1,
    check: anyOf(
      { kind: 'releaseAttestation' },
      attestation(365, {
        evidenceRequired: true,
        revalidateOn: ['majorRelease'],
      }),
    ),
    appliesTo: { tiers: T1_T2 },
    defaultSide: 'build',
    attestationSubject: 'load test',
    sources: ['S2', 'S15'],
  }),
  criterion({
    id: 'CAP-02',
    category: 'CAP',
    title: 'Capacity plan / volumetry documented',
    rationale:
      'Traffic, bandwidth and storage estimates months ahead prevent saturation surprises.',
    howToFix:
      'Add a link of type `capacity-plan` to catalog-info.yaml, or record an attestation with a link to the capacity plan.',
    weight: 1,
    blockingTiers: NONE,
    check: anyOf(link('capacity-plan'), attestation(365)),
    defaultSide: 'build',
    attestationSubject: 'capacity plan review',
    sources: ['S2', 'S24'],
  }),
  criterion({
    id: 'CAP-03',
    category: 'CAP',
    title: 'Sizing / autoscaling declared',
    rationale:
      'Resource requests, limits and autoscaling must be set on purpose, not left to defaults.',
    howToFix:
      'Add the `backstage.io/kubernetes-id` annotation so requests, limits and autoscaling can be read, or record an attestation of the sizing.',
    weight: 1,
    blockingTiers: NONE,
    check: anyOf(annotation(ANNOTATIONS.kubernetesId), attestation(365)),
    defaultSide: 'build',
    attestationSubject: 'sizing review',
    sources: ['S15'],
  }),
  criterion({
    id: 'CAP-04',
    category: 'CAP',
    title: 'Saturation/growth alerts exist',
    rationale:
      'Growth and saturation alerts (CPU, disk) warn before capacity runs out.',
    howToFix:
      'Configure saturation alerts (e.g. CPU > 80 %, disk > 75 %) and record an attestation with a link to them.',
    weight: 1,
    blockingTiers: NONE,
    check: attestation(365),
    defaultSide: 'run',
    attestationSubject: 'saturation alert check',
    sources: ['S2', 'S15'],
  }),

  // SEC — Security & compliance
  criterion({
    id: 'SEC-01',
    category: 'SEC',
    title: 'Security review / homologation valid',
    rationale:
      'A formal security decision attests knowledge of the measures and accepts the residual risks.',
    howToFix:
      'Have the security review (or homologation) done and record an attestation with the decision and its end date.',
    weight: 3,
    blockingTiers: T1_T2,
    check: attestation(365, { evidenceRequired: true }),
    core: true,
    defaultSide: 'security',
    attestationSubject: 'security review',
    sources: ['S33', 'S15'],
  }),
  criterion({
    id: 'SEC-02',
    category: 'SEC',
    title: 'DICT / data classification declared (incl. personal data)',
    rationale:
      'DICT levels (availability, integrity, confidentiality, traceability) make the security needs explicit.',
    howToFix:
      'Enter the DICT levels (D, I, C, T) and whether personal data is processed in the Operational Pilot tab.',
    weight: 2,
    blockingTiers: NONE,
    check: metadata(
      'dict.d',
      'dict.i',
      'dict.c',
      'dict.t',
      'dict.personalData',
    ),
    defaultSide: 'security',
    sources: ['S32', 'S16'],
  }),
  criterion({
    id: 'SEC-03',
    category: 'SEC',
    title: 'Vulnerability / code scanning wired',
    rationale:
      'Dependency and code scanning catches known vulnerabilities before they reach production.',
    howToFix:
      'Add the `sonarqube.org/project-key` annotation (or `operational-pilot.io/security-scan` for another scanner) to catalog-info.yaml.',
    weight: 2,
    blockingTiers: NONE,
    check: annotation(
      ANNOTATIONS.sonarqubeProjectKey,
      ANNOTATIONS.securityScan,
    ),
    defaultSide: 'build',
    sources: ['S15', 'S16', 'S37'],
  }),
  criterion({
    id: 'SEC-04',
    category: 'SEC',
    title: 'Secrets managed outside code',
    rationale: 'Secrets belong in a vault, never in the code or the image.',
    howToFix:
      'Add the `vault.io/secrets-path` annotation, or record an attestation describing where the secrets are managed.',
    weight: 1,
    blockingTiers: NONE,
    check: anyOf(annotation(ANNOTATIONS.vaultSecretsPath), attestation(365)),
    defaultSide: 'build',
    attestationSubject: 'secrets management review',
    sources: ['S15', 'S37'],
  }),
  criterion({
    id: 'SEC-05',
    category: 'SEC',
    title: 'Operator/privileged access reviewed',
    rationale:
      'Operator privileges must be minimal and auditable, which needs a periodic review.',
    howToFix:
      'Review who has privileged access to production and record an attestation of the review.',
    weight: 1,
    blockingTiers: NONE,
    check: attestation(365),
    defaultSide: 'security',
    attestationSubject: 'access review',
    sources: ['S15'],
  }),

  // REL — Release, deployment & rollback
  criterion({
    id: 'REL-01',
    category: 'REL',
    title: 'Automated, repeatable deployment',
    rationale:
      'Repeatable builds and automated deployments make releases and rollbacks safe.',
    howToFix:
      'Add a CI/CD annotation to catalog-info.yaml: `github.com/project-slug`, `gitlab.com/project-slug`, `jenkins.io/job-full-name` or `argocd/app-name`.',
    weight: 2,
    blockingTiers: NONE,
    check: annotation(
      ANNOTATIONS.githubProjectSlug,
      ANNOTATIONS.gitlabProjectSlug,
      ANNOTATIONS.jenkinsJobFullName,
      ANNOTATIONS.argocdAppName,
    ),
    defaultSide: 'build',
    sources: ['S2', 'S15', 'S37'],
  }),
  criterion({
    id: 'REL-02',
    category: 'REL',
    title: 'Rollback / back-out plan rehearsed',
    rationale:
      'The back-out of a change must be rehearsed in pre-production before it is needed in production.',
    howToFix:
      'Rehearse the rollback in pre-production and record an attestation for the release under review.',
    weight: 3,
    blockingTiers: T1_T2,
    blockingWhen: { releaseKinds: ['major', 'minor'] },
    scope: 'release',
    check: { kind: 'releaseAttestation' },
    core: true,
    defaultSide: 'build',
    sources: ['S23', 'S15'],
  }),
  criterion({
    id: 'REL-03',
    category: 'REL',
    title: 'Functional acceptance signed (PV de recette / VABF)',
    rationale:
      'The customer recognises that the delivered product conforms and is usable before it goes to production.',
    howToFix:
      'Have the business owner sign the acceptance report (PV de recette) and record it as an attestation for the release under review.',
    weight: 2,
    blockingTiers: ALL,
    blockingWhen: { majorReleaseOnly: true },
    scope: 'release',
    check: { kind: 'releaseAttestation', signerRole: 'businessOwner' },
    defaultSide: 'business',
    sources: ['S25', 'S26', 'S27'],
  }),
  criterion({
    id: 'REL-04',
    category: 'REL',
    title: 'Operational acceptance (OAT / recette d’exploitabilité) passed',
    rationale:
      'Operational acceptance covers backup and recovery, back-out, component failure, shutdown and resumption, procedures and alerts.',
    howToFix:
      'Run the operational acceptance tests in pre-production and have the ops owner record an attestation for the release under review.',
    weight: 3,
    blockingTiers: T1_T2,
    blockingWhen: { releaseKinds: ['major', 'minor'] },
    scope: 'release',
    check: { kind: 'releaseAttestation', signerRole: 'opsOwner' },
    signedBy: ['opsOwner'],
    core: true,
    defaultSide: 'run',
    sources: ['S23'],
  }),
  criterion({
    id: 'REL-05',
    category: 'REL',
    title: 'Change approved and scheduled',
    rationale:
      'Each release is authorised through change management (a standard change is pre-approved; a normal or emergency change needs the CAB or ECAB approval).',
    howToFix:
      'Enter the change (RFC) reference on the release and, for a normal or emergency change, its approval status and date once the CAB has approved it.',
    weight: 2,
    blockingTiers: ALL,
    scope: 'release',
    check: rule(RULES.changeApproved),
    defaultSide: 'poa',
    sources: ['S21', 'S20', 'S15'],
  }),
  criterion({
    id: 'REL-06',
    category: 'REL',
    title: 'Go/no-go recorded',
    rationale:
      'Deployment decisions are informed and recorded, with the business, project and operations validations.',
    howToFix:
      'Hold the go/no-go meeting and record the decision and its approvers on the release.',
    weight: 2,
    blockingTiers: ALL,
    scope: 'release',
    check: rule(RULES.goNoGoRecorded),
    defaultSide: 'poa',
    sources: ['S10', 'S28'],
  }),

  // SUP — Support model & service levels
  criterion({
    id: 'SUP-01',
    category: 'SUP',
    title: 'Support levels N1/N2/N3 defined',
    rationale:
      'Operations handles N1 and the project N2/N3: each level needs a group and its hours.',
    howToFix:
      'Enter the N1, N2 and N3 support groups, and the N1 and N2 support hours, in the Operational Pilot tab.',
    weight: 3,
    blockingTiers: T1_T2,
    check: metadata(
      'support.l1.group',
      'support.l1.hours',
      'support.l2.group',
      'support.l2.hours',
      'support.l3.group',
    ),
    core: true,
    defaultSide: 'poa',
    sources: ['S24', 'S20'],
  }),
  criterion({
    id: 'SUP-02',
    category: 'SUP',
    title: 'SLA agreed with business',
    rationale:
      'Service levels must be reviewed, agreed with the business and measurable.',
    howToFix:
      'Add a link of type `sla` to the agreement and enter the date it was agreed in the Operational Pilot tab.',
    weight: 2,
    blockingTiers: T1,
    check: allOf(link('sla'), metadata('sla.agreedAt')),
    defaultSide: 'poa',
    sources: ['S20'],
  }),
  criterion({
    id: 'SUP-03',
    category: 'SUP',
    title: 'Coverage consistent with service hours',
    rationale:
      'Trained people must be available whenever the workload is: a 24x7 service needs on-call and off-hours support.',
    howToFix:
      'For a 24x7 service, map the on-call service (INC-01) and set off-hours support to `on-call`; otherwise declare the actual service hours.',
    weight: 2,
    blockingTiers: NONE,
    check: rule(RULES.coverageMatchesServiceHours),
    defaultSide: 'poa',
    sources: ['S10'],
  }),
  criterion({
    id: 'SUP-04',
    category: 'SUP',
    title: 'Hypercare / ELS plan for the release',
    rationale:
      'Early life support after a release needs a period, build-side standby contacts and exit criteria.',
    howToFix:
      'Enter the hypercare period, the build-side standby contacts and the exit criteria on the release.',
    weight: 2,
    blockingTiers: T1_T2,
    blockingWhen: { majorReleaseOnly: true },
    scope: 'release',
    check: rule(RULES.hypercarePlanned),
    defaultSide: 'poa',
    sources: ['S21', 'S18', 'S25'],
  }),
  criterion({
    id: 'SUP-05',
    category: 'SUP',
    title: 'Service desk (N1) enabled',
    rationale:
      'Knowledge must reach the service desk as well as operations before users call.',
    howToFix:
      'Brief the service desk (FAQ, scripts) and record an attestation for the release under review with a link to the material.',
    weight: 1,
    blockingTiers: NONE,
    scope: 'release',
    check: { kind: 'releaseAttestation' },
    defaultSide: 'build',
    sources: ['S21'],
  }),
  criterion({
    id: 'SUP-06',
    category: 'SUP',
    title: 'Vendor / third-party support valid',
    rationale:
      'Underpinning contracts with vendors must cover the service and must not have expired.',
    howToFix:
      'List the vendors with their support contract end dates in the Operational Pilot tab (an empty list if there is none), and renew expired contracts.',
    weight: 1,
    blockingTiers: NONE,
    check: rule(RULES.vendorSupportValid),
    defaultSide: 'vendor',
    sources: ['S20', 'S2'],
  }),

  // KT — Knowledge transfer
  criterion({
    id: 'KT-01',
    category: 'KT',
    title: 'KT sessions held with run team & N2',
    rationale:
      'Early life support ends only when training and knowledge transfer to the run team are complete.',
    howToFix:
      'Hold the knowledge-transfer sessions with the run team and N2, then record an attestation with the agenda, attendees or recording.',
    weight: 3,
    blockingTiers: NONE,
    blockingWhen: { atHandover: true },
    check: attestation(365, {
      evidenceRequired: true,
      revalidateOn: ['majorRelease', 'opsOwnerChange'],
    }),
    core: true,
    defaultSide: 'build',
    attestationSubject: 'knowledge transfer',
    sources: ['S21', 'S1', 'S6'],
  }),
  criterion({
    id: 'KT-02',
    category: 'KT',
    title: 'Run autonomy demonstrated (shadow run)',
    rationale:
      'A workload must not be handed over to a team that has not operated it: the run team must restart, restore and deploy it alone.',
    howToFix:
      'Have the run team perform a supervised restart, restore and deployment, and record an attestation of the shadow run.',
    weight: 2,
    blockingTiers: NONE,
    blockingWhen: { atHandover: true },
    check: attestation(365, { revalidateOn: ['opsOwnerChange'] }),
    signedBy: ['opsOwner'],
    defaultSide: 'run',
    attestationSubject: 'shadow run',
    sources: ['S10'],
  }),
  criterion({
    id: 'KT-03',
    category: 'KT',
    title: 'Enough trained people (bus factor)',
    rationale:
      'Enough trained people are needed to rotate during on-call and holidays.',
    howToFix:
      'Train at least two people of the run team and enter the number of trained people in the Operational Pilot tab.',
    weight: 2,
    blockingTiers: NONE,
    blockingWhen: { atHandover: true },
    check: rule(RULES.enoughTrainedPeople),
    defaultSide: 'run',
    sources: ['S10', 'S15'],
  }),
  criterion({
    id: 'KT-04',
    category: 'KT',
    title: 'Hand-over signed (PV de passage en run / ELS exit)',
    rationale:
      'Leaving early life support needs explicit exit criteria and an authorised hand-over of each release, signed by the POA, the ops owner and the business owner.',
    howToFix:
      'At the end of hypercare, have each required role (by default the POA, the ops owner and the business owner) sign the hand-over of the release in its workspace.',
    weight: 3,
    blockingTiers: NONE,
    blockingWhen: { atHandover: true },
    scope: 'release',
    gate: 'handover',
    check: rule(RULES.handoverSigned),
    core: true,
    defaultSide: 'poa',
    attestationSubject: 'hand-over sign-off',
    sources: ['S21', 'S7', 'S25'],
  }),
];

/**
 * Optional French public-sector pack (domain §6.4): homologation, VABF/VSR and DICT stay optional so that the plugin
 * also fits private-sector teams.
 */
export const FR_PUBLIC_SECTOR_CRITERIA: CriterionDefinition[] = [
  criterion({
    id: 'FR-SEC-01',
    category: 'SEC',
    title: 'ANSSI homologation decision valid',
    rationale:
      'Public bodies must homologate their information systems: the authority attests knowledge of the measures and accepts the residual risks, until the date set in the decision.',
    howToFix:
      'Obtain the homologation decision and record it as an attestation with the decision as evidence and its end-of-validity date as expiry.',
    weight: 3,
    blockingTiers: T1_T2,
    check: attestation(1095, { evidenceRequired: true, requireExpiry: true }),
    pack: 'fr-public-sector',
    defaultSide: 'security',
    attestationSubject: 'homologation decision',
    sources: ['S33'],
  }),
  criterion({
    id: 'FR-SEC-02',
    category: 'SEC',
    title: 'DICT declared',
    rationale:
      'The DICT levels are the input of the homologation file and of the security measures.',
    howToFix: 'Enter the D, I, C and T levels in the Operational Pilot tab.',
    weight: 2,
    blockingTiers: T1,
    check: metadata('dict.d', 'dict.i', 'dict.c', 'dict.t'),
    pack: 'fr-public-sector',
    defaultSide: 'security',
    sources: ['S32'],
  }),
  criterion({
    id: 'FR-REL-01',
    category: 'REL',
    title: 'VABF pronounced',
    rationale:
      'The buyer pronounces the functional acceptance (vérification d’aptitude au bon fonctionnement) before production.',
    howToFix:
      'Have the business owner pronounce the VABF and record it as an attestation for the release under review.',
    weight: 2,
    blockingTiers: ALL,
    blockingWhen: { majorReleaseOnly: true },
    scope: 'release',
    check: { kind: 'releaseAttestation', signerRole: 'businessOwner' },
    pack: 'fr-public-sector',
    defaultSide: 'business',
    sources: ['S25'],
  }),
  criterion({
    id: 'FR-REL-02',
    category: 'REL',
    title: 'VSR pronounced after the observation period',
    rationale:
      'The regular-service verification (VSR) closes the observation period after go-live; a negative VSR means adjournment, reduction or rejection.',
    howToFix:
      'At the end of the observation period, have the business owner pronounce the VSR and record it as an attestation for the release.',
    weight: 2,
    blockingTiers: NONE,
    blockingWhen: { atHandover: true },
    scope: 'release',
    gate: 'handover',
    check: { kind: 'releaseAttestation', signerRole: 'businessOwner' },
    pack: 'fr-public-sector',
    defaultSide: 'business',
    sources: ['S25'],
  }),
  criterion({
    id: 'FR-BCK-01',
    category: 'BCK',
    title: 'PRA/PCA tested',
    rationale:
      'Continuity and recovery plans (PRA/PCA) are only credible once tested against the DMIA and PDMA.',
    howToFix:
      'Run a PRA/PCA test and record an attestation with the test report.',
    weight: 3,
    blockingTiers: T1,
    check: attestation(365, { evidenceRequired: true }),
    appliesTo: { tiers: T1_T2 },
    pack: 'fr-public-sector',
    defaultSide: 'run',
    attestationSubject: 'PRA/PCA test',
    sources: ['S31', 'S24'],
  }),
];

/** Cumulative levels (domain §3.4); gold = silver + every applicable criterion. */
export const DEFAULT_LEVELS: { bronze: string[]; silver: string[] } = {
  bronze: ['OWN-01', 'OWN-05', 'INC-01', 'DOC-01', 'OBS-01'],
  silver: [
    'OWN-03',
    'OBS-02',
    'OBS-03',
    'INC-03',
    'BCK-01',
    'BCK-03',
    'SUP-01',
    'SEC-01',
  ],
};

/** Verdict thresholds per tier (domain §2.4, a proposal with no published standard behind it). */
export const DEFAULT_THRESHOLDS: Record<Tier, VerdictThresholds> = {
  T1: { readyForRun: 90, withReservations: 80 },
  T2: { readyForRun: 85, withReservations: 70 },
  T3: { readyForRun: 80, withReservations: 60 },
};

/** Staleness and decay of attestations (domain §3.5). */
export const DEFAULT_STALENESS: StalenessPolicy = {
  warnBeforeDays: 30,
  graceRatio: 0.25,
  graceMinDays: 14,
  graceMaxDays: 60,
  graceFloorCredit: 0.5,
};

/** Longest waiver a configuration allows by default (domain §3.3). */
export const DEFAULT_WAIVER_MAX_DAYS = 90;

/** Tier assumed when none is declared: the strictest, so that a missing tier never flatters. */
export const DEFAULT_TIER: Tier = 'T1';
