/*
 * Updating a handoff action: the status machine and the rules that go with it. Routes only translate HTTP.
 *
 * - Illegal transitions and missing fields are 400s naming the field; `done` on an action whose criterion is checked
 *   (even partly, as INC-03) by attestation needs `evidenceUrl`.
 * - `verified` is for the POA or run side, never the assignee (403).
 * - `risk_accepted` requests a waiver (status `requested`, linked by `actionId`, bound to the action's release):
 *   someone else approves it; until then the criterion is not waived.
 */
import {
  ACTION_TEMPLATES,
  ACTION_TRANSITIONS,
  canTransition,
  CreateActionRequest,
  criterionNeedsEvidence,
  HandoffAction,
  ReadinessModel,
  TERMINAL_ACTION_STATUSES,
  transitionRequirements,
  UpdateActionRequest,
  validateTransition,
  Waiver,
} from '@operational-pilot/backstage-plugin-common';
import type { OperationalPilotStores as Stores } from '../database';
import type { ActionPatch } from '../database/ActionsStore';
import { isVersionConflictError } from '../database/errors';
import type { AuditRecorder } from './AuditRecorder';
import {
  FieldError,
  FieldValidationError,
  PreconditionFailedError,
} from './errors';
import type { GovernanceService } from './GovernanceService';
import type { Notifier } from '../notifications/Notifier';
import type { ReleaseActor as Actor } from './ReleaseService';
import { checkDate, checkRef } from './validation';
import { checkWaiverExpiry } from './waiverRules';
import { findCriterion } from '../routes/criteria';

const PEOPLE = ['user', 'group'];

const FIELD_MESSAGES: Record<string, string> = {
  blockedReason: 'say why the action is blocked',
  resolution: 'give a resolution explaining why',
  evidenceUrl:
    'its criterion is checked by attestation: give the evidence (an http(s) URL)',
};

export class ActionService {
  constructor(
    private readonly deps: {
      model: ReadinessModel;
      stores: Stores;
      audit: AuditRecorder;
      governance: GovernanceService;
      now: () => Date;
      /** Notifies the assignee and the waiver approvers; never fails the write. */
      notifier?: Notifier;
    },
  ) {}

  /**
   * Creates a handoff action (POST …/actions and the `create-handoff-action` action): the template, criterion,
   * due date, assignee and release are checked (400 naming the field), the priority follows the criterion
   * (blocking when it blocks a tier), and the creation is audited. The caller has checked the permission.
   */
  async create(
    actor: Actor,
    entityRef: string,
    body: CreateActionRequest,
  ): Promise<HandoffAction> {
    const { model, stores } = this.deps;
    const errors: FieldError[] = [];
    let source: HandoffAction['source'] = 'manual';
    let criterionId = body.criterionId;
    if (body.templateId) {
      const template = ACTION_TEMPLATES.find(t => t.id === body.templateId);
      if (!template) {
        errors.push({
          path: 'templateId',
          message: `no action template ${body.templateId}`,
        });
      } else {
        source = 'template';
        criterionId ??= template.criterionIds[0];
      }
    }
    if (criterionId) {
      const path = body.criterionId ? 'criterionId' : 'templateId';
      findCriterion(model, criterionId, path, errors);
    }
    checkDate(errors, 'dueDate', body.dueDate);
    checkRef(errors, 'assigneeRef', body.assigneeRef, PEOPLE, 'user');
    if (body.releaseId) {
      const release = await stores.releases.getById(body.releaseId);
      if (!release || release.entityRef !== entityRef) {
        errors.push({
          path: 'releaseId',
          message: `no release ${body.releaseId} for ${entityRef}`,
        });
      }
    }
    if (errors.length > 0) throw new FieldValidationError(errors);

    const criterion = criterionId
      ? model.criteria.find(c => c.id === criterionId)
      : undefined;
    const created = await this.deps.audit.record(
      {
        req: actor.req,
        credentials: actor.credentials,
        eventId: 'action-create',
        entityRef,
        targetType: 'action',
      },
      async tx => {
        const action = await tx.actions.create({
          entityRef,
          title: body.title,
          description: body.description,
          phase: body.phase,
          side: body.side,
          assigneeRef: body.assigneeRef,
          dueDate: body.dueDate,
          priority:
            body.priority ??
            (criterion && criterion.blockingTiers.length > 0
              ? 'blocking'
              : 'major'),
          status: body.status ?? 'open',
          criterionId,
          releaseId: body.releaseId,
          externalTicketUrl: body.externalTicketUrl,
          source,
          createdBy: actor.credentials.principal.userEntityRef,
        });
        return { result: action, targetId: action.id, after: action };
      },
    );
    await this.deps.notifier?.actionAssigned(
      created,
      actor.credentials.principal.userEntityRef,
    );
    return created;
  }

