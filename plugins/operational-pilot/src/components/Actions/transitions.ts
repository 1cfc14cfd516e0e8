import {
  ACTION_TRANSITIONS,
  type ActionStatus,
} from '@operational-pilot/backstage-plugin-common';

export type TransitionName =
  | 'accept'
  | 'start'
  | 'block'
  | 'unblock'
  | 'complete'
  | 'verify'
  | 'reject'
  | 'acceptRisk'
  | 'cancel'
  | 'dismiss'
  | 'reopen';

/** Statuses after which an action is closed (hidden unless "show closed" is on). */
export const CLOSED_STATUSES: readonly ActionStatus[] = [
  'verified',
  'risk_accepted',
  'cancelled',
];

/** The button name of a move in the status machine (domain §4.4). */
export function transitionName(
  from: ActionStatus,
  to: ActionStatus,
): TransitionName {
  switch (to) {
    case 'open':
      return from === 'proposed' ? 'accept' : 'reopen';
    case 'in_progress':
      if (from === 'blocked') {
        return 'unblock';
      }
      return from === 'done' ? 'reject' : 'start';
    case 'blocked':
      return 'block';
    case 'done':
      return 'complete';
    case 'verified':
      return 'verify';
    case 'risk_accepted':
      return 'acceptRisk';
    case 'cancelled':
      return from === 'proposed' ? 'dismiss' : 'cancel';
    default:
      return 'reopen';
  }
}

/** Legal next statuses, in the order of the status machine. */
export function legalTargets(from: ActionStatus): ActionStatus[] {
  return ACTION_TRANSITIONS[from] ?? [];
}

/** Moves that need more input than a click. */
export function transitionNeedsInput(to: ActionStatus): boolean {
  return (
    to === 'blocked' ||
    to === 'cancelled' ||
    to === 'risk_accepted' ||
    to === 'done'
  );
}
