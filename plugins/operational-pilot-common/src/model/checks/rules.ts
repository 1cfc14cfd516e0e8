/*
 * Built-in rules: checks that combine several inputs (catalog, metadata, releases). Each one explains itself in the
 * reason, because these are the checks users find least obvious.
 */
import type { EvaluationContext } from '../context';
import { DAY_MS, parseTime, toDay, toIso } from '../dates';
import {
  annotationValue,
  entityKind,
  entityLinks,
  getPath,
  lookup,
  refKind,
  safeEntityRef,
} from '../entityData';
import type { CheckSource, CriterionDefinition } from '../types';
import {
  ANNOTATIONS,
  MIN_TRAINED_PEOPLE,
  ON_CALL_ANNOTATIONS,
  RULES,
} from '../vocabulary';
import {
  checkAttestation,
  checkReleaseAttestation,
  NO_RELEASE_MESSAGE,
} from './attestationChecks';
import { checkAnnotation } from './catalogChecks';
import { NO_METADATA_MESSAGE } from './metadataChecks';
import {
  type CheckOutcome,
  fail,
  isPassing,
  notApplicable,
  pass,
  unknown,
} from './outcome';
import {
  DEFAULT_HANDOVER_SIGNATORIES,
  HANDOVER_ROLE_TITLES,
  missingHandoverSignatures,
} from '../releases';

type Rule = (ctx: EvaluationContext, def: CriterionDefinition) => CheckOutcome;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** OWN-01: `spec.owner` set, and the owner is a Group that exists in the catalog. */
const ownerGroupExists: Rule = ctx => {
  const { ref, problem } = ctx.owner;
  if (!ref) {
    return fail('catalog', problem ?? 'no owner');
  }
  const evidence = [{ label: 'owner', value: ref }];
  const found = lookup(ctx.related, ref);
  const kind =
    found.state === 'found' ? entityKind(found.entity) : refKind(ref);
  if (found.state === 'missing') {
    return fail(
      'catalog',
      kind === 'group'
        ? `owner ${ref} does not exist in the catalog`
        : `owner ${ref} does not exist in the catalog, and an owner must be a Group, not a ${capitalize(
            kind,
          )}`,
      { evidence },
    );
  }
  if (kind !== 'group') {
    return fail(
      'catalog',
      `owner ${ref} is a ${capitalize(
        kind,
      )}, not a Group: the accountable owner must be a team`,
      { evidence },
    );
  }
  if (found.state === 'not-looked-up') {
    return unknown('catalog', `owner ${ref} was not looked up in the catalog`, {
      evidence,
    });
  }
  return pass('catalog', `owned by ${ref}`, { evidence });
};

/** OWN-02: the owner publishes an e-mail address or a chat link. */
const ownerReachable: Rule = ctx => {
  const { ref, problem } = ctx.owner;
  if (!ref) {
    return fail('catalog', `no owner to reach: ${problem ?? 'no owner'}`);
  }
  const found = lookup(ctx.related, ref);
  if (found.state === 'missing') {
    return fail(
      'catalog',
      `owner ${ref} does not exist in the catalog, so it cannot be reached`,
    );
  }
  if (found.state === 'not-looked-up') {
    return unknown('catalog', `owner ${ref} was not looked up in the catalog`);
  }
  const email = getPath(found.entity, 'spec.profile.email');
  if (typeof email === 'string' && email.trim() !== '') {
    return pass('catalog', `owner ${ref} has the e-mail address ${email}`, {
      evidence: [{ label: 'e-mail', value: email, url: `mailto:${email}` }],
    });
  }
  const chat = entityLinks(found.entity).find(
    l => typeof l.type === 'string' && l.type.toLowerCase() === 'chat',
  );
  if (chat) {
    return pass(
      'catalog',
      `owner ${ref} has a chat link: ${chat.title ?? chat.url}`,
      {
        evidence: [{ label: chat.title ?? 'chat', url: chat.url }],
      },
    );
  }
  return fail(
    'catalog',
    `owner ${ref} has neither spec.profile.email nor a link of type chat`,
  );
};

/** INC-01: on-call mapping, required for T1 and for anything not limited to business hours. */
const onCallMapped: Rule = ctx => {
  const hours = ctx.operations?.serviceHours;
  const offHoursOnCall = ctx.operations?.supportHours?.offHours === 'on-call';
  if (
    ctx.tier !== 'T1' &&
    typeof hours === 'string' &&
    hours.trim() !== '' &&
    !ctx.is24x7 &&
    !offHoursOnCall
  ) {
    return notApplicable(
      'catalog',
      `service hours are "${hours}" (not 24x7) and the tier is ${ctx.tier}: no on-call required`,
    );
  }
  return checkAnnotation(
    { kind: 'annotation', keys: ON_CALL_ANNOTATIONS },
    ctx,
  );
};

