/*
 * What every route module needs. Route modules stay thin: validate, authorize, call a store or service inside
 * an audited transaction, re-evaluate the entity, answer.
 */
import type {
  LoggerService,
  SchedulerService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type { ReadinessModel } from '@operational-pilot/backstage-plugin-common';
import type { OperationalPilotStores as Stores } from '../database';
import type { AuditRecorder } from '../service/AuditRecorder';
import type { Authorizer } from '../service/Authorizer';
import { CatalogGateway, entityRefFromPath } from '../service/CatalogGateway';
import type { EvaluationService } from '../service/EvaluationService';
import type { GovernanceOptions } from '../options';
import type { Notifier } from '../notifications/Notifier';
import type { AnyRequest } from '../service/anyRequest';

export interface RouteContext {
  model: ReadinessModel;
  stores: Stores;
  catalog: CatalogGateway;
  evaluations: EvaluationService;
  authorizer: Authorizer;
  audit: AuditRecorder;
  logger: LoggerService;
  scheduler?: SchedulerService;
  evaluationTaskId: string;
  now: () => Date;
  /** Approver groups, POA groups and what happens to sensitive changes (defaults when absent). */
  governance?: GovernanceOptions;
  /** Ownership claims of the signed-in user (group membership as the permission policy sees it). */
  userInfo?: UserInfoService;
  /** Notifications on writes (waiver requested, action assigned); absent in tests that do not need them. */
  notifier?: Notifier;
}

/** The entity named by the path, as the caller may see it (404 otherwise), with its ref. */
export async function entityFromPath(
  ctx: RouteContext,
  req: AnyRequest,
): Promise<{ entity: Entity; entityRef: string }> {
  const entityRef = entityRefFromPath(req.params as any);
  const credentials = await ctx.authorizer.reader(req);
  const entity = await ctx.catalog.getVisibleEntity(entityRef, credentials);
  return { entity, entityRef };
}

/**
 * Re-evaluates after a write; a failure here must not turn a successful write into an error. Routes that
 * already read the entity pass it, so the catalog is not read a second time on every write.
 */
export async function reevaluate(ctx: RouteContext, target: string | Entity) {
  try {
    if (typeof target === 'string') {
      await ctx.evaluations.evaluateRef(target);
    } else {
      await ctx.evaluations.evaluateEntity(target);
    }
  } catch (error) {
    const ref = typeof target === 'string' ? target : target.metadata.name;
    ctx.logger.warn(`Re-evaluation of ${ref} failed: ${error}`);
  }
}
