import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { buildReadinessModel } from '@operational-pilot/backstage-plugin-common';
import { createStores, type OperationalPilotStores } from '../database';
import { readBackendOptions, type NotificationOptions } from '../options';
import { ActionService } from '../service/ActionService';
import { AuditRecorder } from '../service/AuditRecorder';
import { createTestDatabases } from '../testing/databases';
import {
  attestationCriterion,
  evaluation,
} from '../database/__testUtils__/fixtures';
import { NotificationDedupeStore } from './NotificationDedupeStore';
import { NotificationSender } from './NotificationSender';
import { NotificationTask } from './NotificationTask';
import { Notifier } from './Notifier';

jest.setTimeout(120_000);

const databases = createTestDatabases();
const ENTITY = 'component:default/payments-api';
const NOW = new Date('2026-12-03T09:00:00Z');

function options(notifications: object = {}): NotificationOptions {
  return readBackendOptions(
    new ConfigReader({ operationalPilot: { notifications } }),
  ).notifications;
}

class FakeNotificationService {
  readonly sent: NotificationSendOptions[] = [];
  fail = false;
  async send(notification: NotificationSendOptions) {
    if (this.fail) throw new Error('notifications backend down');
    this.sent.push(notification);
  }
}

async function setup(databaseId: any, config: object = {}) {
  const knex = await databases.init(databaseId);
  const stores = await createStores({
    database: mockServices.database({ knex, migrations: { skip: false } }),
  });
  return { knex, stores, ...wire(knex, stores, config) };
}

function wire(knex: any, stores: OperationalPilotStores, config: object = {}) {
  const notifications = new FakeNotificationService();
  const sender = new NotificationSender({
    notifications,
    dedupe: new NotificationDedupeStore(knex),
    options: options(config),
    logger: mockServices.logger.mock(),
    now: () => NOW,
  });
  const notifier = new Notifier({
    sender,
    stores,
    logger: mockServices.logger.mock(),
  });
  const task = new NotificationTask({
    sender,
    stores,
    knex,
    logger: mockServices.logger.mock(),
    digestDay: options(config).digestDay,
  });
  const actions = new ActionService({
    model: buildReadinessModel({ packs: ['core', 'extended'] }),
    stores,
    audit: new AuditRecorder(mockServices.auditor.mock() as any, stores),
    governance: {} as any,
    now: () => NOW,
    notifier,
  });
  return { notifications, sender, notifier, task, actions };
}

const actor = (user: string) => ({
  credentials: mockCredentials.user(`user:default/${user}`),
});

async function seedRoles(stores: OperationalPilotStores) {
  await stores.operations.put(
    ENTITY,
    {
      tier: 'T1',
      roles: {
        poa: 'user:default/alice',
        opsOwner: 'group:default/run-ops',
        businessOwner: 'user:default/emma',
        securityApprover: 'user:default/sam',
      },
    },
    { expectedVersion: 0, actor: 'user:default/alice', now: NOW },
  );
}

describe('notification options', () => {
  it('reads defaults, kinds, digest day and rejects bad values with the key', () => {
    expect(options().enabled).toBe(true);
    expect(options().digestDay).toBe(1);
    const read = options({
      enabled: false,
      kinds: { actionOverdue: false },
      digest: { day: 'Friday' },
      schedule: { frequency: { minutes: 30 } },
    });
    expect(read.enabled).toBe(false);
    expect(read.kinds.actionOverdue).toBe(false);
    expect(read.kinds.waiverRequested).toBe(true);
    expect(read.digestDay).toBe(5);
    expect(read.schedule.frequency).toEqual({ minutes: 30 });
    expect(() => options({ kinds: { bogus: true } })).toThrow(
      /operationalPilot\.notifications\.kinds\.bogus: unknown notification kind/,
    );
    expect(() => options({ digest: { day: 'someday' } })).toThrow(
      /operationalPilot\.notifications\.digest\.day: must be one of/,
    );
    expect(() => options({ enabled: 'yes' })).toThrow(
      /operationalPilot\.notifications\.enabled: must be true or false/,
    );
  });
});

