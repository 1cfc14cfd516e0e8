import { ACTION_STATUSES } from '../domain/types';
import {
  ACTION_TEMPLATES,
  ACTION_TRANSITIONS,
  canTransition,
  isOverdue,
  OPEN_ACTION_STATUSES,
  proposeActionForCriterion,
  TERMINAL_ACTION_STATUSES,
  transitionRequirements,
  validateTransition,
} from './actions';
import { buildReadinessModel } from './config';
import { DEFAULT_CRITERIA } from './defaultCriteria';
import { evaluateReadiness } from './engine';
import {
  attestation,
  daysFromNow,
  NOW,
  readyInput,
  release,
  resultOf,
} from './__testUtils__/fixtures';

const criterion = (id: string) => DEFAULT_CRITERIA.find(c => c.id === id)!;

describe('status machine', () => {
  it('follows domain §4.4', () => {
    expect(ACTION_TRANSITIONS).toEqual({
      proposed: ['open', 'cancelled', 'risk_accepted'],
      open: ['in_progress', 'blocked', 'cancelled', 'risk_accepted'],
      in_progress: ['blocked', 'done', 'cancelled', 'risk_accepted'],
      blocked: ['in_progress', 'open', 'cancelled', 'risk_accepted'],
      done: ['verified', 'in_progress'],
      verified: [],
      risk_accepted: [],
      cancelled: [],
    });
    expect(Object.keys(ACTION_TRANSITIONS).sort()).toEqual(
      [...ACTION_STATUSES].sort(),
    );
  });

  it('has no way out of terminal statuses and no self-transition', () => {
    for (const from of ACTION_STATUSES) {
      expect(canTransition(from, from)).toBe(false);
    }
    for (const from of TERMINAL_ACTION_STATUSES) {
      expect(ACTION_STATUSES.filter(to => canTransition(from, to))).toEqual([]);
    }
    expect(canTransition('done', 'in_progress')).toBe(true);
    expect(canTransition('proposed', 'done')).toBe(false);
  });

  it('counts open, in progress and blocked as open work, not proposed', () => {
    expect(OPEN_ACTION_STATUSES).toEqual(['open', 'in_progress', 'blocked']);
  });
});

describe('isOverdue', () => {
  it('is overdue the day after the due date, for open work only', () => {
    expect(isOverdue({ status: 'open', dueDate: '2025-06-15' }, NOW)).toBe(
      false,
    );
    expect(isOverdue({ status: 'open', dueDate: '2025-06-14' }, NOW)).toBe(
      true,
    );
    expect(isOverdue({ status: 'blocked', dueDate: '2025-06-14' }, NOW)).toBe(
      true,
    );
    expect(isOverdue({ status: 'proposed', dueDate: '2025-06-14' }, NOW)).toBe(
      false,
    );
    expect(isOverdue({ status: 'done', dueDate: '2025-06-14' }, NOW)).toBe(
      false,
    );
    expect(isOverdue({ status: 'open' }, NOW)).toBe(false);
    expect(
      isOverdue({ status: 'open', dueDate: '2025-06-15T11:00:00Z' }, NOW),
    ).toBe(true);
  });
});

describe('ACTION_TEMPLATES', () => {
  it('covers the §4.5 table with unique ids and existing criteria', () => {
    expect(ACTION_TEMPLATES).toHaveLength(30);
    expect(new Set(ACTION_TEMPLATES.map(t => t.id)).size).toBe(30);
    const ids = new Set(
      buildReadinessModel({ packs: ['core', 'extended'] }).criteria.map(
        c => c.id,
      ),
    );
    for (const t of ACTION_TEMPLATES) {
      t.criterionIds.forEach(id => expect(ids).toContain(id));
      expect(t.sides[0]).toBe(t.side);
      expect(t.titleFr).not.toBe('');
    }
    expect(
      ACTION_TEMPLATES.map(t => t.phase).filter(
        (p, i, a) => a.indexOf(p) === i,
      ),
    ).toEqual(['before', 'during', 'after', 'run']);
    expect(
      ACTION_TEMPLATES.find(t => t.id === 'backups-restore-test'),
    ).toMatchObject({
      phase: 'before',
      side: 'run',
      criterionIds: ['BCK-02', 'BCK-03'],
    });
  });

  it('gives every release template a due-date offset from the window start, in the order of the phases', () => {
    const offsets = (phase: string) =>
      ACTION_TEMPLATES.filter(t => t.phase === phase).map(t => t.offsetDays);
    expect(offsets('run').every(o => o === undefined)).toBe(true);
    expect(offsets('before').every(o => Number.isInteger(o) && o! < 0)).toBe(true);
    expect(offsets('during').every(o => o === 0)).toBe(true);
    expect(offsets('after').every(o => Number.isInteger(o) && o! > 0)).toBe(true);
    const byId = (id: string) => ACTION_TEMPLATES.find(t => t.id === id);
    expect(byId('go-no-go')?.offsetDays).toBe(-1);
    expect(byId('rehearse-rollback')?.offsetDays).toBe(-7);
    expect(byId('brief-service-desk')?.criterionIds).toEqual(['SUP-05']);
    expect(byId('hand-over-known-errors')?.criterionIds).toEqual(['INC-05']);
  });
});

