import type {
  GateResult,
  GateSnapshot,
  HandoffAction,
  Release,
  ReleaseDecision,
} from '@operational-pilot/backstage-plugin-common';
import type { DossierData } from './document';
import { renderDossierHtml, renderDossierMarkdown } from './render';
import { dossierLang } from './strings';
import { CRITERIA_FR } from '@operational-pilot/backstage-plugin-common';

const XSS = '<script>alert("x")</script>';

function gate(overrides: Partial<GateResult> = {}): GateResult {
  return {
    gate: 'goNoGo',
    verdict: 'ready-with-reservations',
    verdictReasons: ['REL-04 is waived until 2027-04-01.'],
    score: 80,
    criteria: [
      {
        id: 'REL-04',
        title: 'Operational acceptance passed',
        category: 'REL',
        weight: 3,
        blocking: true,
        scope: 'release',
        status: 'waived',
        credit: 0,
        reason: 'waived',
        howToFix: '',
        source: 'release',
        evidence: [],
        waiver: { id: 'w1', expiresAt: '2027-04-01T00:00:00.000Z', reason: 'OAT next sprint' },
      },
    ],
    blockers: [],
    reservations: ['REL-04'],
    missing: [],
    nextSteps: [],
    ...overrides,
  };
}

const snapshot: GateSnapshot = {
  takenAt: '2027-03-10T09:00:00.000Z',
  release: {
    version: '2.0.0',
    kind: 'major',
    changeType: 'normal',
    changeRef: 'CHG-42',
    changeApproval: { status: 'approved', date: '2027-03-09' },
    plannedAt: '2027-03-15T20:00:00.000Z',
    window: { start: '2027-03-15T20:00:00.000Z', end: '2027-03-15T23:00:00.000Z' },
    environments: ['preprod', 'prod'],
    scope: { description: `Checkout ${XSS}`, components: ['component:default/ledger'] },
  },
  runReadiness: { score: 91.5, verdict: 'ready-for-run', level: 'silver', blockers: [] },
  goNoGo: gate(),
  handover: gate({ gate: 'handover', verdict: 'not-ready', reservations: [], criteria: [], missing: ['signature of the ops owner'] }),
  windowConflicts: [],
  waivers: [
    {
      id: 'w1',
      criterionId: 'REL-04',
      reason: `OAT next sprint ${XSS}`,
      requestedBy: 'user:default/dev',
      approvedBy: 'user:default/carol',
      expiresAt: '2027-04-01T00:00:00.000Z',
    },
  ],
  attestations: [
    {
      id: 'a1',
      criterionId: 'REL-02',
      state: 'compliant',
      assessedBy: 'user:default/dev',
      assessedAt: '2027-03-01T10:00:00.000Z',
      evidence: [{ url: 'https://wiki.example/rollback', description: 'Rollback rehearsal report' }],
      releaseId: 'r1',
    },
  ],
  openActions: [],
  roles: { owner: 'group:default/payments-team', poa: 'user:default/alice', opsOwner: 'group:default/ops' },
};

const release: Release = {
  id: 'r1',
  entityRef: 'component:default/payments-api',
  version: '2.0.0',
  kind: 'major',
  plannedAt: '2027-03-15T20:00:00.000Z',
  status: 'closed',
  hypercare: {
    start: '2027-03-15',
    end: '2027-03-29',
    buildStandby: ['user:default/dev'],
    exitCriteria: ['No P1 for 7 days'],
  },
  handover: {
    signatures: [{ role: 'poa', signedBy: 'user:default/alice', signedAt: '2027-03-30T10:00:00.000Z', comment: XSS }],
  },
  outcome: {
    outcome: 'success_with_incidents',
    incidents: ['INC-1001'],
    review: `Slow start ${XSS}`,
    followUpActionIds: ['f1'],
    goGateVerdict: 'ready-with-reservations',
    recordedBy: 'user:default/alice',
    recordedAt: '2027-04-02T10:00:00.000Z',
  },
  rev: 7,
  createdBy: 'user:default/alice',
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-04-02T10:00:00.000Z',
};

const decision: ReleaseDecision = {
  id: 'd1',
  releaseId: 'r1',
  entityRef: release.entityRef,
  decision: 'go_with_reservations',
  approvers: ['user:default/alice', 'user:default/bob'],
  notes: `Notes ${XSS}`,
  decidedBy: 'user:default/alice',
  decidedAt: '2027-03-10T09:00:00.000Z',
  snapshot,
};

function action(id: string, phase: HandoffAction['phase'], title: string, status: HandoffAction['status']): HandoffAction {
  return {
    id,
    entityRef: release.entityRef,
    title,
    phase,
    side: 'run',
    priority: 'major',
    status,
    releaseId: 'r1',
    dueDate: '2027-03-14',
    source: 'template',
    version: 1,
    createdBy: 'user:default/alice',
    createdAt: '2027-03-01T00:00:00.000Z',
    updatedAt: '2027-03-01T00:00:00.000Z',
  };
}

const data: DossierData = {
  entityRef: release.entityRef,
  entityTitle: 'Payments API',
  release,
  snapshot,
  source: 'decision',
  decisions: [decision],
  actions: [
    action('b1', 'before', 'Rehearse the rollback', 'verified'),
    action('d1', 'during', 'Smoke tests', 'done'),
    action('f1', 'after', `Tune the pool ${XSS}`, 'open'),
  ],
  generatedAt: '2027-04-03T08:00:00.000Z',
};

