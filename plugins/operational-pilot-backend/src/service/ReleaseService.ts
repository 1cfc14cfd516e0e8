/*
 * The life of a production release ("mise en production"): planning, go/no-go decisions with a frozen snapshot of
 * the gate, the multi-party hand-over to run, and the outcome. Business rules live here (and in the pure rules of
 * -common, `model/releases.ts`); routes only translate HTTP. Every refusal is a 4xx naming the field (or the
 * missing signature) and changes nothing; every write is audited in the same transaction as the change.
 */
import type {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  RELATION_HAS_PART,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  CreateDecisionRequest,
  CreateReleaseRequest,
  CriterionDefinition,
  DECISION_ROLES,
  DecisionApproversResponse,
  DEFAULT_HANDOVER_SIGNATORIES,
  EvaluationInput,
  HANDOVER_ROLE_TITLES,
  HandoffAction,
  HandoverRole,
  ReadinessModel,
  RecordOutcomeRequest,
  Release,
  ReleaseDecision,
  ReleaseGates,
  ReleaseStatus,
  SignHandoverRequest,
  Tier,
  UpdateReleaseRequest,
  checkReleaseTransition,
  editableReleaseFields,
  evaluateReadiness,
  evaluateReleaseGates,
  missingHandoverSignatures,
  OUTCOME_STATUSES,
  roleHolders,
} from '@operational-pilot/backstage-plugin-common';
import type { Request } from 'express';
import type { OperationalPilotStores as Stores } from '../database';
import { isVersionConflictError } from '../database/errors';
import type { ReleasePatch } from '../database/ReleasesStore';
import type { AuditRecorder } from './AuditRecorder';
import type { CatalogGateway } from './CatalogGateway';
import {
  FieldConflictError,
  FieldError,
  FieldValidationError,
  PreconditionFailedError,
} from './errors';
import type { EvaluationService } from './EvaluationService';
import { checkDate, checkInstant, checkRef } from './validation';
import { groupsOf, refKey } from './membership';

import { buildSnapshot } from './gateSnapshot';

// The CAB dossier builds the same snapshot for releases not decided yet.
export { buildSnapshot };

/** Who writes, for permission-checked and audited changes (the route has authorized them). */
export interface ReleaseActor {
  /** The HTTP request; absent for an action invoked through the actions registry (MCP). */
  req?: Request;
  credentials: BackstageCredentials<BackstageUserPrincipal>;
}

export interface ReleaseServiceOptions {
  model: ReadinessModel;
  stores: Stores;
  catalog: CatalogGateway;
  evaluations: EvaluationService;
  audit: AuditRecorder;
  now: () => Date;
}

/** Statuses in which a go/no-go decision can be recorded (a decision in `planned` moves the release to go_no_go). */
export const DECISION_STATUSES: readonly ReleaseStatus[] = [
  'planned',
  'go_no_go',
];

/** Statuses in which the hand-over to run can be signed. */
export const HANDOVER_STATUSES: readonly ReleaseStatus[] = [
  'deployed',
  'hypercare',
];

/** Kinds a release's scope may name. */
const SCOPE_KINDS = ['component', 'resource', 'api', 'system'];
const PEOPLE = ['user', 'group'];

function checkWindow(
  errors: FieldError[],
  path: string,
  window: { start: string; end: string } | null | undefined,
) {
  if (!window) return;
  const start = checkInstant(errors, `${path}.start`, window.start);
  const end = checkInstant(errors, `${path}.end`, window.end);
  if (start && end && end <= start) {
    errors.push({
      path: `${path}.end`,
      message: 'the window must end after it starts',
    });
  }
}

function checkEnvironments(
  errors: FieldError[],
  environments: string[] | null | undefined,
) {
  const seen = new Set<string>();
  environments?.forEach((name, i) => {
    if (typeof name !== 'string' || !name.trim()) {
      errors.push({
        path: `environments.${i}`,
        message: 'an environment name cannot be empty',
      });
      return;
    }
    const key = name.trim().toLocaleLowerCase('en-US');
    if (seen.has(key)) {
      errors.push({
        path: `environments.${i}`,
        message: `environment ${name} is listed twice`,
      });
    }
    seen.add(key);
  });
}

function checkScope(
  errors: FieldError[],
  scope: { components?: string[] } | null | undefined,
) {
  scope?.components?.forEach((ref, i) =>
    checkRef(errors, `scope.components.${i}`, ref, SCOPE_KINDS, 'component'),
  );
}

