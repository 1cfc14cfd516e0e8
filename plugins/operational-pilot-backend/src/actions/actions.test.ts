/*
 * The actions of the actions registry, invoked the way the MCP actions backend invokes them: through
 * Backstage's real actions service (`actionsServiceRef`, which calls the plugin's registry over HTTP with the
 * caller's credentials), on SQLite and PostgreSQL.
 */
import {
  createBackendPlugin,
  type BackstageCredentials,
} from '@backstage/backend-plugin-api';
import {
  actionsServiceRef,
  type ActionsService,
} from '@backstage/backend-plugin-api/alpha';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { Entity } from '@backstage/catalog-model';
import type { JsonObject } from '@backstage/types';
import request from 'supertest';
import { operationalPilotPlugin } from '../plugin';
import { createTestDatabases } from '../testing/databases';
import { OPERATIONAL_PILOT_ACTIONS } from '.';

jest.setTimeout(180_000);

const databases = createTestDatabases();

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'payments-api',
      namespace: 'default',
      annotations: { 'pagerduty.com/service-id': 'P1' },
      links: [{ url: 'https://grafana.example/d/1', type: 'dashboard' }],
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'payments-team' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments-team', namespace: 'default' },
    spec: { type: 'team', children: [], profile: { email: 'p@example.com' } },
  },
];

const API = '/api/operational-pilot';
const COMPONENT = `${API}/entities/component/default/payments-api`;
const REF = 'component:default/payments-api';
const USER = mockCredentials.user();

function inDays(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}

async function startBackend(
  knex: any,
  permission:
    | AuthorizeResult.ALLOW
    | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  let actions: ActionsService | undefined;
  // Stands for the MCP actions backend: a plugin that calls actions through the actions service.
  const caller = createBackendPlugin({
    pluginId: 'action-caller',
    register(env) {
      env.registerInit({
        deps: { actions: actionsServiceRef },
        async init(deps) {
          actions = deps.actions;
        },
      });
    },
  });
  const { server } = await startTestBackend({
    features: [
      operationalPilotPlugin,
      caller,
      catalogServiceMock.factory({ entities }),
      mockServices.database.factory({ knex }),
      mockServices.permissions.factory({ result: permission }),
      mockServices.rootConfig.factory({
        data: {
          operationalPilot: { packs: ['core'] },
          backend: { actions: { pluginSources: ['operational-pilot'] } },
        },
      }),
    ],
  });
  const service = actions!;
  const invoke = async (
    name: string,
    input: JsonObject,
    credentials: BackstageCredentials = USER,
  ): Promise<any> => {
    try {
      const result = await service.invoke({
        id: `operational-pilot:${name}`,
        input,
        credentials,
      });
      return result.output;
    } catch (error) {
      // What the MCP actions backend tells the agent: the name and message of the error behind the response.
      const cause = (error as { cause?: { name: string; message: string } })
        .cause;
      throw cause ? new Error(`${cause.name}: ${cause.message}`) : error;
    }
  };
  return { server, actions: service, invoke };
}

