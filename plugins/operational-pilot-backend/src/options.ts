/*
 * Backend-owned configuration (`operationalPilot.*` keys other than the readiness model, which
 * `buildReadinessModel` reads and validates). Invalid values fail start-up with the key in the message.
 */
import type { Config } from '@backstage/config';
import type { SchedulerServiceTaskScheduleDefinition } from '@backstage/backend-plugin-api';
import { readSchedulerServiceTaskScheduleDefinitionFromConfig } from '@backstage/backend-plugin-api';

export interface BackendOptions {
  /** Entity kinds evaluated and shown in the portfolio. */
  kinds: string[];
  schedule: SchedulerServiceTaskScheduleDefinition;
  batchSize: number;
  retention: {
    snapshotDays: number;
    auditDays: number;
    deletedEntityDays: number;
  };
  demoDataPath?: string;
}

export const DEFAULT_KINDS = ['component', 'system', 'resource', 'api'];

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

export function readBackendOptions(root: Config): BackendOptions {
  const config = root.getOptionalConfig('operationalPilot');
  const empty = {
    kinds: DEFAULT_KINDS,
    schedule: {
      frequency: { minutes: 10 },
      timeout: { minutes: 15 },
      initialDelay: { seconds: 15 },
    },
    batchSize: 200,
    retention: { snapshotDays: 400, auditDays: 1095, deletedEntityDays: 30 },
  } satisfies BackendOptions;
  if (!config) return empty;

  const scheduleConfig = config.getOptionalConfig('evaluation.schedule');
  const kinds = config
    .getOptionalStringArray('evaluation.kinds')
    ?.map(k => k.toLocaleLowerCase('en-US'));
  return {
    kinds: kinds && kinds.length > 0 ? kinds : empty.kinds,
    schedule: scheduleConfig
      ? {
          ...empty.schedule,
          ...readSchedulerServiceTaskScheduleDefinitionFromConfig(
            scheduleConfig,
          ),
        }
      : empty.schedule,
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
  };
}
