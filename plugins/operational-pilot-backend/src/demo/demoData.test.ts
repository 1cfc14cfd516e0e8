import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { stringifyEntityRef } from '@backstage/catalog-model';
import path from 'node:path';
import request from 'supertest';
import {
  RELEASE_OUTCOMES,
  RELEASE_STATUSES,
  type Release,
} from '@operational-pilot/backstage-plugin-common';
import { createStoresFromKnex } from '../database';
import { operationalPilotPlugin } from '../plugin';
import { readDemoCatalog, REPO_ROOT } from '../__testUtils__/catalogFiles';
import { createTestDatabases } from '../testing/databases';

jest.setTimeout(120_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('demo data (%s)', databaseId => {
  it('loads and shows every verdict and every level somewhere in the demo catalog', async () => {
    const entities = readDemoCatalog();
    const knex = await databases.init(databaseId);
    const { server } = await startTestBackend({
      features: [
        operationalPilotPlugin,
        catalogServiceMock.factory({ entities }),
        mockServices.database.factory({ knex }),
        mockServices.rootConfig.factory({
          data: {
            operationalPilot: {
              packs: ['core'],
              demoData: {
                path: path.join(REPO_ROOT, 'examples/operational-data.yaml'),
              },
            },
          },
        }),
      ],
    });
    const components = entities.filter(e => e.kind === 'Component');
    const results: Record<string, string> = {};
    const verdicts = new Set<string>();
    const levels = new Set<string>();
    for (const entity of components) {
      const ref = stringifyEntityRef(entity).replace(':', '/');
      const res = await request(server).get(
        `/api/operational-pilot/entities/${ref}/readiness`,
      );
      expect(res.status).toBe(200);
      results[entity.metadata.name] =
        `${res.body.tier} ${res.body.score} ${res.body.verdict} ${res.body.level} ` +
        `blockers=${res.body.blockers.join(
          ',',
        )} reservations=${res.body.reservations.join(',')}${
          process.env.OP_DEBUG_DEMO
            ? ` ${JSON.stringify(res.body.verdictReasons)}`
            : ''
        }`;
      verdicts.add(res.body.verdict);
      levels.add(res.body.level);
    }
    if (process.env.OP_DEBUG_DEMO) console.log(results); // eslint-disable-line no-console
    expect({
      verdicts: [...verdicts].sort(),
      levels: [...levels].sort(),
      results,
    }).toEqual({
      verdicts: ['not-ready', 'ready-for-run', 'ready-with-reservations'],
      levels: ['bronze', 'gold', 'none', 'silver'],
      results: expect.any(Object),
    });
    expect(results['payments-api']).toMatch(/ready-for-run gold/);
    expect(results['legacy-crm']).toMatch(/not-ready/);

    // Releases: one in every state, and a history of outcomes.
    const stores = createStoresFromKnex(knex);
    const byEntity = await stores.releases.listByEntities(
      components.map(e => stringifyEntityRef(e)),
    );
    const releases = [...byEntity.values()].flat();
    const name = (r: Release) => `${r.entityRef.split('/')[1]}@${r.version}`;
    expect(new Set(releases.map(r => r.status))).toEqual(
      new Set(RELEASE_STATUSES),
    );
    const withOutcome = releases.filter(r => r.outcome);
    expect(withOutcome.length).toBeGreaterThanOrEqual(15);
    expect(new Set(withOutcome.map(r => r.outcome!.outcome))).toEqual(
      new Set(RELEASE_OUTCOMES),
    );
    // Several teams and systems, over the last nine months.
    const months = new Set(withOutcome.map(r => r.plannedAt.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(8);
    const entitiesWithOutcomes = new Set(withOutcome.map(r => r.entityRef));
    expect(entitiesWithOutcomes.size).toBeGreaterThanOrEqual(6);
    // Readiness at go vs outcome: "go" on a not-ready gate (overridden) fails more often than on a ready one.
    const failed = (list: Release[]) =>
      list.filter(r => ['rolled_back', 'failed'].includes(r.outcome!.outcome))
        .length / list.length;
    const overridden = withOutcome.filter(r => r.outcome!.goOverridden);
    const notOverridden = withOutcome.filter(
      r => r.outcome!.goGateVerdict && !r.outcome!.goOverridden,
    );
    expect(overridden.length).toBeGreaterThanOrEqual(4);
    expect(
      overridden.every(r => r.outcome!.goGateVerdict === 'not-ready'),
    ).toBe(true);
    expect(overridden.every(r => r.goNoGo?.overrideReason)).toBe(true);
    expect(failed(overridden)).toBeGreaterThan(2 * failed(notOverridden));

    // Every decided release has its decision records (frozen gate snapshot included).
    for (const r of releases.filter(x => x.goNoGo)) {
      const decisions = await stores.decisions.listByRelease(r.id);
      expect(decisions.map(d => d.id)).toContain(r.goNoGo!.decisionId);
      expect(decisions[0].snapshot.release.version).toBe(r.version);
      if (r.status === 'planned' || r.status === 'cancelled') {
        throw new Error(`${name(r)} is ${r.status} but has a decision`);
      }
    }
    // Nothing in the future has already happened.
    const now = new Date().toISOString();
    const happenedLater = releases.flatMap(r =>
      [
        r.createdAt,
        r.goNoGo?.decidedAt,
        r.outcome?.recordedAt,
        ...(r.handover?.signatures ?? []).map(s => s.signedAt),
      ]
        .filter((when): when is string => !!when && when >= now)
        .map(when => `${name(r)} ${when}`),
    );
    expect(happenedLater).toEqual([]);

    // payments-api: closed releases with outcomes only (the end-to-end test plans a new one).
    const payments = byEntity.get('component:default/payments-api') ?? [];
    expect(payments.length).toBeGreaterThanOrEqual(2);
    expect(payments.every(r => r.status === 'closed' && r.outcome)).toBe(true);
    expect(payments.every(r => r.handover?.completedAt)).toBe(true);

    // Hypercare with a partial hand-over; a closed release with the full hand-over.
    const hypercare = releases.find(r => r.status === 'hypercare')!;
    expect(hypercare.hypercare?.end && hypercare.hypercare.end > now).toBe(
      true,
    );
    expect(hypercare.handover?.signatures.map(s => s.role)).toEqual(['poa']);
    expect(hypercare.handover?.completedAt).toBeUndefined();
    const closed = releases.filter(r => r.status === 'closed' && r.hypercare);
    expect(
      closed.some(r =>
        ['poa', 'opsOwner', 'businessOwner'].every(role =>
          r.handover?.signatures.some(s => s.role === role),
        ),
      ),
    ).toBe(true);

    // Open releases respect the maintenance windows, except the one planned in a freeze period.
    const conflicts: Record<string, string[]> = {};
    for (const r of releases.filter(x =>
      ['planned', 'go_no_go', 'deployed', 'hypercare'].includes(x.status),
    )) {
      const res = await request(server).get(
        `/api/operational-pilot/releases/${r.id}/gate`,
      );
      expect(res.status).toBe(200);
      if (res.body.windowConflicts.length > 0) {
        conflicts[name(r)] = res.body.windowConflicts;
      }
    }
    expect(conflicts).toEqual({
      'checkout-web@5.5.0': [
        expect.stringMatching(/freeze period .*Winter sales/),
      ],
    });
  });
});
