/*
 * Manual attestations: periodic ones (fresh for a validity period, then decaying) and per-release ones (valid for
 * the release under review only).
 */
import {
  CRITERIA_FR,
  listParam,
  type Message,
  nestMessage,
  roleLabel,
} from '../messages';
import type { Attestation, Release, Tier } from '../../domain/types';
import type { EvaluationContext } from '../context';
import { DAY_MS, parseTime, toDay, toIso, wholeDays } from '../dates';
import { entityKind, lookup, normalizeRef, roleRef } from '../entityData';
import { computeFreshness } from '../freshness';
import type { CheckSpec, CriterionDefinition, Evidence } from '../types';
import {
  type CheckOutcome,
  fail,
  notApplicable,
  pass,
  reasonFields,
  unknown,
} from './outcome';

type Spec<K extends CheckSpec['kind']> = Extract<CheckSpec, { kind: K }>;

export const NO_RELEASE_MESSAGE: Message = { key: 'release.none' };

/** Releases whose deployment invalidates attestations with `revalidateOn: majorRelease`. */
const DEPLOYED_STATUSES = ['deployed', 'hypercare', 'closed'];

/** Validity in days for a tier; a tier missing from a per-tier map takes the strictest (smallest) value given. */
export function validityFor(
  validityDays: number | Partial<Record<Tier, number>>,
  tier: Tier,
): number {
  if (typeof validityDays === 'number') {
    return validityDays;
  }
  const own = validityDays[tier];
  if (typeof own === 'number') {
    return own;
  }
  const values = Object.values(validityDays).filter(
    (v): v is number => typeof v === 'number',
  );
  return values.length > 0 ? Math.min(...values) : 365;
}

/** The most recent attestation (by assessment date) for the entity level or for one release. */
export function latestAttestation(
  list: Attestation[] | undefined,
  releaseId?: string,
): { attestation: Attestation; assessedMs: number } | undefined {
  let best: { attestation: Attestation; assessedMs: number } | undefined;
  for (const attestation of list ?? []) {
    const forRelease = attestation.releaseId
      ? attestation.releaseId
      : undefined;
    if (forRelease !== releaseId) {
      continue;
    }
    const assessedMs = parseTime(attestation.assessedAt);
    if (assessedMs === undefined) {
      continue;
    }
    if (
      !best ||
      assessedMs > best.assessedMs ||
      (assessedMs === best.assessedMs &&
        `${attestation.createdAt}|${attestation.id}` >
          `${best.attestation.createdAt}|${best.attestation.id}`)
    ) {
      best = { attestation, assessedMs };
    }
  }
  return best;
}

function attestationEvidence(a: Attestation): Evidence[] {
  const evidence: Evidence[] = (Array.isArray(a.evidence) ? a.evidence : [])
    .filter(e => e && typeof e.url === 'string')
    .map(e => ({ label: e.description || 'evidence', url: e.url }));
  if (a.assessedBy) {
    evidence.push({ label: 'assessed by', value: a.assessedBy });
  }
  if (a.countersignedBy) {
    evidence.push({ label: 'countersigned by', value: a.countersignedBy });
  }
  return evidence;
}

function hasEvidence(a: Attestation): boolean {
  return (
    Array.isArray(a.evidence) &&
    a.evidence.some(e => e && typeof e.url === 'string' && e.url.trim() !== '')
  );
}

/** "<subject> attested today" / "<subject> attested 12 days ago". */
function attestedMessage(
  subject: { subject: string; subjectFr: string },
  days: number,
): Message {
  return days <= 0
    ? { key: 'attested.today', params: subject }
    : { key: 'attested.ago', params: { ...subject, days } };
}

/** The attestation subject of a criterion in both languages (a custom criterion's stays in English). */
function subjectParams(def: CriterionDefinition): {
  subject: string;
  subjectFr: string;
} {
  const subject = def.attestationSubject ?? 'attestation';
  return {
    subject,
    subjectFr: CRITERIA_FR[def.id]?.attestationSubject ?? subject,
  };
}

