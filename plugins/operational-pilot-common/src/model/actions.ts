/*
 * Build ↔ run handoff actions (domain §4): the status machine, overdue rule, default templates and the action
 * proposed for a failing criterion. Pure helpers shared by the backend (validation) and the frontend (menus).
 */
import type {
  ActionPriority,
  ActionStatus,
  HandoffAction,
  Phase,
  Release,
  Side,
} from '../domain/types';
import { checkKinds } from './checks';
import { DAY_MS, parseTime, toDay } from './dates';
import type { CriterionDefinition, CriterionResult } from './types';

/** Legal status moves (domain §4.4); `done → in_progress` is the reviewer rejecting insufficient evidence. */
export const ACTION_TRANSITIONS: Record<ActionStatus, ActionStatus[]> = {
  proposed: ['open', 'cancelled', 'risk_accepted'],
  open: ['in_progress', 'blocked', 'cancelled', 'risk_accepted'],
  in_progress: ['blocked', 'done', 'cancelled', 'risk_accepted'],
  blocked: ['in_progress', 'open', 'cancelled', 'risk_accepted'],
  done: ['verified', 'in_progress'],
  verified: [],
  risk_accepted: [],
  cancelled: [],
};

export const TERMINAL_ACTION_STATUSES: readonly ActionStatus[] = [
  'verified',
  'risk_accepted',
  'cancelled',
];

/**
 * Statuses that count as open work, and can be overdue. `proposed` is not included: it is a suggestion nobody has
 * accepted into the plan yet (often auto-generated), so counting it would inflate open/overdue figures with noise.
 * `done` is not included either: the work is claimed complete and only awaits verification.
 */
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = [
  'open',
  'in_progress',
  'blocked',
];

export function canTransition(from: ActionStatus, to: ActionStatus): boolean {
  return ACTION_TRANSITIONS[from]?.includes(to) ?? false;
}

/** Overdue: open work whose due date (a whole day, UTC) has passed. */
export function isOverdue(
  action: Pick<HandoffAction, 'status' | 'dueDate'>,
  now: Date,
): boolean {
  if (!OPEN_ACTION_STATUSES.includes(action.status)) {
    return false;
  }
  const dueMs = parseTime(action.dueDate);
  if (dueMs === undefined) {
    return false;
  }
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(String(action.dueDate).trim());
  const endMs = dateOnly ? dueMs + DAY_MS : dueMs;
  return now.getTime() >= endMs;
}

export interface ActionTemplate {
  id: string;
  phase: Phase;
  title: string;
  titleFr: string;
  /** The side that owes the work (the first of `sides`). */
  side: Side;
  /** Every side involved, when several share the work. */
  sides: Side[];
  /** Linked criteria; empty for actions about the whole model (the yearly re-review). */
  criterionIds: string[];
  /**
   * For release actions: default due date in days relative to the start of the release window (D-14 → -14, D → 0,
   * D+7 → 7); used by the release checklist. Absent for run actions.
   */
  offsetDays?: number;
}

function template(
  id: string,
  phase: Phase,
  sides: Side[],
  criterionIds: string[],
  title: string,
  titleFr: string,
  offsetDays?: number,
): ActionTemplate {
  return {
    id,
    phase,
    title,
    titleFr,
    side: sides[0],
    sides,
    criterionIds,
    ...(offsetDays === undefined ? {} : { offsetDays }),
  };
}

