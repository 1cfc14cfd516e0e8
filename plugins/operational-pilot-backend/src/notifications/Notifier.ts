/*
 * The hook called from the write paths (waiver requested, action assigned). Every method swallows and logs its
 * errors: a failure to notify never fails the write.
 */
import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  HandoffAction,
  Waiver,
} from '@operational-pilot/backstage-plugin-common';
import type { OperationalPilotStores as Stores } from '../database';
import { entityLabel, entityTabLink } from './links';
import { normalizeRef, waiverApprovers } from './recipients';
import type { NotificationSender } from './NotificationSender';

export class Notifier {
  constructor(
    private readonly deps: {
      sender: NotificationSender;
      stores: Stores;
      logger: LoggerService;
    },
  ) {}

  private async safely(what: string, fn: () => Promise<unknown>) {
    try {
      await fn();
    } catch (error) {
      this.deps.logger.warn(`Notification (${what}) failed: ${error}`);
    }
  }

  /** A waiver was requested: its approvers (business owner, ops owner, security approver for SEC), not the requester. */
  async waiverRequested(waiver: Waiver): Promise<void> {
    if (!this.deps.sender.isOn('waiverRequested')) return;
    await this.safely('waiver requested', async () => {
      const operations = await this.deps.stores.operations.get(
        waiver.entityRef,
      );
      const recipients = waiverApprovers(waiver, operations?.metadata);
      const requester = normalizeRef(waiver.requestedBy, 'user');
      await this.deps.sender.send({
        kind: 'waiverRequested',
        subject: waiver.id,
        recipients,
        exclude: requester ? [requester] : [],
        period: '',
        title: `${entityLabel(waiver.entityRef)}: waiver requested on ${
          waiver.criterionId
        }`,
        description: `${waiver.requestedBy} asks for a waiver until ${waiver.expiresAt.slice(
          0,
          10,
        )}: ${waiver.reason}`,
        link: entityTabLink(waiver.entityRef, waiver.releaseId),
      });
    });
  }

  /** An action was assigned (created with, or changed to, an assignee): the assignee, unless they assigned themselves. */
  async actionAssigned(action: HandoffAction, actorRef: string): Promise<void> {
    if (!this.deps.sender.isOn('actionAssigned')) return;
    await this.safely('action assigned', async () => {
      const assignee = normalizeRef(action.assigneeRef, 'user');
      if (!assignee || assignee === normalizeRef(actorRef, 'user')) return;
      await this.deps.sender.send({
        kind: 'actionAssigned',
        subject: action.id,
        recipients: [assignee],
        // One per assignment (the action's version changes with every write).
        period: `v${action.version}`,
        title: `${entityLabel(action.entityRef)}: action assigned to you: ${
          action.title
        }`,
        description: `Assigned by ${actorRef}${
          action.dueDate ? `, due ${action.dueDate}` : ''
        } (${action.phase}, ${action.priority}).`,
        link: entityTabLink(action.entityRef, action.releaseId),
      });
    });
  }
}
