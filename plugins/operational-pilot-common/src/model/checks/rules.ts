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
  reasonFields,
  unknown,
} from './outcome';
import {
  combineMessages,
  listParam,
  type Message,
  nestMessage,
  roleLabel,
} from '../messages';
import {
  DEFAULT_HANDOVER_SIGNATORIES,
  HANDOVER_ROLE_TITLES,
  missingHandoverSignatures,
} from '../releases';

type Rule = (ctx: EvaluationContext, def: CriterionDefinition) => CheckOutcome;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Why there is no owner ref (spec.owner unset or invalid). */
function ownerProblem(ctx: EvaluationContext): Message {
  return ctx.owner.problem ?? { key: 'owner.none' };
}

/** OWN-01: `spec.owner` set, and the owner is a Group that exists in the catalog. */
const ownerGroupExists: Rule = ctx => {
  const { ref } = ctx.owner;
  if (!ref) {
    return fail('catalog', ownerProblem(ctx));
  }
  const evidence = [{ label: 'owner', value: ref }];
  const found = lookup(ctx.related, ref);
  const kind =
    found.state === 'found' ? entityKind(found.entity) : refKind(ref);
  if (found.state === 'missing') {
    return fail(
      'catalog',
      kind === 'group'
        ? { key: 'owner.missing', params: { ref } }
        : {
            key: 'owner.missingNotGroup',
            params: { ref, kind: capitalize(kind) },
          },
      { evidence },
    );
  }
  if (kind !== 'group') {
    return fail(
      'catalog',
      { key: 'owner.notGroup', params: { ref, kind: capitalize(kind) } },
      { evidence },
    );
  }
  if (found.state === 'not-looked-up') {
    return unknown(
      'catalog',
      { key: 'owner.notLookedUp', params: { ref } },
      { evidence },
    );
  }
  return pass('catalog', { key: 'owner.found', params: { ref } }, { evidence });
};

/** OWN-02: the owner publishes an e-mail address or a chat link. */
const ownerReachable: Rule = ctx => {
  const { ref } = ctx.owner;
  if (!ref) {
    return fail('catalog', {
      key: 'owner.unreachable',
      params: nestMessage('problem', ownerProblem(ctx)),
    });
  }
  const found = lookup(ctx.related, ref);
  if (found.state === 'missing') {
    return fail('catalog', {
      key: 'owner.missingUnreachable',
      params: { ref },
    });
  }
  if (found.state === 'not-looked-up') {
    return unknown('catalog', { key: 'owner.notLookedUp', params: { ref } });
  }
  const email = getPath(found.entity, 'spec.profile.email');
  if (typeof email === 'string' && email.trim() !== '') {
    return pass(
      'catalog',
      { key: 'owner.email', params: { ref, email } },
      { evidence: [{ label: 'e-mail', value: email, url: `mailto:${email}` }] },
    );
  }
  const chat = entityLinks(found.entity).find(
    l => typeof l.type === 'string' && l.type.toLowerCase() === 'chat',
  );
  if (chat) {
    return pass(
      'catalog',
      { key: 'owner.chat', params: { ref, link: chat.title ?? chat.url } },
      {
        evidence: [{ label: chat.title ?? 'chat', url: chat.url }],
      },
    );
  }
  return fail('catalog', { key: 'owner.noContact', params: { ref } });
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
    return notApplicable('catalog', {
      key: 'onCall.notRequired',
      params: { hours, tier: ctx.tier },
    });
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
      {
        key: 'backup.declared',
        params: { resources: listParam(withPolicy.map(safeEntityRef)) },
      },
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
    ...reasonFields({
      key: 'backup.missing',
      params: {
        annotation: ANNOTATIONS.backupPolicy,
        resources: listParam(without.map(safeEntityRef)),
        ...nestMessage('attestation', attested.reasonMessage),
      },
    }),
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
    return fail('release', {
      key: 'change.noRef',
      params: { version: release.version },
    });
  }
  const evidence = [
    { label: 'change', value: release.changeRef },
    { label: 'change type', value: changeType },
  ];
  const change = { type: changeType, ref: release.changeRef };
  if (changeType === 'standard') {
    return pass(
      'release',
      {
        key: 'change.standard',
        params: { ref: release.changeRef, version: release.version },
      },
      { evidence },
    );
  }
  const approval = release.changeApproval;
  const approvedMs = parseTime(approval?.date);
  if (approval?.status === 'rejected') {
    return fail(
      'release',
      approvedMs !== undefined
        ? {
            key: 'change.rejectedOn',
            params: { ...change, date: toDay(approvedMs) },
          }
        : { key: 'change.rejected', params: change },
      { evidence },
    );
  }
  if (approval?.status !== 'approved') {
    return fail(
      'release',
      {
        key: 'change.notApproved',
        params: { ...change, status: approval?.status ?? '' },
      },
      { evidence },
    );
  }
  if (approvedMs === undefined) {
    return fail(
      'release',
      { key: 'change.noApprovalDate', params: change },
      { evidence },
    );
  }
  return pass(
    'release',
    { key: 'change.approved', params: { ...change, date: toDay(approvedMs) } },
    {
      evidence: [
        ...evidence,
        { label: 'approved on', value: toDay(approvedMs) },
      ],
      assessedAt: toIso(approvedMs),
    },
  );
};

