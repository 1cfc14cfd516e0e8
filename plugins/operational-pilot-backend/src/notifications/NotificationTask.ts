/*
 * The scheduled pass (scope global): sends what is due. Idempotent: every notification claims its dedupe key
 * first, so a second run, a restart or another task instance sends nothing twice.
 */
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import type { OperationalPilotStores as Stores } from '../database';
import {
  approachingReleases,
  endingHypercare,
  expiredAttestations,
  expiringAttestations,
  overdueActions,
  verdictDrops,
} from './due';
import { weeklyDigests } from './digest';
import type { NotificationSender } from './NotificationSender';

export const NOTIFICATION_TASK_ID = 'operational-pilot:notify';

export class NotificationTask {
  constructor(
    private readonly deps: {
      sender: NotificationSender;
      stores: Stores;
      knex: Knex;
      logger: LoggerService;
      /** Day of the weekly digest, 0 = Sunday (UTC). */
      digestDay: number;
    },
  ) {}

  /** Runs one pass; resolves to the number of notifications sent by this pass. */
  async run(now: Date): Promise<number> {
    const { sender } = this.deps;
    const due = [
      ...(sender.isOn('actionOverdue')
        ? await overdueActions(this.deps.stores, now)
        : []),
      ...(sender.isOn('attestationExpiring')
        ? [
            ...(await expiringAttestations(this.deps.knex, now)),
            ...(await expiredAttestations(this.deps.knex, now)),
          ]
        : []),
      ...(sender.isOn('releaseApproaching')
        ? await approachingReleases(this.deps.knex, this.deps.stores, now)
        : []),
      ...(sender.isOn('hypercareEnding')
        ? await endingHypercare(this.deps.knex, this.deps.stores, now)
        : []),
      ...(sender.isOn('verdictDropped')
        ? await verdictDrops(this.deps.knex, this.deps.stores, now)
        : []),
      ...(sender.isOn('weeklyDigest')
        ? await weeklyDigests(this.deps.knex, now, this.deps.digestDay)
        : []),
    ];
    let sent = 0;
    for (const notification of due) {
      if (await sender.send(notification)) sent += 1;
    }
    if (sent > 0) {
      this.deps.logger.info(`Operational pilot: ${sent} notification(s) sent`);
    }
    return sent;
  }
}
