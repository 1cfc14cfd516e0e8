/*
 * Manual attestations: periodic ones (fresh for a validity period, then decaying) and per-release ones (valid for
 * the release under review only).
 */
import { CRITERIA_FR } from '../messages';
import type { Attestation, Release, Tier } from '../../domain/types';
import type { EvaluationContext } from '../context';
import { DAY_MS, parseTime, plural, toDay, toIso, wholeDays } from '../dates';
import {
  entityKind,
  lookup,
  normalizeRef,
  ROLE_FIELDS,
  roleRef,
} from '../entityData';
import { computeFreshness } from '../freshness';
import type { CheckSpec, CriterionDefinition, Evidence } from '../types';
import {
  type CheckOutcome,
  fail,
  notApplicable,
  pass,
  unknown,
} from './outcome';

type Spec<K extends CheckSpec['kind']> = Extract<CheckSpec, { kind: K }>;

export const NO_RELEASE_REASON = 'no production release in progress';
export const NO_RELEASE_MESSAGE = { key: 'release.none' };

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

function agoText(days: number): string {
  return days <= 0 ? 'today' : `${plural(days, 'day')} ago`;
}

/**
 * Who must countersign a compliant attestation of a criterion with `countersignRequired`, or undefined when it is
 * countersigned by someone other than its assessor (the server checks that the countersigner holds the role).
 */
export function countersignProblem(
  def: CriterionDefinition,
  a: Attestation,
): string | undefined {
  if (!def.countersignRequired) {
    return undefined;
  }
  const by = normalizeRef(a.countersignedBy, { defaultKind: 'user' });
  const assessor = normalizeRef(a.assessedBy, { defaultKind: 'user' });
  const roles = (def.signedBy ?? []).map(r => ROLE_FIELDS[r]?.label ?? r);
  const who =
    roles.length > 0 ? `the ${roles.join(' or ')}` : 'a second person';
  if (!by) {
    return `awaits the countersignature of ${who}, someone other than the assessor ${
      a.assessedBy || 'unknown'
    }`;
  }
  if (by === assessor) {
    return `was countersigned by its own assessor ${a.assessedBy}: the countersignature of ${who} must come from someone else`;
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
    return fail(source, 'declared not applicable without a justification', {
      evidence: attestationEvidence(a),
      assessedAt: a.assessedAt,
    });
  }
  const expiresMs = parseTime(a.expiresAt);
  if (expiresMs !== undefined && expiresMs <= nowMs) {
    return unknown(
      source,
      `the not-applicable declaration expired on ${toDay(
        expiresMs,
      )}: re-assess`,
      { assessedAt: a.assessedAt },
    );
  }
  return notApplicable(source, `declared not applicable: ${justification}`, {
    evidence: attestationEvidence(a),
    assessedAt: a.assessedAt,
    declaredNotApplicable: true,
    ...(expiresMs !== undefined
      ? { expiresAt: toIso(expiresMs), changesAt: [expiresMs] }
      : {}),
  });
}

/** The first event after `assessedMs` (and not after now) that invalidates the attestation early. */
function invalidation(
  spec: Spec<'attestation'>,
  ctx: EvaluationContext,
  assessedMs: number,
): { atMs: number; text: string } | undefined {
  const events: Array<{ atMs: number; text: string }> = [];
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
          text: `invalidated by major release ${r.version} deployed on ${toDay(
            atMs,
          )}`,
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
      text: `invalidated by the change of ops owner on ${toDay(changedMs)}`,
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
  const subject = def.attestationSubject ?? 'attestation';
  const latest = latestAttestation(ctx.attestations.get(def.id));
  if (!latest) {
    return unknown('attestation', {
      key: 'attestation.none',
      params: {
        subject,
        subjectFr: CRITERIA_FR[def.id]?.attestationSubject ?? subject,
      },
    });
  }
  const { attestation: a, assessedMs } = latest;
  const ageDays = Math.max(0, wholeDays(assessedMs, ctx.nowMs));
  const evidence = attestationEvidence(a);
  const extra = { evidence, assessedAt: a.assessedAt, ageDays };
  const assessedText = `${subject} attested ${agoText(ageDays)}`;

  if (a.state === 'non-compliant') {
    return fail(
      'attestation',
      `${subject} attested non-compliant on ${toDay(assessedMs)}${
        a.comment ? `: ${a.comment}` : ''
      }`,
      extra,
    );
  }
  if (a.state === 'not-applicable') {
    return notApplicableDeclaration(a, ctx.nowMs, 'attestation');
  }
  if (a.state !== 'compliant') {
    return unknown(
      'attestation',
      `attestation state ${JSON.stringify(a.state)} is not understood`,
      extra,
    );
  }
  if (spec.evidenceRequired && !hasEvidence(a)) {
    return fail(
      'attestation',
      `${assessedText} without evidence, and this criterion requires evidence`,
      extra,
    );
  }
  const unsigned = countersignProblem(def, a);
  if (unsigned) {
    return fail('attestation', `${assessedText} but ${unsigned}`, extra);
  }
  const explicitMs = parseTime(a.expiresAt);
  if (spec.requireExpiry && explicitMs === undefined) {
    return fail(
      'attestation',
      `${assessedText} without an expiry date, and this criterion requires the end date of the decision`,
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
  const validityText =
    explicitMs !== undefined
      ? `expiry ${toDay(explicitMs)} set on the attestation`
      : `validity ${plural(tierValidity, 'day')} (${ctx.tier})`;
  const endText =
    event && event.atMs <= naturalExpiryMs
      ? event.text
      : `expired on ${toDay(f.expiryMs)}`;
  let detail: string;
  switch (f.status) {
    case 'pass':
      detail = `valid until ${toDay(f.expiryMs)}`;
      break;
    case 'expiring':
      detail = `expires on ${toDay(f.expiryMs)} (in ${plural(
        Math.max(0, Math.ceil((f.expiryMs - ctx.nowMs) / DAY_MS)),
        'day',
      )}): renew it`;
      break;
    case 'grace':
      detail = `${endText}; in grace until ${toDay(
        f.graceEndMs,
      )} (credit ${f.credit.toFixed(2)}): re-attest`;
      break;
    default:
      detail = `${endText}; the grace period ended on ${toDay(
        f.graceEndMs,
      )}: re-attest`;
  }
  return {
    status: f.status,
    credit: f.credit,
    source: 'attestation',
    reason: `${assessedText}, ${validityText}; ${detail}`,
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
): string | undefined {
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
  return `must be signed by the ${
    ROLE_FIELDS[spec.signerRole].label
  } ${holder}, but was signed by ${signers.join(' and ') || 'nobody'}`;
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
      `attested non-compliant for release ${release.version} on ${toDay(
        assessedMs,
      )}${a.comment ? `: ${a.comment}` : ''}`,
      extra,
    );
  }
  if (a.state === 'not-applicable') {
    return notApplicableDeclaration(a, ctx.nowMs, 'release');
  }
  if (a.state !== 'compliant') {
    return unknown(
      'release',
      `attestation state ${JSON.stringify(a.state)} is not understood`,
      extra,
    );
  }
  const problem =
    signerProblem(spec, ctx, a) ??
    (countersignProblem(def, a) !== undefined
      ? `was attested but ${countersignProblem(def, a)}`
      : undefined);
  if (problem) {
    return fail(
      'release',
      `attestation for release ${release.version} ${problem}`,
      extra,
    );
  }
  return pass(
    'release',
    `attested for release ${release.version} on ${toDay(assessedMs)}${
      a.assessedBy ? ` by ${a.assessedBy}` : ''
    }`,
    extra,
  );
}