/** Role titles in both languages, as `{name}` and `{nameFr}` params joined by the given separators. */
function roleListParams(
  name: string,
  roles: string[],
  separator: { en: string; fr: string },
): Record<string, string> {
  return {
    [name]: roles.map(r => roleLabel(r, 'en')).join(separator.en),
    [`${name}Fr`]: roles.map(r => roleLabel(r, 'fr')).join(separator.fr),
  };
}

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
      {
        key: 'handover.unsigned',
        params: {
          version: release.version,
          ...roleListParams('roles', missing, { en: ', the ', fr: ', du ' }),
        },
      },
      { evidence },
    );
  }
  const lastMs = Math.max(
    ...signatures.map(sig => parseTime(sig.signedAt) ?? 0),
  );
  const signers = (lang: string) =>
    signatures
      .map(sig => `${sig.signedBy} (${roleLabel(sig.role, lang)})`)
      .join(', ');
  return pass(
    'release',
    {
      key: 'handover.signed',
      params: {
        version: release.version,
        signers: signers('en'),
        signersFr: signers('fr'),
      },
    },
    { evidence, assessedAt: toIso(lastMs) },
  );
};

/** REL-06: a go (or go with reservations) decision with approvers, else a release attestation. */
const goNoGoRecorded: Rule = (ctx, def) => {
  const release = ctx.releaseUnderReview;
  if (!release) {
    return notApplicable('release', NO_RELEASE_MESSAGE);
  }
  const version = release.version;
  const decision = release.goNoGo;
  if (decision) {
    const on = parseTime(decision.decidedAt);
    const dated = on !== undefined ? { date: toDay(on) } : undefined;
    const approvers = Array.isArray(decision.approvers)
      ? decision.approvers
      : [];
    if (decision.decision === 'no_go') {
      return fail('release', {
        key: dated ? 'goNoGo.noGoOn' : 'goNoGo.noGo',
        params: { version, ...dated },
      });
    }
    if (approvers.length === 0) {
      return fail('release', {
        key: 'goNoGo.noApprovers',
        params: { version },
      });
    }
    const key =
      decision.decision === 'go' ? 'goNoGo.go' : 'goNoGo.goWithReservations';
    return pass(
      'release',
      {
        key: dated ? `${key}On` : key,
        params: { version, ...dated, approvers: listParam(approvers) },
      },
      { evidence: approvers.map(a => ({ label: 'approver', value: a })) },
    );
  }
  const attested = checkReleaseAttestation(
    { kind: 'releaseAttestation' },
    ctx,
    def,
  );
  if (attested.status === 'unknown') {
    return fail('release', { key: 'goNoGo.none', params: { version } });
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
    return fail('metadata', {
      key: 'metadata.missing',
      params: { fields: 'serviceHours' },
    });
  }
  if (!ctx.is24x7) {
    return pass('metadata', {
      key: 'coverage.notNeeded',
      params: { hours },
    });
  }
  const problems: Message[] = [];
  if (!ON_CALL_ANNOTATIONS.some(k => annotationValue(ctx.entity, k))) {
    problems.push({ key: 'coverage.noOnCall' });
  }
  const offHours = ctx.operations.supportHours?.offHours;
  if (offHours !== 'on-call') {
    problems.push(
      offHours
        ? { key: 'coverage.offHours', params: { offHours } }
        : { key: 'coverage.offHoursNotDeclared' },
    );
  }
  if (problems.length > 0) {
    return fail('metadata', {
      key: problems.length === 1 ? 'coverage.gap' : 'coverage.gaps',
      params: {
        ...nestMessage('gap', problems[0]),
        ...(problems[1] ? nestMessage('other', problems[1]) : {}),
      },
    });
  }
  return pass('metadata', { key: 'coverage.ok' });
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
      ? fail('release', {
          key: 'hypercare.none',
          params: { version: release.version },
        })
      : attested;
  }
  const start = parseTime(hc.start);
  const end = parseTime(hc.end);
  const standby = Array.isArray(hc.buildStandby) ? hc.buildStandby : [];
  const exit = Array.isArray(hc.exitCriteria) ? hc.exitCriteria : [];
  const missing: Message[] = [];
  if (start === undefined || end === undefined || end < start) {
    missing.push({ key: 'hypercare.period' });
  }
  if (standby.length === 0) {
    missing.push({ key: 'hypercare.standby' });
  }
  if (exit.length === 0) {
    missing.push({ key: 'hypercare.exitCriteria' });
  }
  if (missing.length > 0) {
    return fail('release', {
      key: 'hypercare.lacks',
      params: {
        version: release.version,
        ...nestMessage('missing', combineMessages(missing, 'commaList')),
      },
    });
  }
  return pass('release', {
    key: 'hypercare.planned',
    params: {
      start: toDay(start!),
      end: toDay(end!),
      standby: listParam(standby),
      exit: exit.length,
    },
  });
};