function checkHypercare(
  errors: FieldError[],
  hypercare: Release['hypercare'] | null | undefined,
) {
  if (!hypercare) return;
  checkWindow(errors, 'hypercare', hypercare);
  hypercare.buildStandby?.forEach((ref, i) =>
    checkRef(errors, `hypercare.buildStandby.${i}`, ref, PEOPLE, 'user'),
  );
}

/** A decision "go" (with or without reservations). */
function isGo(decision: string | undefined): boolean {
  return decision === 'go' || decision === 'go_with_reservations';
}

export class ReleaseService {
  constructor(private readonly options: ReleaseServiceOptions) {}

  private get model() {
    return this.options.model;
  }

  private get stores() {
    return this.options.stores;
  }

  /** Roles whose signatures make the hand-over to run. */
  get handoverSignatories(): readonly HandoverRole[] {
    return this.model.handoverSignatories ?? DEFAULT_HANDOVER_SIGNATORIES;
  }

  // ---------------------------------------------------------------- reads

  async get(id: string): Promise<Release> {
    const release = await this.stores.releases.getById(id);
    if (!release) throw new NotFoundError(`No release ${id}`);
    return release;
  }

  listByEntity(entityRef: string): Promise<Release[]> {
    return this.stores.releases.listByEntity(entityRef);
  }

  listDecisions(release: Release): Promise<ReleaseDecision[]> {
    return this.stores.decisions.listByRelease(release.id);
  }

  /** The two gates of the release, evaluated now from the same inputs as the entity's readiness. */
  async getGates(release: Release, entity: Entity): Promise<ReleaseGates> {
    const input = await this.options.evaluations.inputFor(entity);
    return this.gatesFrom(release, input);
  }

  /** Who should approve a go/no-go: the holders of the decision roles (users or groups). */
  async decisionApprovers(
    release: Release,
    entity: Entity,
  ): Promise<DecisionApproversResponse> {
    const operations = (await this.stores.operations.get(release.entityRef))
      ?.metadata;
    const holders = roleHolders(entity, operations);
    const items: DecisionApproversResponse['items'] = [];
    for (const role of DECISION_ROLES) {
      const ref = holders[role];
      if (ref) items.push({ role, ref });
    }
    return { items };
  }

  // ---------------------------------------------------------------- create

  async create(
    actor: ReleaseActor,
    entity: Entity,
    body: CreateReleaseRequest,
  ): Promise<Release> {
    const entityRef = stringifyEntityRef(entity);
    const errors: FieldError[] = [];
    const plannedAt = checkInstant(errors, 'plannedAt', body.plannedAt);
    checkWindow(errors, 'window', body.window);
    checkInstant(errors, 'changeApproval.date', body.changeApproval?.date);
    checkEnvironments(errors, body.environments);
    checkScope(errors, body.scope);
    checkHypercare(errors, body.hypercare);
    if (errors.length > 0 || !plannedAt) throw new FieldValidationError(errors);

    let scope = body.scope;
    if (
      entity.kind.toLocaleLowerCase('en-US') === 'system' &&
      !scope?.components
    ) {
      // A System release covers the system's components unless told otherwise.
      const components = (entity.relations ?? [])
        .filter(
          r =>
            r.type === RELATION_HAS_PART &&
            parseEntityRef(r.targetRef).kind.toLocaleLowerCase('en-US') ===
              'component',
        )
        .map(r => r.targetRef)
        .sort();
      if (components.length > 0) scope = { ...scope, components };
    }

    return this.options.audit.record(
      {
        req: actor.req,
        credentials: actor.credentials,
        eventId: 'release-create',
        entityRef,
        targetType: 'release',
      },
      async stores => {
        const created = await stores.releases.create({
          entityRef,
          version: body.version,
          kind: body.kind,
          changeType: body.changeType ?? 'normal',
          plannedAt: plannedAt.toISOString(),
          window: body.window,
          changeRef: body.changeRef,
          changeApproval: body.changeApproval,
          environments: body.environments?.map(e => e.trim()),
          scope,
          hypercare: body.hypercare,
          status: 'planned',
          createdBy: actor.credentials.principal.userEntityRef,
          createdAt: this.options.now().toISOString(),
        });
        return { result: created, targetId: created.id, after: created };
      },
    );
  }

  // ---------------------------------------------------------------- update