describe.each(databases.eachSupportedId())(
  'operational-pilot actions (%s)',
  databaseId => {
    it('lists the six actions with their schemas and attributes', async () => {
      const { actions } = await startBackend(await databases.init(databaseId));
      const { actions: listed } = await actions.list({ credentials: USER });
      const ours = listed.filter(a => a.pluginId === 'operational-pilot');
      expect(ours.map(a => a.name).sort()).toEqual(
        [...OPERATIONAL_PILOT_ACTIONS].sort(),
      );
      for (const action of ours) {
        expect(action.id).toBe(`operational-pilot:${action.name}`);
        expect(action.description.length).toBeGreaterThan(100);
        expect(action.schema.input).toMatchObject({ type: 'object' });
        expect(action.schema.output).toMatchObject({ type: 'object' });
      }
      const byName = Object.fromEntries(ours.map(a => [a.name, a]));
      expect(byName['get-readiness'].attributes.readOnly).toBe(true);
      expect(byName['create-handoff-action'].attributes.readOnly).toBe(false);
      expect(byName['create-handoff-action'].schema.input.required).toEqual(
        expect.arrayContaining(['entityRef', 'title', 'phase', 'side']),
      );
    });

    it('get-readiness and list-blockers answer what GET …/readiness answers', async () => {
      const { server, invoke } = await startBackend(
        await databases.init(databaseId),
      );
      const http = (await request(server).get(`${COMPONENT}/readiness`)).body;
      const readiness = await invoke('get-readiness', { entityRef: REF });
      expect(readiness).toMatchObject({
        entityRef: REF,
        score: http.score,
        verdict: http.verdict,
        level: http.level,
        blockers: http.blockers,
        reservations: http.reservations,
        nextSteps: http.nextSteps,
        releases: [],
      });
      expect(readiness.blockers.length).toBeGreaterThan(0);

      const blockers = await invoke('list-blockers', { entityRef: REF });
      expect(blockers.verdict).toBe(http.verdict);
      expect(blockers.blockers.map((b: any) => b.id)).toEqual(http.blockers);
      for (const blocker of blockers.blockers) {
        const criterion = http.criteria.find((c: any) => c.id === blocker.id);
        expect(blocker).toEqual({
          id: criterion.id,
          title: criterion.title,
          category: criterion.category,
          status: criterion.status,
          reason: criterion.reason,
          howToFix: criterion.howToFix,
        });
      }

      await expect(
        invoke('get-readiness', { entityRef: 'component:default/nope' }),
      ).rejects.toThrow(/NotFoundError: .*component:default\/nope/);
      // Invalid input: not a full entity ref.
      await expect(
        invoke('get-readiness', { entityRef: 'payments api' }),
      ).rejects.toThrow(/Invalid input/);
    });

    it('create-handoff-action creates, validates and audits like POST …/actions; list-overdue-actions finds it', async () => {
      const knex = await databases.init(databaseId);
      const { server, invoke } = await startBackend(knex);
      const { action } = await invoke('create-handoff-action', {
        entityRef: REF,
        title: 'Rehearse the restore of the payments database',
        phase: 'before',
        side: 'run',
        dueDate: '2020-01-15',
        assigneeRef: 'user:default/bruno.lefevre',
        criterionId: 'BCK-03',
        description: 'Restore last night backup on staging',
      });
      expect(action).toMatchObject({
        entityRef: REF,
        title: 'Rehearse the restore of the payments database',
        phase: 'before',
        side: 'run',
        status: 'open',
        priority: 'blocking',
        dueDate: '2020-01-15',
        criterionId: 'BCK-03',
        createdBy: USER.principal.userEntityRef,
      });
      const listed = await request(server).get(`${COMPONENT}/actions`);
      expect(listed.body.items.map((a: any) => a.id)).toEqual([action.id]);
      const audit = await request(server).get(`${COMPONENT}/audit`);
      expect(audit.body.items).toEqual([
        expect.objectContaining({
          action: 'action-create',
          actor: USER.principal.userEntityRef,
          targetId: action.id,
        }),
      ]);

      // A rule of the service (the criterion must exist), not of the schema: named in the error.
      await expect(
        invoke('create-handoff-action', {
          entityRef: REF,
          title: 'x',
          phase: 'run',
          side: 'build',
          criterionId: 'NOPE-99',
        }),
      ).rejects.toThrow(/criterionId: NOPE-99 is not a criterion/);
      // Invalid input (schema): an unknown phase, a missing title.
      await expect(
        invoke('create-handoff-action', {
          entityRef: REF,
          title: 'x',
          phase: 'someday',
          side: 'build',
        }),
      ).rejects.toThrow(/Invalid input/);
      await expect(
        invoke('create-handoff-action', {
          entityRef: REF,
          phase: 'run',
          side: 'build',
        }),
      ).rejects.toThrow(/Invalid input/);
      const after = await request(server).get(`${COMPONENT}/actions`);
      expect(after.body.items).toHaveLength(1);

      // Not overdue: due in the future.
      await invoke('create-handoff-action', {
        entityRef: REF,
        title: 'Later',
        phase: 'run',
        side: 'poa',
        dueDate: inDays(30).slice(0, 10),
      });
      const overdue = await invoke('list-overdue-actions', {});
      expect(overdue.total).toBe(1);
      expect(overdue.items).toEqual([
        expect.objectContaining({
          id: action.id,
          entityRef: REF,
          title: 'Rehearse the restore of the payments database',
          dueDate: '2020-01-15',
          assigneeRef: 'user:default/bruno.lefevre',
          phase: 'before',
          status: 'open',
        }),
      ]);
      expect(overdue.items[0].daysOverdue).toBeGreaterThan(365);
      const byOwner = await invoke('list-overdue-actions', {
        owner: 'payments-team',
      });
      expect(byOwner.items.map((a: any) => a.id)).toEqual([action.id]);
      expect(
        (await invoke('list-overdue-actions', { owner: 'group:default/other' }))
          .items,
      ).toEqual([]);
      expect(
        (
          await invoke('list-overdue-actions', {
            assigneeRef: 'user:default/bruno.lefevre',
            entityRef: REF,
          })
        ).items,
      ).toHaveLength(1);
      expect(
        (await invoke('list-overdue-actions', { assigneeRef: 'someone.else' }))
          .items,
      ).toEqual([]);
      await expect(
        invoke('list-overdue-actions', { limit: 0 }),
      ).rejects.toThrow(/Invalid input/);

      // Like the portfolio: an entity that left the catalog has no overdue actions any more.
      await knex('evaluations')
        .where({ entity_ref: REF })
        .update({ missing_since: new Date() });
      expect((await invoke('list-overdue-actions', {})).items).toEqual([]);
    });

    it('record-attestation follows the rules of POST …/attestations', async () => {
      const { server, invoke } = await startBackend(
        await databases.init(databaseId),
      );
      await expect(
        invoke('record-attestation', {
          entityRef: REF,
          criterionId: 'BCK-03',
          state: 'compliant',
        }),
      ).rejects.toThrow(/evidence: BCK-03 needs evidence/);
      await expect(
        invoke('record-attestation', {
          entityRef: REF,
          criterionId: 'OWN-01',
          state: 'compliant',
          evidence: [{ url: 'https://x.example' }],
        }),
      ).rejects.toThrow(/OWN-01 is checked automatically/);
      await expect(
        invoke('record-attestation', {
          entityRef: REF,
          criterionId: 'BCK-03',
          state: 'compliant',
          // eslint-disable-next-line no-script-url
          evidence: [{ url: 'javascript:alert(1)' }],
        }),
      ).rejects.toThrow(/Invalid input/);

      const { attestation } = await invoke('record-attestation', {
        entityRef: REF,
        criterionId: 'BCK-03',
        state: 'compliant',
        evidence: [{ url: 'https://wiki.example/restore-test-2026' }],
        comment: 'Restored in 42 minutes',
      });
      expect(attestation).toMatchObject({
        entityRef: REF,
        criterionId: 'BCK-03',
        state: 'compliant',
        evidence: [{ url: 'https://wiki.example/restore-test-2026' }],
        assessedBy: USER.principal.userEntityRef,
        comment: 'Restored in 42 minutes',
      });
      const stored = await request(server).get(`${COMPONENT}/attestations`);
      expect(stored.body.items.map((a: any) => a.id)).toEqual([attestation.id]);
      const readiness = await invoke('get-readiness', { entityRef: REF });
      const http = (await request(server).get(`${COMPONENT}/readiness`)).body;
      expect(http.criteria.find((c: any) => c.id === 'BCK-03').status).toBe(
        'pass',
      );
      expect(readiness.blockers).not.toContain('BCK-03');
    });

    it('get-release-gate answers the two gates of a release', async () => {
      const { server, invoke } = await startBackend(
        await databases.init(databaseId),
      );
      const created = await request(server)
        .post(`${COMPONENT}/releases`)
        .send({ version: '2.0.0', kind: 'major', plannedAt: inDays(10) });
      expect(created.status).toBe(201);
      const http = (
        await request(server).get(`${API}/releases/${created.body.id}/gate`)
      ).body;

      const gates = await invoke('get-release-gate', {
        releaseId: created.body.id,
      });
      expect(gates).toMatchObject({
        releaseId: created.body.id,
        entityRef: REF,
        version: '2.0.0',
        kind: 'major',
        goNoGo: {
          verdict: http.goNoGo.verdict,
          missing: http.goNoGo.missing,
        },
        handover: {
          verdict: http.handover.verdict,
          missing: http.handover.missing,
        },
      });
      expect(gates.goNoGo.blockers.map((b: any) => b.id)).toEqual(
        http.goNoGo.blockers,
      );
      expect(gates.handover.verdict).toBe('not-ready');

      const readiness = await invoke('get-readiness', { entityRef: REF });
      expect(readiness.releases).toEqual([
        expect.objectContaining({
          releaseId: created.body.id,
          goNoGo: http.goNoGo.verdict,
          handover: http.handover.verdict,
        }),
      ]);

      await expect(
        invoke('get-release-gate', { releaseId: 'no-such-release' }),
      ).rejects.toThrow(/No release no-such-release/);
      await expect(invoke('get-release-gate', {})).rejects.toThrow(
        /Invalid input/,
      );
    });

    it('refuses writes to a user without permission, and to a service, and writes nothing', async () => {
      const { server, invoke } = await startBackend(
        await databases.init(databaseId),
        AuthorizeResult.DENY,
      );
      // Reads need no Operational Pilot permission (as over HTTP).
      const readiness = await invoke('get-readiness', { entityRef: REF });
      expect(readiness.entityRef).toBe(REF);

      await expect(
        invoke('create-handoff-action', {
          entityRef: REF,
          title: 'Not allowed',
          phase: 'run',
          side: 'build',
        }),
      ).rejects.toThrow(
        /NotAllowedError: user:default\/mock may not operational-pilot\.action\.create/,
      );
      await expect(
        invoke('record-attestation', {
          entityRef: REF,
          criterionId: 'BCK-03',
          state: 'compliant',
          evidence: [{ url: 'https://wiki.example/restore' }],
        }),
      ).rejects.toThrow(/may not operational-pilot\.attestation\.create/);
      await expect(
        invoke(
          'create-handoff-action',
          {
            entityRef: REF,
            title: 'By a service',
            phase: 'run',
            side: 'build',
          },
          mockCredentials.service('plugin:scaffolder'),
        ),
      ).rejects.toThrow(/Only a signed-in user/);
      // With DENY, the catalog read scope is none: nothing is listed.
      expect((await invoke('list-overdue-actions', {})).items).toEqual([]);

      const actions = await request(server).get(`${COMPONENT}/actions`);
      expect(actions.body.items).toEqual([]);
      const attestations = await request(server).get(
        `${COMPONENT}/attestations`,
      );
      expect(attestations.body.items).toEqual([]);
      const audit = await request(server).get(`${COMPONENT}/audit`);
      expect(audit.body.items).toEqual([]);
    });
  },
);
