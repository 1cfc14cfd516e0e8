/*
 * The CAB dossier of a production release as a neutral document (sections of fields, tables and notes), built
 * from the gate frozen at the latest go/no-go decision — or, before any decision, from a live snapshot — plus
 * the release's live record (decisions, actions, hand-over signatures, outcome). The Markdown and HTML renderers
 * share it, so both formats always say the same thing. Pure: no I/O.
 */
import type {
  CriterionResult,
  GateResult,
  GateSnapshot,
  HandoffAction,
  Phase,
  Release,
  ReleaseDecision,
  Message,
} from '@operational-pilot/backstage-plugin-common';
import {
  criterionText,
  renderMessage,
} from '@operational-pilot/backstage-plugin-common';
import { DossierLang, DossierStrings, dossierStrings } from './strings';

export interface DossierData {
  entityRef: string;
  /** The entity's title (or name). */
  entityTitle: string;
  /** The release as it is now (status, hypercare, hand-over, outcome). */
  release: Release;
  /** The frozen gate of the latest decision, or a live one. */
  snapshot: GateSnapshot;
  source: 'decision' | 'live';
  /** Newest first. */
  decisions: ReleaseDecision[];
  /** The release's actions (every status). */
  actions: HandoffAction[];
  generatedAt: string;
}

/** A link, or plain text. */
export interface DocLink {
  text: string;
  href?: string;
}
export type Cell = string | DocLink | Array<string | DocLink>;

export interface DocSection {
  heading: string;
  /** Label → value pairs (empty values are left out). */
  fields?: Array<[string, Cell]>;
  /** Paragraphs of plain text. */
  notes?: string[];
  table?: { headers: string[]; rows: Cell[][] };
  /** Shown when the section has nothing else. */
  empty?: string;
  subsections?: DocSection[];
}

export interface DossierDocument {
  lang: DossierLang;
  title: string;
  subtitle: string;
  intro: string[];
  sections: DocSection[];
}

const PHASES: Phase[] = ['before', 'during', 'after', 'run'];

function isEmpty(cell: Cell | undefined): boolean {
  if (cell === undefined) return true;
  if (typeof cell === 'string') return cell.trim() === '';
  if (Array.isArray(cell)) return cell.length === 0;
  return cell.text.trim() === '';
}

function fields(
  entries: Array<[string, Cell | undefined]>,
): Array<[string, Cell]> {
  return entries.filter(([, v]) => !isEmpty(v)) as Array<[string, Cell]>;
}

/** The criterion's title in the dossier's language (French titles from the engine's catalogue). */
function criterionLabel(
  s: DossierStrings,
  c: CriterionResult | undefined,
  id: string,
) {
  return c?.title
    ? `${id} — ${
        criterionText({ ...c, howToFix: c.howToFix ?? '' }, s.lang).title
      }`
    : id;
}

/** The check's reason in the dossier's language when the engine keyed it (else as recorded). */
function reasonOf(
  s: DossierStrings,
  c: Pick<CriterionResult, 'reason' | 'reasonMessage'> | undefined,
) {
  if (!c) return '';
  return c.reasonMessage ? renderMessage(c.reasonMessage, s.lang) : c.reason;
}

/** Sentences with their parallel messages (verdict reasons, missing signatures) in the dossier's language. */
function sentences(
  s: DossierStrings,
  texts: string[],
  messages: Message[] | undefined,
) {
  return texts.map((text, i) =>
    messages?.[i] ? renderMessage(messages[i], s.lang) : text,
  );
}

function gateSection(
  s: DossierStrings,
  heading: string,
  gate: GateResult,
  snapshot: GateSnapshot,
  extra: Array<[string, Cell | undefined]> = [],
): DocSection {
  const byId = new Map(gate.criteria.map(c => [c.id, c]));
  const blockers = gate.blockers.map(id => {
    const c = byId.get(id);
    const reason = reasonOf(s, c);
    return `${criterionLabel(s, c, id)}${reason ? `: ${reason}` : ''}`;
  });
  const reservationRows: Cell[][] = gate.reservations.map(id => {
    const c = byId.get(id);
    const waiver =
      snapshot.waivers.find(w => w.id === c?.waiver?.id) ??
      snapshot.waivers.find(w => w.criterionId === id);
    return [
      criterionLabel(s, c, id),
      waiver?.reason ?? reasonOf(s, c),
      waiver?.approvedBy ?? '',
      waiver?.requestedBy ?? '',
      s.when(waiver?.expiresAt ?? c?.waiver?.expiresAt),
    ];
  });
  const subsections: DocSection[] = [];
  if (reservationRows.length > 0) {
    subsections.push({
      heading: s.t('reservations'),
      table: {
        headers: [
          s.t('criterion'),
          s.t('reason'),
          s.t('acceptedBy'),
          s.t('requestedBy'),
          s.t('until'),
        ],
        rows: reservationRows,
      },
    });
  }
  return {
    heading,
    fields: fields([
      [s.t('verdict'), s.v(gate.verdict)],
      [s.t('score'), gate.score === null ? '' : `${gate.score}`],
      [s.t('blockers'), blockers.length ? blockers : s.t('none')],
      [s.t('missing'), sentences(s, gate.missing, gate.missingMessages)],
      ...extra,
    ]),
    notes: gate.verdictReasons.length
      ? sentences(s, gate.verdictReasons, gate.verdictReasonMessages)
      : undefined,
    subsections,
  };
}

