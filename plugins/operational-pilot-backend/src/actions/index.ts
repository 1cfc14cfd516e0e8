/*
 * The plugin's actions in Backstage's actions registry, served to AI agents by the MCP actions backend
 * (`@backstage/plugin-mcp-actions-backend`, at /api/mcp-actions/v1) as `operational-pilot:<name>`.
 */
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { RouteContext } from '../routes/context';
import { registerAttestationActions } from './attestationActions';
import { registerHandoffActions } from './handoffActions';
import { registerReadinessActions } from './readinessActions';
import { registerReleaseActions } from './releaseActions';

/** Names of the registered actions (their ids are `operational-pilot:<name>`). */
export const OPERATIONAL_PILOT_ACTIONS = [
  'get-readiness',
  'list-blockers',
  'get-release-gate',
  'list-overdue-actions',
  'create-handoff-action',
  'record-attestation',
] as const;

export function registerActions(options: {
  actionsRegistry: ActionsRegistryService;
  context: RouteContext;
}) {
  const { actionsRegistry: registry, context } = options;
  registerReadinessActions(registry, context);
  registerReleaseActions(registry, context);
  registerHandoffActions(registry, context);
  registerAttestationActions(registry, context);
}
