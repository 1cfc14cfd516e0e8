/*
 * What the actions of the actions registry (served to AI agents by the MCP actions backend) share: the route
 * context, the services the HTTP routes use (so the business rules live in one place), and zod fragments.
 *
 * Each action does what its HTTP route does: the entity is read with the caller's credentials (an entity the
 * caller may not see is "not found"), writes check the same permission through the Authorizer and go through
 * the same service (validation, audit), then the entity is re-evaluated.
 */
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { CriterionResult } from '@operational-pilot/backstage-plugin-common';
import type { z as zod } from 'zod/v3';
import type { RouteContext } from '../routes/context';

export type Zod = typeof zod;

/** A full entity ref: `kind:namespace/name` (or `kind:name` in the default namespace). */
export const ENTITY_REF_PATTERN =
  /^[A-Za-z0-9_-]+:([A-Za-z0-9._-]+\/)?[A-Za-z0-9._-]+$/;

export function entityRefInput(z: Zod) {
  return z
    .string()
    .max(300)
    .regex(
      ENTITY_REF_PATTERN,
      'a full entity ref such as component:default/payments-api',
    )
    .describe(
      'Full catalog entity ref, kind:namespace/name, e.g. "component:default/payments-api".',
    );
}

/** A person or team ref (user or group); a ref without a kind is a user. */
export function peopleRefInput(z: Zod, what: string) {
  return z
    .string()
    .max(300)
    .regex(/^([A-Za-z0-9_-]+:)?([A-Za-z0-9._-]+\/)?[A-Za-z0-9._-]+$/)
    .describe(
      `${what}: a user or group ref, e.g. "user:default/bruno.lefevre" or "group:default/run-ops".`,
    );
}

export function dateInput(z: Zod, description: string) {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
    .describe(description);
}

export function httpUrl(z: Zod) {
  return z
    .string()
    .max(2000)
    .regex(/^https?:\/\/\S+$/, 'an http(s) URL');
}

/** One criterion, as agents need it to act: what it is, where it stands, why, and how to fix it. */
export function criterionOutput(z: Zod) {
  return z.object({
    id: z.string().describe('Criterion id, e.g. "BCK-03".'),
    title: z.string(),
    category: z.string(),
    status: z
      .string()
      .describe(
        'pass, expiring, grace, stale, fail, unknown, waived or not-applicable.',
      ),
    reason: z.string().describe('Why the criterion has this status.'),
    howToFix: z.string().describe('What to do so that it passes.'),
  });
}

export function toCriterionOutput(result: CriterionResult) {
  return {
    id: result.id,
    title: result.title,
    category: result.category,
    status: result.status,
    reason: result.reason,
    howToFix: result.howToFix,
  };
}

/** The criteria of `ids`, in that order (ids not in the results are skipped). */
export function criteriaOf(results: CriterionResult[], ids: string[]) {
  return ids.flatMap(id => {
    const result = results.find(c => c.id === id);
    return result ? [toCriterionOutput(result)] : [];
  });
}

/** The same normalisation as the `{kind}/{namespace}/{name}` path of the HTTP routes. */
export function normalizeRef(ref: string): string {
  return stringifyEntityRef(parseEntityRef(ref));
}

/** The entity as the caller may see it (NotFoundError otherwise), and its ref as the HTTP routes write it. */
export async function visibleEntity(
  ctx: RouteContext,
  ref: string,
  credentials: BackstageCredentials,
): Promise<{ entity: Entity; entityRef: string }> {
  const entityRef = normalizeRef(ref);
  const entity = await ctx.catalog.getVisibleEntity(entityRef, credentials);
  return { entity, entityRef };
}

/** JSON-safe: drops `undefined` (the output is validated and serialised as JSON). */
export function defined<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as T;
}