  async update(
    actor: ReleaseActor,
    existing: Release,
    entity: Entity,
    body: UpdateReleaseRequest & { goNoGo?: unknown },
    expectedRev: number,
  ): Promise<Release> {
    if (body.goNoGo !== undefined) {
      throw new FieldValidationError([
        {
          path: 'goNoGo',
          message: `go/no-go decisions are records of their own: POST /releases/${existing.id}/decisions`,
        },
      ]);
    }
    const errors: FieldError[] = [];
    const plannedAt = checkInstant(errors, 'plannedAt', body.plannedAt);
    checkWindow(errors, 'window', body.window);
    checkInstant(errors, 'changeApproval.date', body.changeApproval?.date);
    checkEnvironments(errors, body.environments);
    checkScope(errors, body.scope);
    checkHypercare(errors, body.hypercare);
    if (errors.length > 0) throw new FieldValidationError(errors);

    // Frozen fields: only a change is refused (a form may send back the value it read). The status follows the
    // transitions instead (a move out of a final status is an illegal transition, 400).
    const { editable, frozenReason } = editableReleaseFields(existing);
    const frozen: FieldError[] = [];
    for (const [field, value] of Object.entries(body)) {
      if (
        value === undefined ||
        field === 'status' ||
        editable.includes(field)
      ) {
        continue;
      }
      if (!this.changes(existing, field, value)) continue;
      frozen.push({
        path: field,
        message: `${field} cannot change: ${frozenReason ?? 'frozen'}`,
      });
    }
    if (frozen.length > 0) throw new FieldConflictError(frozen);

    const to = body.status;
    if (to && to !== existing.status) {
      const candidate: Release = {
        ...existing,
        ...(body.kind ? { kind: body.kind } : {}),
        hypercare:
          body.hypercare === null
            ? undefined
            : body.hypercare ?? existing.hypercare,
      };
      const input = await this.options.evaluations.inputFor(entity);
      // The hand-over gate only matters when closing; evaluate it only then.
      const gates =
        to === 'closed' ? this.gatesFrom(candidate, input) : undefined;
      const refusal = checkReleaseTransition(
        candidate,
        to,
        this.tierOf(input),
        gates,
      );
      if (refusal) {
        const fieldErrors = [{ path: refusal.field, message: refusal.message }];
        throw refusal.status === 400
          ? new FieldValidationError(fieldErrors)
          : new FieldConflictError(fieldErrors);
      }
    }

    const patch: ReleasePatch = {
      version: body.version,
      kind: body.kind,
      changeType: body.changeType,
      plannedAt: plannedAt?.toISOString(),
      window: body.window,
      changeRef: body.changeRef,
      changeApproval: body.changeApproval,
      environments:
        body.environments === null
          ? null
          : body.environments?.map(e => e.trim()),
      scope: body.scope,
      status: body.status,
      hypercare: body.hypercare,
    };
    for (const key of Object.keys(patch) as Array<keyof ReleasePatch>) {
      if (patch[key] === undefined) delete patch[key];
    }
    return this.writeRelease(
      actor,
      existing,
      body.status && body.status !== existing.status
        ? 'release-status'
        : 'release-update',
      expectedRev,
      async stores => ({
        release: await stores.releases.update(existing.id, patch, expectedRev, {
          now: this.options.now(),
        }),
      }),
    ).then(r => r.release);
  }

  // ---------------------------------------------------------------- decisions