describe('renderDossierMarkdown', () => {
  it('writes every section of the dossier in English', () => {
    const md = renderDossierMarkdown(data, 'en');
    expect(md).toMatch(/^# CAB dossier — Payments API 2\.0\.0\n/);
    for (const text of [
      'Built from the gate frozen at the latest go/no-go decision (go with reservations, 2027-03-10 09:00 UTC',
      '**Change approval:** approved, 2027-03-09',
      '**Window:** 2027-03-15 20:00 UTC → 2027-03-15 23:00 UTC',
      '**Environments:** preprod, prod',
      '## Run readiness',
      '**Verdict:** ready with reservations',
      '### Reservations (accepted risks)',
      'user:default/carol',
      '2027-04-01 00:00 UTC',
      '## Go/no-go decisions',
      'user:default/alice, user:default/bob',
      '[Rollback rehearsal report](<https://wiki.example/rollback>)',
      '### Before the release',
      '### During the release',
      '### After the release',
      '| Rehearse the rollback | run | ',
      '| POA | user:default/alice |',
      '## Rollback plan',
      '**Rollback rehearsal (REL-02) attested:** compliant',
      '**Exit criteria:** No P1 for 7 days',
      '**Missing:** signature of the ops owner',
      '## Outcome',
      '**Outcome:** success with incidents',
      '**Incidents:** INC-1001',
      '**Go/no-go gate verdict at "go":** ready with reservations',
    ]) {
      expect(md).toContain(text);
    }
    expect(md).toContain('Tune the pool &lt;script&gt;alert("x")&lt;/script&gt; \\(open, 2027-03-14\\)'.replace(/\\\(/g, '(').replace(/\\\)/g, ')'));
  });

  it('escapes Markdown block syntax only where it would apply', () => {
    const md = renderDossierMarkdown({ ...data, entityTitle: '# 1. Title' }, 'en');
    // A heading marker is escaped (harmless inline, needed at the start of a paragraph); numbers are left alone.
    expect(md).toContain('**Application:** \\# 1. Title');
    expect(md).toContain('**Version:** 2.0.0');
    expect(md).toContain('**Score:** 91.5');
  });

  it('never lets user text through as HTML or Markdown', () => {
    const md = renderDossierMarkdown(data, 'en');
    expect(md).not.toContain('<script');
    expect(md).toContain('&lt;script&gt;');
    const tricky = renderDossierMarkdown(
      {
        ...data,
        actions: [action('x', 'before', 'a | b [link](javascript:alert(1))', 'open')],
      },
      'en',
    );
    expect(tricky).toContain('a \\| b \\[link\\](javascript:alert(1))');
  });

  it('speaks French', () => {
    const md = renderDossierMarkdown(data, 'fr');
    expect(md).toMatch(/^# Dossier CAB — Payments API 2\.0\.0/);
    for (const text of ['## Porte de go/no-go', 'go avec réserves', '## Plan de retour arrière', "## Plan d'hypercare", '### Avant la mise en production', '**Verdict:** prêt avec réserves', 'succès avec incidents']) {
      expect(md).toContain(text);
    }
    // The engine's texts follow too: the criterion title from the French catalogue, never the English one.
    expect(md).toContain(`REL-04 — ${CRITERIA_FR['REL-04'].title}`);
    expect(md).not.toContain('Operational acceptance passed');
  });

  it('says when it comes from the live gates, and what is missing', () => {
    const md = renderDossierMarkdown(
      { ...data, source: 'live', decisions: [], actions: [], release: { ...release, outcome: undefined, handover: undefined, hypercare: undefined, status: 'planned' } },
      'en',
    );
    expect(md).toContain('No go/no-go decision recorded yet: built from the live evaluation of the gates at 2027-03-10 09:00 UTC.');
    expect(md).toContain('## Go/no-go decisions\n\nNone.');
    expect(md).toContain('No signature yet.');
    expect(md).not.toContain('## Outcome');
  });
});

describe('renderDossierHtml', () => {
  it('is a complete printable page without external assets, with escaped user text', () => {
    const html = renderDossierHtml(data, 'en');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('<title>CAB dossier — Payments API 2.0.0</title>');
    expect(html).toContain('@media print');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('<a href="https://wiki.example/rollback" rel="noopener noreferrer">Rollback rehearsal report</a>');
    expect(html.trim().endsWith('</html>')).toBe(true);
  });

  it('never turns a non-http URL into a link', () => {
    const html = renderDossierHtml(
      {
        ...data,
        snapshot: {
          ...snapshot,
          // eslint-disable-next-line no-script-url
          attestations: [{ ...snapshot.attestations[0], evidence: [{ url: 'javascript:alert(1)' }] }],
        },
      },
      'fr',
    );
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<title>Dossier CAB — Payments API 2.0.0</title>');
    expect(html).not.toContain('href="javascript');
  });
});

describe('dossierLang', () => {
  it('prefers ?lang, then Accept-Language, else English', () => {
    expect(dossierLang('fr', 'en')).toBe('fr');
    expect(dossierLang(undefined, 'de-DE,fr;q=0.8,en;q=0.5')).toBe('fr');
    expect(dossierLang(undefined, 'en-GB,fr;q=0.9')).toBe('en');
    expect(dossierLang(undefined, 'de')).toBe('en');
    expect(dossierLang(undefined, undefined)).toBe('en');
  });
});
