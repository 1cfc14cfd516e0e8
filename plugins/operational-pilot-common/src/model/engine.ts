/*
 * The scoring engine: a pure function of (model, input). No I/O, no system clock (`input.now` is the clock), so the
 * backend (stored evaluations, portfolio) and the frontend (what-if previews) always agree.
 *
 * Entities outside the model: when no enabled criterion targets the entity's kind (Group, User, Domain…), or when
 * nothing applies, the result is score 0, verdict `not-ready`, level `none`, with a reason saying so (and
 * `outOfScope: true` for untargeted kinds). "Ready" must be earned by evidence: an empty checklist proves nothing,
 * and a 100 would flatter. Callers that list a portfolio should skip `outOfScope` results rather than average them.
 */
import { englishOf, replaceRendered, withEnglishText } from './lazyEnglish';
import {
  listParam,
  type Message,
  nestMessage,
  renderMessage,
} from './messages';
import type { Reason } from './checks/outcome';
import type {
  Attestation,
  HandoffAction,
  Release,
  Waiver,
} from '../domain/types';
import { checkKinds, evaluateCheck, sourceOf } from './checks';
import {
  latestAttestation,
  notApplicableDeclaration,
  NO_RELEASE_MESSAGE,
} from './checks/attestationChecks';
import {
  type CheckOutcome,
  fail,
  notApplicable,
  reasonFields,
  unknown,
} from './checks/outcome';
import { normalizeRef } from './entityData';
import { RULES_WITH_ATTESTATION } from './checks/rules';
import { createContext, type EvaluationContext } from './context';
import { decideGate } from './gates';
import { lifecycleStatus } from './lifecycle';
import { noPlannedDateMessage, slotProblems } from './checks/schedule';
import {
  DEFAULT_HANDOVER_SIGNATORIES,
  missingHandoverSignatures,
  needsHypercare,
  OPEN_RELEASE_STATUSES,
} from './releases';
import { parseTime, toDay, toIso } from './dates';
import { computeLevels } from './levels';
import {
  categoryScores,
  compareText,
  nextSteps,
  weightedScore,
} from './scoring';
import type {
  CriterionDefinition,
  CriterionResult,
  EntityReadiness,
  EvaluationInput,
  GateId,
  GateResult,
  ReadinessModel,
  ReleaseGates,
  ReleaseGateSummary,
} from './types';
import { decideVerdict } from './verdict';
import { DEFAULT_TARGET_KINDS, RULES } from './vocabulary';

const TERMINAL = ['verified', 'risk_accepted', 'cancelled'];

/** Kinds targeted by the enabled criteria, or undefined when some criterion targets every kind. */
export function modelTargetKinds(model: ReadinessModel): string[] | undefined {
  const kinds = new Set<string>();
  for (const c of model.criteria) {
    if (!c.appliesTo?.kinds) {
      return undefined;
    }
    c.appliesTo.kinds.forEach(k => kinds.add(k.toLowerCase()));
  }
  return [...kinds].sort();
}

/** Why the criterion does not apply, or undefined when it does. */
function notApplicableReason(
  def: CriterionDefinition,
  ctx: EvaluationContext,
): Reason | undefined {
  const a = def.appliesTo;
  if (a?.kinds && !a.kinds.map(k => k.toLowerCase()).includes(ctx.kind)) {
    return ctx.kind
      ? {
          key: 'applies.kinds',
          params: { kinds: listParam(a.kinds), kind: ctx.kind },
        }
      : { key: 'applies.kindsUnknown', params: { kinds: listParam(a.kinds) } };
  }
  if (a?.tiers && !a.tiers.includes(ctx.tier)) {
    return {
      key: 'applies.tiers',
      params: { tier: ctx.tier, tiers: listParam(a.tiers) },
    };
  }
  if (a?.stateful !== undefined && a.stateful !== ctx.stateful.value) {
    return {
      key: a.stateful ? 'applies.statefulOnly' : 'applies.statelessOnly',
      params: nestMessage('why', ctx.stateful.reason),
    };
  }
  if (def.scope === 'release' && !ctx.releaseUnderReview) {
    return NO_RELEASE_MESSAGE;
  }
  return undefined;
}