/** The default action catalogue (domain §4.5). */
export const ACTION_TEMPLATES: ActionTemplate[] = [
  template(
    'deliver-dex',
    'before',
    ['build'],
    ['DOC-01', 'DOC-02'],
    'Deliver or refresh the operations manual (DEX)',
    "Livrer ou mettre à jour le dossier d'exploitation",
    -21,
  ),
  template(
    'accept-dex',
    'before',
    ['run'],
    ['DOC-03'],
    'Run-team review and acceptance of the DEX',
    "Revue et acceptation du dossier d'exploitation par l'équipe run",
    -14,
  ),
  template(
    'define-slos-alerts',
    'before',
    ['build'],
    ['OBS-01', 'OBS-02', 'OBS-03'],
    'Define SLIs/SLOs and alert rules; wire the dashboard',
    "Définir les SLI/SLO et les règles d'alerte ; brancher le tableau de bord",
    -21,
  ),
  template(
    'set-up-on-call',
    'before',
    ['build', 'run'],
    ['INC-01', 'INC-02'],
    'Create the PagerDuty/Opsgenie service, escalation policy and schedule; add the annotation',
    "Créer le service d'astreinte PagerDuty/Opsgenie, la politique d'escalade et le planning ; ajouter l'annotation",
    -14,
  ),
  template(
    'write-runbooks',
    'before',
    ['build'],
    ['INC-03'],
    'Write the runbooks for each critical alert',
    'Rédiger les fiches réflexes de chaque alerte critique',
    -14,
  ),
  template(
    'register-itsm',
    'before',
    ['poa'],
    ['INC-04', 'SUP-01'],
    'Register the CI in the CMDB/ITSM; set the N1/N2/N3 assignment groups',
    "Enregistrer la CI dans la CMDB/ITSM ; définir les groupes d'affectation N1/N2/N3",
    -14,
  ),
  template(
    'agree-rto-rpo-sla',
    'before',
    ['poa', 'business'],
    ['BCK-01', 'SUP-02'],
    'Agree RTO/RPO (DMIA/PDMA) and the SLA with the business',
    'Convenir des DMIA/PDMA et du SLA avec le métier',
    -21,
  ),
  template(
    'backups-restore-test',
    'before',
    ['run'],
    ['BCK-02', 'BCK-03'],
    'Configure backups; run a restore test',
    'Configurer les sauvegardes ; réaliser un test de restauration',
    -14,
  ),
  template(
    'load-test',
    'before',
    ['build'],
    ['CAP-01'],
    'Load test at peak plus headroom',
    'Test de charge au pic avec marge',
    -14,
  ),
  template(
    'security-review',
    'before',
    ['security'],
    ['SEC-01'],
    'Security review / homologation file',
    "Revue de sécurité / dossier d'homologation",
    -21,
  ),
  template(
    'functional-acceptance',
    'before',
    ['business'],
    ['REL-03'],
    'Functional acceptance (PV de recette / VABF)',
    'Recette fonctionnelle (PV de recette / VABF)',
    -10,
  ),
  template(
    'operational-acceptance',
    'before',
    ['run'],
    ['REL-04', 'OBS-06'],
    'Operational acceptance tests in pre-production (backup/restore, failover, back-out, alerts)',
    "Recette d'exploitabilité en préproduction (sauvegarde/restauration, bascule, retour arrière, alertes)",
    -7,
  ),
  template(
    'rehearse-rollback',
    'before',
    ['build'],
    ['REL-02'],
    'Rehearse the rollback',
    'Répéter le retour arrière',
    -7,
  ),
  template(
    'approve-change',
    'before',
    ['poa'],
    ['REL-05'],
    'RFC/CAB approval; slot in the maintenance window',
    'Approbation de la RFC en CAB ; créneau dans la fenêtre de maintenance',
    -7,
  ),
  template(
    'knowledge-transfer',
    'before',
    ['build'],
    ['KT-01', 'SUP-05'],
    'Knowledge-transfer sessions with ops and N2; N1 FAQ',
    'Sessions de transfert de compétences avec l’exploitation et le N2 ; FAQ N1',
    -7,
  ),
  template(
    'hypercare-roster',
    'before',
    ['poa'],
    ['SUP-04'],
    'Hypercare roster (build-side standby) and exit criteria',
    "Planning d'hypercare (astreinte côté build) et critères de sortie",
    -7,
  ),
  template(
    'hand-over-known-errors',
    'before',
    ['build'],
    ['INC-05'],
    'Hand over the known errors and workarounds of the release to the run team',
    "Transmettre à l'exploitation les erreurs connues et contournements de la version",
    -7,
  ),
  template(
    'brief-service-desk',
    'before',
    ['poa', 'run'],
    ['SUP-05'],
    'Brief the service desk (N1): what changes, FAQ, escalation',
    'Briefer le centre de services (N1) : changements, FAQ, escalade',
    -3,
  ),
  template(
    'go-no-go',
    'before',
    ['poa'],
    ['REL-06'],
    'Go/no-go meeting with business, project and operations',
    'Réunion de go/no-go MOA/MOE/Exploitation',
    -1,
  ),
  template(
    'execute-deployment',
    'during',
    ['build', 'run'],
    ['REL-01'],
    'Execute the deployment runbook; record the timeline',
    'Dérouler la procédure de déploiement ; consigner la chronologie',
    0,
  ),
  template(
    'smoke-tests',
    'during',
    ['run'],
    ['OBS-01', 'OBS-02'],
    'Smoke tests and health checks; watch the dashboards',
    'Tests de bon fonctionnement et contrôles de santé ; surveiller les tableaux de bord',
    0,
  ),
  template(
    'rollback-checkpoint',
    'during',
    ['poa'],
    ['REL-02', 'REL-06'],
    'Rollback decision checkpoint',
    'Point de décision de retour arrière',
    0,
  ),
  template(
    'communicate',
    'during',
    ['poa'],
    ['SUP-05'],
    'User and support communication; status page',
    'Communication aux utilisateurs et au support ; page de statut',
    0,
  ),
  template(
    'hypercare-monitoring',
    'after',
    ['build', 'run'],
    ['SUP-04'],
    'Hypercare/ELS monitoring of SLOs and incidents (observation period)',
    "Suivi d'hypercare des SLO et des incidents (période d'observation, VSR)",
    1,
  ),
  template(
    'post-release-review',
    'after',
    ['poa'],
    ['INC-05'],
    'Post-release review; known errors to the KEDB',
    'Bilan de mise en production ; erreurs connues dans la KEDB',
    14,
  ),
  template(
    'update-dex',
    'after',
    ['build'],
    ['DOC-02'],
    'Update the DEX with the lessons learned',
    "Mettre à jour le dossier d'exploitation avec les retours d'expérience",
    21,
  ),
  template(
    'transfer-on-call',
    'after',
    ['run'],
    ['KT-02', 'KT-03'],
    'Transfer primary on-call to run; remove the build standby',
    "Transférer l'astreinte principale au run ; lever l'astreinte côté build",
    28,
  ),
  template(
    'hand-over-sign-off',
    'after',
    ['poa', 'run', 'business'],
    ['KT-04'],
    'Hand-over sign-off (PV de passage en run / end of ELS)',
    "Signature du PV de passage en run (fin d'ELS)",
    30,
  ),
  template(
    'renew-attestations',
    'run',
    ['run', 'security'],
    ['BCK-03', 'BCK-05', 'INC-03', 'SEC-01'],
    'Renew expiring attestations (restore drill, DR exercise, runbook review, homologation)',
    'Renouveler les attestations qui expirent (test de restauration, exercice PRA, revue des fiches réflexes, homologation)',
  ),
  template(
    'yearly-review',
    'run',
    ['poa'],
    [],
    'Yearly readiness re-review (drift)',
    'Revue annuelle de préparation au run (dérive)',
  ),
];

