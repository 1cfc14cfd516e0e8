/*
 * The words of the CAB dossier, in English and French (the dossier is a document handed to the change advisory
 * board, outside Backstage: it cannot use the frontend's translations).
 */
export type DossierLang = 'en' | 'fr';
export const DOSSIER_LANGS: readonly DossierLang[] = ['en', 'fr'];

const en = {
  title: 'CAB dossier',
  generatedAt: 'Generated',
  sourceDecision:
    'Built from the gate frozen at the latest go/no-go decision ({decision}, {at}, recorded by {by}).',
  sourceLive:
    'No go/no-go decision recorded yet: built from the live evaluation of the gates at {at}.',
  release: 'Release',
  entity: 'Application',
  version: 'Version',
  kind: 'Kind',
  changeType: 'Change type',
  changeRef: 'Change reference',
  changeApproval: 'Change approval',
  plannedAt: 'Planned',
  window: 'Window',
  environments: 'Environments',
  scope: 'Scope',
  components: 'Components',
  status: 'Status',
  runReadiness: 'Run readiness',
  score: 'Score',
  verdict: 'Verdict',
  level: 'Level',
  blockers: 'Blockers',
  goNoGoGate: 'Go/no-go gate',
  handoverGate: 'Hand-over gate',
  reasons: 'Why',
  reservations: 'Reservations (accepted risks)',
  missing: 'Missing',
  windowConflicts: 'Window conflicts',
  criterion: 'Criterion',
  reason: 'Reason',
  acceptedBy: 'Accepted by',
  requestedBy: 'Requested by',
  until: 'Until',
  decisions: 'Go/no-go decisions',
  decision: 'Decision',
  decidedBy: 'Recorded by',
  decidedAt: 'When',
  approvers: 'Approvers',
  overrideReason: 'Override reason',
  notes: 'Notes',
  attestations: 'Attestations',
  state: 'State',
  assessedBy: 'Assessed by',
  assessedAt: 'Assessed',
  evidence: 'Evidence',
  countersignedBy: 'Countersigned by',
  actions: 'Actions',
  title_: 'Action',
  side: 'Side',
  assignee: 'Assignee',
  dueDate: 'Due',
  roles: 'Roles and contacts',
  role: 'Role',
  holder: 'Holder',
  rollback: 'Rollback plan',
  rollbackAttested: 'Rollback rehearsal (REL-02) attested',
  rollbackMissing: 'No rollback rehearsal (REL-02) attested for this release.',
  hypercare: 'Hypercare plan',
  hypercareNone: 'No hypercare plan.',
  buildStandby: 'Build-side standby',
  exitCriteria: 'Exit criteria',
  period: 'Period',
  handover: 'Hand-over to run',
  signatures: 'Signatures',
  signedBy: 'Signed by',
  signedAt: 'Signed',
  comment: 'Comment',
  completedAt: 'Completed',
  notSigned: 'No signature yet.',
  outcome: 'Outcome',
  incidents: 'Incidents',
  review: 'Post-implementation review',
  goGateVerdict: 'Go/no-go gate verdict at "go"',
  overridden: 'Go decided on a gate that was not ready',
  followUps: 'Follow-up actions',
  none: 'None.',
  yes: 'yes',
  no: 'no',
  phase_before: 'Before the release',
  phase_during: 'During the release',
  phase_after: 'After the release',
  phase_run: 'Run',
} as const;

export type DossierStringKey = keyof typeof en;
type Strings = Record<DossierStringKey, string>;

