import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  search?: {
    collators?: {
      /** The Operational Pilot collator (`@operational-pilot/backstage-plugin-search-backend-module`). */
      operationalPilot?: {
        /** When the index is rebuilt. Default: every 10 minutes, timeout 15 minutes, initial delay 30 s. */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        /**
         * Index each entity's blocking criteria and reservations (one readiness request per entity, a few at a
         * time). Default true.
         */
        criteria?: boolean;
        /** Concurrent readiness requests. Default 4. */
        concurrency?: number;
      };
    };
  };
}