export interface ProposedAction {
  title: string;
  description: string;
  phase: Phase;
  side: Side;
  priority: ActionPriority;
  /** `YYYY-MM-DD`. */
  dueDate: string;
  criterionId: string;
  releaseId?: string;
  source: 'auto';
}

const RENEWAL_STATUSES = ['expiring', 'grace', 'stale'];

/** Blocking items are blocking actions; otherwise the criterion's weight decides. */
function priorityOf(
  result: CriterionResult,
  criterion: CriterionDefinition,
): ActionPriority {
  if (result.blocking) {
    return 'blocking';
  }
  return criterion.weight >= 2 ? 'major' : 'minor';
}

/**
 * The action proposed when a criterion fails or decays (domain §4.4 rule 1): before the next release when one is
 * planned (due a week before it), else a run action (due at the expiry for renewals, or in 30 days).
 */
export function proposeActionForCriterion(
  result: CriterionResult,
  criterion: CriterionDefinition,
  ctx: { now: Date; nextRelease?: Release },
): ProposedAction {
  const nowMs = ctx.now.getTime();
  const releaseMs = parseTime(ctx.nextRelease?.plannedAt);
  const beforeRelease =
    ctx.nextRelease !== undefined &&
    releaseMs !== undefined &&
    releaseMs > nowMs;
  const expiresMs = parseTime(result.expiresAt);
  const renewal =
    RENEWAL_STATUSES.includes(result.status) && expiresMs !== undefined;

  let dueMs: number;
  if (beforeRelease) {
    // Never propose a due date in the past: a release next week still gets today.
    dueMs = Math.max(nowMs, releaseMs! - 7 * DAY_MS);
  } else if (renewal && expiresMs! > nowMs) {
    dueMs = expiresMs!;
  } else if (renewal) {
    dueMs = nowMs + 14 * DAY_MS;
  } else {
    dueMs = nowMs + 30 * DAY_MS;
  }

  const subject = criterion.attestationSubject ?? 'attestation';
  const proposal: ProposedAction = {
    title: renewal
      ? `${criterion.id}: renew the ${subject}`
      : `${criterion.id}: ${criterion.title}`,
    description: `${result.reason}.\n\nNext step: ${criterion.howToFix}`,
    phase: beforeRelease ? 'before' : 'run',
    side: criterion.defaultSide,
    priority: priorityOf(result, criterion),
    dueDate: toDay(dueMs),
    criterionId: criterion.id,
    source: 'auto',
  };
  if (beforeRelease) {
    proposal.releaseId = ctx.nextRelease!.id;
  }
  return proposal;
}

