/*
 * Names shared by the default criteria and the engine: link types, annotations, rule ids, target kinds.
 */

/** Our own annotation prefix (Backstage asks non-`backstage.io` keys to carry a domain prefix). */
export const OPERATIONAL_PILOT_ANNOTATION_PREFIX = 'operational-pilot.io/';

/**
 * Link `type` vocabulary (domain §2.1). Backstage leaves link types undefined, so adopters define them; `iac` and
 * `capacity-plan` extend the domain list for DOC-05 and CAP-02.
 */
export const LINK_TYPES = [
  'runbook',
  'dashboard',
  'logs',
  'slo',
  'uptime',
  'ops-manual',
  'architecture',
  'install-guide',
  'iac',
  'capacity-plan',
  'dr-plan',
  'sla',
  'status-page',
  'itsm',
  'chat',
] as const;

/** Annotations read by the default criteria. */
export const ANNOTATIONS = {
  pagerdutyIntegrationKey: 'pagerduty.com/integration-key',
  pagerdutyServiceId: 'pagerduty.com/service-id',
  opsgenieTeam: 'opsgenie.com/team',
  opsgenieComponentSelector: 'opsgenie.com/component-selector',
  grafanaDashboardSelector: 'grafana/dashboard-selector',
  grafanaAlertLabelSelector: 'grafana/alert-label-selector',
  grafanaTagSelector: 'grafana/tag-selector',
  datadogDashboardUrl: 'datadoghq.com/dashboard-url',
  prometheusAlert: 'prometheus.io/alert',
  techdocsRef: 'backstage.io/techdocs-ref',
  sonarqubeProjectKey: 'sonarqube.org/project-key',
  vaultSecretsPath: 'vault.io/secrets-path',
  githubProjectSlug: 'github.com/project-slug',
  gitlabProjectSlug: 'gitlab.com/project-slug',
  jenkinsJobFullName: 'jenkins.io/job-full-name',
  argocdAppName: 'argocd/app-name',
  kubernetesId: 'backstage.io/kubernetes-id',
  itsmCi: `${OPERATIONAL_PILOT_ANNOTATION_PREFIX}itsm-ci`,
  backupPolicy: `${OPERATIONAL_PILOT_ANNOTATION_PREFIX}backup-policy`,
  securityScan: `${OPERATIONAL_PILOT_ANNOTATION_PREFIX}security-scan`,
} as const;

export const ON_CALL_ANNOTATIONS: string[] = [
  ANNOTATIONS.pagerdutyIntegrationKey,
  ANNOTATIONS.pagerdutyServiceId,
  ANNOTATIONS.opsgenieTeam,
  ANNOTATIONS.opsgenieComponentSelector,
];

/** Built-in rules: checks that need more than one input. Custom criteria cannot use them. */
export const RULES = {
  ownerGroupExists: 'owner-group-exists',
  ownerReachable: 'owner-reachable',
  onCallMapped: 'on-call-mapped',
  backupsConfigured: 'backups-configured',
  changeApproved: 'change-approved',
  goNoGoRecorded: 'go-no-go-recorded',
  coverageMatchesServiceHours: 'coverage-matches-service-hours',
  hypercarePlanned: 'hypercare-planned',
  vendorSupportValid: 'vendor-support-valid',
  enoughTrainedPeople: 'enough-trained-people',
  handoverSigned: 'handover-signed',
} as const;

/** Entity kinds (lower case) the default criteria apply to; other kinds (group, user, domain…) are out of scope. */
export const DEFAULT_TARGET_KINDS: string[] = [
  'component',
  'system',
  'resource',
  'api',
];

/** `spec.type` values of a Resource that make its dependants stateful. */
export const STATEFUL_RESOURCE_TYPES: string[] = [
  'database',
  'storage',
  'queue',
  'cache',
];

/** Minimum number of trained people for KT-03 (bus factor). */
export const MIN_TRAINED_PEOPLE = 2;
