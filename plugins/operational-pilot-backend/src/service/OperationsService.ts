/*
 * Operational metadata: reads, writes, and the sensitive changes held as proposals. Routes only translate HTTP.
 *
 * No self-escalation: a change to the tier, the roles, the support groups, the SLO owner or the continuity agreement
 * by someone who is neither the entity's POA (user or group member), a member of `poaGroups`, nor an approver is
 * held as a proposal (`governance.sensitiveChanges: propose`, the default) that the POA accepts or rejects, or
 * refused with 403 (`refuse`). The other fields of the same request apply normally. Everything is audited.
 */
import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  OperationalMetadata,
  OperationsChange,
  OperationsProposal,
  OperationsRecord,
  SENSITIVE_OPERATIONS_PATHS,
} from '@operational-pilot/backstage-plugin-common';
import type { OperationalPilotStores as Stores } from '../database';
import { isVersionConflictError } from '../database/errors';
import type { AuditRecorder } from './AuditRecorder';
import { FieldValidationError, PreconditionFailedError } from './errors';
import type { GovernanceService } from './GovernanceService';
import type { ReleaseActor as Actor } from './ReleaseService';
import { validateOperationalMetadata } from './validation';

function getPath(value: unknown, path: string): unknown {
  let current: any = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = current[key];
  }
  return current === null || current === '' ? undefined : current;
}

/** Sets (or, with `undefined`, removes) a dotted path, creating intermediate objects. */
function setPath(target: any, path: string, value: unknown) {
  const keys = path.split('.');
  let current = target;
  for (const key of keys.slice(0, -1)) {
    if (current[key] === null || typeof current[key] !== 'object') {
      if (value === undefined) return;
      current[key] = {};
    }
    current = current[key];
  }
  const last = keys[keys.length - 1];
  if (value === undefined) delete current[last];
  else current[last] = value;
}

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value ?? {}));
}

/** The sensitive fields `next` changes compared with `current`. */
export function sensitiveChanges(
  current: OperationalMetadata | undefined,
  next: OperationalMetadata,
): OperationsChange[] {
  const changes: OperationsChange[] = [];
  for (const path of SENSITIVE_OPERATIONS_PATHS) {
    const before = getPath(current, path);
    const after = getPath(next, path);
    if (!same(before, after)) {
      changes.push({
        path,
        ...(before !== undefined ? { before } : {}),
        ...(after !== undefined ? { after } : {}),
      });
    }
  }
  return changes;
}

export type PutOperationsResult =
  | { status: 200; record: OperationsRecord }
  | {
      status: 202;
      record: OperationsRecord;
      proposal: OperationsProposal;
      /** Paths held in the proposal; every other field was applied. */
      held: string[];
    };

export class OperationsService {
  constructor(
    private readonly deps: {
      stores: Stores;
      audit: AuditRecorder;
      governance: GovernanceService;
      now: () => Date;
    },
  ) {}

  /** The record (version 0 when none) with its pending proposals. */
  async get(entityRef: string): Promise<OperationsRecord> {
    const record = (await this.deps.stores.operations.get(entityRef)) ?? {
      entityRef,
      version: 0,
      metadata: {},
    };
    const pendingProposals = await this.deps.stores.proposals.listByEntity(
      entityRef,
      { status: ['pending'] },
    );
    return { ...record, pendingProposals };
  }

  private stale(
    entityRef: string,
    expected: number,
    current: number | undefined,
  ) {
    return new PreconditionFailedError(
      `The operational metadata of ${entityRef} was changed by someone else (you read version ${expected}, it is now at ${
        current ?? 0
      }). Reload and apply your change again.`,
    );
  }

  async put(
    actor: Actor,
    entityRef: string,
    metadata: OperationalMetadata,
    expectedVersion: number,
  ): Promise<PutOperationsResult> {
    const fieldErrors = validateOperationalMetadata(metadata);
    if (fieldErrors.length > 0) throw new FieldValidationError(fieldErrors);
    const { stores, governance } = this.deps;
    const user = actor.credentials.principal.userEntityRef;
    const current = await stores.operations.get(entityRef);
    if ((current?.version ?? 0) !== expectedVersion) {
      throw this.stale(entityRef, expectedVersion, current?.version);
    }
    const changes = sensitiveChanges(current?.metadata, metadata);
    const privileged =
      changes.length === 0 ||
      (await governance.maySetSensitive(
        actor.credentials,
        entityRef,
        current?.metadata,
      ));
    if (privileged) {
      const record = await this.write(
        actor,
        'operations-update',
        entityRef,
        async tx => {
          const after = await tx.operations.put(entityRef, metadata, {
            expectedVersion,
            actor: user,
            now: this.deps.now(),
          });
          return {
            result: after,
            before: current?.metadata,
            after: after.metadata,
          };
        },
        expectedVersion,
      );
      return { status: 200, record };
    }

    const held = changes.map(c => c.path);
    const holders = `the POA (${
      current?.metadata.roles?.poa ?? 'not assigned'
    }), a member of a POA group or an approver`;
    if (governance.sensitiveChanges === 'refuse') {
      throw new NotAllowedError(
        `${user} may not change ${held.join(
          ', ',
        )} of ${entityRef}: only ${holders} may`,
      );
    }
    // Apply everything else; keep the sensitive fields as they are until the POA accepts.
    const applied = clone(metadata);
    for (const change of changes) setPath(applied, change.path, change.before);
    const otherChanges = !same(clone(current?.metadata), applied);
    const now = this.deps.now();
    const { record, proposal } = await this.write(
      actor,
      'operations-propose',
      entityRef,
      async tx => {
        const after = otherChanges
          ? await tx.operations.put(entityRef, applied, {
              expectedVersion,
              actor: user,
              now,
            })
          : current ?? { entityRef, version: 0, metadata: {} };
        const created = await tx.proposals.create({
          entityRef,
          changes,
          proposedBy: user,
          proposedAt: now,
        });
        return {
          result: { record: after, proposal: created },
          targetId: created.id,
          before: current?.metadata,
          after: { metadata: after.metadata, proposal: created },
        };
      },
      expectedVersion,
    );
    return { status: 202, record, proposal, held };
  }

