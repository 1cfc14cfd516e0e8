/*
 * A deterministic synthetic portfolio for the benchmark: groups, systems, resources and components with varied
 * readiness (annotations, links, metadata, attestations, actions), so every code path of the engine runs.
 */
import type { Entity } from '@backstage/catalog-model';
import type { OperationalMetadata, Tier } from '@operational-pilot/backstage-plugin-common';
import type { OperationalPilotStores } from '../../src/database';

const DAY = 24 * 60 * 60 * 1000;

/** Small deterministic PRNG (mulberry32) so runs are comparable. */
function random(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const entity = (kind: string, name: string, spec: object, extra: Partial<Entity['metadata']> = {}, relations: Entity['relations'] = []): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default', ...extra },
  spec: spec as any,
  relations,
});

export function generateSyntheticPortfolio(count: number, now: Date) {
  const rnd = random(42);
  const teams = Array.from({ length: 40 }, (_, i) => `team-${i}`);
  const systems = Array.from({ length: 25 }, (_, i) => `system-${i}`);
  const entities: Entity[] = [
    ...teams.map(t => entity('Group', t, { type: 'team', children: [], profile: { email: `${t}@example.com` } })),
    entity('Group', 'run-ops', { type: 'team', children: [] }),
    entity('User', 'poa-1', { memberOf: [] }),
    entity('User', 'poa-2', { memberOf: [] }),
    ...systems.map((s, i) =>
      entity('System', s, { owner: teams[i % teams.length] }, {}, [
        { type: 'ownedBy', targetRef: `group:default/${teams[i % teams.length]}` },
      ]),
    ),
  ];
  const componentCount = Math.max(1, Math.round(count * 0.9));
  const resourceCount = count - componentCount;
  for (let i = 0; i < resourceCount; i++) {
    entities.push(
      entity('Resource', `db-${i}`, { type: 'database', owner: 'run-ops', system: systems[i % systems.length] }, {}, [
        { type: 'ownedBy', targetRef: 'group:default/run-ops' },
      ]),
    );
  }
  const operations = new Map<string, OperationalMetadata>();
  const attestations: Array<{ ref: string; criterionId: string; daysAgo: number }> = [];
  const actions: Array<{ ref: string; criterionId: string; dueIn: number; status: 'open' | 'in_progress' | 'blocked' }> = [];
  const tiers: Tier[] = ['T1', 'T2', 'T3'];

  for (let i = 0; i < componentCount; i++) {
    const name = `svc-${i}`;
    const ref = `component:default/${name}`;
    const owner = teams[i % teams.length];
    const system = systems[i % systems.length];
    const maturity = rnd();
    const annotations: Record<string, string> = { 'github.com/project-slug': `acme/${name}` };
    const links: Array<{ url: string; type: string }> = [];
    if (maturity > 0.3) annotations['pagerduty.com/service-id'] = `P${i}`;
    if (maturity > 0.4) links.push({ url: `https://grafana.example/${name}`, type: 'dashboard' });
    if (maturity > 0.5) links.push({ url: `https://wiki.example/${name}/runbook`, type: 'runbook' });
    if (maturity > 0.55) annotations['backstage.io/techdocs-ref'] = 'dir:.';
    if (maturity > 0.6) annotations['grafana/alert-label-selector'] = `service=${name}`;
    const dependsOn = resourceCount > 0 && rnd() > 0.5 ? [`resource:default/db-${i % resourceCount}`] : [];
    entities.push(
      entity(
        'Component',
        name,
        { type: 'service', lifecycle: 'production', owner, system, dependsOn },
        { annotations, links, title: `Service ${i}` },
        [
          { type: 'ownedBy', targetRef: `group:default/${owner}` },
          { type: 'partOf', targetRef: `system:default/${system}` },
          ...dependsOn.map(d => ({ type: 'dependsOn', targetRef: d })),
        ],
      ),
    );
    if (maturity > 0.25) {
      operations.set(ref, {
        tier: tiers[i % 3],
        stateful: dependsOn.length > 0,
        roles: { poa: `user:default/poa-${(i % 2) + 1}`, opsOwner: 'group:default/run-ops' },
        support:
          maturity > 0.5
            ? { l1: { group: 'group:default/run-ops', hours: '24x7' }, l2: { group: 'group:default/run-ops', hours: '24x7' }, l3: { group: `group:default/${owner}` } }
            : undefined,
        serviceHours: i % 3 === 0 ? '24x7' : 'Mon-Fri 08:00-19:00',
        supportHours: { businessHours: 'Mon-Fri 09:00-18:00', offHours: i % 3 === 0 ? 'on-call' : 'none' },
        slo: maturity > 0.45 ? { availability: 99.9 } : undefined,
        continuity: maturity > 0.5 ? { rtoMinutes: 60, rpoMinutes: 15, agreedBy: 'user:default/poa-1', agreedAt: '2026-01-10' } : undefined,
        dict: { d: 2, i: 2, c: 2, t: 2 },
      });
    }
    for (const criterionId of ['BCK-03', 'SEC-01', 'INC-03', 'KT-01']) {
      if (rnd() < maturity) attestations.push({ ref, criterionId, daysAgo: Math.floor(rnd() * 500) });
    }
    for (let a = 0; a < 3; a++) {
      actions.push({
        ref,
        criterionId: ['OBS-02', 'DOC-01', 'BCK-01'][a],
        dueIn: Math.floor(rnd() * 60) - 30,
        status: (['open', 'in_progress', 'blocked'] as const)[a],
      });
    }
  }

  async function seed(stores: OperationalPilotStores) {
    await stores.transaction(async tx => {
      for (const [ref, metadata] of operations) {
        await tx.operations.put(ref, metadata, { expectedVersion: 0, actor: 'user:default/bench', now });
      }
      for (const a of attestations) {
        await tx.attestations.create({
          entityRef: a.ref,
          criterionId: a.criterionId,
          state: 'compliant',
          evidence: [{ url: 'https://evidence.example/report' }],
          assessedBy: 'user:default/poa-1',
          assessedAt: new Date(now.getTime() - a.daysAgo * DAY).toISOString(),
        });
      }
      for (const a of actions) {
        await tx.actions.create({
          entityRef: a.ref,
          title: `Fix ${a.criterionId}`,
          phase: 'run',
          side: 'build',
          priority: 'major',
          status: a.status,
          criterionId: a.criterionId,
          dueDate: new Date(now.getTime() + a.dueIn * DAY).toISOString().slice(0, 10),
          source: 'manual',
          createdBy: 'user:default/bench',
        });
      }
    });
  }

  return { entities, seed };
}

