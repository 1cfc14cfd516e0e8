/*
 * The sender: checks the configuration, claims the dedupe key, sends through the Backstage notification service
 * (which sets the origin `plugin:operational-pilot` from the plugin id). A failed send releases the claim and is
 * logged; it never throws to the caller.
 */
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { NotificationKind, NotificationOptions } from '../options';
import type { NotificationDedupeStore } from './NotificationDedupeStore';

export interface OutgoingNotification {
  kind: NotificationKind;
  /** What it is about (waiver id, action id, entity ref…), part of the dedupe key. */
  subject: string;
  recipients: string[];
  /** Excluded from the resolved recipients (the user who caused it). */
  exclude?: string[];
  /** Dedupe period ('' = once ever). */
  period: string;
  title: string;
  description?: string;
  link?: string;
  severity?: 'critical' | 'high' | 'normal' | 'low';
}

export class NotificationSender {
  constructor(
    private readonly deps: {
      notifications: NotificationService;
      dedupe: NotificationDedupeStore;
      options: NotificationOptions;
      logger: LoggerService;
      now: () => Date;
    },
  ) {}

  isOn(kind: NotificationKind): boolean {
    return this.deps.options.enabled && this.deps.options.kinds[kind];
  }

  /** Sends once; resolves to true when this call sent it. */
  async send(notification: OutgoingNotification): Promise<boolean> {
    if (!this.isOn(notification.kind)) return false;
    const exclude = new Set(notification.exclude ?? []);
    const recipients = [...new Set(notification.recipients)]
      .filter(r => !exclude.has(r))
      .sort();
    if (recipients.length === 0) return false;
    const parts = {
      kind: notification.kind,
      subject: notification.subject,
      recipients,
      period: notification.period,
    };
    try {
      if (!(await this.deps.dedupe.claim(parts, this.deps.now()))) {
        return false;
      }
    } catch (error) {
      this.deps.logger.warn(
        `Notification ${notification.kind} for ${notification.subject} not sent: dedupe failed: ${error}`,
      );
      return false;
    }
    try {
      await this.deps.notifications.send({
        recipients: {
          type: 'entity',
          entityRef: recipients,
          ...(exclude.size > 0 ? { excludeEntityRef: [...exclude] } : {}),
        },
        payload: {
          title: notification.title,
          description: notification.description,
          link: notification.link,
          severity: notification.severity ?? 'normal',
          topic: notification.kind,
        },
      });
      return true;
    } catch (error) {
      this.deps.logger.warn(
        `Notification ${notification.kind} for ${notification.subject} not sent: ${error}`,
      );
      await this.deps.dedupe.release(parts).catch(() => undefined);
      return false;
    }
  }
}
