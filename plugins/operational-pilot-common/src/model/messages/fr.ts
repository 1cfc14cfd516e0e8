/*
 * French message catalogue of the readiness engine. Typed against the English one, so a missing key does not
 * compile; a test also checks it at run time.
 */
import type { MessageKey } from './en';

export const MESSAGES_FR: Record<MessageKey, string> = {
  combined: ' ; ',
  'metadata.none': 'métadonnées opérationnelles pas encore saisies',
  'metadata.missing': 'manquant : {fields:list}',
  'metadata.set': '{fields:list} renseigné(s)',
  'applies.kinds': 's’applique aux entités {kinds:list}, pas {kind}',
  'applies.kindsUnknown': 's’applique aux entités {kinds:list}, pas à ce type',
  'applies.tiers': 'non requis pour le tier {tier} (s’applique à {tiers:list})',
  waived:
    'dérogation jusqu’au {until:date} ({waiverReason}) ; sans la dérogation : {without:msg}',
  text: '{text}',
  'release.none': 'aucune mise en production en cours',
  'annotation.set': 'annotation {keys:list} présente',
  'annotation.notSet': 'annotation {key} absente',
  'annotation.noneSet': 'aucune des annotations {keys:list} n’est présente',
  'annotation.noMatch':
    'l’annotation {values:list} ne correspond pas à /{pattern}/',
  'link.found': 'lien de type {types:or} : {link}',
  'link.noMatch':
    'lien de type {types:or} trouvé mais son URL ne correspond pas à /{pattern}/',
  'link.none': 'aucun lien de type {types:or}',
  'specField.notSet': '{path} n’est pas renseigné',
  'specField.unexpected':
    '{path} vaut {value:json}, valeurs attendues : {values:list}',
  'specField.set': '{path} est renseigné ({value})',
  'attestation.none': 'aucune attestation enregistrée ({subjectFr})',
  'releaseAttestation.none':
    'aucune attestation enregistrée pour la version {version}',
  'check.failed': 'n’a pas pu être évalué : {error}',
  'verdict.blocking':
    '{id} « {titleFr} » est bloquant pour {tier} et {status:status} : {reason:msg}.',
  'verdict.noActionPlan':
    'Pas de plan d’action (une action ouverte due aujourd’hui ou plus tard) pour {ids:list} : les réserves en exigent un, l’entité n’est donc pas prête.',
  'verdict.tierAssumed':
    'Tier non déclaré : évalué en {tier}, le tier le plus strict.',
  'verdict.belowReservations':
    'Le score {score} est sous le seuil {tier} pour un prêt avec réserves ({threshold}).',
  'verdict.ready':
    'Aucun écart bloquant et le score {score} atteint le seuil {tier} de prêt pour le run ({threshold}).',
  'verdict.withReservations':
    'Le score {score} est sous le seuil {tier} de prêt pour le run ({readyForRun}) mais atteint le seuil du prêt avec réserves ({withReservations}).',
  'gate.notReady.goNoGo':
    'L’application n’est pas prête pour le run : aucune version ne devrait y être déployée.',
  'gate.notReady.goNoGo.ids':
    'L’application n’est pas prête pour le run (bloquants : {ids:list}) : aucune version ne devrait y être déployée.',
  'gate.notReady.handover':
    'L’application n’est pas prête pour le run : l’équipe d’exploitation ne peut pas la reprendre.',
  'gate.notReady.handover.ids':
    'L’application n’est pas prête pour le run (bloquants : {ids:list}) : l’équipe d’exploitation ne peut pas la reprendre.',
  'gate.runReadiness': 'prêt pour le run',
  'gate.runReadiness.ids': 'prêt pour le run : corriger ou déroger {ids:list}',
  'gate.runWithReservations':
    'L’application est prête pour le run avec réserves.',
  'gate.signature': 'signature du {roleFr}',
  'gate.missingCriterion': '{id} {titleFr} : {reason:msg}',
  'gate.allGoNoGoMet':
    'Tous les critères de go/no-go de la version {version} sont remplis.',
  'gate.allHandoverMet':
    'Tous les critères de passage en run de la version {version} sont remplis et le passage en run est signé.',
  'gate.handoverNotSigned':
    'Le passage en run de la version {version} n’est pas signé par tous les rôles requis.',
};