/** BCK-02: every stateful Resource involved declares a backup policy, else an attestation of the backups. */
const backupsConfigured: Rule = (ctx, def) => {
  const resources = ctx.stateful.statefulResources;
  const withPolicy = resources.filter(r =>
    annotationValue(r, ANNOTATIONS.backupPolicy),
  );
  const without = resources.filter(
    r => !annotationValue(r, ANNOTATIONS.backupPolicy),
  );
  if (resources.length > 0 && without.length === 0) {
    return pass(
      'catalog',
      `backup policy declared on ${withPolicy.map(safeEntityRef).join(', ')}`,
      {
        evidence: withPolicy.map(r => ({
          label: safeEntityRef(r),
          value: annotationValue(r, ANNOTATIONS.backupPolicy),
        })),
      },
    );
  }
  const attested = checkAttestation(
    { kind: 'attestation', validityDays: 365 },
    ctx,
    def,
  );
  if (isPassing(attested.status) || resources.length === 0) {
    return attested;
  }
  return {
    ...attested,
    // The prefix is English-only text: no message for the whole reason.
    reasonMessage: undefined,
    reason: `no ${ANNOTATIONS.backupPolicy} annotation on ${without
      .map(safeEntityRef)
      .join(', ')}; ${attested.reason}`,
  };
};

/**
 * REL-05: the change (RFC) is recorded and approved. A standard change is pre-approved; a normal or emergency
 * change needs its approval status `approved` and the approval date. The slot itself (maintenance windows,
 * freezes) is judged by the go/no-go gate as a window conflict, not here.
 */
const changeApproved: Rule = ctx => {
  const release = ctx.releaseUnderReview;
  if (!release) {
    return notApplicable('release', NO_RELEASE_MESSAGE);
  }
  const changeType = release.changeType ?? 'normal';
  if (!release.changeRef || release.changeRef.trim() === '') {
    return fail(
      'release',
      `release ${release.version} has no change reference (RFC)`,
    );
  }
  const evidence = [
    { label: 'change', value: release.changeRef },
    { label: 'change type', value: changeType },
  ];
  if (changeType === 'standard') {
    return pass(
      'release',
      `standard (pre-approved) change ${release.changeRef} recorded for release ${release.version}`,
      { evidence },
    );
  }
  const approval = release.changeApproval;
  const approvedMs = parseTime(approval?.date);
  if (approval?.status === 'rejected') {
    return fail(
      'release',
      `${changeType} change ${release.changeRef} was rejected${
        approvedMs !== undefined ? ` on ${toDay(approvedMs)}` : ''
      }`,
      { evidence },
    );
  }
  if (approval?.status !== 'approved') {
    return fail(
      'release',
      `${changeType} change ${release.changeRef} is not approved yet (${
        approval?.status ?? 'no approval recorded'
      })`,
      { evidence },
    );
  }
  if (approvedMs === undefined) {
    return fail(
      'release',
      `${changeType} change ${release.changeRef} is marked approved without an approval date`,
      { evidence },
    );
  }
  return pass(
    'release',
    `${changeType} change ${release.changeRef} approved on ${toDay(
      approvedMs,
    )}`,
    {
      evidence: [
        ...evidence,
        { label: 'approved on', value: toDay(approvedMs) },
      ],
      assessedAt: toIso(approvedMs),
    },
  );
};

/**
 * KT-04: the hand-over of the release (PV de passage en run) is signed by every required role. A legacy
 * release-scoped attestation does not replace a missing signature.
 */
const handoverSigned: Rule = ctx => {
  const release = ctx.releaseUnderReview;
  if (!release) {
    return notApplicable('release', NO_RELEASE_MESSAGE);
  }
  const required =
    ctx.model.handoverSignatories ?? DEFAULT_HANDOVER_SIGNATORIES;
  const signatures = release.handover?.signatures ?? [];
  const missing = missingHandoverSignatures(release, required);
  const evidence = signatures.map(sig => ({
    label: `signed as ${HANDOVER_ROLE_TITLES[sig.role] ?? sig.role}`,
    value: `${sig.signedBy} on ${toDay(parseTime(sig.signedAt) ?? 0)}`,
  }));
  if (missing.length > 0) {
    return fail(
      'release',
      `hand-over of release ${
        release.version
      } lacks the signature of the ${missing
        .map(r => HANDOVER_ROLE_TITLES[r] ?? r)
        .join(', the ')}`,
      { evidence },
    );
  }
  const lastMs = Math.max(
    ...signatures.map(sig => parseTime(sig.signedAt) ?? 0),
  );
  return pass(
    'release',
    `hand-over of release ${release.version} signed by ${signatures
      .map(
        sig =>
          `${sig.signedBy} (${HANDOVER_ROLE_TITLES[sig.role] ?? sig.role})`,
      )
      .join(', ')}`,
    { evidence, assessedAt: toIso(lastMs) },
  );
};