/**
 * On a blocking criterion, a "not applicable" declaration is an exemption: it counts once approved by someone other
 * than the declarer, and until its review date. Until then (and after) the criterion fails.
 */
function exemption(
  outcome: CheckOutcome,
  a: Attestation,
  ctx: EvaluationContext,
): CheckOutcome {
  const extra = {
    evidence: outcome.evidence,
    assessedAt: a.assessedAt,
  };
  const declared = {
    by: a.assessedBy || '',
    justification: (a.justification ?? '').trim(),
  };
  const approver = normalizeRef(a.approvedBy, { defaultKind: 'user' });
  if (
    !approver ||
    approver === normalizeRef(a.assessedBy, { defaultKind: 'user' })
  ) {
    return fail(
      outcome.source,
      { key: 'exemption.awaiting', params: declared },
      extra,
    );
  }
  const reviewMs = parseTime(a.reviewBy);
  if (reviewMs !== undefined && reviewMs <= ctx.nowMs) {
    return fail(
      outcome.source,
      {
        key: 'exemption.reviewPassed',
        params: {
          ...declared,
          approver: String(a.approvedBy),
          date: toDay(reviewMs),
        },
      },
      extra,
    );
  }
  return {
    ...outcome,
    ...reasonFields({
      key:
        reviewMs !== undefined
          ? 'exemption.approvedReview'
          : 'exemption.approved',
      params: {
        ...nestMessage('reason', outcome.reasonMessage),
        approver: String(a.approvedBy),
        ...(reviewMs !== undefined ? { date: toDay(reviewMs) } : {}),
      },
    }),
    changesAt: [
      ...(outcome.changesAt ?? []),
      ...(reviewMs !== undefined ? [reviewMs] : []),
    ],
  };
}

/** A justified "not applicable" attestation applies to criteria that are checked by attestation (domain §3.1). */
function declaredNotApplicable(
  def: CriterionDefinition,
  ctx: EvaluationContext,
  blocking: boolean,
): CheckOutcome | undefined {
  const kinds = checkKinds(def.check);
  const rule =
    def.check.kind === 'rule'
      ? RULES_WITH_ATTESTATION[def.check.rule]
      : undefined;
  const list = ctx.attestations.get(def.id);
  const candidates = [];
  if (kinds.includes('attestation') || rule === 'entity') {
    candidates.push(latestAttestation(list));
  }
  if (
    (kinds.includes('releaseAttestation') || rule === 'release') &&
    ctx.releaseUnderReview
  ) {
    candidates.push(latestAttestation(list, ctx.releaseUnderReview.id));
  }
  for (const latest of candidates) {
    if (latest?.attestation.state === 'not-applicable') {
      const source = latest.attestation.releaseId ? 'release' : 'attestation';
      const outcome = notApplicableDeclaration(
        latest.attestation,
        ctx.nowMs,
        source,
      );
      if (outcome.declaredNotApplicable) {
        return blocking ? exemption(outcome, latest.attestation, ctx) : outcome;
      }
    }
  }
  return undefined;
}

/** When the criterion is blocking, why ("for T1", "for 24x7 services"…); undefined when it is not. */
function isBlocking(
  def: CriterionDefinition,
  ctx: EvaluationContext,
  gate: GateId | undefined,
): Message | undefined {
  const when = def.blockingWhen ?? {};
  const release = ctx.releaseUnderReview;
  const tier = ctx.tier;
  if (gate === 'handover' && when.atHandover && release) {
    return { key: 'blocking.handover', params: { version: release.version } };
  }
  if (when.when24x7 && ctx.is24x7) {
    return { key: 'blocking.24x7' };
  }
  if (!def.blockingTiers.includes(tier)) {
    return undefined;
  }
  if (when.majorReleaseOnly) {
    return release?.kind === 'major'
      ? { key: 'blocking.releaseKind', params: { tier, kind: 'major' } }
      : undefined;
  }
  if (when.releaseKinds && def.scope === 'release') {
    return release && when.releaseKinds.includes(release.kind)
      ? { key: 'blocking.releaseKind', params: { tier, kind: release.kind } }
      : undefined;
  }
  return { key: 'blocking.tier', params: { tier } };
}

