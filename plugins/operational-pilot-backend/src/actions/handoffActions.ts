/*
 * Handoff actions between build and run: `list-overdue-actions` and `create-handoff-action` (POST …/actions).
 */
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  actionCreatePermission,
  HandoffAction,
  PHASES,
  SIDES,
} from '@operational-pilot/backstage-plugin-common';
import { reevaluate, RouteContext } from '../routes/context';
import { ActionService } from '../service/ActionService';
import { governanceOf } from '../service/GovernanceService';
import {
  dateInput,
  defined,
  entityRefInput,
  peopleRefInput,
  visibleEntity,
  Zod,
} from './shared';

const DAY_MS = 24 * 60 * 60 * 1000;
export const OVERDUE_DEFAULT_LIMIT = 50;
export const OVERDUE_MAX_LIMIT = 200;

function phaseInput(z: Zod) {
  return z
    .enum(PHASES as [string, ...string[]])
    .describe(
      'When the action is due relative to a production release: before, during, after, or run (operations).',
    );
}

function sideInput(z: Zod) {
  return z
    .enum(SIDES as [string, ...string[]])
    .describe('Who does it: build, run, poa, business, security or vendor.');
}

function actionOutput(z: Zod) {
  return z.object({
    id: z.string(),
    entityRef: z.string(),
    title: z.string(),
    description: z.string().optional(),
    phase: z.string(),
    side: z.string(),
    status: z.string(),
    priority: z.string().describe('blocking, major or minor.'),
    dueDate: z.string().optional(),
    assigneeRef: z.string().optional(),
    criterionId: z.string().optional(),
    releaseId: z.string().optional(),
    createdBy: z.string(),
    createdAt: z.string(),
    version: z.number(),
  });
}

function toActionOutput(action: HandoffAction) {
  return defined({
    id: action.id,
    entityRef: action.entityRef,
    title: action.title,
    description: action.description,
    phase: action.phase,
    side: action.side,
    status: action.status,
    priority: action.priority,
    dueDate: action.dueDate,
    assigneeRef: action.assigneeRef,
    criterionId: action.criterionId,
    releaseId: action.releaseId,
    createdBy: action.createdBy,
    createdAt: action.createdAt,
    version: action.version,
  });
}

/** `team-a` → `group:default/team-a` (the owner of an entity is a group unless said otherwise). */
function ownerKey(owner: string): string {
  return stringifyEntityRef(
    parseEntityRef(owner, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    }),
  ).toLocaleLowerCase('en-US');
}