/** REL-06: a go (or go with reservations) decision with approvers, else a release attestation. */
const goNoGoRecorded: Rule = (ctx, def) => {
  const release = ctx.releaseUnderReview;
  if (!release) {
    return notApplicable('release', NO_RELEASE_MESSAGE);
  }
  const decision = release.goNoGo;
  if (decision) {
    const on = parseTime(decision.decidedAt);
    const when = on !== undefined ? ` on ${toDay(on)}` : '';
    const approvers = Array.isArray(decision.approvers)
      ? decision.approvers
      : [];
    if (decision.decision === 'no_go') {
      return fail(
        'release',
        `go/no-go for release ${release.version} decided no-go${when}`,
      );
    }
    if (approvers.length === 0) {
      return fail(
        'release',
        `go/no-go for release ${release.version} recorded without approvers`,
      );
    }
    const text = decision.decision === 'go' ? 'go' : 'go with reservations';
    return pass(
      'release',
      `${text} for release ${
        release.version
      }${when}, approved by ${approvers.join(', ')}`,
      { evidence: approvers.map(a => ({ label: 'approver', value: a })) },
    );
  }
  const attested = checkReleaseAttestation(
    { kind: 'releaseAttestation' },
    ctx,
    def,
  );
  if (attested.status === 'unknown') {
    return fail(
      'release',
      `no go/no-go decision recorded for release ${release.version}`,
    );
  }
  return attested;
};

/** SUP-03: a 24x7 service needs on-call (INC-01) and off-hours support. */
const coverageMatchesServiceHours: Rule = ctx => {
  if (!ctx.operations) {
    return unknown('metadata', NO_METADATA_MESSAGE);
  }
  const hours = ctx.operations.serviceHours;
  if (typeof hours !== 'string' || hours.trim() === '') {
    return fail('metadata', 'missing: serviceHours');
  }
  if (!ctx.is24x7) {
    return pass(
      'metadata',
      `service hours "${hours}" need no off-hours coverage`,
    );
  }
  const problems: string[] = [];
  if (!ON_CALL_ANNOTATIONS.some(k => annotationValue(ctx.entity, k))) {
    problems.push('no on-call service is mapped (INC-01)');
  }
  const offHours = ctx.operations.supportHours?.offHours;
  if (offHours !== 'on-call') {
    problems.push(
      `off-hours support is ${
        offHours ? `"${offHours}"` : 'not declared'
      }, not on-call`,
    );
  }
  if (problems.length > 0) {
    return fail('metadata', `24x7 service, but ${problems.join(' and ')}`);
  }
  return pass('metadata', '24x7 service with on-call and off-hours support');
};

/** SUP-04: the release has a hypercare period, build-side standby and exit criteria (or a release attestation). */
const hypercarePlanned: Rule = (ctx, def) => {
  const release = ctx.releaseUnderReview;
  if (!release) {
    return notApplicable('release', NO_RELEASE_MESSAGE);
  }
  const hc = release.hypercare;
  if (!hc) {
    const attested = checkReleaseAttestation(
      { kind: 'releaseAttestation' },
      ctx,
      def,
    );
    return attested.status === 'unknown'
      ? fail('release', `release ${release.version} has no hypercare plan`)
      : attested;
  }
  const start = parseTime(hc.start);
  const end = parseTime(hc.end);
  const standby = Array.isArray(hc.buildStandby) ? hc.buildStandby : [];
  const exit = Array.isArray(hc.exitCriteria) ? hc.exitCriteria : [];
  const missing: string[] = [];
  if (start === undefined || end === undefined || end < start) {
    missing.push('a valid period');
  }
  if (standby.length === 0) {
    missing.push('build-side standby contacts');
  }
  if (exit.length === 0) {
    missing.push('exit criteria');
  }
  if (missing.length > 0) {
    return fail(
      'release',
      `hypercare plan of release ${release.version} lacks ${missing.join(
        ', ',
      )}`,
    );
  }
  return pass(
    'release',
    `hypercare from ${toDay(start!)} to ${toDay(end!)}, standby ${standby.join(
      ', ',
    )}, ${exit.length} exit ${exit.length === 1 ? 'criterion' : 'criteria'}`,
  );
};

