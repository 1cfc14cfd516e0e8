/*
 * Wiring only: reads the configuration (an invalid model configuration fails start-up with the key in the
 * message), builds stores and services, registers permissions, routes and the scheduled evaluation.
 */
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { buildReadinessModel } from '@operational-pilot/backstage-plugin-common';
import { registerActions } from './actions';
import { createStores } from './database';
import { DatabaseEvaluationRunsStore } from './database/EvaluationRunsStore';
import { backfillDemoHistory } from './demo/backfillDemoHistory';
import { seedDemoData } from './demo/seedDemoData';
import { readBackendOptions } from './options';
import type { RouteContext } from './routes/context';
import { registerPermissions } from './permissions/registerPermissions';
import { AuditRecorder } from './service/AuditRecorder';
import { Authorizer } from './service/Authorizer';
import { CatalogGateway } from './service/CatalogGateway';
import { EvaluationService } from './service/EvaluationService';
import { createRouter } from './service/router';
import { EvaluationTask } from './tasks/EvaluationTask';
import {
  NOTIFICATION_TASK_ID,
  NotificationDedupeStore,
  NotificationSender,
  NotificationTask,
  Notifier,
} from './notifications';

export const EVALUATION_TASK_ID = 'operational-pilot:evaluate';
/** The frequent incremental refresh: new and changed entities are in the portfolio within seconds. */
export const REFRESH_TASK_ID = 'operational-pilot:refresh';

/**
 * The Operational Pilot backend plugin.
 *
 * @public
 */
export const operationalPilotPlugin = createBackendPlugin({
  pluginId: 'operational-pilot',
  register(env) {
    env.registerInit({
      deps: {
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        scheduler: coreServices.scheduler,
        auditor: coreServices.auditor,
        userInfo: coreServices.userInfo,
        catalog: catalogServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
        notifications: notificationService,
      },
      async init(deps) {
        const model = buildReadinessModel(
          deps.config.getOptional('operationalPilot'),
        );
        const options = readBackendOptions(deps.config);
        const stores = await createStores({ database: deps.database });
        const catalog = new CatalogGateway(deps.catalog, deps.auth);
        // createStores has migrated the database; the client is the same.
        const runs = new DatabaseEvaluationRunsStore(
          await deps.database.getClient(),
        );
        const evaluations = new EvaluationService({
          model,
          stores,
          catalog,
          logger: deps.logger,
          kinds: options.kinds,
          runs,
        });
        const task = new EvaluationTask({
          stores,
          catalog,
          evaluations,
          logger: deps.logger,
          options,
          runs,
        });

        registerPermissions({
          permissionsRegistry: deps.permissionsRegistry,
          stores,
          catalog,
        });

        if (options.demoDataPath) {
          await seedDemoData({
            path: options.demoDataPath,
            stores,
            logger: deps.logger,
          });
        }

        // Scope global: one replica at a time runs each task (the scheduler locks it in the shared database).
        await deps.scheduler.scheduleTask({
          id: EVALUATION_TASK_ID,
          ...options.schedule,
          scope: 'global',
          fn: async () => {
            await task.run({ task: EVALUATION_TASK_ID });
            if (options.demoDataPath) {
              await backfillDemoHistory(stores, new Date());
            }
          },
        });
        if (options.refreshSchedule) {
          await deps.scheduler.scheduleTask({
            id: REFRESH_TASK_ID,
            ...options.refreshSchedule,
            scope: 'global',
            fn: async () => {
              await task.run({ task: REFRESH_TASK_ID, housekeeping: false });
            },
          });
        }

        // Notifications: hooks on the writes and a scheduled pass for what is due (one runner across replicas).
        const notificationSender = new NotificationSender({
          notifications: deps.notifications,
          dedupe: new NotificationDedupeStore(await deps.database.getClient()),
          options: options.notifications,
          logger: deps.logger,
          now: () => new Date(),
        });
        const notifier = new Notifier({
          sender: notificationSender,
          stores,
          logger: deps.logger,
        });
        if (options.notifications.enabled) {
          const notificationTask = new NotificationTask({
            sender: notificationSender,
            stores,
            knex: await deps.database.getClient(),
            logger: deps.logger,
            digestDay: options.notifications.digestDay,
          });
          await deps.scheduler.scheduleTask({
            id: NOTIFICATION_TASK_ID,
            ...options.notifications.schedule,
            scope: 'global',
            fn: async () => {
              await notificationTask.run(new Date());
            },
          });
        }

        const context: RouteContext = {
          model,
          stores,
          catalog,
          evaluations,
          authorizer: new Authorizer(deps.httpAuth, deps.permissions, {
            readDecisionMs: options.readDecisionMs,
          }),
          audit: new AuditRecorder(deps.auditor, stores),
          logger: deps.logger,
          scheduler: deps.scheduler,
          // A requested full run is claimed by the next run of either task: the refresh comes soonest.
          evaluationTaskId: options.refreshSchedule
            ? REFRESH_TASK_ID
            : EVALUATION_TASK_ID,
          now: () => new Date(),
          governance: options.governance,
          userInfo: deps.userInfo,
          notifier,
        };
        deps.httpRouter.use(await createRouter(context));
        // The same operations for AI agents (actions registry → MCP), with the same permission checks.
        registerActions({ actionsRegistry: deps.actionsRegistry, context });
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
      },
    });
  },
});