const fr: Strings = {
  title: 'Dossier CAB',
  generatedAt: 'Généré le',
  sourceDecision:
    'Établi à partir de la porte figée lors de la dernière décision de go/no-go ({decision}, {at}, enregistrée par {by}).',
  sourceLive:
    "Aucune décision de go/no-go enregistrée : établi à partir de l'évaluation courante des portes au {at}.",
  release: 'Mise en production',
  entity: 'Application',
  version: 'Version',
  kind: 'Nature',
  changeType: 'Type de changement',
  changeRef: 'Référence du changement (RFC)',
  changeApproval: 'Approbation du changement',
  plannedAt: 'Date prévue',
  window: 'Fenêtre',
  environments: 'Environnements',
  scope: 'Périmètre',
  components: 'Composants',
  status: 'Statut',
  runReadiness: 'Préparation au run',
  score: 'Score',
  verdict: 'Verdict',
  level: 'Niveau',
  blockers: 'Points bloquants',
  goNoGoGate: 'Porte de go/no-go',
  handoverGate: 'Porte de passage en run',
  reasons: 'Pourquoi',
  reservations: 'Réserves (risques acceptés)',
  missing: 'Manque',
  windowConflicts: 'Conflits de fenêtre',
  criterion: 'Critère',
  reason: 'Motif',
  acceptedBy: 'Accepté par',
  requestedBy: 'Demandé par',
  until: "Jusqu'au",
  decisions: 'Décisions de go/no-go',
  decision: 'Décision',
  decidedBy: 'Enregistrée par',
  decidedAt: 'Date',
  approvers: 'Approbateurs',
  overrideReason: 'Motif de dérogation',
  notes: 'Notes',
  attestations: 'Attestations',
  state: 'État',
  assessedBy: 'Évalué par',
  assessedAt: 'Évalué le',
  evidence: 'Preuves',
  countersignedBy: 'Contresigné par',
  actions: 'Actions',
  title_: 'Action',
  side: 'Partie',
  assignee: 'Responsable',
  dueDate: 'Échéance',
  roles: 'Rôles et contacts',
  role: 'Rôle',
  holder: 'Titulaire',
  rollback: 'Plan de retour arrière',
  rollbackAttested: 'Répétition du retour arrière (REL-02) attestée',
  rollbackMissing:
    "Aucune répétition du retour arrière (REL-02) n'est attestée pour cette version.",
  hypercare: "Plan d'hypercare",
  hypercareNone: "Pas de plan d'hypercare.",
  buildStandby: 'Astreinte côté build',
  exitCriteria: 'Critères de sortie',
  period: 'Période',
  handover: 'Passage en run',
  signatures: 'Signatures',
  signedBy: 'Signé par',
  signedAt: 'Signé le',
  comment: 'Commentaire',
  completedAt: 'Terminé le',
  notSigned: 'Aucune signature.',
  outcome: 'Bilan',
  incidents: 'Incidents',
  review: 'Bilan de mise en production',
  goGateVerdict: 'Verdict de la porte de go/no-go au « go »',
  overridden: "Go décidé sur une porte qui n'était pas prête",
  followUps: 'Actions de suivi',
  none: 'Aucun.',
  yes: 'oui',
  no: 'non',
  phase_before: 'Avant la mise en production',
  phase_during: 'Pendant la mise en production',
  phase_after: 'Après la mise en production',
  phase_run: 'Run',
};

