/*
 * A System's rollup: the stored evaluations of its components (and resources, APIs), the worst verdict, the
 * average score and each one's blockers. Read from stored evaluations only (never evaluates the components), and
 * limited to the entities the caller may see.
 */
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type {
  SystemRollup,
  Verdict,
} from '@operational-pilot/backstage-plugin-common';
import type { SystemMember } from '../database/EvaluationsStore';
import type { RouteContext } from '../routes/context';

const VERDICT_ORDER: Verdict[] = [
  'not-ready',
  'ready-with-reservations',
  'ready-for-run',
];

/** Pure: the rollup of a system's members. */
export function rollupOf(members: SystemMember[]): SystemRollup {
  const worst = members.reduce<Verdict | null>((acc, m) => {
    if (acc === null) return m.verdict;
    return VERDICT_ORDER.indexOf(m.verdict) < VERDICT_ORDER.indexOf(acc)
      ? m.verdict
      : acc;
  }, null);
  const average =
    members.length === 0
      ? null
      : Math.round(
          (members.reduce((sum, m) => sum + m.score, 0) / members.length) * 10,
        ) / 10;
  return {
    components: members.map(m => ({
      entityRef: m.entityRef,
      ...(m.title ? { title: m.title } : {}),
      tier: m.tier,
      score: m.score,
      verdict: m.verdict,
      blockers: m.blockers,
    })),
    worstVerdict: worst,
    averageScore: average,
  };
}

/**
 * The rollup of a System entity (or ref) as the caller may see it; undefined for other kinds. `knownScope`: the
 * caller's catalog read scope when the request already asked for it.
 */
export async function systemRollupFor(
  ctx: Pick<RouteContext, 'stores' | 'authorizer' | 'catalog'>,
  entity: Entity | string,
  credentials: BackstageCredentials,
  knownScope?: 'all' | 'none' | 'conditional',
): Promise<SystemRollup | undefined> {
  const systemRef =
    typeof entity === 'string' ? entity : stringifyEntityRef(entity);
  if (parseEntityRef(systemRef).kind.toLocaleLowerCase('en-US') !== 'system') {
    return undefined;
  }
  let members = await ctx.stores.evaluations.listBySystem(systemRef);
  const scope =
    knownScope ?? (await ctx.authorizer.catalogReadScope(credentials));
  if (scope !== 'all' && members.length > 0) {
    const visible = await ctx.catalog.visibleAmong(
      members.map(m => m.entityRef),
      credentials,
    );
    members = members.filter(m => visible.has(m.entityRef));
  }
  return rollupOf(members);
}