  /** What a move needs, as field errors at the field's path. */
  private transitionErrors(
    existing: HandoffAction,
    to: UpdateActionRequest['status'] & string,
    body: UpdateActionRequest,
  ): FieldError[] {
    const errors: FieldError[] = [];
    if (!canTransition(existing.status, to)) {
      const allowed = ACTION_TRANSITIONS[existing.status];
      errors.push({
        path: 'status',
        message: `an action cannot move from ${
          existing.status
        } to ${to}; allowed: ${
          allowed.length > 0 ? allowed.join(', ') : 'none (final status)'
        }`,
      });
      return errors;
    }
    const criterion = existing.criterionId
      ? this.deps.model.criteria.find(c => c.id === existing.criterionId)
      : undefined;
    const patch = body as Record<string, string | null | undefined>;
    for (const field of transitionRequirements(to, {
      evidenceRequired: criterionNeedsEvidence(criterion),
    })) {
      const value = field in patch ? patch[field] : existing[field];
      if (typeof value !== 'string' || value.trim() === '') {
        errors.push({
          path: field,
          message: `moving the action to ${to} needs ${field}: ${FIELD_MESSAGES[field]}`,
        });
      }
    }
    if (errors.length === 0) {
      const problem = validateTransition(existing, to, body as any, {
        criterion,
      });
      if (problem) {
        errors.push({
          path: /evidence/i.test(problem) ? 'evidenceUrl' : 'status',
          message: problem,
        });
      }
    }
    return errors;
  }

  async update(
    actor: Actor,
    existing: HandoffAction,
    body: UpdateActionRequest,
    expectedVersion: number,
  ): Promise<HandoffAction> {
    const now = this.deps.now();
    const errors: FieldError[] = [];
    checkDate(errors, 'dueDate', body.dueDate ?? undefined);
    checkRef(
      errors,
      'assigneeRef',
      body.assigneeRef ?? undefined,
      PEOPLE,
      'user',
    );

    const to =
      body.status && body.status !== existing.status ? body.status : undefined;
    let waiverExpiry: Date | undefined;
    if (to) {
      errors.push(...this.transitionErrors(existing, to, body));
      if (to === 'risk_accepted') {
        if (!existing.criterionId) {
          errors.push({
            path: 'status',
            message:
              'only an action linked to a criterion can end in risk acceptance (it requests a waiver on that criterion)',
          });
        }
        waiverExpiry = checkWaiverExpiry(
          errors,
          'waiverExpiresAt',
          body.waiverExpiresAt,
          now,
          this.deps.model.waiverMaxDays,
        );
        if (!body.waiverExpiresAt) {
          errors.push({
            path: 'waiverExpiresAt',
            message: 'accepting the risk requests a waiver: give its expiry',
          });
        }
      }
    }
    if (errors.length > 0) throw new FieldValidationError(errors);

    const user = actor.credentials.principal.userEntityRef;
    if (to === 'verified') {
      const operations = (
        await this.deps.stores.operations.get(existing.entityRef)
      )?.metadata;
      await this.deps.governance.checkVerifier(
        actor.credentials,
        existing,
        operations,
      );
    }

    const patch: ActionPatch = { ...body };
    delete (patch as any).waiverExpiresAt;
    if (to) {
      patch.closedAt = TERMINAL_ACTION_STATUSES.includes(to)
        ? now.toISOString()
        : null;
      if (to !== 'blocked' && body.blockedReason === undefined) {
        patch.blockedReason = null;
      }
    }
    let requestedWaiver: Waiver | undefined;
    let updated: HandoffAction;
    try {
      updated = await this.deps.audit.record(
        {
          req: actor.req,
          credentials: actor.credentials,
          eventId: to ? `action-${to.replace('_', '-')}` : 'action-update',
          entityRef: existing.entityRef,
          targetType: 'action',
          targetId: existing.id,
        },
        async stores => {
          const after = await stores.actions.update(
            existing.id,
            patch,
            expectedVersion,
            { now },
          );
          let waiverId: string | undefined;
          if (to === 'risk_accepted' && waiverExpiry && existing.criterionId) {
            // Four eyes: a request, approved by someone else with POST /waivers/{id}/approve.
            const waiver = await stores.waivers.create({
              entityRef: existing.entityRef,
              criterionId: existing.criterionId,
              reason:
                body.resolution ??
                `Risk accepted on action "${existing.title}"`,
              requestedBy: user,
              requestedAt: now.toISOString(),
              status: 'requested',
              expiresAt: waiverExpiry.toISOString(),
              actionId: existing.id,
              // A risk accepted on a release's action covers that release only.
              releaseId: existing.releaseId,
            });
            waiverId = waiver.id;
            requestedWaiver = waiver;
          }
          return {
            result: after,
            before: existing,
            after: waiverId ? { ...after, waiverId } : after,
          };
        },
      );
    } catch (error) {
      if (isVersionConflictError(error)) {
        throw new PreconditionFailedError(
          `The action was changed by someone else (you read version ${expectedVersion}, it is now at ${error.currentVersion}). Reload and apply your change again.`,
        );
      }
      throw error;
    }
    const notifier = this.deps.notifier;
    if (notifier) {
      if (requestedWaiver) await notifier.waiverRequested(requestedWaiver);
      const newAssignee =
        body.assigneeRef &&
        body.assigneeRef.toLocaleLowerCase('en-US') !==
          existing.assigneeRef?.toLocaleLowerCase('en-US');
      if (newAssignee) await notifier.actionAssigned(updated, user);
    }
    return updated;
  }
}