  private async pending(entityRef: string, id: string) {
    const proposal = await this.deps.stores.proposals.getById(id);
    if (
      !proposal ||
      proposal.entityRef !== entityRef.toLocaleLowerCase('en-US')
    ) {
      throw new NotFoundError(`No proposal ${id} for ${entityRef}`);
    }
    if (proposal.status !== 'pending') {
      throw new ConflictError(
        `The proposal was already ${proposal.status} by ${proposal.decidedBy}`,
      );
    }
    return proposal;
  }

  /** The POA (or a POA-group member, or an approver) accepts: the changes apply on the current metadata. */
  async accept(
    actor: Actor,
    entityRef: string,
    id: string,
    comment?: string,
  ): Promise<{ record: OperationsRecord; proposal: OperationsProposal }> {
    const proposal = await this.pending(entityRef, id);
    const user = actor.credentials.principal.userEntityRef;
    const current = await this.deps.stores.operations.get(entityRef);
    if (
      !(await this.deps.governance.maySetSensitive(
        actor.credentials,
        entityRef,
        current?.metadata,
      ))
    ) {
      throw new NotAllowedError(
        `${user} may not accept changes of ${proposal.changes
          .map(c => c.path)
          .join(', ')}: only the POA (${
          current?.metadata.roles?.poa ?? 'not assigned'
        }), a member of a POA group or an approver may`,
      );
    }
    if (
      proposal.proposedBy.toLocaleLowerCase('en-US') ===
      user.toLocaleLowerCase('en-US')
    ) {
      throw new ConflictError(
        'A proposal is accepted by someone other than its author (four-eyes principle)',
      );
    }
    const next = clone(current?.metadata ?? {});
    for (const change of proposal.changes) {
      const now = getPath(current?.metadata, change.path);
      if (!same(now, change.before)) {
        throw new ConflictError(
          `${change.path} changed since the proposal (it was ${JSON.stringify(
            change.before ?? null,
          )}, it is now ${JSON.stringify(
            now ?? null,
          )}): reject it and propose again`,
        );
      }
      setPath(next, change.path, change.after);
    }
    const fieldErrors = validateOperationalMetadata(next);
    if (fieldErrors.length > 0) throw new FieldValidationError(fieldErrors);
    const expectedVersion = current?.version ?? 0;
    return this.write(
      actor,
      'operations-proposal-accept',
      entityRef,
      async tx => {
        const record = await tx.operations.put(entityRef, next, {
          expectedVersion,
          actor: user,
          now: this.deps.now(),
        });
        const decided = await tx.proposals.decide(id, {
          status: 'accepted',
          by: user,
          at: this.deps.now(),
          comment,
        });
        return {
          result: { record, proposal: decided },
          targetId: id,
          before: current?.metadata,
          after: {
            metadata: record.metadata,
            proposal: decided,
          },
        };
      },
      expectedVersion,
    );
  }

  /** Rejected by whoever may accept it, or withdrawn by its author. */
  async reject(
    actor: Actor,
    entityRef: string,
    id: string,
    comment?: string,
  ): Promise<OperationsProposal> {
    const proposal = await this.pending(entityRef, id);
    const user = actor.credentials.principal.userEntityRef;
    const author =
      proposal.proposedBy.toLocaleLowerCase('en-US') ===
      user.toLocaleLowerCase('en-US');
    if (
      !author &&
      !(await this.deps.governance.maySetSensitive(
        actor.credentials,
        entityRef,
        (
          await this.deps.stores.operations.get(entityRef)
        )?.metadata,
      ))
    ) {
      throw new NotAllowedError(
        `${user} may not reject the proposal: only the POA, a member of a POA group, an approver or its author may`,
      );
    }
    return this.write(
      actor,
      'operations-proposal-reject',
      entityRef,
      async tx => {
        const decided = await tx.proposals.decide(id, {
          status: 'rejected',
          by: user,
          at: this.deps.now(),
          comment,
        });
        return {
          result: decided,
          targetId: id,
          before: proposal,
          after: decided,
        };
      },
      undefined,
    );
  }

  private async write<T>(
    actor: Actor,
    eventId: string,
    entityRef: string,
    mutation: (tx: Stores) => Promise<{
      result: T;
      targetId?: string;
      before?: unknown;
      after?: unknown;
    }>,
    expectedVersion: number | undefined,
  ): Promise<T> {
    try {
      return await this.deps.audit.record(
        {
          req: actor.req,
          credentials: actor.credentials,
          eventId,
          entityRef,
          targetType: 'operations',
          targetId: entityRef,
        },
        mutation,
      );
    } catch (error) {
      if (isVersionConflictError(error) && expectedVersion !== undefined) {
        throw this.stale(entityRef, expectedVersion, error.currentVersion);
      }
      throw error;
    }
  }
}
