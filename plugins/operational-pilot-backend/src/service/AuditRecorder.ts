/*
 * Every mutation is audited twice: in the plugin's append-only `audit` table (shown in the entity's change log)
 * and through Backstage's auditor service (the organisation's audit trail).
 */
import type {
  AuditorService,
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import type { Request } from 'express';
import type { OperationalPilotStores as Stores } from '../database';

export interface AuditedChange<T> {
  /** The value returned to the caller. */
  result: T;
  targetId?: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditContext {
  /** The HTTP request; absent for an action invoked through the actions registry (MCP). */
  req?: Request;
  credentials: BackstageCredentials<BackstageUserPrincipal>;
  /** Kebab-case event id, e.g. `operations-update`. */
  eventId: string;
  entityRef: string;
  targetType: string;
  targetId?: string;
}

export class AuditRecorder {
  constructor(
    private readonly auditor: AuditorService,
    private readonly stores: Stores,
  ) {}

  /**
   * Runs a mutation inside one database transaction together with its audit row, and reports it to the
   * auditor service (success or failure).
   */
  async record<T>(
    context: AuditContext,
    mutation: (stores: Stores) => Promise<AuditedChange<T>>,
  ): Promise<T> {
    const event = await this.auditor.createEvent({
      eventId: context.eventId,
      severityLevel: 'medium',
      request: context.req,
      meta: {
        entityRef: context.entityRef,
        targetType: context.targetType,
        targetId: context.targetId,
        // Without a request the auditor cannot tell who acted: say it (an action of the actions registry).
        ...(context.req
          ? {}
          : {
              actor: context.credentials.principal.userEntityRef,
              via: 'actions-registry',
            }),
      },
    });
    try {
      const change = await this.stores.transaction(async trx => {
        const outcome = await mutation(trx);
        await trx.audit.append({
          entityRef: context.entityRef,
          actor: context.credentials.principal.userEntityRef,
          action: context.eventId,
          targetType: context.targetType,
          targetId: outcome.targetId ?? context.targetId,
          before: outcome.before,
          after: outcome.after,
        });
        return outcome;
      });
      await event.success({
        meta: { targetId: change.targetId ?? context.targetId },
      });
      return change.result;
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  }
}