/**
 * Waivers that may cover a criterion in this evaluation: the run readiness takes entity-wide waivers only; a
 * release gate takes the waivers bound to its release, and, for entity-scoped criteria, entity-wide ones too.
 * So a REL-02 waiver for release 2.4 never covers 2.5.
 */
function waiversInScope(
  waivers: Waiver[] | undefined,
  def: CriterionDefinition,
  release: Release | undefined,
): Waiver[] {
  return (waivers ?? []).filter(w => {
    if (!release) return !w.releaseId;
    if (w.releaseId) return w.releaseId === release.id;
    return def.scope === 'entity';
  });
}

function activeWaiver(
  waivers: Waiver[] | undefined,
  nowMs: number,
): Waiver | undefined {
  let best: { waiver: Waiver; expiresMs: number } | undefined;
  for (const waiver of waivers ?? []) {
    const expiresMs = parseTime(waiver.expiresAt);
    if (
      waiver.status !== 'approved' ||
      expiresMs === undefined ||
      expiresMs <= nowMs
    ) {
      continue;
    }
    if (
      !best ||
      expiresMs > best.expiresMs ||
      (expiresMs === best.expiresMs && waiver.id > best.waiver.id)
    ) {
      best = { waiver, expiresMs };
    }
  }
  return best?.waiver;
}

function latestOpenAction(
  actions: HandoffAction[] | undefined,
): HandoffAction | undefined {
  const key = (a: HandoffAction) =>
    `${a.updatedAt ?? ''}|${a.createdAt ?? ''}|${a.id}`;
  return (actions ?? [])
    .filter(a => !TERMINAL.includes(a.status))
    .sort((a, b) => compareText(key(b), key(a)))[0];
}

function safeEvaluate(
  def: CriterionDefinition,
  ctx: EvaluationContext,
): CheckOutcome {
  try {
    return evaluateCheck(def.check, ctx, def);
  } catch (e) {
    // A check must never break the whole evaluation: report it on the criterion instead.
    return unknown(sourceOf(def.check), {
      key: 'check.failed',
      params: { error: e instanceof Error ? e.message : String(e) },
    });
  }
}

interface Evaluated {
  result: CriterionResult;
  changesAt: number[];
  blockingText?: Message;
}

