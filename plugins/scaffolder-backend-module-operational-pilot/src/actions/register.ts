/*
 * `operational-pilot:register`: opens the operational record of a catalog entity from a software template (tier,
 * run roles, service hours, stateful). It calls the Operational Pilot backend's HTTP API with a token issued on
 * behalf of the user who runs the template, so the same permission policy, governance (sensitive changes held
 * for the POA), validation and audit apply as when that user edits the record in the "Operational pilot" tab.
 */
import type {
  AuthService,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, isError, ResponseError } from '@backstage/errors';
import {
  OPERATIONAL_PILOT_PLUGIN_ID,
  OperationalMetadata,
  OperationalPilotClient,
  OperationsRecord,
} from '@operational-pilot/backstage-plugin-common';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';

/** The id of the action. */
export const REGISTER_ACTION_ID = 'operational-pilot:register';

/** The run roles the action sets. */
export const REGISTER_ROLES = [
  'poa',
  'opsOwner',
  'businessOwner',
  'serviceOwner',
] as const;

/** Options of {@link createOperationalPilotRegisterAction}. */
export interface OperationalPilotRegisterActionOptions {
  discovery: Pick<DiscoveryService, 'getBaseUrl'>;
  auth: Pick<AuthService, 'getPluginRequestToken'>;
  /**
   * Base URL of the Backstage frontend (`app.baseUrl`), for the `operationsUrl` output. Without it the output is
   * the path alone (`/catalog/default/component/x/operational-pilot`).
   */
  appBaseUrl?: string;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
}