/** SUP-06: every vendor has a support contract end date in the future. */
const vendorSupportValid: Rule = ctx => {
  if (!ctx.operations) {
    return unknown('metadata', NO_METADATA_MESSAGE);
  }
  const vendors = ctx.operations.vendors;
  if (!Array.isArray(vendors)) {
    return fail(
      'metadata',
      'vendors not declared (declare an empty list when there is no third party)',
    );
  }
  if (vendors.length === 0) {
    return notApplicable('metadata', 'no third-party vendor declared');
  }
  const problems: string[] = [];
  const ends: Array<{ name: string; ms: number }> = [];
  for (const v of vendors) {
    const name = v?.name || 'unnamed vendor';
    const ms = parseTime(v?.supportExpiresAt);
    if (ms === undefined) {
      problems.push(`${name} has no support end date`);
    } else if (ms <= ctx.nowMs) {
      problems.push(`support of ${name} expired on ${toDay(ms)}`);
    } else {
      ends.push({ name, ms });
    }
  }
  const evidence = vendors
    .filter(v => v && typeof v.contractUrl === 'string')
    .map(v => ({ label: v.name || 'contract', url: v.contractUrl }));
  const changesAt = ends.flatMap(e => [
    e.ms - ctx.model.staleness.warnBeforeDays * DAY_MS,
    e.ms,
  ]);
  if (problems.length > 0) {
    return fail('metadata', problems.join('; '), { evidence, changesAt });
  }
  ends.sort((a, b) => a.ms - b.ms);
  const first = ends[0];
  const expiresAt = toIso(first.ms);
  const warnMs = ctx.model.staleness.warnBeforeDays * DAY_MS;
  const list = ends.map(e => `${e.name} until ${toDay(e.ms)}`).join(', ');
  if (first.ms - ctx.nowMs <= warnMs) {
    return {
      status: 'expiring',
      credit: 1,
      source: 'metadata',
      reason: `support of ${first.name} ends on ${toDay(
        first.ms,
      )}: renew the contract (${list})`,
      evidence,
      expiresAt,
      changesAt,
    };
  }
  return pass('metadata', `vendor support valid: ${list}`, {
    evidence,
    expiresAt,
    changesAt,
  });
};

/** KT-03: at least two trained people (bus factor). */
const enoughTrainedPeople: Rule = ctx => {
  if (!ctx.operations) {
    return unknown('metadata', NO_METADATA_MESSAGE);
  }
  const n = ctx.operations.trainedPeople;
  if (typeof n !== 'number' || Number.isNaN(n)) {
    return fail('metadata', 'missing: trainedPeople');
  }
  if (n < MIN_TRAINED_PEOPLE) {
    return fail(
      'metadata',
      `only ${n} trained ${
        n === 1 ? 'person' : 'people'
      }, at least ${MIN_TRAINED_PEOPLE} needed`,
    );
  }
  return pass('metadata', `${n} trained people`, {
    evidence: [{ label: 'trained people', value: String(n) }],
  });
};

export const RULE_IMPLEMENTATIONS: Record<string, Rule> = {
  [RULES.ownerGroupExists]: ownerGroupExists,
  [RULES.ownerReachable]: ownerReachable,
  [RULES.onCallMapped]: onCallMapped,
  [RULES.backupsConfigured]: backupsConfigured,
  [RULES.changeApproved]: changeApproved,
  [RULES.goNoGoRecorded]: goNoGoRecorded,
  [RULES.coverageMatchesServiceHours]: coverageMatchesServiceHours,
  [RULES.hypercarePlanned]: hypercarePlanned,
  [RULES.vendorSupportValid]: vendorSupportValid,
  [RULES.enoughTrainedPeople]: enoughTrainedPeople,
  [RULES.handoverSigned]: handoverSigned,
};

/** Where each rule's evidence comes from. */
export const RULE_SOURCES: Record<string, CheckSource> = {
  [RULES.ownerGroupExists]: 'catalog',
  [RULES.ownerReachable]: 'catalog',
  [RULES.onCallMapped]: 'catalog',
  [RULES.backupsConfigured]: 'catalog',
  [RULES.changeApproved]: 'release',
  [RULES.goNoGoRecorded]: 'release',
  [RULES.coverageMatchesServiceHours]: 'metadata',
  [RULES.hypercarePlanned]: 'release',
  [RULES.vendorSupportValid]: 'metadata',
  [RULES.enoughTrainedPeople]: 'metadata',
  [RULES.handoverSigned]: 'release',
};

/** Rules that fall back to an attestation, so that a justified "not applicable" declaration can apply to them. */
export const RULES_WITH_ATTESTATION: Record<string, 'entity' | 'release'> = {
  [RULES.backupsConfigured]: 'entity',
  [RULES.goNoGoRecorded]: 'release',
  [RULES.hypercarePlanned]: 'release',
};

export function checkRule(
  name: string,
  ctx: EvaluationContext,
  def: CriterionDefinition,
): CheckOutcome {
  const rule = RULE_IMPLEMENTATIONS[name];
  if (!rule) {
    return unknown('catalog', `rule ${name} is not implemented`);
  }
  return rule(ctx, def);
}