function evaluateCriterion(
  def: CriterionDefinition,
  ctx: EvaluationContext,
  gate?: GateId,
): Evaluated {
  const blockingText = isBlocking(def, ctx, gate);
  const naReason = notApplicableReason(def, ctx);
  let outcome: CheckOutcome = naReason
    ? notApplicable(sourceOf(def.check), naReason)
    : declaredNotApplicable(def, ctx, blockingText !== undefined) ??
      safeEvaluate(def, ctx);

  if (!naReason && def.appliesTo?.stateful && ctx.stateful.assumed) {
    outcome = {
      ...outcome,
      ...reasonFields({
        key: 'withStatefulness',
        params: {
          ...nestMessage('reason', outcome.reasonMessage),
          ...nestMessage('why', ctx.stateful.reason),
        },
      }),
    };
  }

  const result = {
    id: def.id,
    title: def.title,
    category: def.category,
    weight: def.weight,
    blocking: blockingText !== undefined,
    scope: def.scope,
    status: outcome.status,
    credit: outcome.status === 'not-applicable' ? 0 : outcome.credit,
    reasonMessage: outcome.reasonMessage,
    // Rendered from `reasonMessage` when read: most results are stored unread (lazyEnglish.ts). An accessor of
    // the literal, not Object.defineProperty: this runs for every criterion of every entity of a pass.
    get reason(): string {
      return englishOf(this.reasonMessage!);
    },
    set reason(value: string) {
      replaceRendered(this, 'reason', value);
    },
    howToFix: def.howToFix,
    source: outcome.source,
    evidence: outcome.evidence,
  } as CriterionResult;
  if (def.titleFr) result.titleFr = def.titleFr;
  if (def.howToFixFr) result.howToFixFr = def.howToFixFr;
  if (outcome.assessedAt !== undefined) result.assessedAt = outcome.assessedAt;
  if (outcome.expiresAt !== undefined) result.expiresAt = outcome.expiresAt;
  if (outcome.ageDays !== undefined) result.ageDays = outcome.ageDays;
  if (def.scope === 'release' && ctx.releaseUnderReview) {
    result.releaseId = ctx.releaseUnderReview.id;
  }
  if (gate) {
    result.gate = gate;
  }
  const changesAt = [...(outcome.changesAt ?? [])];

  // A waiver turns a non-passing item into a reservation: no credit, but no longer a blocker.
  if (['fail', 'stale', 'unknown'].includes(outcome.status)) {
    const waiver = activeWaiver(
      waiversInScope(ctx.waivers.get(def.id), def, ctx.releaseUnderReview),
      ctx.nowMs,
    );
    if (waiver) {
      const expiresMs = parseTime(waiver.expiresAt)!;
      result.status = 'waived';
      result.credit = 0;
      Object.assign(
        result,
        reasonFields({
          key: 'waived',
          params: {
            until: toDay(expiresMs),
            waiverReason: waiver.reason,
            ...nestMessage('without', outcome.reasonMessage),
          },
        }),
      );
      result.waiver = {
        id: waiver.id,
        expiresAt: waiver.expiresAt,
        reason: waiver.reason,
      };
      changesAt.push(expiresMs);
    }
  }

  const action = latestOpenAction(ctx.actions.get(def.id));
  if (action) {
    result.action = {
      id: action.id,
      status: action.status,
      ...(action.dueDate ? { dueDate: action.dueDate } : {}),
    };
  }
  return { result, changesAt, blockingText };
}

export function evaluateReadiness(
  model: ReadinessModel,
  input: EvaluationInput,
): EntityReadiness {
  // Not `instanceof Date`: a Date from another realm (structuredClone in tests, an iframe) is still a Date.
  const nowMs =
    typeof input.now?.getTime === 'function' ? input.now.getTime() : NaN;
  if (!Number.isFinite(nowMs)) {
    throw new TypeError('evaluateReadiness: input.now must be a valid Date');
  }
  // The run readiness answers "is this application fit to be run?": release-scoped criteria and the release
  // under review never move it (they belong to the release gates below).
  const ctx: EvaluationContext = {
    ...createContext(model, input),
    releaseUnderReview: undefined,
  };
  const evaluated = model.criteria
    .filter(def => def.scope !== 'release')
    .map(def => evaluateCriterion(def, ctx));
  const results = evaluated.map(e => e.result);
  const score = weightedScore(results);

  const targetKinds = modelTargetKinds(model);
  const outOfScope =
    targetKinds !== undefined && !targetKinds.includes(ctx.kind);
  let nothingApplicable: Message | undefined;
  if (outOfScope) {
    const kinds = targetKinds ?? DEFAULT_TARGET_KINDS;
    nothingApplicable = {
      key: kinds.length > 0 ? 'verdict.outOfScope' : 'verdict.outOfScopeNoKind',
      params: { kind: ctx.kind, kinds: listParam(kinds) },
    };
  } else if (score === null) {
    nothingApplicable = { key: 'verdict.nothingApplicable' };
  }

  const blockingText = new Map<string, Message>();
  for (const e of evaluated) {
    if (e.blockingText) blockingText.set(e.result.id, e.blockingText);
  }
  const verdict = decideVerdict({
    results,
    score: score ?? 0,
    tier: ctx.tier,
    tierDeclared: ctx.tierDeclared,
    thresholds: model.thresholds[ctx.tier],
    requireActionPlan: model.requireActionPlanForReservations !== false,
    actions: ctx.actions,
    nowMs: ctx.nowMs,
    blockingText,
    nothingApplicable,
  });
  const levels = computeLevels(results, model.levels);

  const future = evaluated
    .flatMap(e => e.changesAt)
    .filter(ms => Number.isFinite(ms) && ms > ctx.nowMs);
  const readiness = {
    entityRef: ctx.entityRef,
    tier: ctx.tier,
    tierDeclared: ctx.tierDeclared,
    score: score ?? 0,
    verdict: verdict.verdict,
    verdictReasonMessages: verdict.verdictReasonMessages,
    level: nothingApplicable ? 'none' : levels.level,
    categories: categoryScores(model.categories, results),
    criteria: results,
    blockers: verdict.blockers,
    reservations: verdict.reservations,
    nextSteps: nextSteps(results, verdict.blockers, levels.unlocks),
    evaluatedAt: toIso(ctx.nowMs),
    modelVersion: model.version,
  } as EntityReadiness;
  withEnglishText(readiness, 'verdictReasons', 'verdictReasonMessages');
  if (outOfScope) {
    readiness.outOfScope = true;
    return withNextChange(readiness, future);
  }

  const openReleases = openReleasesOf(ctx.releases);
  if (openReleases.length > 0) {
    readiness.releases = openReleases.map(release => {
      const gates = gatesOf(model, ctx, readiness, release);
      future.push(...gates.changesAt);
      return summarizeGates(gates.gates);
    });
  }
  readiness.lifecycle = lifecycleStatus(
    (input.entity.spec as Record<string, unknown> | undefined)?.lifecycle,
    ctx.releases,
    input.attestations ?? [],
    handoverAppliesTo(model, ctx.kind),
  );
  return withNextChange(readiness, future);
}

