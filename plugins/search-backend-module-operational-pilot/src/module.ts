import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { OperationalPilotCollatorFactory } from './OperationalPilotCollatorFactory';

const CONFIG_KEY = 'search.collators.operationalPilot';

/** Default schedule of the collator: like the catalog collator's, every 10 minutes. */
export const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 10 },
  timeout: { minutes: 15 },
  initialDelay: { seconds: 30 },
};

/** The collator's schedule from `search.collators.operationalPilot.schedule`, or {@link DEFAULT_SCHEDULE}. */
export function readSchedule(
  config: Config,
): SchedulerServiceTaskScheduleDefinition {
  const schedule = config.getOptionalConfig(`${CONFIG_KEY}.schedule`);
  if (!schedule) return DEFAULT_SCHEDULE;
  try {
    return readSchedulerServiceTaskScheduleDefinitionFromConfig(schedule);
  } catch (error) {
    throw new Error(
      `Invalid configuration at ${CONFIG_KEY}.schedule: ${
        (error as Error).message
      }`,
    );
  }
}

/**
 * Search module of Operational Pilot: indexes, as documents of type `operational-pilot`, the run readiness, roles
 * and blocking criteria of every entity of the portfolio, each pointing to the entity's Operational pilot tab.
 *
 * @public
 */
export const searchModuleOperationalPilot = createBackendModule({
  pluginId: 'search',
  moduleId: 'operational-pilot',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
        indexRegistry: searchIndexRegistryExtensionPoint,
      },
      async init({
        config,
        discovery,
        auth,
        logger,
        scheduler,
        catalog,
        indexRegistry,
      }) {
        const concurrency = config.getOptionalNumber(
          `${CONFIG_KEY}.concurrency`,
        );
        if (
          concurrency !== undefined &&
          (!Number.isInteger(concurrency) || concurrency < 1)
        ) {
          throw new Error(
            `Invalid configuration at ${CONFIG_KEY}.concurrency: must be an integer >= 1, got ${concurrency}`,
          );
        }
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(readSchedule(config)),
          factory: new OperationalPilotCollatorFactory({
            discovery,
            auth,
            catalog,
            logger,
            criteria: config.getOptionalBoolean(`${CONFIG_KEY}.criteria`),
            concurrency,
          }),
        });
      },
    });
  },
});