  async recordDecision(
    actor: ReleaseActor,
    release: Release,
    entity: Entity,
    body: CreateDecisionRequest,
    expectedRev: number | undefined,
  ): Promise<{ decision: ReleaseDecision; release: Release }> {
    this.checkRevision(release, expectedRev);
    if (!DECISION_STATUSES.includes(release.status)) {
      throw new FieldConflictError([
        {
          path: 'status',
          message: `release ${release.version} is ${release.status}: a go/no-go decision is recorded while it is planned or at go/no-go`,
        },
      ]);
    }
    const input = await this.options.evaluations.inputFor(entity);
    const holders = roleHolders(entity, input.operations);
    const errors: FieldError[] = [];
    const approvers: string[] = [];
    const seen = new Set<string>();
    body.approvers.forEach((ref, i) => {
      const before = errors.length;
      checkRef(errors, `approvers.${i}`, ref, ['user'], 'user');
      if (errors.length > before) return;
      const key = refKey(ref, 'user')!;
      if (seen.has(key)) {
        errors.push({
          path: `approvers.${i}`,
          message: `${ref} is listed twice`,
        });
        return;
      }
      seen.add(key);
      approvers.push(key);
    });
    if (errors.length === 0) {
      const held = await this.rolesHeldBy(approvers, holders, DECISION_ROLES);
      approvers.forEach((user, i) => {
        if (held.get(user)!.length === 0) {
          errors.push({
            path: `approvers.${i}`,
            message: `${user} holds none of the decision roles of ${stringifyEntityRef(
              entity,
            )} (${describeHolders(holders, DECISION_ROLES)})`,
          });
        }
      });
    }
    const gates = this.gatesFrom(release, input);
    const overrideReason = body.overrideReason?.trim() || undefined;
    // The decision is taken on the gate without REL-06, which only checks that a decision exists.
    const decidedOn = gates.goNoGo.decisionVerdict ?? gates.goNoGo.verdict;
    if (isGo(body.decision) && decidedOn === 'not-ready' && !overrideReason) {
      errors.push({
        path: 'overrideReason',
        message: `the go/no-go gate of ${release.version} is not ready (${
          gates.goNoGo.blockers.join(', ') || 'see the gate'
        }): a "${body.decision}" decision needs an override reason`,
      });
    }
    if (errors.length > 0) throw new FieldValidationError(errors);

    const now = this.options.now();
    const readiness = evaluateReadiness(this.model, input);
    const snapshot = buildSnapshot(release, input, gates, readiness, now);
    const decidedBy = actor.credentials.principal.userEntityRef;
    const result = await this.writeRelease(
      actor,
      release,
      'release-decision',
      release.rev,
      async stores => {
        const decision = await stores.decisions.create({
          releaseId: release.id,
          entityRef: release.entityRef,
          decision: body.decision,
          approvers,
          overrideReason,
          notes: body.notes,
          decidedBy,
          decidedAt: now.toISOString(),
          snapshot,
        });
        const updated = await stores.releases.update(
          release.id,
          {
            goNoGo: {
              decision: body.decision,
              decidedAt: decision.decidedAt,
              approvers,
              ...(body.notes ? { notes: body.notes } : {}),
              decisionId: decision.id,
              decidedBy,
              ...(overrideReason ? { overrideReason } : {}),
            },
            ...(release.status === 'planned'
              ? { status: 'go_no_go' as const }
              : {}),
          },
          release.rev,
          { now },
        );
        return { release: updated, decision, targetId: decision.id };
      },
    );
    return { decision: result.decision!, release: result.release };
  }

  // ---------------------------------------------------------------- hand-over

  async signHandover(
    actor: ReleaseActor,
    release: Release,
    entity: Entity,
    body: SignHandoverRequest,
    expectedRev: number | undefined,
  ): Promise<Release> {
    this.checkRevision(release, expectedRev);
    const required = this.handoverSignatories;
    if (!required.includes(body.role)) {
      throw new FieldValidationError([
        {
          path: 'role',
          message: `${
            body.role
          } does not sign the hand-over to run; the signatories are ${required.join(
            ', ',
          )}`,
        },
      ]);
    }
    if (!HANDOVER_STATUSES.includes(release.status)) {
      throw new FieldConflictError([
        {
          path: 'status',
          message: `release ${release.version} is ${release.status}: the hand-over is signed once it is deployed or in hypercare`,
        },
      ]);
    }
    const already = release.handover?.signatures.find(
      s => s.role === body.role,
    );
    if (already) {
      throw new FieldConflictError([
        {
          path: 'role',
          message: `the ${
            HANDOVER_ROLE_TITLES[body.role]
          } already signed the hand-over of ${release.version} (${
            already.signedBy
          }, ${already.signedAt})`,
        },
      ]);
    }
    const operations = (await this.stores.operations.get(release.entityRef))
      ?.metadata;
    const holders = roleHolders(entity, operations);
    const holder = holders[body.role];
    const user = actor.credentials.principal.userEntityRef;
    const title = HANDOVER_ROLE_TITLES[body.role];
    if (!holder) {
      throw new NotAllowedError(
        `Nobody holds the ${title} role of ${stringifyEntityRef(
          entity,
        )}: assign it in the operational metadata before signing as ${title}`,
      );
    }
    const userKey = refKey(user, 'user')!;
    const held = await this.rolesHeldBy([userKey], holders, [body.role]);
    if (held.get(userKey)!.length === 0) {
      throw new NotAllowedError(
        `${user} may not sign as ${title} of ${stringifyEntityRef(
          entity,
        )}: the role is held by ${holder}`,
      );
    }

    const now = this.options.now().toISOString();
    const signatures = [
      ...(release.handover?.signatures ?? []),
      {
        role: body.role,
        signedBy: user,
        signedAt: now,
        ...(body.comment ? { comment: body.comment } : {}),
      },
    ];
    const complete =
      missingHandoverSignatures({ handover: { signatures } }, required)
        .length === 0;
    const completedAt =
      release.handover?.completedAt ?? (complete ? now : undefined);
    const handover: NonNullable<Release['handover']> = {
      signatures,
      ...(completedAt ? { completedAt } : {}),
    };
    const { release: updated } = await this.writeRelease(
      actor,
      release,
      'release-handover-sign',
      release.rev,
      async stores => ({
        release: await stores.releases.update(
          release.id,
          { handover },
          release.rev,
          { now: new Date(now) },
        ),
      }),
    );
    return updated;
  }