/** The path of an entity's "Operational pilot" tab in the app (the catalog's entity route, lower-cased kind). */
export function operationsTabPath(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/catalog/${encodeURIComponent(
    namespace.toLocaleLowerCase('en-US'),
  )}/${encodeURIComponent(
    kind.toLocaleLowerCase('en-US'),
  )}/${encodeURIComponent(name)}/operational-pilot`;
}

function describeRecord(record: OperationsRecord): string {
  const parts = [`version ${record.version}`];
  if (record.metadata?.tier) parts.push(`tier ${record.metadata.tier}`);
  if (record.metadata?.roles?.poa)
    parts.push(`POA ${record.metadata.roles.poa}`);
  if (record.updatedBy) parts.push(`last changed by ${record.updatedBy}`);
  return parts.join(', ');
}

/** An input string that a template left empty (an unset parameter renders as '') counts as absent. */
function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * The message of a refusal by the Operational Pilot API, with each invalid field named as the action's input
 * (`roles.poa`, not `metadata.roles.poa`).
 */
function refusalMessage(entityRef: string, error: ResponseError): string {
  const body = error.body as unknown as {
    error?: { message?: string };
    fieldErrors?: Array<{ path?: string; message?: string }>;
  };
  const fieldErrors = Array.isArray(body.fieldErrors) ? body.fieldErrors : [];
  const detail =
    fieldErrors.length > 0
      ? fieldErrors
          .map(
            e =>
              `${(e.path ?? '').replace(/^metadata\./, '') || 'input'}: ${
                e.message ?? 'invalid'
              }`,
          )
          .join('; ')
      : body.error?.message ?? error.message;
  return `Operational Pilot refused the operational record of ${entityRef} (${error.statusCode}): ${detail}`;
}

/**
 * Creates the `operational-pilot:register` scaffolder action.
 *
 * @public
 */
export function createOperationalPilotRegisterAction(
  options: OperationalPilotRegisterActionOptions,
) {
  const { discovery, auth } = options;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const appBaseUrl = options.appBaseUrl?.replace(/\/+$/, '');

  return createTemplateAction({
    id: REGISTER_ACTION_ID,
    description:
      'Opens the operational record of a catalog entity in Operational Pilot (tier, POA, ops owner, business ' +
      'owner, service owner, service hours, stateful), on behalf of the user who runs the template: the same ' +
      'permission, validation and governance apply as in the "Operational pilot" tab. Fails when the entity ' +
      'already has an operational record, unless ifExists is "keep".',
    examples: [
      {
        description:
          'Open the operational record of a new component as T2 with its POA',
        example: [
          'steps:',
          '  - id: operations',
          '    name: Open the operational record',
          '    action: operational-pilot:register',
          '    input:',
          '      entityRef: component:default/order-service',
          '      tier: T2',
          '      roles:',
          '        poa: user:default/alice.martin',
          '        opsOwner: group:default/run-ops',
          '      serviceHours: Mon-Fri 08:00-20:00 Europe/Paris',
          '      stateful: true',
        ].join('\n'),
      },
    ],
    supportsDryRun: true,
    schema: {
      input: {
        entityRef: z =>
          z.string({
            description:
              'Full reference of the catalog entity, e.g. component:default/order-service (kind required)',
          }),
        tier: z =>
          z.enum(['T1', 'T2', 'T3'], {
            description: 'Criticality tier: T1 critical, T2 standard, T3 low',
          }),
        roles: z =>
          z
            .object(
              {
                poa: z
                  .string({
                    description:
                      'POA (application operations manager), a user or group ref',
                  })
                  .optional(),
                opsOwner: z
                  .string({
                    description: 'Ops owner (run side), a user or group ref',
                  })
                  .optional(),
                businessOwner: z
                  .string({
                    description: 'Business owner, a user or group ref',
                  })
                  .optional(),
                serviceOwner: z
                  .string({ description: 'Service owner, a user or group ref' })
                  .optional(),
              },
              {
                description:
                  'Run roles, as entity refs (empty values are ignored)',
              },
            )
            .optional(),
        serviceHours: z =>
          z
            .string({
              description:
                'Service hours, e.g. 24x7 or Mon-Fri 08:00-20:00 Europe/Paris',
            })
            .optional(),
        stateful: z =>
          z
            .boolean({
              description:
                'Whether the application keeps state (then backups and restore tests are expected)',
            })
            .optional(),
        ifExists: z =>
          z
            .enum(['fail', 'keep'], {
              description:
                'When the entity already has an operational record: fail the step (default), or keep the record unchanged and report it',
            })
            .optional(),
      },
      output: {
        entityRef: z =>
          z.string({ description: 'The entity, as a full entity ref' }),
        operationsUrl: z =>
          z.string({
            description: 'Link to the "Operational pilot" tab of the entity',
          }),
        status: z =>
          z.enum(['created', 'proposed', 'existing', 'dry-run'], {
            description:
              'created: the record was opened; proposed: tier and/or roles are held as a proposal for the POA (the ' +
              'user is not the POA); existing: a record existed and was kept (ifExists: keep); dry-run: nothing was written',
          }),
        version: z =>
          z.number({
            description: 'Version of the operational record (its ETag)',
          }),
        held: z =>
          z
            .array(z.string(), {
              description:
                'Fields held as a proposal for the POA (status proposed)',
            })
            .optional(),
      },
    },
    async handler(ctx) {
      const { input } = ctx;

      let entityRef: string;
      try {
        entityRef = stringifyEntityRef(parseEntityRef(input.entityRef.trim()));
      } catch (error) {
        throw new InputError(
          `entityRef: must be a full entity ref such as component:default/order-service, got ${JSON.stringify(
            input.entityRef,
          )}`,
        );
      }

      const roles: Record<string, string> = {};
      for (const role of REGISTER_ROLES) {
        const holder = present(input.roles?.[role]);
        if (holder) roles[role] = holder;
      }
      const serviceHours = present(input.serviceHours);
      const metadata: OperationalMetadata = {
        tier: input.tier,
        ...(Object.keys(roles).length > 0 ? { roles } : {}),
        ...(serviceHours ? { serviceHours } : {}),
        ...(input.stateful !== undefined ? { stateful: input.stateful } : {}),
      };

      const path = operationsTabPath(entityRef);
      const operationsUrl = appBaseUrl ? `${appBaseUrl}${path}` : path;
      ctx.output('entityRef', entityRef);
      ctx.output('operationsUrl', operationsUrl);

      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would open the operational record of ${entityRef} with ${JSON.stringify(
            metadata,
          )}; nothing was written`,
        );
        ctx.output('status', 'dry-run');
        ctx.output('version', 0);
        return;
      }

      // The user who runs the template: the API checks their permission and records them in the audit trail.
      const { token } = await auth.getPluginRequestToken({
        onBehalfOf: await ctx.getInitiatorCredentials(),
        targetPluginId: OPERATIONAL_PILOT_PLUGIN_ID,
      });
      const client = new OperationalPilotClient({
        discoveryApi: discovery,
        fetchApi: {
          fetch: (url, init) => {
            const headers = new Headers(init?.headers);
            headers.set('Authorization', `Bearer ${token}`);
            return fetchImpl(url, {
              ...init,
              headers,
              ...(ctx.signal ? { signal: ctx.signal } : {}),
            });
          },
        },
      });

      try {
        // A new record is version 0: If-Match "0" creates it, and fails with 412 if anyone already opened it.
        const result = await client.putOperations(entityRef, metadata, 0);
        ctx.output('version', result.record.version);
        if (result.proposal) {
          const held = result.held ?? [];
          ctx.output('status', 'proposed');
          ctx.output('held', held);
          ctx.logger.warn(
            `Opened the operational record of ${entityRef}; ${held.join(
              ', ',
            )} held as a proposal for the POA (you are not the POA of this entity): ${operationsUrl}`,
          );
        } else {
          ctx.output('status', 'created');
          ctx.logger.info(
            `Opened the operational record of ${entityRef} (${input.tier}): ${operationsUrl}`,
          );
        }
      } catch (error) {
        if (!(error instanceof ResponseError) && !isError(error)) throw error;
        if (!(error instanceof ResponseError)) {
          throw new Error(
            `Could not reach Operational Pilot to open the operational record of ${entityRef}: ${error.message}`,
          );
        }
        if (error.statusCode === 412 || error.statusCode === 428) {
          let existing: OperationsRecord | undefined;
          try {
            existing = (await client.getOperations(entityRef)).record;
          } catch {
            // Reported below without its details.
          }
          const what = existing ? ` (${describeRecord(existing)})` : '';
          if (input.ifExists === 'keep') {
            ctx.output('status', 'existing');
            ctx.output('version', existing?.version ?? 0);
            ctx.logger.info(
              `${entityRef} already has an operational record${what}; kept unchanged (ifExists: keep): ${operationsUrl}`,
            );
            return;
          }
          throw new Error(
            `${entityRef} already has an operational record${what}; it was not changed. Edit it in the ` +
              `Operational pilot tab (${operationsUrl}), or set ifExists: keep to accept an existing record.`,
          );
        }
        throw new Error(refusalMessage(entityRef, error));
      }
    },
  });
}
