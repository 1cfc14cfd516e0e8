/*
 * English message catalogue of the readiness engine: the single source of the English `reason`, verdict and gate
 * sentences. Placeholders: `{name}` (as is), `{name:date}` (an ISO day), `{name:list}` (a newline-separated list),
 * `{name:or}` / `{name:and}` (list joined with "or" / "and"), `{name:json}` (quoted), `{name:msg}` (a nested message
 * whose key is the param and whose params are prefixed `name.`), `{n:days}`, `{n:trainedPeople}`, `{n:exitCriteria}`
 * (a count with its unit), and enumerations translated per language (`{s:status}`, `{t:changeType}`, `{s:approval}`,
 * `{k:releaseKind}`, `{r:role}`, `{p:person}`, `{v:vendor}`, `{k:entityKind}`; see ENUM_TEXT in index.ts).
 * `combined` and `commaList` are separators that join nested messages (see combineMessages).
 */
export const MESSAGES_EN = {
  combined: '; ',
  'metadata.none': 'operational metadata not entered yet',
  'metadata.missing': 'missing: {fields:list}',
  'metadata.set': '{fields:list} set',
  'applies.kinds': 'applies to {kinds:list} entities, not {kind}',
  'applies.kindsUnknown': 'applies to {kinds:list} entities, not this kind',
  'applies.tiers': 'not required for tier {tier} (applies to {tiers:list})',
  waived:
    'waived until {until:date} ({waiverReason}); without the waiver: {without:msg}',
  text: '{text}',
  'release.none': 'no production release in progress',
  'annotation.set': 'annotation {keys:list} is set',
  'annotation.notSet': 'annotation {key} is not set',
  'annotation.noneSet': 'none of the annotations {keys:list} is set',
  'annotation.noMatch': 'annotation {values:list} does not match /{pattern}/',
  'link.found': 'link of type {types:or}: {link}',
  'link.noMatch':
    'link of type {types:or} found but its URL does not match /{pattern}/',
  'link.none': 'no link of type {types:or}',
  'specField.notSet': '{path} is not set',
  'specField.unexpected':
    '{path} is {value:json}, expected one of {values:list}',
  'specField.set': '{path} is set ({value})',
  'attestation.none': 'no attestation recorded ({subject})',
  'releaseAttestation.none': 'no attestation recorded for release {version}',
  'check.failed': 'could not be evaluated: {error}',
  // Legacy: no longer produced (see verdict.blocker), kept so that stored evaluations still render.
  'verdict.blocking':
    '{id} "{title}" is blocking for {tier} and {status:status}: {reason:msg}.',
  'verdict.noActionPlan':
    'No action plan (an open action due today or later) for {ids:list}: reservations need one, so the entity is not ready.',
  'verdict.tierAssumed':
    'Tier not declared: evaluated as {tier}, the strictest tier.',
  'verdict.belowReservations':
    'Score {score} is below the {tier} threshold for reservations ({threshold}).',
  'verdict.ready':
    'No blocking gap and score {score} reaches the {tier} ready-for-run threshold ({threshold}).',
  'verdict.withReservations':
    'Score {score} is below the {tier} ready-for-run threshold ({readyForRun}) but reaches the threshold for reservations ({withReservations}).',
  'gate.notReady.goNoGo':
    'The application is not ready for run: a release should not go onto it.',
  'gate.notReady.goNoGo.ids':
    'The application is not ready for run (blocking: {ids:list}): a release should not go onto it.',
  'gate.notReady.handover':
    'The application is not ready for run: the run team cannot take it over.',
  'gate.notReady.handover.ids':
    'The application is not ready for run (blocking: {ids:list}): the run team cannot take it over.',
  'gate.runReadiness': 'run readiness',
  'gate.runReadiness.ids': 'run readiness: fix or waive {ids:list}',
  'gate.runWithReservations':
    'The application is ready for run with reservations.',
  'gate.signature': 'signature of the {role}',
  'gate.missingCriterion': '{id} {title}: {reason:msg}',
  'gate.allGoNoGoMet': 'Every go/no-go criterion of release {version} is met.',
  'gate.allHandoverMet':
    'Every hand-over criterion of release {version} is met and the hand-over is signed.',
  'gate.handoverNotSigned':
    'The hand-over of release {version} is not signed by every required role.',
  commaList: ', ',
  'owner.none': 'no owner',
  'owner.notSet': 'spec.owner is not set',
  'owner.invalidRef': 'spec.owner {value} is not a valid entity reference',
  'owner.missing': 'owner {ref} does not exist in the catalog',
  'owner.missingNotGroup':
    'owner {ref} does not exist in the catalog, and an owner must be a Group, not a {kind}',
  'owner.notGroup':
    'owner {ref} is a {kind}, not a Group: the accountable owner must be a team',
  'owner.notLookedUp': 'owner {ref} was not looked up in the catalog',
  'owner.found': 'owned by {ref}',
  'owner.unreachable': 'no owner to reach: {problem:msg}',
  'owner.missingUnreachable':
    'owner {ref} does not exist in the catalog, so it cannot be reached',
  'owner.email': 'owner {ref} has the e-mail address {email}',
  'owner.chat': 'owner {ref} has a chat link: {link}',
  'owner.noContact':
    'owner {ref} has neither spec.profile.email nor a link of type chat',
  'onCall.notRequired':
    'service hours are "{hours}" (not 24x7) and the tier is {tier}: no on-call required',
  'backup.declared': 'backup policy declared on {resources:list}',
  'backup.missing':
    'no {annotation} annotation on {resources:list}; {attestation:msg}',
  'change.noRef': 'release {version} has no change reference (RFC)',
  'change.standard':
    'standard (pre-approved) change {ref} recorded for release {version}',
  'change.rejected': '{type:changeType} change {ref} was rejected',
  'change.rejectedOn':
    '{type:changeType} change {ref} was rejected on {date:date}',
  'change.notApproved':
    '{type:changeType} change {ref} is not approved yet ({status:approval})',
  'change.noApprovalDate':
    '{type:changeType} change {ref} is marked approved without an approval date',
  'change.approved': '{type:changeType} change {ref} approved on {date:date}',
  'handover.unsigned':
    'hand-over of release {version} lacks the signature of the {roles}',
  'handover.signed': 'hand-over of release {version} signed by {signers}',
  'goNoGo.noGo': 'go/no-go for release {version} decided no-go',
  'goNoGo.noGoOn':
    'go/no-go for release {version} decided no-go on {date:date}',
  'goNoGo.noApprovers':
    'go/no-go for release {version} recorded without approvers',
  'goNoGo.go': 'go for release {version}, approved by {approvers:list}',
  'goNoGo.goOn':
    'go for release {version} on {date:date}, approved by {approvers:list}',
  'goNoGo.goWithReservations':
    'go with reservations for release {version}, approved by {approvers:list}',
  'goNoGo.goWithReservationsOn':
    'go with reservations for release {version} on {date:date}, approved by {approvers:list}',
  'goNoGo.none': 'no go/no-go decision recorded for release {version}',
  'coverage.notNeeded': 'service hours "{hours}" need no off-hours coverage',
  'coverage.noOnCall': 'no on-call service is mapped (INC-01)',
  'coverage.offHours': 'off-hours support is "{offHours}", not on-call',
  'coverage.offHoursNotDeclared':
    'off-hours support is not declared, not on-call',
  'coverage.gap': '24x7 service, but {gap:msg}',
  'coverage.gaps': '24x7 service, but {gap:msg} and {other:msg}',
  'coverage.ok': '24x7 service with on-call and off-hours support',
  'hypercare.none': 'release {version} has no hypercare plan',
  'hypercare.period': 'a valid period',
  'hypercare.standby': 'build-side standby contacts',
  'hypercare.exitCriteria': 'exit criteria',
  'hypercare.lacks': 'hypercare plan of release {version} lacks {missing:msg}',
  'hypercare.planned':
    'hypercare from {start:date} to {end:date}, standby {standby:list}, {exit:exitCriteria}',
  'vendors.notDeclared':
    'vendors not declared (declare an empty list when there is no third party)',
  'vendors.none': 'no third-party vendor declared',
  'vendors.valid': 'vendor support valid: {ends:msg}',
  'vendor.noEndDate': '{name:vendor} has no support end date',
  'vendor.expired': 'support of {name:vendor} expired on {date:date}',
  'vendor.until': '{name:vendor} until {date:date}',
  'vendor.expiring':
    'support of {name:vendor} ends on {date:date}: renew the contract ({ends:msg})',
  'trained.tooFew': 'only {count:trainedPeople}, at least {min} needed',
  'trained.enough': '{count:trainedPeople}',
  'rule.notImplemented': 'rule {name} is not implemented',
  'relation.none': 'no relation {type}',
  'relation.noneOfKind': 'no relation {type} to a {kinds:or}',
  'relation.wrongKind':
    'relation {type} targets {targets:list}, not to a {kinds:or}',
  'relation.found': 'relation {type} to {targets:list}',
  'relation.notLookedUp': '{refs:list} was not looked up in the catalog',
  'relation.missing': '{type} target {refs:list} does not exist in the catalog',
  'roles.unassigned': 'not assigned: {roles:role}',
  'roles.invalidRef': '{role:role} {value} is not a valid entity reference',
  'roles.missing': '{role:role} {ref} does not exist in the catalog',
  'roles.wrongKind': '{role:role} {ref} is not a User or a Group',
  'roles.ref': '{role:role} {ref}',
  'roles.notLookedUp': 'not looked up in the catalog: {roles:msg}',
  'roles.assigned': 'assigned: {roles:msg}',
  'attested.today': '{subject} attested today',
  'attested.ago': '{subject} attested {days:days} ago',
  'attestation.nonCompliant': '{subject} attested non-compliant on {date:date}',
  'attestation.nonCompliantComment':
    '{subject} attested non-compliant on {date:date}: {comment}',
  'attestation.badState': 'attestation state {state} is not understood',
  'attestation.noEvidence':
    '{attested:msg} without evidence, and this criterion requires evidence',
  'attestation.unsigned': '{attested:msg} but {problem:msg}',
  'attestation.noExpiry':
    '{attested:msg} without an expiry date, and this criterion requires the end date of the decision',
  'attestation.freshness': '{attested:msg}, {validity:msg}; {detail:msg}',
  'validity.explicit': 'expiry {date:date} set on the attestation',
  'validity.tier': 'validity {days:days} ({tier})',
  'freshness.expiredOn': 'expired on {date:date}',
  'freshness.valid': 'valid until {date:date}',
  'freshness.expiring': 'expires on {date:date} (in {days:days}): renew it',
  'freshness.grace':
    '{end:msg}; in grace until {date:date} (credit {credit}): re-attest',
  'freshness.stale':
    '{end:msg}; the grace period ended on {date:date}: re-attest',
  'invalidated.majorRelease':
    'invalidated by major release {version} deployed on {date:date}',
  'invalidated.opsOwner':
    'invalidated by the change of ops owner on {date:date}',
  'countersign.awaited':
    'awaits the countersignature of {who}, someone other than the assessor {assessor:person}',
  'countersign.self':
    'was countersigned by its own assessor {assessor}: the countersignature of {who} must come from someone else',
  'countersign.attestedBut': 'was attested but {problem:msg}',
  'signer.wrong':
    'must be signed by the {role:role} {holder}, but was signed by {signers:and}',
  'signer.nobody':
    'must be signed by the {role:role} {holder}, but was signed by nobody',
  declaredNA: 'declared not applicable: {justification}',
  'declaredNA.unjustified': 'declared not applicable without a justification',
  'declaredNA.expired':
    'the not-applicable declaration expired on {date:date}: re-assess',
  'releaseAttestation.nonCompliant':
    'attested non-compliant for release {version} on {date:date}',
  'releaseAttestation.nonCompliantComment':
    'attested non-compliant for release {version} on {date:date}: {comment}',
  'releaseAttestation.problem':
    'attestation for release {version} {problem:msg}',
  'releaseAttestation.ok': 'attested for release {version} on {date:date}',
  'releaseAttestation.okBy':
    'attested for release {version} on {date:date} by {by}',
  'check.empty': 'empty {kind} check',
  'check.unsupported': 'check kind {kind} is not supported',
  'stateful.declared': 'declared stateful',
  'stateful.resource': '{ref} is a {type} resource',
  'stateful.dependsOn': 'depends on {resources:list}',
  'stateful.despiteDeclared': '{because:msg}, although declared stateless',
  'stateful.assumed':
    'statefulness not declared: assumed stateful (declare `stateful: false` if the application keeps no data)',
  'stateless.declared': 'declared stateless',
  'applies.statefulOnly': 'applies to stateful applications only: {why:msg}',
  'applies.statelessOnly': 'applies to stateless applications only: {why:msg}',
  withStatefulness: '{reason:msg} ({why:msg})',
  'exemption.awaiting':
    'declared not applicable by {by:person} ({justification}): a blocking criterion is exempted only once an approver other than the declarer approves it; awaiting approval',
  'exemption.reviewPassed':
    "declared not applicable by {by:person} ({justification}), approved by {approver}: the exemption's review date {date:date} has passed; review it and declare it again",
  'exemption.approved': '{reason:msg} (exemption approved by {approver})',
  'exemption.approvedReview':
    '{reason:msg} (exemption approved by {approver}, review by {date:date})',
  'blocking.tier': 'for {tier}',
  'blocking.24x7': 'for 24x7 services',
  'blocking.releaseKind': 'for {tier} {kind:releaseKind} releases',
  'blocking.handover': 'at the hand-over of release {version}',
  'verdict.blocker':
    '{id} "{title}" is blocking {when:msg} and {status:status}: {reason:msg}.',
  'verdict.reservationWaived':
    '{id} "{title}" is blocking {when:msg} and {status:status} until {until:date}: a reservation.',
  'verdict.reservationGrace':
    '{id} "{title}" is blocking {when:msg} and {status:status}: a reservation until it is re-attested.',
  'verdict.outOfScope':
    '{kind:entityKind} entities are outside the readiness model, which covers {kinds:list}: nothing to evaluate.',
  'verdict.outOfScopeNoKind':
    '{kind:entityKind} entities are outside the readiness model, which covers no kind: nothing to evaluate.',
  'verdict.nothingApplicable':
    'No applicable criterion: nothing shows that this entity is ready.',
  'window.noPlannedDate': 'release {version} has no valid planned date',
  'window.describe': '{days} {start} for {minutes} min {timezone}',
  'window.outside':
    'planned slot {slot} is outside the maintenance windows ({windows:msg})',
  'window.freeze':
    'planned slot {slot} falls in the freeze period {from} – {to}',
  'window.freezeReason':
    'planned slot {slot} falls in the freeze period {from} – {to} ({reason})',
  'gate.windowConflict':
    'The window of this normal change of a T1 conflicts: {conflicts:msg}.',
  'gate.windowWithoutConflict':
    'a release window without conflict: {conflicts:msg}',
  'gate.windowReservation':
    'The window conflicts (a reservation for a {changeType:changeType} change of a {tier}): {conflicts:msg}.',
  'gate.reservationWaived':
    '{id} "{title}" is waived until {until:date}: a reservation.',
  'gate.reservationGrace':
    '{id} "{title}" is in grace: a reservation until it is re-attested.',
  'lifecycle.productionNotHandedOver':
    'The catalog says `lifecycle: production`, but no release was ever handed over to the run team (no signed hand-over).',
  'lifecycle.experimentalHandedOver':
    'Handed over to the run team on {date:date}, but the catalog still says `lifecycle: experimental`.',
  'lifecycle.experimentalHandedOverRelease':
    'Handed over to the run team on {date:date} (release {version}), but the catalog still says `lifecycle: experimental`.',
} as const;

/** A key of the readiness message catalogue. */
export type MessageKey = keyof typeof MESSAGES_EN;