  // ---------------------------------------------------------------- outcome

  async recordOutcome(
    actor: ReleaseActor,
    release: Release,
    body: RecordOutcomeRequest,
    expectedRev: number | undefined,
  ): Promise<Release> {
    this.checkRevision(release, expectedRev);
    if (!OUTCOME_STATUSES.includes(release.status)) {
      throw new FieldConflictError([
        {
          path: 'status',
          message: `release ${release.version} is ${
            release.status
          }: its outcome is recorded once it is deployed (${OUTCOME_STATUSES.join(
            ', ',
          )})`,
        },
      ]);
    }
    const errors: FieldError[] = [];
    const incidents = (body.incidents ?? []).map(i => i.trim());
    incidents.forEach((incident, i) => {
      if (!incident) {
        errors.push({
          path: `incidents.${i}`,
          message: 'an incident reference cannot be empty',
        });
      }
    });
    body.lessons?.forEach((lesson, i) => {
      if (!lesson.title.trim()) {
        errors.push({
          path: `lessons.${i}.title`,
          message: 'a lesson needs a title',
        });
      }
      checkDate(errors, `lessons.${i}.dueDate`, lesson.dueDate);
      checkRef(
        errors,
        `lessons.${i}.assigneeRef`,
        lesson.assigneeRef,
        PEOPLE,
        'user',
      );
    });
    if (errors.length > 0) throw new FieldValidationError(errors);

    const decisions = await this.stores.decisions.listByRelease(release.id);
    const lastGo = decisions.find(d => isGo(d.decision));
    const now = this.options.now();
    const user = actor.credentials.principal.userEntityRef;
    const { release: updated } = await this.writeRelease(
      actor,
      release,
      'release-outcome',
      release.rev,
      async stores => {
        const created: HandoffAction[] = [];
        for (const lesson of body.lessons ?? []) {
          created.push(
            await stores.actions.create({
              entityRef: release.entityRef,
              title: lesson.title.trim(),
              description: `Follow-up of the review of release ${release.version}`,
              phase: 'after',
              side: lesson.side ?? 'build',
              assigneeRef: lesson.assigneeRef,
              dueDate: lesson.dueDate,
              priority: 'major',
              status: 'open',
              releaseId: release.id,
              source: 'manual',
              createdBy: user,
              createdAt: now.toISOString(),
            }),
          );
        }
        const outcome: NonNullable<Release['outcome']> = {
          outcome: body.outcome,
          incidents,
          ...(body.review ? { review: body.review } : {}),
          // Recording again replaces the outcome; follow-ups created earlier stay linked.
          followUpActionIds: [
            ...(release.outcome?.followUpActionIds ?? []),
            ...created.map(a => a.id),
          ],
          ...(lastGo
            ? {
                goGateVerdict:
                  lastGo.snapshot.goNoGo.decisionVerdict ??
                  lastGo.snapshot.goNoGo.verdict,
                goOverridden:
                  Boolean(lastGo.overrideReason) &&
                  (lastGo.snapshot.goNoGo.decisionVerdict ??
                    lastGo.snapshot.goNoGo.verdict) === 'not-ready',
              }
            : {}),
          recordedBy: user,
          recordedAt: now.toISOString(),
        };
        return {
          release: await stores.releases.update(
            release.id,
            { outcome },
            release.rev,
            { now },
          ),
        };
      },
    );
    return updated;
  }

  // ---------------------------------------------------------------- waivers

