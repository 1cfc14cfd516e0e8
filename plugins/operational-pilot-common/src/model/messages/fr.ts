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
  commaList: ', ',
  'owner.none': 'aucun propriétaire',
  'owner.notSet': 'spec.owner n’est pas renseigné',
  'owner.invalidRef':
    'spec.owner {value} n’est pas une référence d’entité valide',
  'owner.missing': 'le propriétaire {ref} n’existe pas dans le catalogue',
  'owner.missingNotGroup':
    'le propriétaire {ref} n’existe pas dans le catalogue, et un propriétaire doit être un Group, pas un {kind}',
  'owner.notGroup':
    'le propriétaire {ref} est un {kind}, pas un Group : le propriétaire responsable doit être une équipe',
  'owner.notLookedUp':
    'le propriétaire {ref} n’a pas été recherché dans le catalogue',
  'owner.found': 'propriétaire : {ref}',
  'owner.unreachable': 'aucun propriétaire à joindre : {problem:msg}',
  'owner.missingUnreachable':
    'le propriétaire {ref} n’existe pas dans le catalogue : impossible de le joindre',
  'owner.email': 'le propriétaire {ref} a l’adresse e-mail {email}',
  'owner.chat': 'le propriétaire {ref} a un lien de messagerie : {link}',
  'owner.noContact':
    'le propriétaire {ref} n’a ni spec.profile.email ni lien de type chat',
  'onCall.notRequired':
    'horaires de service « {hours} » (pas 24x7) et tier {tier} : aucune astreinte requise',
  'backup.declared': 'politique de sauvegarde déclarée sur {resources:list}',
  'backup.missing':
    'pas d’annotation {annotation} sur {resources:list} ; {attestation:msg}',
  'change.noRef':
    'la version {version} n’a pas de référence de changement (RFC)',
  'change.standard':
    'changement standard (pré-approuvé) {ref} enregistré pour la version {version}',
  'change.rejected': 'changement {type:changeType} {ref} refusé',
  'change.rejectedOn':
    'changement {type:changeType} {ref} refusé le {date:date}',
  'change.notApproved':
    'changement {type:changeType} {ref} pas encore approuvé ({status:approval})',
  'change.noApprovalDate':
    'changement {type:changeType} {ref} marqué approuvé sans date d’approbation',
  'change.approved':
    'changement {type:changeType} {ref} approuvé le {date:date}',
  'handover.unsigned':
    'il manque au passage en run de la version {version} la signature du {rolesFr}',
  'handover.signed':
    'passage en run de la version {version} signé par {signersFr}',
  'goNoGo.noGo': 'go/no-go de la version {version} : décision no-go',
  'goNoGo.noGoOn':
    'go/no-go de la version {version} : décision no-go le {date:date}',
  'goNoGo.noApprovers':
    'go/no-go de la version {version} enregistré sans approbateur',
  'goNoGo.go': 'go pour la version {version}, approuvé par {approvers:list}',
  'goNoGo.goOn':
    'go pour la version {version} le {date:date}, approuvé par {approvers:list}',
  'goNoGo.goWithReservations':
    'go avec réserves pour la version {version}, approuvé par {approvers:list}',
  'goNoGo.goWithReservationsOn':
    'go avec réserves pour la version {version} le {date:date}, approuvé par {approvers:list}',
  'goNoGo.none':
    'aucune décision de go/no-go enregistrée pour la version {version}',
  'coverage.notNeeded':
    'les horaires de service « {hours} » ne demandent pas de couverture hors heures ouvrées',
  'coverage.noOnCall': 'aucun service d’astreinte n’est associé (INC-01)',
  'coverage.offHours':
    'le support hors heures ouvrées est « {offHours} », pas une astreinte',
  'coverage.offHoursNotDeclared':
    'le support hors heures ouvrées n’est pas déclaré (pas d’astreinte)',
  'coverage.gap': 'service 24x7, mais {gap:msg}',
  'coverage.gaps': 'service 24x7, mais {gap:msg} et {other:msg}',
  'coverage.ok': 'service 24x7 avec astreinte et support hors heures ouvrées',
  'hypercare.none': 'la version {version} n’a pas de plan d’hypercare',
  'hypercare.period': 'une période valide',
  'hypercare.standby': 'les contacts d’astreinte côté build',
  'hypercare.exitCriteria': 'les critères de sortie',
  'hypercare.lacks':
    'il manque au plan d’hypercare de la version {version} : {missing:msg}',
  'hypercare.planned':
    'hypercare du {start:date} au {end:date}, astreinte build {standby:list}, {exit:exitCriteria}',
  'vendors.notDeclared':
    'fournisseurs non déclarés (déclarez une liste vide s’il n’y a aucun tiers)',
  'vendors.none': 'aucun fournisseur tiers déclaré',
  'vendors.valid': 'support des fournisseurs valide : {ends:msg}',
  'vendor.noEndDate': '{name:vendor} n’a pas de date de fin de support',
  'vendor.expired': 'le support de {name:vendor} a expiré le {date:date}',
  'vendor.until': '{name:vendor} jusqu’au {date:date}',
  'vendor.expiring':
    'le support de {name:vendor} se termine le {date:date} : renouvelez le contrat ({ends:msg})',
  'trained.tooFew':
    'seulement {count:trainedPeople}, au moins {min} nécessaires',
  'trained.enough': '{count:trainedPeople}',
  'rule.notImplemented': 'la règle {name} n’est pas implémentée',
  'relation.none': 'aucune relation {type}',
  'relation.noneOfKind': 'aucune relation {type} vers un {kinds:or}',
  'relation.wrongKind':
    'la relation {type} vise {targets:list}, pas un {kinds:or}',
  'relation.found': 'relation {type} vers {targets:list}',
  'relation.notLookedUp': '{refs:list} n’a pas été recherché dans le catalogue',
  'relation.missing':
    'la cible {refs:list} de {type} n’existe pas dans le catalogue',
  'roles.unassigned': 'non attribué : {roles:role}',
  'roles.invalidRef':
    '{role:role} {value} n’est pas une référence d’entité valide',
  'roles.missing': '{role:role} {ref} n’existe pas dans le catalogue',
  'roles.wrongKind': '{role:role} {ref} n’est ni un User ni un Group',
  'roles.ref': '{role:role} {ref}',
  'roles.notLookedUp': 'non recherché dans le catalogue : {roles:msg}',
  'roles.assigned': 'attribué : {roles:msg}',
  'attested.today': '{subjectFr} : attestation du jour',
  'attested.ago': '{subjectFr} : attestation datant de {days:days}',
  'attestation.nonCompliant':
    '{subjectFr} : attesté non conforme le {date:date}',
  'attestation.nonCompliantComment':
    '{subjectFr} : attesté non conforme le {date:date} : {comment}',
  'attestation.badState': 'état d’attestation {state} non reconnu',
  'attestation.noEvidence':
    '{attested:msg} sans preuve, alors que ce critère en exige une',
  'attestation.unsigned': '{attested:msg} mais {problem:msg}',
  'attestation.noExpiry':
    '{attested:msg} sans date d’expiration, alors que ce critère exige la date de fin de la décision',
  'attestation.freshness': '{attested:msg}, {validity:msg} ; {detail:msg}',
  'validity.explicit': 'expiration au {date:date} fixée sur l’attestation',
  'validity.tier': 'validité {days:days} ({tier})',
  'freshness.expiredOn': 'expirée le {date:date}',
  'freshness.valid': 'valide jusqu’au {date:date}',
  'freshness.expiring':
    'expire le {date:date} (dans {days:days}) : à renouveler',
  'freshness.grace':
    '{end:msg} ; en période de grâce jusqu’au {date:date} (crédit {credit}) : attestez de nouveau',
  'freshness.stale':
    '{end:msg} ; la période de grâce a pris fin le {date:date} : attestez de nouveau',
  'invalidated.majorRelease':
    'invalidée par la version majeure {version} déployée le {date:date}',
  'invalidated.opsOwner':
    'invalidée par le changement de responsable d’exploitation le {date:date}',
  'countersign.awaited':
    'en attente de la contre-signature {whoFr}, une autre personne que l’évaluateur {assessor:person}',
  'countersign.self':
    'contre-signée par son propre évaluateur {assessor} : la contre-signature {whoFr} doit venir d’une autre personne',
  'countersign.attestedBut': 'est enregistrée mais {problem:msg}',
  'signer.wrong':
    'doit être signée par le titulaire du rôle {role:role} ({holder}), mais a été signée par {signers:and}',
  'signer.nobody':
    'doit être signée par le titulaire du rôle {role:role} ({holder}), mais n’a été signée par personne',
  declaredNA: 'déclaré non applicable : {justification}',
  'declaredNA.unjustified': 'déclaré non applicable sans justification',
  'declaredNA.expired':
    'la déclaration de non-applicabilité a expiré le {date:date} : à réévaluer',
  'releaseAttestation.nonCompliant':
    'attesté non conforme pour la version {version} le {date:date}',
  'releaseAttestation.nonCompliantComment':
    'attesté non conforme pour la version {version} le {date:date} : {comment}',
  'releaseAttestation.problem':
    'l’attestation de la version {version} {problem:msg}',
  'releaseAttestation.ok': 'attesté pour la version {version} le {date:date}',
  'releaseAttestation.okBy':
    'attesté pour la version {version} le {date:date} par {by}',
  'check.empty': 'vérification {kind} vide',
  'check.unsupported': 'type de vérification {kind} non pris en charge',
  'stateful.declared': 'déclarée avec état',
  'stateful.resource': '{ref} est une ressource {type}',
  'stateful.dependsOn': 'dépend de {resources:list}',
  'stateful.despiteDeclared': '{because:msg}, bien que déclarée sans état',
  'stateful.assumed':
    'état non déclaré : application supposée avec état (déclarez `stateful: false` si elle ne conserve aucune donnée)',
  'stateless.declared': 'déclarée sans état',
  'applies.statefulOnly':
    'ne s’applique qu’aux applications avec état : {why:msg}',
  'applies.statelessOnly':
    'ne s’applique qu’aux applications sans état : {why:msg}',
  withStatefulness: '{reason:msg} ({why:msg})',
  'exemption.awaiting':
    'déclaré non applicable par {by:person} ({justification}) : un critère bloquant n’est exempté qu’une fois approuvé par une autre personne que le déclarant ; approbation en attente',
  'exemption.reviewPassed':
    'déclaré non applicable par {by:person} ({justification}), approuvé par {approver} : la date de revue de l’exemption ({date:date}) est passée ; revoyez-la et déclarez-la de nouveau',
  'exemption.approved': '{reason:msg} (exemption approuvée par {approver})',
  'exemption.approvedReview':
    '{reason:msg} (exemption approuvée par {approver}, à revoir d’ici le {date:date})',
  'blocking.tier': 'pour {tier}',
  'blocking.24x7': 'pour les services 24x7',
  'blocking.releaseKind': 'pour les versions {kind:releaseKind} en {tier}',
  'blocking.handover': 'au passage en run de la version {version}',
  'verdict.blocker':
    '{id} « {titleFr} » est bloquant {when:msg} et {status:status} : {reason:msg}.',
  'verdict.reservationWaived':
    '{id} « {titleFr} » est bloquant {when:msg} et {status:status} jusqu’au {until:date} : c’est une réserve.',
  'verdict.reservationGrace':
    '{id} « {titleFr} » est bloquant {when:msg} et {status:status} : c’est une réserve jusqu’à une nouvelle attestation.',
  'verdict.outOfScope':
    'Les entités {kind:entityKind} sont hors du modèle de préparation, qui couvre {kinds:list} : rien à évaluer.',
  'verdict.outOfScopeNoKind':
    'Les entités {kind:entityKind} sont hors du modèle de préparation, qui ne couvre aucun type : rien à évaluer.',
  'verdict.nothingApplicable':
    'Aucun critère applicable : rien ne montre que cette entité est prête.',
  'window.noPlannedDate': 'la version {version} n’a pas de date prévue valide',
  'window.describe': '{days} {start} pendant {minutes} min {timezone}',
  'window.outside':
    'le créneau prévu {slot} est hors des fenêtres de maintenance ({windows:msg})',
  'window.freeze':
    'le créneau prévu {slot} tombe dans la période de gel {from} – {to}',
  'window.freezeReason':
    'le créneau prévu {slot} tombe dans la période de gel {from} – {to} ({reason})',
  'gate.windowConflict':
    'La fenêtre de ce changement normal d’un T1 est en conflit : {conflicts:msg}.',
  'gate.windowWithoutConflict':
    'une fenêtre de mise en production sans conflit : {conflicts:msg}',
  'gate.windowReservation':
    'La fenêtre est en conflit (une réserve pour un changement {changeType:changeType} d’un {tier}) : {conflicts:msg}.',
  'gate.reservationWaived':
    '{id} « {titleFr} » fait l’objet d’une dérogation jusqu’au {until:date} : c’est une réserve.',
  'gate.reservationGrace':
    '{id} « {titleFr} » est en période de grâce : c’est une réserve jusqu’à une nouvelle attestation.',
  'lifecycle.productionNotHandedOver':
    'Le catalogue indique `lifecycle: production`, mais aucune version n’a jamais été remise à l’équipe d’exploitation (aucun passage en run signé).',
  'lifecycle.experimentalHandedOver':
    'Remis à l’équipe d’exploitation le {date:date}, mais le catalogue indique toujours `lifecycle: experimental`.',
  'lifecycle.experimentalHandedOverRelease':
    'Remis à l’équipe d’exploitation le {date:date} (version {version}), mais le catalogue indique toujours `lifecycle: experimental`.',
};