describe('proposeActionForCriterion', () => {
  const model = buildReadinessModel();
  const evaluated = (overrides = {}) =>
    evaluateReadiness(model, readyInput(overrides));

  it('before a planned release: due a week before it, blocking priority for a blocking item', () => {
    const r = resultOf(evaluated({ attestations: [] }), 'BCK-03');
    const nextRelease = release({ plannedAt: daysFromNow(20) });
    expect(
      proposeActionForCriterion(r, criterion('BCK-03'), {
        now: NOW,
        nextRelease,
      }),
    ).toEqual({
      title: 'BCK-03: Restore tested',
      description:
        'no attestation recorded (restore test).\n\nNext step: Run a restore test, then record an attestation with the restore report (and the measured restore time against the RTO).',
      phase: 'before',
      side: 'run',
      priority: 'blocking',
      dueDate: daysFromNow(13).slice(0, 10),
      criterionId: 'BCK-03',
      releaseId: 'rel-1',
      source: 'auto',
    });
    const soon = release({ plannedAt: daysFromNow(2) });
    expect(
      proposeActionForCriterion(r, criterion('BCK-03'), {
        now: NOW,
        nextRelease: soon,
      }).dueDate,
    ).toBe('2025-06-15');
  });

  it('renewals are due at the expiry, in the run phase', () => {
    const attestations = [
      ...readyInput().attestations.filter(a => a.criterionId !== 'BCK-03'),
      attestation('BCK-03', 350),
    ];
    const r = resultOf(evaluated({ attestations }), 'BCK-03');
    expect(r.status).toBe('expiring');
    const p = proposeActionForCriterion(r, criterion('BCK-03'), { now: NOW });
    expect(p).toMatchObject({
      title: 'BCK-03: renew the restore test',
      phase: 'run',
      dueDate: '2025-06-30',
    });
  });

  it('expired renewals get two weeks; other items 30 days; priority follows weight', () => {
    const attestations = [
      ...readyInput().attestations.filter(a => a.criterionId !== 'BCK-03'),
      attestation('BCK-03', 400),
    ];
    const grace = resultOf(evaluated({ attestations }), 'BCK-03');
    expect(
      proposeActionForCriterion(grace, criterion('BCK-03'), { now: NOW })
        .dueDate,
    ).toBe(daysFromNow(14).slice(0, 10));
    const obs04 = {
      ...grace,
      id: 'OBS-04',
      status: 'fail' as const,
      blocking: false,
      expiresAt: undefined,
    };
    expect(
      proposeActionForCriterion(obs04, criterion('OBS-04'), { now: NOW }),
    ).toMatchObject({
      dueDate: daysFromNow(30).slice(0, 10),
      priority: 'major',
      side: 'build',
    });
    expect(
      proposeActionForCriterion(obs04, criterion('OBS-05'), { now: NOW })
        .priority,
    ).toBe('minor');
  });
});

describe('transitions with required fields', () => {
  it('lists the fields each move needs', () => {
    expect(transitionRequirements('blocked')).toEqual(['blockedReason']);
    expect(transitionRequirements('cancelled')).toEqual(['resolution']);
    expect(transitionRequirements('risk_accepted')).toEqual(['resolution']);
    expect(transitionRequirements('done')).toEqual([]);
    expect(transitionRequirements('done', { evidenceRequired: true })).toEqual([
      'evidenceUrl',
    ]);
    expect(transitionRequirements('open')).toEqual([]);
  });

  it('validates moves and their fields', () => {
    expect(validateTransition({ status: 'verified' }, 'open')).toBe(
      'An action cannot move from verified to open (verified is final).',
    );
    expect(validateTransition({ status: 'proposed' }, 'done')).toBe(
      'An action cannot move from proposed to done (allowed: open, cancelled, risk_accepted).',
    );
    expect(validateTransition({ status: 'open' }, 'blocked')).toBe(
      'Moving an action to blocked needs a reason why it is blocked (blockedReason).',
    );
    expect(
      validateTransition({ status: 'open' }, 'blocked', {
        blockedReason: 'waiting for DBA',
      }),
    ).toBeUndefined();
    expect(
      validateTransition({ status: 'open', blockedReason: 'old' }, 'blocked', {
        blockedReason: null,
      }),
    ).toBeDefined();
    expect(
      validateTransition({ status: 'open' }, 'cancelled', { resolution: ' ' }),
    ).toBe(
      'Moving an action to cancelled needs a resolution explaining why (resolution).',
    );
    expect(validateTransition({ status: 'open' }, 'open')).toBeUndefined();
  });

  it('needs evidence to close an action on an attested criterion', () => {
    const options = { criterion: criterion('BCK-03') };
    expect(
      validateTransition({ status: 'in_progress' }, 'done', {}, options),
    ).toBe(
      'Moving an action to done needs an evidence URL (evidenceUrl), because its criterion is checked by attestation.',
    );
    expect(
      validateTransition(
        { status: 'in_progress' },
        'done',
        { evidenceUrl: 'file:///x' },
        options,
      ),
    ).toBe('The evidence URL must be an http(s) URL.');
    expect(
      validateTransition(
        { status: 'in_progress' },
        'done',
        { evidenceUrl: 'https://wiki/restore-report' },
        options,
      ),
    ).toBeUndefined();
    expect(
      validateTransition(
        { status: 'in_progress' },
        'done',
        {},
        { criterion: criterion('OBS-04') },
      ),
    ).toBeUndefined();
    expect(
      validateTransition(
        { status: 'in_progress' },
        'done',
        {},
        { criterion: criterion('REL-02') },
      ),
    ).toBeDefined();
  });
});
