/*
 * The release checklist (domain §4.5): one handoff action per applicable action template, before, during and
 * after a production release, each due at its template's offset from the start of the release window (D-14, D-1,
 * D, D+7…), owed by the template's side and assigned to the holder of the matching role. `proposeChecklist` is
 * pure (the preview and the creation share it); `ReleaseChecklistService` validates and creates the items in one
 * audited transaction.
 */
import type {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import {
  ACTION_TEMPLATES,
  ActionPriority,
  ActionTemplate,
  ChecklistItem,
  CriterionDefinition,
  HandoffAction,
  needsHypercare,
  OPEN_RELEASE_STATUSES,
  OperationalMetadata,
  Phase,
  ReadinessModel,
  Release,
  roleHolders,
  Side,
  TERMINAL_ACTION_STATUSES,
  Tier,
} from '@operational-pilot/backstage-plugin-common';
import type { OperationalPilotStores as Stores } from '../database';
import type { AuditRecorder } from './AuditRecorder';
import { FieldConflictError, FieldError, FieldValidationError } from './errors';
import { checkDate, checkRef } from './validation';
import type { AnyRequest } from './anyRequest';

const DAY_MS = 24 * 60 * 60 * 1000;
const CHECKLIST_PHASES: readonly Phase[] = ['before', 'during', 'after'];
const PHASE_ORDER: Record<Phase, number> = {
  before: 0,
  during: 1,
  after: 2,
  run: 3,
};
/** Default offsets for templates that have none. */
const DEFAULT_OFFSETS: Record<Phase, number> = {
  before: -7,
  during: 0,
  after: 7,
  run: 30,
};
/** Criteria that only matter when the release goes through hypercare and a hand-over. */
const HYPERCARE_CRITERIA = new Set(['SUP-04', 'KT-02', 'KT-03', 'KT-04']);
const PEOPLE = ['user', 'group'];

export interface ChecklistContext {
  model: ReadinessModel;
  release: Release;
  entity: Entity;
  operations?: OperationalMetadata;
  /** The entity's actions (those of this release that are still open cover their criteria). */
  actions: HandoffAction[];
  templates?: readonly ActionTemplate[];
  /** Entity-scoped criteria that pass today: a template that only serves them has nothing left to do. */
  passing?: ReadonlySet<string>;
  /** Today: a due date is never in the past (a release planned in 3 days gets its D-14 items due today). */
  now?: Date;
}

/** The day (YYYY-MM-DD, UTC) the release starts: its window's start, else its planned date. */
export function releaseStartDay(release: Release): Date {
  const start = new Date(release.window?.start ?? release.plannedAt);
  return new Date(
    Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()),
  );
}

/** Who holds the role that owes a side's work: run → ops owner, POA → POA, business → business owner, build → owner. */
export function assigneeForSide(
  side: Side,
  entity: Entity | undefined,
  operations: OperationalMetadata | undefined,
): string | undefined {
  const holders = roleHolders(entity, operations);
  switch (side) {
    case 'run':
      return holders.opsOwner;
    case 'poa':
      return holders.poa;
    case 'business':
      return holders.businessOwner;
    case 'build':
      return holders.owner;
    case 'security':
      return operations?.roles?.securityApprover;
    default:
      return undefined;
  }
}

function priorityOf(
  criteria: CriterionDefinition[],
  tier: Tier,
): ActionPriority {
  if (criteria.some(c => c.blockingTiers.includes(tier))) return 'blocking';
  return criteria.some(c => c.weight >= 2) ? 'major' : 'minor';
}

/**
 * One item per template of a release phase whose criteria are enabled in the model and apply to the entity's
 * kind, skipping templates already covered by an open action of this release (same phase, one of the template's
 * criteria) and, for releases without hypercare, the hypercare and hand-over templates. Sorted by due date.
 */
export function proposeChecklist(ctx: ChecklistContext): ChecklistItem[] {
  const { model, release, entity, operations } = ctx;
  const tier = operations?.tier ?? model.defaultTier;
  const kind = entity.kind.toLocaleLowerCase('en-US');
  const enabled = new Map(model.criteria.map(c => [c.id, c]));
  const hypercare = needsHypercare(release, tier);
  const covered = new Set(
    ctx.actions
      .filter(
        a =>
          a.releaseId === release.id &&
          a.criterionId &&
          !TERMINAL_ACTION_STATUSES.includes(a.status),
      )
      .map(a => `${a.phase}|${a.criterionId}`),
  );
  const start = releaseStartDay(release).getTime();
  const now = ctx.now ?? new Date();
  const today = Date.UTC(
    now.getUTCFullYear(),
    now.getUTCMonth(),
    now.getUTCDate(),
  );
  const items: ChecklistItem[] = [];
  for (const template of ctx.templates ?? ACTION_TEMPLATES) {
    if (!CHECKLIST_PHASES.includes(template.phase)) continue;
    const criteria = template.criterionIds
      .map(id => enabled.get(id))
      .filter((c): c is CriterionDefinition => c !== undefined)
      .filter(c => !c.appliesTo?.kinds || c.appliesTo.kinds.includes(kind));
    if (criteria.length === 0) continue;
    if (!hypercare && criteria.every(c => HYPERCARE_CRITERIA.has(c.id))) {
      continue;
    }
    if (criteria.some(c => covered.has(`${template.phase}|${c.id}`))) continue;
    if (criteria.every(c => c.scope === 'entity' && ctx.passing?.has(c.id))) {
      continue;
    }
    const offsetDays = template.offsetDays ?? DEFAULT_OFFSETS[template.phase];
    const assigneeRef = assigneeForSide(template.side, entity, operations);
    items.push({
      templateId: template.id,
      title: template.title,
      phase: template.phase,
      side: template.side,
      ...(assigneeRef ? { assigneeRef } : {}),
      dueDate: new Date(Math.max(start + offsetDays * DAY_MS, today))
        .toISOString()
        .slice(0, 10),
      offsetDays,
      priority: priorityOf(criteria, tier),
      criterionId: criteria[0].id,
    });
  }
  return items.sort(
    (a, b) =>
      a.dueDate!.localeCompare(b.dueDate!) ||
      PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase],
  );
}

