/*
 * Backend-owned configuration (`operationalPilot.*` keys other than the readiness model, which
 * `buildReadinessModel` reads and validates). Invalid values fail start-up with the key in the message.
 */
import { ConfigReader, type Config } from '@backstage/config';
import type { SchedulerServiceTaskScheduleDefinition } from '@backstage/backend-plugin-api';
import { readSchedulerServiceTaskScheduleDefinitionFromConfig } from '@backstage/backend-plugin-api';

export interface BackendOptions {
  /** Entity kinds evaluated and shown in the portfolio. */
  kinds: string[];
  schedule: SchedulerServiceTaskScheduleDefinition;
  /** The frequent incremental refresh (`evaluation.refresh`); undefined when disabled. */
  refreshSchedule?: SchedulerServiceTaskScheduleDefinition;
  batchSize: number;
  retention: {
    snapshotDays: number;
    auditDays: number;
    deletedEntityDays: number;
  };
  demoDataPath?: string;
  governance: GovernanceOptions;
  notifications: NotificationOptions;
  /**
   * How long (ms) a user's catalog read decision is reused by the reads of this replica (0: only requests in flight
   * at the same time share one decision). See service/Authorizer.ts.
   */
  readDecisionMs: number;
}

/** The notifications the plugin sends (src/notifications). */
export const NOTIFICATION_KINDS = [
  'waiverRequested',
  'actionAssigned',
  'actionOverdue',
  'attestationExpiring',
  'releaseApproaching',
  'hypercareEnding',
  'verdictDropped',
  'weeklyDigest',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

export interface NotificationOptions {
  enabled: boolean;
  kinds: Record<NotificationKind, boolean>;
  /** Day of the weekly digest, 0 = Sunday … 6 = Saturday (UTC). */
  digestDay: number;
  /** The scheduled pass that sends what is due. */
  schedule: SchedulerServiceTaskScheduleDefinition;
}

export const DEFAULT_NOTIFICATIONS: NotificationOptions = {
  enabled: true,
  kinds: Object.fromEntries(NOTIFICATION_KINDS.map(k => [k, true])) as Record<
    NotificationKind,
    boolean
  >,
  digestDay: 1,
  schedule: {
    frequency: { hours: 1 },
    timeout: { minutes: 10 },
    initialDelay: { seconds: 75 },
  },
};

function readNotifications(config: Config | undefined): NotificationOptions {
  const section = config?.getOptionalConfig('notifications');
  if (!section) return DEFAULT_NOTIFICATIONS;
  const key = (k: string) => `operationalPilot.notifications.${k}`;
  const bool = (c: Config, k: string, path: string) => {
    const value = c.getOptional(k);
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') {
      throw new Error(
        `Invalid configuration at ${key(
          path,
        )}: must be true or false, got ${JSON.stringify(value)}`,
      );
    }
    return value;
  };
  const kinds = { ...DEFAULT_NOTIFICATIONS.kinds };
  const kindsConfig = section.getOptionalConfig('kinds');
  for (const kind of kindsConfig?.keys() ?? []) {
    if (!(NOTIFICATION_KINDS as readonly string[]).includes(kind)) {
      throw new Error(
        `Invalid configuration at ${key(
          `kinds.${kind}`,
        )}: unknown notification kind; known: ${NOTIFICATION_KINDS.join(', ')}`,
      );
    }
    kinds[kind as NotificationKind] = bool(
      kindsConfig!,
      kind,
      `kinds.${kind}`,
    )!;
  }
  let digestDay = DEFAULT_NOTIFICATIONS.digestDay;
  const day = section.getOptional('digest.day');
  if (day !== undefined) {
    const index =
      typeof day === 'string'
        ? (WEEKDAYS as readonly string[]).indexOf(
            day.toLocaleLowerCase('en-US'),
          )
        : -1;
    if (index < 0) {
      throw new Error(
        `Invalid configuration at ${key(
          'digest.day',
        )}: must be one of ${WEEKDAYS.join(', ')}, got ${JSON.stringify(day)}`,
      );
    }
    digestDay = index;
  }
  let schedule = DEFAULT_NOTIFICATIONS.schedule;
  try {
    schedule = withScheduleConfig(
      DEFAULT_NOTIFICATIONS.schedule,
      section.getOptionalConfig('schedule'),
    );
  } catch (error) {
    throw new Error(
      `Invalid configuration at ${key('schedule')}: ${
        (error as Error).message
      }`,
    );
  }
  return {
    enabled: bool(section, 'enabled', 'enabled') ?? true,
    kinds,
    digestDay,
    schedule,
  };
}

/** Who may decide what (the default permission policy reads the same group keys). */
export interface GovernanceOptions {
  /** Members act as POAs on every entity. */
  poaGroups: string[];
  /** Members may approve waivers on every entity. */
  approverGroups: string[];
  /**
   * Per category (e.g. `SEC`): the groups whose members approve waivers and not-applicable exemptions of that
   * category's criteria. A SEC criterion also accepts the entity's security approver.
   */
  approverGroupsByCategory: Record<string, string[]>;
  /** What happens to a sensitive change by someone who is neither POA nor approver: held as a proposal, or refused. */
  sensitiveChanges: 'propose' | 'refuse';
}