/**
 * Who must countersign a compliant attestation of a criterion with `countersignRequired`, or undefined when it is
 * countersigned by someone other than its assessor (the server checks that the countersigner holds the role).
 */
export function countersignProblem(
  def: CriterionDefinition,
  a: Attestation,
): Message | undefined {
  if (!def.countersignRequired) {
    return undefined;
  }
  const by = normalizeRef(a.countersignedBy, { defaultKind: 'user' });
  const assessor = normalizeRef(a.assessedBy, { defaultKind: 'user' });
  const roles = def.signedBy ?? [];
  // "the POA or the ops owner" / "du POA ou du responsable d’exploitation": articles differ, so both are given.
  const who = {
    who:
      roles.length > 0
        ? `the ${roles.map(r => roleLabel(r, 'en')).join(' or ')}`
        : 'a second person',
    whoFr:
      roles.length > 0
        ? `du ${roles.map(r => roleLabel(r, 'fr')).join(' ou du ')}`
        : 'd’une seconde personne',
  };
  if (!by) {
    return {
      key: 'countersign.awaited',
      params: { ...who, assessor: a.assessedBy || '' },
    };
  }
  if (by === assessor) {
    return {
      key: 'countersign.self',
      params: { ...who, assessor: a.assessedBy },
    };
  }
  return undefined;
}

/**
 * A justified "not applicable" attestation (still within any explicit expiry) makes the whole criterion
 * not applicable; an unjustified one is a failure.
 */
export function notApplicableDeclaration(
  a: Attestation,
  nowMs: number,
  source: 'attestation' | 'release',
): CheckOutcome {
  const justification = (a.justification ?? '').trim();
  if (justification === '') {
    return fail(
      source,
      { key: 'declaredNA.unjustified' },
      {
        evidence: attestationEvidence(a),
        assessedAt: a.assessedAt,
      },
    );
  }
  const expiresMs = parseTime(a.expiresAt);
  if (expiresMs !== undefined && expiresMs <= nowMs) {
    return unknown(
      source,
      { key: 'declaredNA.expired', params: { date: toDay(expiresMs) } },
      { assessedAt: a.assessedAt },
    );
  }
  return notApplicable(
    source,
    { key: 'declaredNA', params: { justification } },
    {
      evidence: attestationEvidence(a),
      assessedAt: a.assessedAt,
      declaredNotApplicable: true,
      ...(expiresMs !== undefined
        ? { expiresAt: toIso(expiresMs), changesAt: [expiresMs] }
        : {}),
    },
  );
}

/** The first event after `assessedMs` (and not after now) that invalidates the attestation early. */
function invalidation(
  spec: Spec<'attestation'>,
  ctx: EvaluationContext,
  assessedMs: number,
): { atMs: number; message: Message } | undefined {
  const events: Array<{ atMs: number; message: Message }> = [];
  if (spec.revalidateOn?.includes('majorRelease')) {
    for (const r of ctx.releases as Release[]) {
      const atMs = parseTime(r?.window?.start) ?? parseTime(r?.plannedAt);
      if (
        r?.kind === 'major' &&
        DEPLOYED_STATUSES.includes(r.status) &&
        atMs !== undefined &&
        atMs > assessedMs &&
        atMs <= ctx.nowMs
      ) {
        events.push({
          atMs,
          message: {
            key: 'invalidated.majorRelease',
            params: { version: r.version, date: toDay(atMs) },
          },
        });
      }
    }
  }
  const changedMs = ctx.opsOwnerChangedAtMs;
  if (
    spec.revalidateOn?.includes('opsOwnerChange') &&
    changedMs !== undefined &&
    changedMs > assessedMs &&
    changedMs <= ctx.nowMs
  ) {
    events.push({
      atMs: changedMs,
      message: {
        key: 'invalidated.opsOwner',
        params: { date: toDay(changedMs) },
      },
    });
  }
  events.sort((a, b) => a.atMs - b.atMs);
  return events[0];
}

