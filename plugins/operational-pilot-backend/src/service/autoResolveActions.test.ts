import type {
  EntityReadiness,
  HandoffAction,
  Phase,
} from '@operational-pilot/backstage-plugin-common';
import { actionsToAutoResolve } from './autoResolveActions';

function action(id: string, phase: Phase, overrides: Partial<HandoffAction> = {}): HandoffAction {
  return {
    id,
    entityRef: 'component:default/a',
    title: id,
    phase,
    side: 'run',
    priority: 'major',
    status: 'open',
    criterionId: 'OBS-01',
    source: 'template',
    version: 1,
    createdBy: 'user:default/alice',
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
    ...overrides,
  };
}

const readiness = {
  criteria: [
    { id: 'OBS-01', status: 'pass', source: 'catalog' },
    { id: 'BCK-03', status: 'pass', source: 'attestation' },
  ],
} as unknown as EntityReadiness;

describe('actionsToAutoResolve', () => {
  it('resolves before and run actions of a passing automatic criterion, never during or after ones', () => {
    const actions = [
      action('before', 'before'),
      action('run', 'run'),
      action('during', 'during'),
      action('after', 'after'),
    ];
    expect(actionsToAutoResolve(readiness, actions).map(a => a.id)).toEqual([
      'before',
      'run',
    ]);
  });

  it('leaves attestation criteria, closed actions and failing criteria alone', () => {
    const actions = [
      action('attested', 'before', { criterionId: 'BCK-03' }),
      action('done', 'before', { status: 'done' }),
      action('other', 'run', { criterionId: 'INC-01' }),
    ];
    expect(actionsToAutoResolve(readiness, actions)).toEqual([]);
  });
});