describe.each(databases.eachSupportedId())('notifications (%s)', databaseId => {
  it('sends a requested waiver to its approvers, the security approver for SEC, once', async () => {
    const { stores, notifier, notifications } = await setup(databaseId);
    await seedRoles(stores);
    const waiver = await stores.waivers.create({
      entityRef: ENTITY,
      criterionId: 'SEC-01',
      reason: 'pen test next quarter',
      requestedBy: 'user:default/bruno',
      requestedAt: NOW.toISOString(),
      status: 'requested',
      expiresAt: '2027-01-15T00:00:00.000Z',
    });
    await notifier.waiverRequested(waiver);
    await notifier.waiverRequested(waiver);
    expect(notifications.sent).toHaveLength(1);
    const [sent] = notifications.sent;
    expect(sent.recipients).toEqual({
      type: 'entity',
      entityRef: [
        'group:default/run-ops',
        'user:default/emma',
        'user:default/sam',
      ],
      excludeEntityRef: ['user:default/bruno'],
    });
    expect(sent.payload.title).toBe(
      'payments-api: waiver requested on SEC-01',
    );
    expect(sent.payload.link).toBe(
      '/catalog/default/component/payments-api/operational-pilot',
    );

    const obs = await stores.waivers.create({
      ...waiver,
      criterionId: 'OBS-01',
    });
    await notifier.waiverRequested(obs);
    expect(notifications.sent[1].recipients).toMatchObject({
      entityRef: ['group:default/run-ops', 'user:default/emma'],
    });
  });

  it('notifies the assignee of a created or reassigned action, not a self-assignment, with the release link', async () => {
    const { stores, actions, notifications } = await setup(databaseId);
    await seedRoles(stores);
    const release = await stores.releases.create({
      entityRef: ENTITY,
      version: '2.4.0',
      kind: 'minor',
      plannedAt: '2026-12-10T20:00:00.000Z',
      status: 'planned',
      createdBy: 'user:default/alice',
    } as any);
    const created = await actions.create(actor('alice'), ENTITY, {
      title: 'Write the runbook',
      phase: 'before',
      side: 'build',
      assigneeRef: 'user:default/bruno',
      dueDate: '2026-12-10',
      releaseId: release.id,
    } as any);
    expect(notifications.sent).toHaveLength(1);
    expect(notifications.sent[0].recipients).toEqual({
      type: 'entity',
      entityRef: ['user:default/bruno'],
    });
    expect(notifications.sent[0].payload).toMatchObject({
      title: 'payments-api: action assigned to you: Write the runbook',
      link: `/catalog/default/component/payments-api/operational-pilot/releases/${release.id}`,
    });

    // Self-assignment: nothing.
    await actions.create(actor('bruno'), ENTITY, {
      title: 'Mine',
      phase: 'run',
      side: 'run',
      assigneeRef: 'user:default/bruno',
    } as any);
    expect(notifications.sent).toHaveLength(1);

    // Reassigned to someone else: the new assignee; an update that keeps the assignee: nothing.
    const moved = await actions.update(
      actor('alice'),
      created,
      { assigneeRef: 'user:default/julie' },
      created.version,
    );
    await actions.update(
      actor('alice'),
      moved,
      { title: 'Write the runbook (v2)' },
      moved.version,
    );
    expect(notifications.sent).toHaveLength(2);
    expect(notifications.sent[1].recipients).toMatchObject({
      entityRef: ['user:default/julie'],
    });
  });

  it('never fails the write when the notification service fails', async () => {
    const { stores, actions, notifications } = await setup(databaseId);
    notifications.fail = true;
    const created = await actions.create(actor('alice'), ENTITY, {
      title: 'Still created',
      phase: 'run',
      side: 'run',
      assigneeRef: 'user:default/bruno',
    } as any);
    expect(await stores.actions.getById(created.id)).toBeDefined();
    expect(notifications.sent).toHaveLength(0);
    // The claim was released: a later try sends it.
    notifications.fail = false;
    await actions.update(
      actor('alice'),
      (await stores.actions.getById(created.id))!,
      { assigneeRef: 'user:default/julie' },
      created.version,
    );
    expect(notifications.sent).toHaveLength(1);
  });

  it('the scheduled pass sends overdue actions and expiring attestations once, even run twice or by two instances', async () => {
    const { knex, stores, task, notifications } = await setup(databaseId);
    await seedRoles(stores);
    await stores.actions.create({
      entityRef: ENTITY,
      title: 'Restore test',
      phase: 'run',
      side: 'run',
      assigneeRef: 'user:default/bruno',
      dueDate: '2026-11-30',
      priority: 'blocking',
      status: 'open',
      source: 'manual',
      createdBy: 'user:default/alice',
    });
    await stores.evaluations.upsert(
      evaluation({
        name: 'payments-api',
        owner: 'group:default/payments-team',
        poa: 'user:default/alice',
        criteria: [
          attestationCriterion('BCK-02', 'expiring', '2026-12-20T00:00:00.000Z'),
          attestationCriterion('BCK-03', 'pass', '2027-06-20T00:00:00.000Z'),
          attestationCriterion('BCK-04', 'stale', '2026-10-01T00:00:00.000Z'),
        ],
      }),
    );

    const other = wire(knex, stores);
    const [first, second] = await Promise.all([
      task.run(NOW),
      other.task.run(NOW),
    ]);
    expect(first + second).toBe(3);
    expect(await task.run(NOW)).toBe(0);
    const all = [...notifications.sent, ...other.notifications.sent];
    expect(all).toHaveLength(3);
    expect(
      all.find(n => n.payload.title.includes('expired'))!.payload.title,
    ).toBe('payments-api: attestation BCK-04 expired on 2026-10-01');
    const overdue = all.find(n => n.payload.topic === 'actionOverdue')!;
    expect(overdue.recipients).toMatchObject({
      entityRef: ['user:default/bruno'],
    });
    expect(overdue.payload.title).toBe(
      'payments-api: action overdue since 2026-11-30: Restore test',
    );
    const expiring = all.find(n => n.payload.title.includes('expires on'))!;
    expect(expiring.recipients).toMatchObject({
      entityRef: ['group:default/payments-team', 'user:default/alice'],
    });
    expect(expiring.payload.title).toBe(
      'payments-api: attestation BCK-02 expires on 2026-12-20',
    );
  });

  it('the pass sends releases at D-7 and D-1 with gate blockers and hypercare ending, each once', async () => {
    const { stores, task, notifications } = await setup(databaseId);
    await seedRoles(stores);
    await stores.evaluations.upsert(
      evaluation({
        name: 'payments-api',
        owner: 'group:default/payments-team',
        poa: 'user:default/alice',
      }),
    );
    const day = 24 * 60 * 60 * 1000;
    const release = await stores.releases.create({
      entityRef: ENTITY,
      version: '2.4.0',
      kind: 'minor',
      plannedAt: new Date(NOW.getTime() + 6 * day).toISOString(),
      status: 'planned',
      createdBy: 'user:default/alice',
    } as any);
    await stores.releases.setGateSummary(release.id, {
      goNoGo: 'not-ready',
      handover: 'not-ready',
      blockers: 2,
      evaluatedAt: NOW.toISOString(),
    });
    const clean = await stores.releases.create({
      entityRef: ENTITY,
      version: '2.5.0',
      kind: 'minor',
      plannedAt: new Date(NOW.getTime() + 3 * day).toISOString(),
      status: 'planned',
      createdBy: 'user:default/alice',
    } as any);
    await stores.releases.setGateSummary(clean.id, {
      goNoGo: 'ready-for-run',
      handover: 'ready-for-run',
      blockers: 0,
      evaluatedAt: NOW.toISOString(),
    });
    const inHypercare = await stores.releases.create({
      entityRef: ENTITY,
      version: '2.3.0',
      kind: 'minor',
      plannedAt: new Date(NOW.getTime() - 10 * day).toISOString(),
      status: 'hypercare',
      hypercare: {
        start: new Date(NOW.getTime() - 9 * day).toISOString(),
        end: new Date(NOW.getTime() + 1.5 * day).toISOString(),
      },
      createdBy: 'user:default/alice',
    } as any);

    expect(await task.run(NOW)).toBe(2);
    expect(await task.run(NOW)).toBe(0);
    const [d7, hypercare] = [
      notifications.sent.find(n => n.payload.topic === 'releaseApproaching')!,
      notifications.sent.find(n => n.payload.topic === 'hypercareEnding')!,
    ];
    expect(d7.payload).toMatchObject({
      title: 'payments-api 2.4.0: release in 6 days with 2 open gate blockers',
      link: `/catalog/default/component/payments-api/operational-pilot/releases/${release.id}`,
    });
    expect(d7.recipients).toMatchObject({
      entityRef: [
        'group:default/payments-team',
        'group:default/run-ops',
        'user:default/alice',
      ],
    });
    expect(hypercare.payload.link).toBe(
      `/catalog/default/component/payments-api/operational-pilot/releases/${inHypercare.id}`,
    );
    expect(hypercare.recipients).toMatchObject({
      entityRef: ['group:default/run-ops', 'user:default/alice'],
    });

    // D-1: once more for the release with blockers.
    const dayBefore = new Date(NOW.getTime() + 5.5 * day);
    expect(await task.run(dayBefore)).toBe(1);
    expect(await task.run(dayBefore)).toBe(0);
    expect(notifications.sent[2].payload.title).toBe(
      'payments-api 2.4.0: release in 1 day with 2 open gate blockers',
    );
  });

  it('the pass sends a verdict drop to not-ready once, compared with the previous snapshot', async () => {
    const { stores, task, notifications } = await setup(databaseId);
    await seedRoles(stores);
    const steady = evaluation({
      name: 'order-service',
      owner: 'group:default/orders-team',
      verdict: 'not-ready',
    });
    await stores.evaluations.upsert([
      evaluation({
        name: 'payments-api',
        owner: 'group:default/payments-team',
        poa: 'user:default/alice',
        verdict: 'ready-with-reservations',
        score: 80,
      }),
      steady,
    ]);
    await stores.snapshots.recordFromEvaluations('2026-12-02');
    await stores.evaluations.upsert(
      evaluation({
        name: 'payments-api',
        owner: 'group:default/payments-team',
        poa: 'user:default/alice',
        verdict: 'not-ready',
        score: 41,
      }),
    );
    expect(await task.run(NOW)).toBe(1);
    expect(await task.run(NOW)).toBe(0);
    const [drop] = notifications.sent;
    expect(drop.payload.title).toBe(
      'payments-api: readiness dropped to not ready',
    );
    expect(drop.recipients).toMatchObject({
      entityRef: [
        'group:default/payments-team',
        'group:default/run-ops',
        'user:default/alice',
      ],
    });
    // Today's snapshot (not-ready) does not make it a new drop tomorrow.
    await stores.snapshots.recordFromEvaluations('2026-12-03');
    expect(await task.run(new Date('2026-12-04T09:00:00Z'))).toBe(0);
  });

  it('sends the weekly digest to each POA on the digest day only, once', async () => {
    // NOW (2026-12-03) is a Thursday.
    const { knex, stores } = await setup(databaseId);
    const { task, notifications } = wire(knex, stores, {
      digest: { day: 'thursday' },
      kinds: { actionOverdue: false, verdictDropped: false },
    });
    await stores.evaluations.upsert([
      evaluation({
        name: 'payments-api',
        poa: 'user:default/alice',
        verdict: 'not-ready',
      }),
      evaluation({
        name: 'order-service',
        poa: 'user:default/alice',
        verdict: 'ready-for-run',
      }),
      evaluation({ name: 'search-indexer', poa: 'user:default/bruno' }),
      evaluation({ name: 'orphan' }),
    ]);
    await stores.actions.create({
      entityRef: ENTITY,
      title: 'Restore test',
      phase: 'run',
      side: 'run',
      dueDate: '2026-11-30',
      priority: 'blocking',
      status: 'open',
      source: 'manual',
      createdBy: 'user:default/alice',
    });
    expect(await task.run(new Date('2026-12-02T09:00:00Z'))).toBe(0);
    expect(await task.run(NOW)).toBe(2);
    expect(await task.run(NOW)).toBe(0);
    const alice = notifications.sent.find(n =>
      (n.recipients as any).entityRef.includes('user:default/alice'),
    )!;
    expect(alice.payload).toMatchObject({
      title:
        'Operational pilot weekly digest: 1 not ready, 1 overdue actions, 0 expiring attestations, 0 releases this week',
      description: 'Across the 2 entities you pilot as POA.',
      link: '/operational-pilot?poa=user%3Adefault%2Falice',
    });
  });

  it('sends nothing when notifications are off', async () => {
    const { knex, stores } = await setup(databaseId);
    await seedRoles(stores);
    const off = wire(knex, stores, { enabled: false });
    await stores.actions.create({
      entityRef: ENTITY,
      title: 'Restore test',
      phase: 'run',
      side: 'run',
      assigneeRef: 'user:default/bruno',
      dueDate: '2026-11-30',
      priority: 'blocking',
      status: 'open',
      source: 'manual',
      createdBy: 'user:default/alice',
    });
    await off.actions.create(actor('alice'), ENTITY, {
      title: 'x',
      phase: 'run',
      side: 'run',
      assigneeRef: 'user:default/bruno',
    } as any);
    expect(await off.task.run(NOW)).toBe(0);
    const kindOff = wire(knex, stores, { kinds: { actionOverdue: false } });
    expect(await kindOff.task.run(NOW)).toBe(0);
    expect(off.notifications.sent).toHaveLength(0);
    expect(kindOff.notifications.sent).toHaveLength(0);
  });
});

