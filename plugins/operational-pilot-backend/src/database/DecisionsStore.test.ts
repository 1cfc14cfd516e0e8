import type { GateSnapshot } from '@operational-pilot/backstage-plugin-common';
import { createTestDatabases } from '../testing/databases';
import {
  clearTables,
  migratedStores,
  StoreTestContext,
} from './__testUtils__/setup';
import type { NewReleaseDecision } from './DecisionsStore';

const databases = createTestDatabases();
jest.setTimeout(60_000);

const REF = 'Component:default/Payments';

function snapshot(verdict: 'not-ready' | 'ready-for-run'): GateSnapshot {
  const gate = (id: 'goNoGo' | 'handover') => ({
    gate: id,
    verdict,
    verdictReasons: [],
    score: 50,
    criteria: [],
    blockers: verdict === 'not-ready' ? ['REL-02'] : [],
    reservations: [],
    missing: [],
    nextSteps: [],
  });
  return {
    takenAt: '2026-12-09T10:00:00.000Z',
    release: { version: '2.0.0', kind: 'major', plannedAt: '2026-12-10T20:00:00.000Z' },
    runReadiness: { score: 70, verdict: 'not-ready', level: 'bronze', blockers: ['OBS-02'] },
    goNoGo: gate('goNoGo'),
    handover: gate('handover'),
    windowConflicts: [],
    waivers: [],
    attestations: [
      {
        id: 'a1',
        criterionId: 'REL-02',
        state: 'compliant',
        assessedBy: 'user:default/alice',
        assessedAt: '2026-12-01T10:00:00.000Z',
        evidence: [{ url: 'https://ci.example/run/1' }],
      },
    ],
    openActions: [],
    roles: { owner: 'group:default/payments-team', poa: 'user:default/alice' },
  };
}

function decision(overrides: Partial<NewReleaseDecision> = {}): NewReleaseDecision {
  return {
    releaseId: 'r1',
    entityRef: REF,
    decision: 'go',
    approvers: ['user:default/alice'],
    decidedBy: 'user:default/alice',
    decidedAt: '2026-12-09T10:00:00.000Z',
    snapshot: snapshot('ready-for-run'),
    ...overrides,
  };
}

describe.each(databases.eachSupportedId())('DecisionsStore (%s)', databaseId => {
  let ctx: StoreTestContext;

  beforeAll(async () => {
    ctx = await migratedStores(databases, databaseId);
  });
  beforeEach(async () => {
    await clearTables(ctx.knex);
  });

  it('keeps every decision of a release, newest first, with its snapshot', async () => {
    const { decisions } = ctx.stores;
    const first = await decisions.create(
      decision({
        decision: 'no_go',
        notes: 'restore test missing',
        snapshot: snapshot('not-ready'),
      }),
    );
    const second = await decisions.create(
      decision({
        decidedAt: '2026-12-09T12:00:00+01:00',
        overrideReason: 'regulatory deadline',
        approvers: ['user:default/alice', 'user:default/bob'],
        snapshot: snapshot('not-ready'),
      }),
    );
    await decisions.create(decision({ releaseId: 'r2' }));

    expect(first).toMatchObject({
      entityRef: 'component:default/payments',
      decision: 'no_go',
      notes: 'restore test missing',
    });
    expect(first.overrideReason).toBeUndefined();
    expect(second.decidedAt).toBe('2026-12-09T11:00:00.000Z');
    expect(await decisions.getById(second.id)).toEqual(second);
    expect(await decisions.getById('nope')).toBeUndefined();

    const list = await decisions.listByRelease('r1');
    expect(list.map(d => d.id)).toEqual([second.id, first.id]);
    expect(list[0]).toMatchObject({
      approvers: ['user:default/alice', 'user:default/bob'],
      overrideReason: 'regulatory deadline',
    });
    expect(list[0].snapshot).toEqual(snapshot('not-ready'));
    expect(list[0].snapshot.attestations[0].evidence).toEqual([
      { url: 'https://ci.example/run/1' },
    ]);

    expect(await decisions.deleteForEntities([REF])).toBe(3);
    expect(await decisions.listByRelease('r1')).toEqual([]);
  });
});