export type TransitionField = 'blockedReason' | 'resolution' | 'evidenceUrl';

/** Whether closing an action as done needs evidence: its criterion is checked by an attestation. */
export function criterionNeedsEvidence(
  criterion: CriterionDefinition | undefined,
): boolean {
  if (!criterion) {
    return false;
  }
  const kinds = checkKinds(criterion.check);
  return kinds.includes('attestation') || kinds.includes('releaseAttestation');
}

/** Fields a move to `to` requires. */
export function transitionRequirements(
  to: ActionStatus,
  options: { evidenceRequired?: boolean } = {},
): TransitionField[] {
  switch (to) {
    case 'blocked':
      return ['blockedReason'];
    case 'cancelled':
    case 'risk_accepted':
      return ['resolution'];
    case 'done':
      return options.evidenceRequired ? ['evidenceUrl'] : [];
    default:
      return [];
  }
}

const FIELD_TEXT: Record<TransitionField, string> = {
  blockedReason: 'a reason why it is blocked (blockedReason)',
  resolution: 'a resolution explaining why (resolution)',
  evidenceUrl:
    'an evidence URL (evidenceUrl), because its criterion is checked by attestation',
};

/**
 * Validates a status move with the fields it brings. `patch` values of `null` clear a field.
 * @returns an error message, or undefined when the move is allowed
 */
export function validateTransition(
  action: Pick<
    HandoffAction,
    'status' | 'blockedReason' | 'resolution' | 'evidenceUrl'
  >,
  to: ActionStatus,
  patch: Partial<Record<TransitionField, string | null>> = {},
  options: { criterion?: CriterionDefinition } = {},
): string | undefined {
  if (to === action.status) {
    return undefined;
  }
  if (!canTransition(action.status, to)) {
    const allowed = ACTION_TRANSITIONS[action.status] ?? [];
    return `An action cannot move from ${action.status} to ${to}${
      allowed.length > 0
        ? ` (allowed: ${allowed.join(', ')})`
        : ` (${action.status} is final)`
    }.`;
  }
  const value = (field: TransitionField) => {
    const v = field in patch ? patch[field] : action[field];
    return typeof v === 'string' ? v.trim() : '';
  };
  for (const field of transitionRequirements(to, {
    evidenceRequired: criterionNeedsEvidence(options.criterion),
  })) {
    if (value(field) === '') {
      return `Moving an action to ${to} needs ${FIELD_TEXT[field]}.`;
    }
  }
  const evidence = value('evidenceUrl');
  if (to === 'done' && evidence !== '' && !/^https?:\/\/\S+$/i.test(evidence)) {
    return 'The evidence URL must be an http(s) URL.';
  }
  return undefined;
}