/** Values of enumerations (verdicts, statuses, kinds…), by language. Unknown values are shown as they are. */
const VALUES: Record<DossierLang, Record<string, string>> = {
  en: {
    'not-ready': 'not ready',
    'ready-with-reservations': 'ready with reservations',
    'ready-for-run': 'ready for run',
    go: 'go',
    no_go: 'no-go',
    go_with_reservations: 'go with reservations',
    planned: 'planned',
    go_no_go: 'at go/no-go',
    deployed: 'deployed',
    hypercare: 'in hypercare',
    closed: 'closed',
    rolled_back: 'rolled back',
    cancelled: 'cancelled',
    pending: 'pending',
    approved: 'approved',
    rejected: 'rejected',
    standard: 'standard',
    normal: 'normal',
    emergency: 'emergency',
    major: 'major',
    minor: 'minor',
    patch: 'patch',
    hotfix: 'hotfix',
    success: 'success',
    success_with_incidents: 'success with incidents',
    failed: 'failed',
    proposed: 'proposed',
    open: 'open',
    in_progress: 'in progress',
    blocked: 'blocked',
    done: 'done',
    verified: 'verified',
    risk_accepted: 'risk accepted',
    compliant: 'compliant',
    'non-compliant': 'non-compliant',
    'not-applicable': 'not applicable',
    build: 'build',
    run: 'run',
    poa: 'POA',
    business: 'business',
    security: 'security',
    vendor: 'vendor',
    owner: 'owner',
    opsOwner: 'ops owner',
    businessOwner: 'business owner',
    serviceOwner: 'service owner',
    securityApprover: 'security approver',
    supportL1: 'support N1',
    supportL2: 'support N2',
    supportL3: 'support N3',
    onCall: 'on-call',
    none: 'none',
    bronze: 'bronze',
    silver: 'silver',
    gold: 'gold',
  },
  fr: {
    'not-ready': 'pas prêt',
    'ready-with-reservations': 'prêt avec réserves',
    'ready-for-run': 'prêt pour le run',
    go: 'go',
    no_go: 'no-go',
    go_with_reservations: 'go avec réserves',
    planned: 'planifiée',
    go_no_go: 'en go/no-go',
    deployed: 'déployée',
    hypercare: 'en hypercare',
    closed: 'clôturée',
    rolled_back: 'annulée par retour arrière',
    cancelled: 'annulée',
    pending: 'en attente',
    approved: 'approuvé',
    rejected: 'rejeté',
    standard: 'standard',
    normal: 'normal',
    emergency: 'urgent',
    major: 'majeure',
    minor: 'mineure',
    patch: 'correctif',
    hotfix: 'correctif urgent',
    success: 'succès',
    success_with_incidents: 'succès avec incidents',
    failed: 'échec',
    proposed: 'proposée',
    open: 'ouverte',
    in_progress: 'en cours',
    blocked: 'bloquée',
    done: 'faite',
    verified: 'vérifiée',
    risk_accepted: 'risque accepté',
    compliant: 'conforme',
    'non-compliant': 'non conforme',
    'not-applicable': 'non applicable',
    build: 'build',
    run: 'run',
    poa: 'POA',
    business: 'métier',
    security: 'sécurité',
    vendor: 'fournisseur',
    owner: 'propriétaire',
    opsOwner: "responsable d'exploitation",
    businessOwner: 'responsable métier',
    serviceOwner: 'responsable de service',
    securityApprover: 'approbateur sécurité',
    supportL1: 'support N1',
    supportL2: 'support N2',
    supportL3: 'support N3',
    onCall: 'astreinte',
    none: 'aucun',
    bronze: 'bronze',
    silver: 'argent',
    gold: 'or',
  },
};

export interface DossierStrings {
  lang: DossierLang;
  t(key: DossierStringKey, params?: Record<string, string>): string;
  /** An enumeration value (verdict, status…) in the language. */
  v(value: string | undefined): string;
  /** A date-time as a day and time (UTC). */
  when(value: string | undefined): string;
}

export function dossierStrings(lang: DossierLang): DossierStrings {
  const table: Strings = lang === 'fr' ? fr : en;
  return {
    lang,
    t(key, params = {}) {
      return table[key].replace(/\{(\w+)\}/g, (m, name) => params[name] ?? m);
    },
    v(value) {
      if (value === undefined) return '';
      return VALUES[lang][value] ?? value;
    },
    when(value) {
      if (!value) return '';
      const date = new Date(value);
      if (Number.isNaN(date.getTime())) return value;
      const iso = date.toISOString();
      // A date alone (YYYY-MM-DD) or a date and time in UTC.
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
      return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
    },
  };
}

/** `?lang=fr` wins; otherwise the first of Accept-Language's languages we have; English by default. */
export function dossierLang(
  queryLang: unknown,
  acceptLanguage: string | undefined,
): DossierLang {
  if (typeof queryLang === 'string') {
    const q = queryLang.toLocaleLowerCase('en-US').slice(0, 2);
    if (q === 'fr' || q === 'en') return q;
  }
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map(part => {
      const [tag, ...params] = part.trim().split(';');
      const q = params
        .map(p => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1])
        .find(Boolean);
      return { tag: tag.toLocaleLowerCase('en-US'), q: q ? Number(q) : 1 };
    })
    .filter(p => p.tag && p.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('fr')) return 'fr';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}