function withNextChange(
  readiness: EntityReadiness,
  future: number[],
): EntityReadiness {
  const upcoming = future.filter(ms => Number.isFinite(ms));
  if (upcoming.length > 0) {
    readiness.nextChangeAt = toIso(Math.min(...upcoming));
  }
  return readiness;
}

/** Open releases (planned → hypercare), earliest planned first. */
function openReleasesOf(releases: Release[]): Release[] {
  return releases
    .filter(
      r =>
        r && typeof r === 'object' && OPEN_RELEASE_STATUSES.includes(r.status),
    )
    .sort(
      (a, b) =>
        (parseTime(a.plannedAt) ?? Number.MAX_SAFE_INTEGER) -
          (parseTime(b.plannedAt) ?? Number.MAX_SAFE_INTEGER) ||
        compareText(String(a.id), String(b.id)),
    );
}

/** Whether a hand-over criterion applies to this kind (an API or a Resource is not handed over). */
function handoverAppliesTo(model: ReadinessModel, kind: string): boolean {
  return model.criteria.some(
    c =>
      (c.gate === 'handover' || c.blockingWhen?.atHandover) &&
      (!c.appliesTo?.kinds ||
        c.appliesTo.kinds.map(k => k.toLowerCase()).includes(kind)),
  );
}

/** Criteria of a gate: release-scoped ones assigned to it, and for the hand-over the entity ones blocking at it. */
function gateCriteria(model: ReadinessModel, gate: GateId) {
  return model.criteria.filter(def =>
    def.scope === 'release'
      ? (def.gate ?? 'goNoGo') === gate
      : gate === 'handover' && def.blockingWhen?.atHandover === true,
  );
}

