import type { Entity } from '@backstage/catalog-model';
import {
  buildReadinessModel,
  HandoffAction,
  Release,
} from '@operational-pilot/backstage-plugin-common';
import {
  assigneeForSide,
  proposeChecklist,
  validateChecklistItems,
} from './releaseChecklist';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api', namespace: 'default' },
  spec: { owner: 'group:default/payments-team' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
};

const operations = {
  tier: 'T1' as const,
  roles: {
    poa: 'user:default/alice',
    opsOwner: 'group:default/ops',
    businessOwner: 'user:default/bob',
  },
};

function release(overrides: Partial<Release> = {}): Release {
  return {
    id: 'r1',
    entityRef: 'component:default/payments-api',
    version: '2.0.0',
    kind: 'major',
    plannedAt: '2027-03-15T20:00:00.000Z',
    window: {
      start: '2027-03-15T20:00:00.000Z',
      end: '2027-03-15T23:00:00.000Z',
    },
    status: 'planned',
    rev: 1,
    createdBy: 'user:default/alice',
    createdAt: '2027-01-01T00:00:00.000Z',
    updatedAt: '2027-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('proposeChecklist', () => {
  const model = buildReadinessModel({ packs: ['core', 'extended'] });

  it('proposes before/during/after items with due dates from the window start and assignees from the roles', () => {
    const items = proposeChecklist({
      model,
      release: release(),
      entity,
      operations,
      actions: [],
    });
    const byTemplate = new Map(items.map(i => [i.templateId, i]));
    expect(byTemplate.get('go-no-go')).toMatchObject({
      phase: 'before',
      side: 'poa',
      assigneeRef: 'user:default/alice',
      dueDate: '2027-03-14',
      offsetDays: -1,
      criterionId: 'REL-06',
    });
    expect(byTemplate.get('rehearse-rollback')).toMatchObject({
      dueDate: '2027-03-08',
      side: 'build',
      assigneeRef: 'group:default/payments-team',
      priority: 'blocking',
    });
    expect(byTemplate.get('smoke-tests')).toMatchObject({
      phase: 'during',
      side: 'run',
      assigneeRef: 'group:default/ops',
      dueDate: '2027-03-15',
    });
    expect(byTemplate.get('hand-over-sign-off')?.phase).toBe('after');
    expect(items.some(i => i.phase === 'run')).toBe(false);
    const days = items.map(i => i.dueDate!);
    expect([...days].sort()).toEqual(days);
  });

  it('uses the planned date without a window, and skips hypercare items for a release that needs none', () => {
    const items = proposeChecklist({
      model,
      release: release({
        window: undefined,
        kind: 'patch',
        plannedAt: '2027-04-10T08:00:00.000Z',
      }),
      entity,
      operations: { ...operations, tier: 'T3' },
      actions: [],
    });
    expect(items.find(i => i.templateId === 'go-no-go')?.dueDate).toBe(
      '2027-04-09',
    );
    expect(
      items.find(i => i.templateId === 'hypercare-roster'),
    ).toBeUndefined();
    expect(
      items.find(i => i.templateId === 'hand-over-sign-off'),
    ).toBeUndefined();
  });

  it('leaves out what already passes, and never proposes a due date in the past', () => {
    const all = proposeChecklist({
      model,
      release: release(),
      entity,
      operations,
      actions: [],
    });
    expect(all.map(i => i.templateId)).toContain('deliver-dex');
    const withDex = proposeChecklist({
      model,
      release: release(),
      entity,
      operations,
      actions: [],
      passing: new Set(['DOC-01', 'DOC-02']),
    });
    expect(withDex.map(i => i.templateId)).not.toContain('deliver-dex');
    // Release-scoped criteria are not in the run readiness: their templates stay.
    expect(withDex.map(i => i.templateId)).toContain('rehearse-rollback');
    // A release three days ahead: its D-21 and D-7 items are due today, not in the past.
    const soon = proposeChecklist({
      model,
      release: release({
        window: undefined,
        plannedAt: '2027-03-18T08:00:00.000Z',
      }),
      entity,
      operations,
      actions: [],
      now: new Date('2027-03-15T10:00:00.000Z'),
    });
    expect(soon.find(i => i.templateId === 'deliver-dex')).toMatchObject({
      dueDate: '2027-03-15',
      offsetDays: -21,
    });
    expect(soon.every(i => i.dueDate! >= '2027-03-15')).toBe(true);
  });

  it('skips templates whose criteria are disabled or already have an open action for this release', () => {
    const core = buildReadinessModel({ packs: ['core'] });
    const open = {
      id: 'a1',
      releaseId: 'r1',
      criterionId: 'REL-02',
      phase: 'before',
      status: 'open',
    } as HandoffAction;
    const items = proposeChecklist({
      model: core,
      release: release(),
      entity,
      operations,
      actions: [open],
    });
    const ids = items.map(i => i.templateId);
    expect(ids).not.toContain('rehearse-rollback');
    // REL-06 is in the extended pack only.
    expect(ids).not.toContain('go-no-go');
    expect(ids).toContain('operational-acceptance');
    // Another release's action does not cover this one.
    const again = proposeChecklist({
      model: core,
      release: release(),
      entity,
      operations,
      actions: [
        { ...open, releaseId: 'other' },
        { ...open, status: 'cancelled' },
      ],
    });
    expect(again.map(i => i.templateId)).toContain('rehearse-rollback');
  });
});

describe('assigneeForSide', () => {
  it('maps sides to role holders', () => {
    expect(assigneeForSide('business', entity, operations)).toBe(
      'user:default/bob',
    );
    expect(assigneeForSide('vendor', entity, operations)).toBeUndefined();
  });
});

describe('validateChecklistItems', () => {
  it('names each invalid field by its path', () => {
    const model = buildReadinessModel();
    const errors = validateChecklistItems(
      [
        {
          title: 'ok',
          phase: 'before',
          side: 'run',
          dueDate: '2027-01-01',
          priority: 'major',
        },
        {
          title: ' ',
          phase: 'run',
          side: 'run',
          dueDate: '2027-02-31',
          priority: 'major',
          assigneeRef: 'component:default/x',
          templateId: 'nope',
          criterionId: 'XX-1',
        },
      ],
      model,
    );
    expect(errors.map(e => e.path).sort()).toEqual(
      [
        'items.1.assigneeRef',
        'items.1.criterionId',
        'items.1.dueDate',
        'items.1.phase',
        'items.1.templateId',
        'items.1.title',
      ].sort(),
    );
  });
});