/** SUP-06: every vendor has a support contract end date in the future. */
const vendorSupportValid: Rule = ctx => {
  if (!ctx.operations) {
    return unknown('metadata', NO_METADATA_MESSAGE);
  }
  const vendors = ctx.operations.vendors;
  if (!Array.isArray(vendors)) {
    return fail('metadata', { key: 'vendors.notDeclared' });
  }
  if (vendors.length === 0) {
    return notApplicable('metadata', { key: 'vendors.none' });
  }
  const problems: Message[] = [];
  const ends: Array<{ name: string; ms: number }> = [];
  for (const v of vendors) {
    // An empty name renders as "unnamed vendor" in the reader's language.
    const name = v?.name || '';
    const ms = parseTime(v?.supportExpiresAt);
    if (ms === undefined) {
      problems.push({ key: 'vendor.noEndDate', params: { name } });
    } else if (ms <= ctx.nowMs) {
      problems.push({
        key: 'vendor.expired',
        params: { name, date: toDay(ms) },
      });
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
    return fail('metadata', combineMessages(problems), {
      evidence,
      changesAt,
    });
  }
  ends.sort((a, b) => a.ms - b.ms);
  const first = ends[0];
  const expiresAt = toIso(first.ms);
  const warnMs = ctx.model.staleness.warnBeforeDays * DAY_MS;
  const list = nestMessage(
    'ends',
    combineMessages(
      ends.map(e => ({
        key: 'vendor.until',
        params: { name: e.name, date: toDay(e.ms) },
      })),
      'commaList',
    ),
  );
  if (first.ms - ctx.nowMs <= warnMs) {
    return {
      status: 'expiring',
      credit: 1,
      source: 'metadata',
      ...reasonFields({
        key: 'vendor.expiring',
        params: { name: first.name, date: toDay(first.ms), ...list },
      }),
      evidence,
      expiresAt,
      changesAt,
    };
  }
  return pass(
    'metadata',
    { key: 'vendors.valid', params: list },
    {
      evidence,
      expiresAt,
      changesAt,
    },
  );
};

/** KT-03: at least two trained people (bus factor). */
const enoughTrainedPeople: Rule = ctx => {
  if (!ctx.operations) {
    return unknown('metadata', NO_METADATA_MESSAGE);
  }
  const n = ctx.operations.trainedPeople;
  if (typeof n !== 'number' || Number.isNaN(n)) {
    return fail('metadata', {
      key: 'metadata.missing',
      params: { fields: 'trainedPeople' },
    });
  }
  if (n < MIN_TRAINED_PEOPLE) {
    return fail('metadata', {
      key: 'trained.tooFew',
      params: { count: n, min: MIN_TRAINED_PEOPLE },
    });
  }
  return pass(
    'metadata',
    { key: 'trained.enough', params: { count: n } },
    {
      evidence: [{ label: 'trained people', value: String(n) }],
    },
  );
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
    return unknown('catalog', {
      key: 'rule.notImplemented',
      params: { name },
    });
  }
  return rule(ctx, def);
}