  /**
   * A waiver's release binding: the release must be one of the entity's, and a release-scoped criterion's waiver
   * must name its release (a waiver for v2.4 must not cover v2.5).
   */
  async checkWaiverRelease(
    errors: FieldError[],
    entityRef: string,
    criterion: CriterionDefinition | undefined,
    releaseId: string | undefined,
  ): Promise<void> {
    if (criterion?.scope === 'release' && !releaseId) {
      errors.push({
        path: 'releaseId',
        message: `${criterion.id} is checked per production release: give the releaseId the waiver is for`,
      });
    }
    if (releaseId) {
      const release = await this.stores.releases.getById(releaseId);
      if (
        !release ||
        release.entityRef.toLocaleLowerCase('en-US') !==
          entityRef.toLocaleLowerCase('en-US')
      ) {
        errors.push({
          path: 'releaseId',
          message: `no release ${releaseId} for ${entityRef}`,
        });
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private gatesFrom(release: Release, input: EvaluationInput): ReleaseGates {
    const releases = input.releases.some(r => r.id === release.id)
      ? input.releases.map(r => (r.id === release.id ? release : r))
      : [...input.releases, release];
    const gates = evaluateReleaseGates(
      this.model,
      { ...input, releases },
      release.id,
    );
    if (!gates) throw new NotFoundError(`No release ${release.id}`);
    return gates;
  }

  private tierOf(input: EvaluationInput): Tier {
    return input.operations?.tier ?? this.model.defaultTier;
  }

  /** Whether a PATCH field would change the stored value. */
  private changes(existing: Release, field: string, value: unknown): boolean {
    const current = (existing as unknown as Record<string, unknown>)[field];
    if (value === null) return current !== undefined;
    if (field === 'plannedAt' && typeof value === 'string') {
      return (
        new Date(value).getTime() !== new Date(existing.plannedAt).getTime()
      );
    }
    return JSON.stringify(value) !== JSON.stringify(current);
  }

  /** 412 when the client sent If-Match and the release has moved on since it read it. */
  private checkRevision(release: Release, expectedRev: number | undefined) {
    if (expectedRev !== undefined && expectedRev !== release.rev) {
      throw new PreconditionFailedError(
        `The release was changed by someone else (you read revision ${expectedRev}, it is now at ${release.rev}). Reload and apply your change again.`,
      );
    }
  }

  /** An audited change of a release; a concurrent change is a 412. */
  private async writeRelease<T extends { release: Release; targetId?: string }>(
    actor: ReleaseActor,
    existing: Release,
    eventId: string,
    expectedRev: number,
    mutation: (stores: Stores) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.options.audit.record(
        {
          req: actor.req,
          credentials: actor.credentials,
          eventId,
          entityRef: existing.entityRef,
          targetType: 'release',
          targetId: existing.id,
        },
        async stores => {
          const result = await mutation(stores);
          return {
            result,
            targetId: existing.id,
            before: existing,
            after: result.release,
          };
        },
      );
    } catch (error) {
      if (isVersionConflictError(error)) {
        throw new PreconditionFailedError(
          `The release was changed by someone else (you read revision ${expectedRev}, it is now at ${error.currentVersion}). Reload and apply your change again.`,
        );
      }
      throw error;
    }
  }

  /**
   * For each user (lower-cased ref), the roles among `roles` they hold: the role's ref is the user, or a group the
   * user is a member of (the user entity's `memberOf` relations, or `spec.memberOf`, in the catalog).
   */
  private async rolesHeldBy(
    users: string[],
    holders: Partial<Record<HandoverRole, string>>,
    roles: readonly HandoverRole[],
  ): Promise<Map<string, HandoverRole[]>> {
    const held = new Map<string, HandoverRole[]>(users.map(u => [u, []]));
    const groupRoles: Array<[HandoverRole, string]> = [];
    for (const role of roles) {
      const ref = holders[role];
      if (!ref) continue;
      const key = refKey(ref, 'user');
      if (!key) continue;
      if (key.startsWith('group:')) groupRoles.push([role, key]);
      else held.get(key)?.push(role);
    }
    if (groupRoles.length > 0 && users.length > 0) {
      const entities = await this.options.catalog.getRelated(users);
      for (const user of users) {
        const groups = groupsOf(entities[user] ?? null, user);
        for (const [role, group] of groupRoles) {
          if (groups.has(group)) held.get(user)!.push(role);
        }
      }
    }
    return held;
  }
}

function describeHolders(
  holders: Partial<Record<HandoverRole, string>>,
  roles: readonly HandoverRole[],
): string {
  const parts = roles
    .filter(role => holders[role])
    .map(role => `${HANDOVER_ROLE_TITLES[role]}: ${holders[role]}`);
  return parts.length > 0
    ? parts.join(', ')
    : 'no decision role is assigned: set the owner and the roles in the operational metadata';
}