/** Field errors of edited checklist items (the OpenAPI schema has checked types and enums). */
export function validateChecklistItems(
  items: ChecklistItem[],
  model: ReadinessModel,
  templates: readonly ActionTemplate[] = ACTION_TEMPLATES,
): FieldError[] {
  const errors: FieldError[] = [];
  const criteria = new Set(model.criteria.map(c => c.id));
  items.forEach((item, i) => {
    const at = (field: string) => `items.${i}.${field}`;
    if (!item.title?.trim()) {
      errors.push({ path: at('title'), message: 'an action needs a title' });
    }
    if (!CHECKLIST_PHASES.includes(item.phase)) {
      errors.push({
        path: at('phase'),
        message: `a release checklist action is before, during or after the release, not ${item.phase}`,
      });
    }
    if (item.dueDate === undefined) {
      errors.push({
        path: at('dueDate'),
        message: 'give a due date (YYYY-MM-DD)',
      });
    } else {
      checkDate(errors, at('dueDate'), item.dueDate);
    }
    checkRef(errors, at('assigneeRef'), item.assigneeRef, PEOPLE, 'user');
    if (item.templateId && !templates.some(t => t.id === item.templateId)) {
      errors.push({
        path: at('templateId'),
        message: `no action template ${item.templateId}`,
      });
    }
    if (item.criterionId && !criteria.has(item.criterionId)) {
      errors.push({
        path: at('criterionId'),
        message: `no criterion ${item.criterionId} in the readiness model in force`,
      });
    }
  });
  return errors;
}

export interface ChecklistActor {
  req: AnyRequest;
  credentials: BackstageCredentials<BackstageUserPrincipal>;
}

export class ReleaseChecklistService {
  constructor(
    private readonly options: {
      model: ReadinessModel;
      stores: Stores;
      audit: AuditRecorder;
      now: () => Date;
    },
  ) {}

  /** 409 unless the release is open (planned, at go/no-go, deployed or in hypercare). */
  checkOpen(release: Release) {
    if (!OPEN_RELEASE_STATUSES.includes(release.status)) {
      throw new FieldConflictError([
        {
          path: 'status',
          message: `release ${release.version} is ${
            release.status
          }: a checklist is generated for open releases only (${OPEN_RELEASE_STATUSES.join(
            ', ',
          )})`,
        },
      ]);
    }
  }

  async preview(release: Release, entity: Entity): Promise<ChecklistItem[]> {
    this.checkOpen(release);
    const { stores, model } = this.options;
    const [operations, actions, evaluation] = await Promise.all([
      stores.operations.get(release.entityRef),
      stores.actions.listByEntity(release.entityRef, { releaseId: release.id }),
      stores.evaluations.get(release.entityRef),
    ]);
    const passing = new Set(
      (evaluation?.readiness.criteria ?? [])
        .filter(c => c.status === 'pass' || c.status === 'expiring')
        .map(c => c.id),
    );
    return proposeChecklist({
      model,
      release,
      entity,
      operations: operations?.metadata,
      actions,
      passing,
      now: this.options.now(),
    });
  }

  /** Creates the given items (or the proposal as is), each an action of the release from a template. */
  async create(
    actor: ChecklistActor,
    release: Release,
    entity: Entity,
    items: ChecklistItem[] | undefined,
  ): Promise<HandoffAction[]> {
    this.checkOpen(release);
    const { model } = this.options;
    if (items) {
      const errors = validateChecklistItems(items, model);
      if (errors.length > 0) throw new FieldValidationError(errors);
    }
    const toCreate = items ?? (await this.preview(release, entity));
    const user = actor.credentials.principal.userEntityRef;
    const now = this.options.now().toISOString();
    return this.options.audit.record(
      {
        req: actor.req,
        credentials: actor.credentials,
        eventId: 'release-checklist-create',
        entityRef: release.entityRef,
        targetType: 'release',
        targetId: release.id,
      },
      async stores => {
        const created: HandoffAction[] = [];
        for (const item of toCreate) {
          const template = ACTION_TEMPLATES.find(t => t.id === item.templateId);
          created.push(
            await stores.actions.create({
              entityRef: release.entityRef,
              title: item.title.trim(),
              description: item.description,
              phase: item.phase,
              side: item.side,
              assigneeRef: item.assigneeRef,
              dueDate: item.dueDate,
              priority: item.priority,
              status: 'open',
              criterionId: item.criterionId ?? template?.criterionIds[0],
              releaseId: release.id,
              source: 'template',
              createdBy: user,
              createdAt: now,
            }),
          );
        }
        return {
          result: created,
          targetId: release.id,
          after: created.map(a => ({
            id: a.id,
            title: a.title,
            phase: a.phase,
            dueDate: a.dueDate,
          })),
        };
      },
    );
  }
}
