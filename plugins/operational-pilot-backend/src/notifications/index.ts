export { NotificationDedupeStore, dedupeKey } from './NotificationDedupeStore';
export { NotificationSender } from './NotificationSender';
export type { OutgoingNotification } from './NotificationSender';
export { Notifier } from './Notifier';
export { NotificationTask, NOTIFICATION_TASK_ID } from './NotificationTask';
