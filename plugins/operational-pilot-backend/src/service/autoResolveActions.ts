/*
 * Handoff actions linked to an automatic criterion (catalog data or operational metadata) close themselves when
 * the criterion passes again: the fix is visible in the data, nobody needs to remember to close the action. They
 * move to `done` (not `verified`): the POA or the run side still confirms. Attestation criteria never
 * auto-resolve, since their actions need evidence. Actions of the release itself (phase `during` or `after`:
 * deploy, smoke tests, hypercare, hand-over…) are never auto-resolved: a criterion passing says nothing about
 * whether that step of the release was done; only `before` and `run` actions close themselves.
 */
import type {
  EntityReadiness,
  HandoffAction,
} from '@operational-pilot/backstage-plugin-common';
import type { OperationalPilotStores } from '../database';
import { isVersionConflictError } from '../database/errors';

export const AUTO_RESOLVER = 'operational-pilot:auto-resolve';
const RESOLVABLE_FROM = new Set(['proposed', 'open', 'in_progress', 'blocked']);
const PASSING = new Set(['pass', 'expiring']);
const AUTOMATIC_SOURCES = new Set(['catalog', 'metadata']);
const RESOLVABLE_PHASES = new Set(['before', 'run']);

/** The actions the evaluation makes obsolete. */
export function actionsToAutoResolve(
  readiness: EntityReadiness,
  actions: HandoffAction[],
): HandoffAction[] {
  const passing = new Set(
    readiness.criteria
      .filter(c => PASSING.has(c.status) && AUTOMATIC_SOURCES.has(c.source))
      .map(c => c.id),
  );
  return actions.filter(
    a =>
      a.criterionId !== undefined &&
      passing.has(a.criterionId) &&
      RESOLVABLE_FROM.has(a.status) &&
      RESOLVABLE_PHASES.has(a.phase),
  );
}

/**
 * Moves the actions each evaluation makes obsolete to done, each with an audit entry, in one transaction for the
 * whole batch (a first evaluation of a large catalog can close thousands: one commit each made it crawl on SQLite);
 * returns how many were resolved. An action someone changed meanwhile keeps their change: the next evaluation
 * looks again.
 */
export async function autoResolveActions(
  stores: OperationalPilotStores,
  evaluated: Array<{ readiness: EntityReadiness; actions: HandoffAction[] }>,
  now: Date,
): Promise<number> {
  const obsolete = evaluated.flatMap(({ readiness, actions }) =>
    actionsToAutoResolve(readiness, actions),
  );
  if (obsolete.length === 0) return 0;
  let resolved = 0;
  await stores.transaction(async tx => {
    for (const action of obsolete) {
      try {
        const after = await tx.actions.update(
          action.id,
          {
            status: 'done',
            resolution: `Auto-resolved: ${action.criterionId} passes again`,
            blockedReason: null,
          },
          action.version,
          { now },
        );
        await tx.audit.append({
          entityRef: action.entityRef,
          actor: AUTO_RESOLVER,
          action: 'action-auto-resolve',
          targetType: 'action',
          targetId: action.id,
          before: action,
          after,
        });
        resolved += 1;
      } catch (error) {
        // A version check of ours, not an SQL error: the transaction goes on with the other actions.
        if (!isVersionConflictError(error)) throw error;
      }
    }
  });
  return resolved;
}
