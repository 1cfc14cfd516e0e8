/*
 * English message catalogue of the readiness engine: the single source of the English `reason`, verdict and gate
 * sentences. Placeholders: `{name}` (as is), `{name:date}` (an ISO day), `{name:list}` (a newline-separated list),
 * `{name:or}` (list joined with "or"), `{name:days}` (a number of days), `{name:json}` (quoted), `{name:msg}` (a
 * nested message whose key is the param and whose params are prefixed `name.`).
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
} as const;

/** A key of the readiness message catalogue. */
export type MessageKey = keyof typeof MESSAGES_EN;