export const DEFAULT_GOVERNANCE: GovernanceOptions = {
  poaGroups: [],
  approverGroups: [],
  approverGroupsByCategory: {},
  sensitiveChanges: 'propose',
};

function readGovernance(config: Config): GovernanceOptions {
  const byCategory: Record<string, string[]> = {};
  const categories = config.getOptionalConfig('approverGroupsByCategory');
  for (const category of categories?.keys() ?? []) {
    byCategory[category.toLocaleUpperCase('en-US')] =
      categories!.getStringArray(category);
  }
  const mode =
    config.getOptionalString('governance.sensitiveChanges') ?? 'propose';
  if (mode !== 'propose' && mode !== 'refuse') {
    throw new Error(
      `Invalid configuration at operationalPilot.governance.sensitiveChanges: must be propose or refuse, got ${mode}`,
    );
  }
  return {
    poaGroups: config.getOptionalStringArray('poaGroups') ?? [],
    approverGroups: config.getOptionalStringArray('approverGroups') ?? [],
    approverGroupsByCategory: byCategory,
    sensitiveChanges: mode,
  };
}

export const DEFAULT_KINDS = ['component', 'system', 'resource', 'api'];

function nonNegativeInt(config: Config, key: string, fallback: number): number {
  const value = config.getOptionalNumber(key);
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(
      `Invalid configuration at operationalPilot.${key}: must be a whole number of 0 or more, got ${value}`,
    );
  }
  return value;
}

function positiveInt(config: Config, key: string, fallback: number): number {
  const value = config.getOptionalNumber(key);
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(
      `Invalid configuration at operationalPilot.${key}: must be a positive whole number, got ${value}`,
    );
  }
  return value;
}

/** The defaults, overridden by the keys present in `config` (`frequency`, `timeout`, `initialDelay`). */
function withScheduleConfig(
  defaults: SchedulerServiceTaskScheduleDefinition,
  config: Config | undefined,
): SchedulerServiceTaskScheduleDefinition {
  if (!config) return defaults;
  const keys = ['frequency', 'timeout', 'initialDelay'].filter(k =>
    config.has(k),
  );
  if (keys.length === 0) return defaults;
  const read = readSchedulerServiceTaskScheduleDefinitionFromConfig(
    new ConfigReader({
      frequency: defaults.frequency,
      timeout: defaults.timeout,
      ...Object.fromEntries(keys.map(k => [k, config.get(k)])),
    } as any),
  );
  return {
    ...defaults,
    frequency: read.frequency,
    timeout: read.timeout,
    ...(read.initialDelay ? { initialDelay: read.initialDelay } : {}),
  };
}

export function readBackendOptions(root: Config): BackendOptions {
  const config = root.getOptionalConfig('operationalPilot');
  const empty = {
    kinds: DEFAULT_KINDS,
    schedule: {
      frequency: { minutes: 10 },
      timeout: { minutes: 15 },
      initialDelay: { seconds: 15 },
    },
    refreshSchedule: {
      frequency: { seconds: 30 },
      timeout: { minutes: 5 },
      initialDelay: { seconds: 5 },
    },
    batchSize: 200,
    retention: { snapshotDays: 400, auditDays: 1095, deletedEntityDays: 30 },
    governance: DEFAULT_GOVERNANCE,
    notifications: DEFAULT_NOTIFICATIONS,
    readDecisionMs: 0,
  } satisfies BackendOptions;
  if (!config) return empty;

  const scheduleConfig = config.getOptionalConfig('evaluation.schedule');
  const refreshConfig = config.getOptionalConfig('evaluation.refresh');
  const refreshSchedule =
    refreshConfig?.getOptionalBoolean('enabled') === false
      ? undefined
      : withScheduleConfig(empty.refreshSchedule, refreshConfig);
  const kinds = config
    .getOptionalStringArray('evaluation.kinds')
    ?.map(k => k.toLocaleLowerCase('en-US'));
  return {
    kinds: kinds && kinds.length > 0 ? kinds : empty.kinds,
    schedule: withScheduleConfig(empty.schedule, scheduleConfig),
    refreshSchedule,
    batchSize: positiveInt(config, 'evaluation.batchSize', empty.batchSize),
    retention: {
      snapshotDays: positiveInt(
        config,
        'retention.snapshotDays',
        empty.retention.snapshotDays,
      ),
      auditDays: positiveInt(
        config,
        'retention.auditDays',
        empty.retention.auditDays,
      ),
      deletedEntityDays: positiveInt(
        config,
        'retention.deletedEntityDays',
        empty.retention.deletedEntityDays,
      ),
    },
    demoDataPath: config.getOptionalString('demoData.path'),
    governance: readGovernance(config),
    notifications: readNotifications(config),
    readDecisionMs:
      nonNegativeInt(
        config,
        'permissions.readDecisionSeconds',
        empty.readDecisionMs / 1000,
      ) * 1000,
  };
}