export function buildDossierDocument(
  data: DossierData,
  lang: DossierLang,
): DossierDocument {
  const s = dossierStrings(lang);
  const { release, snapshot } = data;
  const r = snapshot.release;
  const latest = data.decisions[0];
  const intro = [
    data.source === 'decision' && latest
      ? s.t('sourceDecision', {
          decision: s.v(latest.decision),
          at: s.when(latest.decidedAt),
          by: latest.decidedBy,
        })
      : s.t('sourceLive', { at: s.when(snapshot.takenAt) }),
    `${s.t('generatedAt')}: ${s.when(data.generatedAt)}`,
  ];

  const sections: DocSection[] = [];

  // Release
  const approval = r.changeApproval
    ? [
        s.v(r.changeApproval.status),
        r.changeApproval.date ? s.when(r.changeApproval.date) : '',
      ]
        .filter(Boolean)
        .join(', ')
    : undefined;
  sections.push({
    heading: s.t('release'),
    fields: fields([
      [s.t('entity'), `${data.entityTitle} (${data.entityRef})`],
      [s.t('version'), r.version],
      [s.t('kind'), s.v(r.kind)],
      [s.t('changeType'), s.v(r.changeType ?? 'normal')],
      [s.t('changeRef'), r.changeRef],
      [s.t('changeApproval'), approval],
      [s.t('plannedAt'), s.when(r.plannedAt)],
      [
        s.t('window'),
        r.window
          ? `${s.when(r.window.start)} → ${s.when(r.window.end)}`
          : undefined,
      ],
      [s.t('environments'), r.environments?.join(', ')],
      [s.t('scope'), r.scope?.description],
      [s.t('components'), r.scope?.components?.join(', ')],
      [s.t('status'), s.v(release.status)],
    ]),
  });

  // Run readiness
  sections.push({
    heading: s.t('runReadiness'),
    fields: fields([
      [s.t('score'), `${snapshot.runReadiness.score}`],
      [s.t('verdict'), s.v(snapshot.runReadiness.verdict)],
      [s.t('level'), s.v(snapshot.runReadiness.level)],
      [
        s.t('blockers'),
        snapshot.runReadiness.blockers.length
          ? snapshot.runReadiness.blockers.join(', ')
          : s.t('none'),
      ],
    ]),
  });

  // Go/no-go gate
  sections.push(
    gateSection(s, s.t('goNoGoGate'), snapshot.goNoGo, snapshot, [
      [
        s.t('windowConflicts'),
        sentences(s, snapshot.windowConflicts, snapshot.windowConflictMessages),
      ],
    ]),
  );

  // Decisions
  sections.push({
    heading: s.t('decisions'),
    table: data.decisions.length
      ? {
          headers: [
            s.t('decision'),
            s.t('decidedAt'),
            s.t('decidedBy'),
            s.t('approvers'),
            s.t('overrideReason'),
            s.t('notes'),
          ],
          rows: data.decisions.map(d => [
            s.v(d.decision),
            s.when(d.decidedAt),
            d.decidedBy,
            d.approvers.join(', '),
            d.overrideReason ?? '',
            d.notes ?? '',
          ]),
        }
      : undefined,
    empty: s.t('none'),
  });

  // Attestations
  sections.push({
    heading: s.t('attestations'),
    table: snapshot.attestations.length
      ? {
          headers: [
            s.t('criterion'),
            s.t('state'),
            s.t('assessedBy'),
            s.t('assessedAt'),
            s.t('evidence'),
            s.t('countersignedBy'),
          ],
          rows: [...snapshot.attestations]
            .sort((a, b) => a.criterionId.localeCompare(b.criterionId))
            .map(a => [
              a.criterionId,
              s.v(a.state),
              a.assessedBy,
              s.when(a.assessedAt),
              a.evidence.map(e => ({
                text: e.description || e.url,
                href: e.url,
              })),
              a.countersignedBy ?? '',
            ]),
        }
      : undefined,
    empty: s.t('none'),
  });

  // Actions per phase
  const actionSections: DocSection[] = [];
  for (const phase of PHASES) {
    const list = data.actions
      .filter(a => a.phase === phase)
      .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
    if (list.length === 0) continue;
    actionSections.push({
      heading: s.t(`phase_${phase}` as const),
      table: {
        headers: [
          s.t('title_'),
          s.t('side'),
          s.t('assignee'),
          s.t('dueDate'),
          s.t('status'),
        ],
        rows: list.map(a => [
          a.criterionId ? `${a.title} (${a.criterionId})` : a.title,
          s.v(a.side),
          a.assigneeRef ?? '',
          a.dueDate ?? '',
          s.v(a.status),
        ]),
      },
    });
  }
  sections.push({
    heading: s.t('actions'),
    subsections: actionSections,
    empty: actionSections.length ? undefined : s.t('none'),
  });

  // Roles and contacts
  const roleRows = Object.entries(snapshot.roles)
    .filter(([, v]) => Boolean(v))
    .map(([role, holder]) => [s.v(role), holder as string]);
  sections.push({
    heading: s.t('roles'),
    table: roleRows.length
      ? { headers: [s.t('role'), s.t('holder')], rows: roleRows }
      : undefined,
    empty: s.t('none'),
  });

  // Rollback plan (REL-02)
  const rollback = snapshot.attestations
    .filter(a => a.criterionId === 'REL-02')
    .sort((a, b) => b.assessedAt.localeCompare(a.assessedAt))[0];
  const rel02 = snapshot.goNoGo.criteria.find(c => c.id === 'REL-02');
  sections.push({
    heading: s.t('rollback'),
    fields: rollback
      ? fields([
          [
            s.t('rollbackAttested'),
            `${s.v(rollback.state)} — ${rollback.assessedBy}, ${s.when(
              rollback.assessedAt,
            )}`,
          ],
          [
            s.t('evidence'),
            rollback.evidence.map(e => ({
              text: e.description || e.url,
              href: e.url,
            })),
          ],
          [
            s.t('status'),
            rel02 ? `${s.v(rel02.status)}: ${reasonOf(s, rel02)}` : undefined,
          ],
        ])
      : undefined,
    notes: rollback
      ? undefined
      : [s.t('rollbackMissing'), ...(rel02 ? [reasonOf(s, rel02)] : [])],
  });

  // Hypercare plan
  const hypercare = release.hypercare ?? r.hypercare;
  sections.push({
    heading: s.t('hypercare'),
    fields: hypercare
      ? fields([
          [
            s.t('period'),
            `${s.when(hypercare.start)} → ${s.when(hypercare.end)}`,
          ],
          [s.t('buildStandby'), hypercare.buildStandby ?? []],
          [s.t('exitCriteria'), hypercare.exitCriteria ?? []],
        ])
      : undefined,
    empty: hypercare ? undefined : s.t('hypercareNone'),
  });

  // Hand-over to run
  const signatures = release.handover?.signatures ?? [];
  sections.push({
    heading: s.t('handover'),
    fields: fields([
      [s.t('verdict'), s.v(snapshot.handover.verdict)],
      [
        s.t('missing'),
        sentences(
          s,
          snapshot.handover.missing,
          snapshot.handover.missingMessages,
        ),
      ],
      [s.t('completedAt'), s.when(release.handover?.completedAt)],
    ]),
    table: signatures.length
      ? {
          headers: [
            s.t('role'),
            s.t('signedBy'),
            s.t('signedAt'),
            s.t('comment'),
          ],
          rows: signatures.map(sig => [
            s.v(sig.role),
            sig.signedBy,
            s.when(sig.signedAt),
            sig.comment ?? '',
          ]),
        }
      : undefined,
    notes: signatures.length ? undefined : [s.t('notSigned')],
  });

  // Outcome and follow-ups
  const outcome = release.outcome;
  if (outcome) {
    const followUps = outcome.followUpActionIds
      .map(id => data.actions.find(a => a.id === id))
      .filter((a): a is HandoffAction => Boolean(a))
      .map(
        a =>
          `${a.title} (${s.v(a.status)}${a.dueDate ? `, ${a.dueDate}` : ''})`,
      );
    sections.push({
      heading: s.t('outcome'),
      fields: fields([
        [s.t('outcome'), s.v(outcome.outcome)],
        [s.t('incidents'), outcome.incidents],
        [s.t('review'), outcome.review],
        [
          s.t('goGateVerdict'),
          outcome.goGateVerdict ? s.v(outcome.goGateVerdict) : undefined,
        ],
        [s.t('overridden'), outcome.goOverridden ? s.t('yes') : undefined],
        [s.t('followUps'), followUps],
        [
          s.t('decidedBy'),
          `${outcome.recordedBy}, ${s.when(outcome.recordedAt)}`,
        ],
      ]),
    });
  }

  return {
    lang,
    title: `${s.t('title')} — ${data.entityTitle} ${r.version}`,
    subtitle: data.entityRef,
    intro,
    sections,
  };
}