export function checkAttestation(
  spec: Spec<'attestation'>,
  ctx: EvaluationContext,
  def: CriterionDefinition,
): CheckOutcome {
  const subject = subjectParams(def);
  const latest = latestAttestation(ctx.attestations.get(def.id));
  if (!latest) {
    return unknown('attestation', { key: 'attestation.none', params: subject });
  }
  const { attestation: a, assessedMs } = latest;
  const ageDays = Math.max(0, wholeDays(assessedMs, ctx.nowMs));
  const evidence = attestationEvidence(a);
  const extra = { evidence, assessedAt: a.assessedAt, ageDays };
  const attested = nestMessage('attested', attestedMessage(subject, ageDays));

  if (a.state === 'non-compliant') {
    return fail(
      'attestation',
      {
        key: a.comment
          ? 'attestation.nonCompliantComment'
          : 'attestation.nonCompliant',
        params: {
          ...subject,
          date: toDay(assessedMs),
          ...(a.comment ? { comment: a.comment } : {}),
        },
      },
      extra,
    );
  }
  if (a.state === 'not-applicable') {
    return notApplicableDeclaration(a, ctx.nowMs, 'attestation');
  }
  if (a.state !== 'compliant') {
    return unknown(
      'attestation',
      {
        key: 'attestation.badState',
        params: { state: JSON.stringify(a.state) },
      },
      extra,
    );
  }
  if (spec.evidenceRequired && !hasEvidence(a)) {
    return fail(
      'attestation',
      { key: 'attestation.noEvidence', params: attested },
      extra,
    );
  }
  const unsigned = countersignProblem(def, a);
  if (unsigned) {
    return fail(
      'attestation',
      {
        key: 'attestation.unsigned',
        params: { ...attested, ...nestMessage('problem', unsigned) },
      },
      extra,
    );
  }
  const explicitMs = parseTime(a.expiresAt);
  if (spec.requireExpiry && explicitMs === undefined) {
    return fail(
      'attestation',
      { key: 'attestation.noExpiry', params: attested },
      extra,
    );
  }

  // An explicit expiry (e.g. the date in a homologation decision) wins over the tier's validity.
  const tierValidity = validityFor(spec.validityDays, ctx.tier);
  const validityDays =
    explicitMs !== undefined
      ? Math.max(0, (explicitMs - assessedMs) / DAY_MS)
      : tierValidity;
  const naturalExpiryMs =
    explicitMs !== undefined ? explicitMs : assessedMs + tierValidity * DAY_MS;
  const event = invalidation(spec, ctx, assessedMs);
  const f = computeFreshness({
    nowMs: ctx.nowMs,
    validityDays,
    expiryMs: naturalExpiryMs,
    invalidatedAtMs: event?.atMs,
    policy: ctx.model.staleness,
  });
  const validity: Message =
    explicitMs !== undefined
      ? { key: 'validity.explicit', params: { date: toDay(explicitMs) } }
      : {
          key: 'validity.tier',
          params: { days: tierValidity, tier: ctx.tier },
        };
  const end: Message =
    event && event.atMs <= naturalExpiryMs
      ? event.message
      : { key: 'freshness.expiredOn', params: { date: toDay(f.expiryMs) } };
  let detail: Message;
  switch (f.status) {
    case 'pass':
      detail = { key: 'freshness.valid', params: { date: toDay(f.expiryMs) } };
      break;
    case 'expiring':
      detail = {
        key: 'freshness.expiring',
        params: {
          date: toDay(f.expiryMs),
          days: Math.max(0, Math.ceil((f.expiryMs - ctx.nowMs) / DAY_MS)),
        },
      };
      break;
    case 'grace':
      detail = {
        key: 'freshness.grace',
        params: {
          ...nestMessage('end', end),
          date: toDay(f.graceEndMs),
          credit: f.credit.toFixed(2),
        },
      };
      break;
    default:
      detail = {
        key: 'freshness.stale',
        params: { ...nestMessage('end', end), date: toDay(f.graceEndMs) },
      };
  }
  return {
    status: f.status,
    credit: f.credit,
    source: 'attestation',
    ...reasonFields({
      key: 'attestation.freshness',
      params: {
        ...attested,
        ...nestMessage('validity', validity),
        ...nestMessage('detail', detail),
      },
    }),
    evidence,
    assessedAt: a.assessedAt,
    expiresAt: toIso(f.expiryMs),
    ageDays,
    changesAt: [f.warnFromMs, f.expiryMs, f.graceEndMs],
  };
}