function gatesOf(
  model: ReadinessModel,
  baseCtx: EvaluationContext,
  run: EntityReadiness,
  release: Release,
): { gates: ReleaseGates; changesAt: number[] } {
  const ctx: EvaluationContext = { ...baseCtx, releaseUnderReview: release };
  const changesAt: number[] = [];
  const evaluate = (gate: GateId) => {
    const evaluated = gateCriteria(model, gate).map(def =>
      evaluateCriterion(def, ctx, gate),
    );
    const blockingText = new Map<string, Message>();
    for (const e of evaluated) {
      changesAt.push(...e.changesAt.filter(ms => ms > ctx.nowMs));
      if (e.blockingText) blockingText.set(e.result.id, e.blockingText);
    }
    return { results: evaluated.map(e => e.result), blockingText };
  };
  const hasPlannedDate =
    parseTime(release.window?.start) !== undefined ||
    parseTime(release.plannedAt) !== undefined;
  const conflictMessages = hasPlannedDate
    ? slotProblems(release, ctx.operations)
    : [noPlannedDateMessage(release)];
  const windowConflicts = conflictMessages.map(m => renderMessage(m, 'en'));
  const goNoGo = evaluate('goNoGo');
  const handover = evaluate('handover');
  const required = model.handoverSignatories ?? DEFAULT_HANDOVER_SIGNATORIES;
  const gates: ReleaseGates = {
    releaseId: release.id,
    entityRef: ctx.entityRef,
    version: release.version,
    kind: release.kind,
    status: release.status,
    plannedAt: release.plannedAt,
    goNoGo: goNoGoGate(model, {
      gate: 'goNoGo',
      release,
      tier: ctx.tier,
      results: goNoGo.results,
      blockingText: goNoGo.blockingText,
      runReadiness: run,
      windowConflicts: conflictMessages,
    }),
    handover: decideGate({
      gate: 'handover',
      release,
      tier: ctx.tier,
      results: handover.results,
      blockingText: handover.blockingText,
      runReadiness: run,
      missingSignatures: missingHandoverSignatures(release, required),
      signatureCriteria: new Set(
        model.criteria
          .filter(
            c =>
              c.check.kind === 'rule' && c.check.rule === RULES.handoverSigned,
          )
          .map(c => c.id),
      ),
    }),
    needsHypercare: needsHypercare(release, ctx.tier),
    windowConflicts,
    windowConflictMessages: conflictMessages,
    evaluatedAt: toIso(ctx.nowMs),
  };
  return { gates, changesAt };
}

/**
 * The go/no-go gate, with the verdict a decision is taken on: the criteria that check the decision itself
 * (REL-06 "go/no-go recorded") cannot be a precondition of that decision.
 */
function goNoGoGate(
  model: ReadinessModel,
  input: Parameters<typeof decideGate>[0],
): GateResult {
  const gate = decideGate(input);
  const selfChecks = new Set(
    model.criteria
      .filter(
        c => c.check.kind === 'rule' && c.check.rule === RULES.goNoGoRecorded,
      )
      .map(c => c.id),
  );
  const others = input.results.filter(r => !selfChecks.has(r.id));
  gate.decisionVerdict =
    others.length === input.results.length
      ? gate.verdict
      : decideGate({ ...input, results: others }).verdict;
  return gate;
}

function summarizeGates(gates: ReleaseGates): ReleaseGateSummary {
  return {
    releaseId: gates.releaseId,
    version: gates.version,
    kind: gates.kind,
    status: gates.status,
    plannedAt: gates.plannedAt,
    goNoGo: gates.goNoGo.verdict,
    goNoGoBlockers: gates.goNoGo.blockers,
    handover: gates.handover.verdict,
    handoverMissing: gates.handover.missing,
    handoverMissingMessages: gates.handover.missingMessages,
  };
}

/**
 * The two gates of one release (go/no-go and hand-over), from the same rubric as the run readiness. Works for
 * any release of the entity, open or not (a closed release shows how its gates stand now). Undefined when
 * `releaseId` is not among `input.releases`.
 */
export function evaluateReleaseGates(
  model: ReadinessModel,
  input: EvaluationInput,
  releaseId: string,
): ReleaseGates | undefined {
  const release = (Array.isArray(input.releases) ? input.releases : []).find(
    r => r && r.id === releaseId,
  );
  if (!release) return undefined;
  const run = evaluateReadiness(model, input);
  const ctx: EvaluationContext = {
    ...createContext(model, input),
    releaseUnderReview: undefined,
  };
  return gatesOf(model, ctx, run, release).gates;
}