/**
 * After the evaluation pass: six past days of snapshots (scores drifting around today's, so the portfolio has
 * drops and a trend) and approved waivers on one component in ten (a third of them expiring within 30 days), for
 * the trend, rollups and highlights endpoints.
 */
export async function seedPortfolioHistory(stores: OperationalPilotStores, now: Date) {
  const rnd = random(7);
  const current: Array<Record<string, any>> = [];
  for (let offset = 0; ; offset += 500) {
    const page = await stores.evaluations.portfolio({ limit: 500, offset }, now);
    current.push(...page.items);
    if (page.items.length < 500) break;
  }
  for (let daysAgo = 6; daysAgo >= 1; daysAgo--) {
    await stores.snapshots.record(
      new Date(now.getTime() - daysAgo * DAY).toISOString().slice(0, 10),
      current.map(item => ({
        entityRef: item.entityRef,
        score: Math.max(0, Math.min(100, Math.round(item.score + (rnd() - 0.4) * 20))),
        verdict: item.verdict,
        level: item.level,
        tier: item.tier,
        owner: item.owner,
        system: item.system,
        categories: {},
      })),
    );
  }
  await stores.transaction(async tx => {
    const components = current.filter(item => item.kind === 'component');
    for (let i = 0; i < components.length; i += 10) {
      await tx.waivers.create({
        entityRef: components[i].entityRef,
        criterionId: 'OBS-01',
        reason: 'bench',
        requestedBy: 'user:default/bench',
        requestedAt: now.toISOString(),
        status: 'approved',
        approvedBy: 'user:default/poa-1',
        approvedAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + (i % 3 === 0 ? 10 : 90) * DAY).toISOString(),
      });
    }
  });
}