/** When the criterion names a signer role held by a User, the attestation must be signed by that user. */
function signerProblem(
  spec: Spec<'releaseAttestation'>,
  ctx: EvaluationContext,
  a: Attestation,
): Message | undefined {
  if (!spec.signerRole) {
    return undefined;
  }
  const holder = roleRef(ctx.operations, spec.signerRole).ref;
  if (!holder) {
    return undefined;
  }
  const holderEntity = lookup(ctx.related, holder);
  const holderIsUser =
    holder.startsWith('user:') &&
    (holderEntity.state !== 'found' ||
      entityKind(holderEntity.entity) === 'user');
  if (!holderIsUser) {
    // Group membership is not known to the engine: any member may sign.
    return undefined;
  }
  const signers = [a.assessedBy, a.countersignedBy]
    .map(s => normalizeRef(s, { defaultKind: 'user' }))
    .filter(Boolean);
  if (signers.includes(holder)) {
    return undefined;
  }
  return {
    key: signers.length > 0 ? 'signer.wrong' : 'signer.nobody',
    params: {
      role: spec.signerRole,
      holder,
      signers: listParam(signers as string[]),
    },
  };
}

export function checkReleaseAttestation(
  spec: Spec<'releaseAttestation'>,
  ctx: EvaluationContext,
  def: CriterionDefinition,
): CheckOutcome {
  const release = ctx.releaseUnderReview;
  if (!release) {
    return notApplicable('release', NO_RELEASE_MESSAGE);
  }
  const latest = latestAttestation(ctx.attestations.get(def.id), release.id);
  if (!latest) {
    return unknown('release', {
      key: 'releaseAttestation.none',
      params: { version: release.version },
    });
  }
  const { attestation: a, assessedMs } = latest;
  const extra = {
    evidence: attestationEvidence(a),
    assessedAt: a.assessedAt,
    ageDays: Math.max(0, wholeDays(assessedMs, ctx.nowMs)),
  };
  if (a.state === 'non-compliant') {
    return fail(
      'release',
      {
        key: a.comment
          ? 'releaseAttestation.nonCompliantComment'
          : 'releaseAttestation.nonCompliant',
        params: {
          version: release.version,
          date: toDay(assessedMs),
          ...(a.comment ? { comment: a.comment } : {}),
        },
      },
      extra,
    );
  }
  if (a.state === 'not-applicable') {
    return notApplicableDeclaration(a, ctx.nowMs, 'release');
  }
  if (a.state !== 'compliant') {
    return unknown(
      'release',
      {
        key: 'attestation.badState',
        params: { state: JSON.stringify(a.state) },
      },
      extra,
    );
  }
  const unsigned = countersignProblem(def, a);
  const problem =
    signerProblem(spec, ctx, a) ??
    (unsigned !== undefined
      ? {
          key: 'countersign.attestedBut',
          params: nestMessage('problem', unsigned),
        }
      : undefined);
  if (problem) {
    return fail(
      'release',
      {
        key: 'releaseAttestation.problem',
        params: {
          version: release.version,
          ...nestMessage('problem', problem),
        },
      },
      extra,
    );
  }
  return pass(
    'release',
    {
      key: a.assessedBy ? 'releaseAttestation.okBy' : 'releaseAttestation.ok',
      params: {
        version: release.version,
        date: toDay(assessedMs),
        ...(a.assessedBy ? { by: a.assessedBy } : {}),
      },
    },
    extra,
  );
}