export function registerHandoffActions(
  registry: ActionsRegistryService,
  ctx: RouteContext,
) {
  const actions = new ActionService({
    model: ctx.model,
    stores: ctx.stores,
    audit: ctx.audit,
    governance: governanceOf(ctx),
    now: ctx.now,
    notifier: ctx.notifier,
  });

  registry.register({
    name: 'list-overdue-actions',
    title: 'List overdue handoff actions',
    description: [
      'Lists the overdue handoff actions between build and run: open, in progress or blocked actions whose due',
      'date is past, the most overdue first, across the catalog entities the caller may see. Each has its entity,',
      'title, due date, days overdue, assignee, phase (before, during, after a release, or run), side and',
      'status. Filter by entityRef (one entity), owner (the owning team of the entities, e.g.',
      '"group:default/payments-team") or assigneeRef; limit defaults to 50.',
    ].join(' '),
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          entityRef: entityRefInput(z).optional(),
          owner: peopleRefInput(
            z,
            'Only entities owned by this team or user (a ref without a kind is a group)',
          ).optional(),
          assigneeRef: peopleRefInput(
            z,
            'Only actions assigned to this user or group',
          ).optional(),
          limit: z
            .number()
            .int()
            .min(1)
            .max(OVERDUE_MAX_LIMIT)
            .optional()
            .describe(
              `At most this many actions (default ${OVERDUE_DEFAULT_LIMIT}).`,
            ),
        }),
      output: z =>
        z.object({
          today: z
            .string()
            .describe('The UTC day overdue is computed against.'),
          total: z
            .number()
            .describe('How many overdue actions match (before the limit).'),
          items: z.array(
            z.object({
              id: z.string(),
              entityRef: z.string(),
              title: z.string(),
              dueDate: z.string(),
              daysOverdue: z.number(),
              assigneeRef: z.string().optional(),
              phase: z.string(),
              side: z.string(),
              status: z.string(),
              priority: z.string(),
              criterionId: z.string().optional(),
              releaseId: z.string().optional(),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      const now = ctx.now();
      const today = now.toISOString().slice(0, 10);
      let entityRefs: string[] | undefined;
      if (input.entityRef) {
        const { entityRef } = await visibleEntity(
          ctx,
          input.entityRef,
          credentials,
        );
        entityRefs = [entityRef];
      }
      let items = await ctx.stores.actions.listOverdue({
        today,
        entityRefs,
        assigneeRef: input.assigneeRef
          ? stringifyEntityRef(
              parseEntityRef(input.assigneeRef, {
                defaultKind: 'user',
                defaultNamespace: 'default',
              }),
            )
          : undefined,
        ownerRef: input.owner ? ownerKey(input.owner) : undefined,
      });
      // The same visibility as the portfolio: only entities the catalog lets the caller read.
      if (!entityRefs && items.length > 0) {
        const scope = await ctx.authorizer.catalogReadScope(credentials);
        if (scope === 'none') {
          items = [];
        } else if (scope === 'conditional') {
          const visible = await ctx.catalog.visibleAmong(
            [...new Set(items.map(a => a.entityRef))],
            credentials,
          );
          items = items.filter(a =>
            visible.has(a.entityRef.toLocaleLowerCase('en-US')),
          );
        }
      }
      const limit = input.limit ?? OVERDUE_DEFAULT_LIMIT;
      const midnight = Date.parse(`${today}T00:00:00Z`);
      return {
        output: {
          today,
          total: items.length,
          items: items.slice(0, limit).map(a =>
            defined({
              id: a.id,
              entityRef: a.entityRef,
              title: a.title,
              dueDate: a.dueDate!,
              daysOverdue: Math.round(
                (midnight - Date.parse(`${a.dueDate}T00:00:00Z`)) / DAY_MS,
              ),
              assigneeRef: a.assigneeRef,
              phase: a.phase,
              side: a.side,
              status: a.status,
              priority: a.priority,
              criterionId: a.criterionId,
              releaseId: a.releaseId,
            }),
          ),
        },
      };
    },
  });

  registry.register({
    name: 'create-handoff-action',
    title: 'Create a handoff action on a catalog entity',
    description: [
      'Creates a handoff action (a task between build and run) on a catalog entity, as the "Operational pilot"',
      'tab does: title, phase (before, during or after a production release, or run), side (build, run, poa,',
      'business, security, vendor), and optionally a due date, an assignee, the readiness criterion it fixes',
      '(e.g. "BCK-03"; the priority is then blocking when the criterion blocks a tier), the release it belongs',
      'to and a description. The action starts open. The caller must be a signed-in user allowed to create',
      'actions on the entity (permission operational-pilot.action.create), otherwise it fails; invalid fields',
      '(unknown criterion, release of another entity, impossible date) fail with a message naming the field.',
      'The creation is audited.',
    ].join(' '),
    attributes: { readOnly: false, idempotent: false, destructive: false },
    schema: {
      input: z =>
        z.object({
          entityRef: entityRefInput(z),
          title: z.string().min(1).max(200).describe('What is to be done.'),
          phase: phaseInput(z),
          side: sideInput(z),
          dueDate: dateInput(z, 'Due date, YYYY-MM-DD.').optional(),
          assigneeRef: peopleRefInput(
            z,
            'Who does it (a ref without a kind is a user)',
          ).optional(),
          criterionId: z
            .string()
            .min(1)
            .max(200)
            .optional()
            .describe(
              'The readiness criterion the action fixes, e.g. "BCK-03".',
            ),
          releaseId: z
            .string()
            .min(1)
            .max(64)
            .optional()
            .describe('The release of the entity the action belongs to.'),
          description: z.string().max(5000).optional(),
        }),
      output: z => z.object({ action: actionOutput(z) }),
    },
    action: async ({ input, credentials }) => {
      const { entity, entityRef } = await visibleEntity(
        ctx,
        input.entityRef,
        credentials,
      );
      const user = await ctx.authorizer.writerFor(
        credentials,
        actionCreatePermission,
        entityRef,
      );
      const created = await actions.create({ credentials: user }, entityRef, {
        title: input.title,
        phase: input.phase as HandoffAction['phase'],
        side: input.side as HandoffAction['side'],
        dueDate: input.dueDate,
        assigneeRef: input.assigneeRef,
        criterionId: input.criterionId,
        releaseId: input.releaseId,
        description: input.description,
      });
      await reevaluate(ctx, entity);
      return { output: { action: toActionOutput(created) } };
    },
  });
}
