/*
 * French titles, how-to-fix texts and attestation subjects of every built-in criterion (English lives in
 * defaultCriteria.ts, the single English source). A test fails when a built-in criterion lacks an entry here.
 */

/** French texts of one criterion. */
export interface CriterionTextFr {
  title: string;
  howToFix: string;
  attestationSubject?: string;
}

export const CRITERIA_FR: Record<string, CriterionTextFr> = {
  'OWN-01': {
    title: 'Propriétaire responsable défini et résolu',
    howToFix:
      'Renseignez `spec.owner` dans catalog-info.yaml avec un Group existant (p. ex. `group:default/billing-team`), pas un User, et vérifiez que ce groupe est dans le catalogue.',
  },
  'OWN-02': {
    title: 'Équipe propriétaire joignable',
    howToFix:
      'Ajoutez `spec.profile.email` ou un lien de type `chat` à la fiche catalogue du Group propriétaire.',
  },
  'OWN-03': {
    title: 'Rôles du run attribués (POA, responsable d’exploitation, N1/N2/N3)',
    howToFix:
      'Dans l’onglet Operational Pilot, désignez le POA, le responsable d’exploitation et les groupes de support N1/N2/N3, avec des utilisateurs et groupes présents dans le catalogue.',
  },
  'OWN-04': {
    title: 'Contexte métier documenté',
    howToFix:
      'Renseignez `spec.system` et `metadata.description` dans catalog-info.yaml, et désignez le responsable métier dans l’onglet Operational Pilot.',
  },
  'OWN-05': {
    title: 'Criticité et profil de service déclarés',
    howToFix:
      'Dans l’onglet Operational Pilot, déclarez le tier, les horaires de service et les horaires de support.',
  },
  'OBS-01': {
    title: 'Tableau de bord lié',
    howToFix:
      'Ajoutez un lien de type `dashboard` à catalog-info.yaml, ou l’annotation `grafana/dashboard-selector` ou `datadoghq.com/dashboard-url`.',
  },
  'OBS-02': {
    title: 'Alerting branché sur l’entité',
    howToFix:
      'Ajoutez l’annotation `grafana/alert-label-selector`, `grafana/tag-selector` ou `prometheus.io/alert`, ou indiquez la source d’alerting dans l’onglet Operational Pilot.',
  },
  'OBS-03': {
    title: 'SLI/SLO définis',
    howToFix:
      'Saisissez le SLO de disponibilité dans l’onglet Operational Pilot, ou ajoutez un lien de type `slo`.',
  },
  'OBS-04': {
    title: 'Journaux centralisés et consultables',
    howToFix:
      'Ajoutez un lien de type `logs` (une requête Kibana ou Loki pour ce service) à catalog-info.yaml.',
  },
  'OBS-05': {
    title: 'Supervision de bout en bout / synthétique',
    howToFix:
      'Ajoutez un lien de type `uptime` vers le test synthétique, ou enregistrez une attestation avec un lien vers la sonde de bout en bout.',
    attestationSubject: 'supervision de bout en bout',
  },
  'OBS-06': {
    title: 'Alertes vérifiées en préproduction',
    howToFix:
      'Déclenchez les alertes critiques en préproduction et enregistrez une attestation avec le compte rendu du test, pour la version examinée ou pour l’année.',
    attestationSubject: 'test des alertes',
  },
  'INC-01': {
    title: 'Service d’astreinte référencé',
    howToFix:
      'Créez le service PagerDuty ou Opsgenie et ajoutez l’annotation `pagerduty.com/integration-key`, `pagerduty.com/service-id`, `opsgenie.com/team` ou `opsgenie.com/component-selector`.',
  },
  'INC-02': {
    title: 'Chaîne d’escalade valide et pourvue',
    howToFix:
      'Vérifiez la politique d’escalade (au moins deux niveaux, une personne d’astreinte maintenant) et enregistrez une attestation avec un lien vers elle.',
    attestationSubject: 'vérification de l’escalade',
  },
  'INC-03': {
    title: 'Runbooks / playbooks présents et relus',
    howToFix:
      'Ajoutez un lien de type `runbook` (ou publiez des TechDocs), puis relisez les runbooks et enregistrez une attestation de la relecture.',
    attestationSubject: 'relecture des runbooks',
  },
  'INC-04': {
    title: 'Référencé dans l’ITSM avec ses groupes d’affectation',
    howToFix:
      'Ajoutez l’annotation `operational-pilot.io/itsm-ci` ou un lien de type `itsm`, et saisissez le groupe d’affectation dans l’onglet Operational Pilot.',
  },
  'INC-05': {
    title: 'Erreurs connues et contournements transmis',
    howToFix:
      'Enregistrez une attestation pour la version examinée avec un lien vers la liste des erreurs connues.',
  },
  'DOC-01': {
    title: 'Dossier d’exploitation publié',
    howToFix:
      'Publiez des TechDocs (annotation `backstage.io/techdocs-ref`) ou ajoutez un lien de type `ops-manual` à catalog-info.yaml.',
  },
  'DOC-02': {
    title: 'Le DEX couvre les sections obligatoires',
    howToFix:
      'Relisez le DEX au regard des sections obligatoires et enregistrez une attestation avec un lien vers lui.',
    attestationSubject: 'relecture du DEX',
  },
  'DOC-03': {
    title: 'DEX accepté par l’équipe d’exploitation',
    howToFix:
      'Faites relire le DEX par le responsable d’exploitation et enregistrez son acceptation comme attestation.',
    attestationSubject: 'acceptation du DEX',
  },
  'DOC-04': {
    title: 'Architecture et dépendances documentées',
    howToFix:
      'Déclarez `spec.dependsOn` ou `spec.consumesApis` dans catalog-info.yaml et ajoutez un lien de type `architecture`.',
  },
  'DOC-05': {
    title: 'Procédure d’installation / de mise à jour (DIN/DMV) ou IaC',
    howToFix:
      'Ajoutez à catalog-info.yaml un lien de type `install-guide` (procédure d’installation/mise à jour) ou `iac` (dépôt d’infrastructure as code).',
  },
  'BCK-01': {
    title: 'DMIA/PDMA (RTO/RPO) déclarées et validées par le métier',
    howToFix:
      'Convenez de la DMIA et de la PDMA avec le responsable métier et saisissez-les, avec qui les a validées et quand, dans l’onglet Operational Pilot.',
  },
  'BCK-02': {
    title: 'Sauvegardes configurées pour chaque dépendance avec état',
    howToFix:
      'Ajoutez l’annotation `operational-pilot.io/backup-policy` à chaque Resource de base de données ou de stockage dont dépend l’application, ou enregistrez une attestation avec un lien vers la configuration des sauvegardes.',
    attestationSubject: 'configuration des sauvegardes',
  },
  'BCK-03': {
    title: 'Restauration testée',
    howToFix:
      'Réalisez un test de restauration, puis enregistrez une attestation avec le rapport de restauration (et le temps de restauration mesuré au regard de la DMIA).',
    attestationSubject: 'test de restauration',
  },
  'BCK-04': {
    title: 'Plan de reprise d’activité (PRA) documenté',
    howToFix:
      'Rédigez le PRA et ajoutez un lien de type `dr-plan` à catalog-info.yaml.',
  },
  'BCK-05': {
    title: 'Exercice de PRA réalisé',
    howToFix:
      'Réalisez un exercice de PRA et enregistrez une attestation avec le rapport d’exercice (résultat au regard de la DMIA/PDMA).',
    attestationSubject: 'exercice de PRA',
  },
  'CAP-01': {
    title: 'Test de charge au pic attendu (+ marge)',
    howToFix:
      'Réalisez un test de charge au pic plus une marge et enregistrez une attestation avec le rapport (pour la version examinée, ou pour l’année).',
    attestationSubject: 'test de charge',
  },
  'CAP-02': {
    title: 'Plan de capacité / volumétrie documenté',
    howToFix:
      'Ajoutez un lien de type `capacity-plan` à catalog-info.yaml, ou enregistrez une attestation avec un lien vers le plan de capacité.',
    attestationSubject: 'relecture du plan de capacité',
  },
  'CAP-03': {
    title: 'Dimensionnement / autoscaling déclaré',
    howToFix:
      'Ajoutez l’annotation `backstage.io/kubernetes-id` pour que requêtes, limites et autoscaling puissent être lus, ou enregistrez une attestation du dimensionnement.',
    attestationSubject: 'revue du dimensionnement',
  },
  'CAP-04': {
    title: 'Alertes de saturation / croissance en place',
    howToFix:
      'Configurez des alertes de saturation (p. ex. CPU > 80 %, disque > 75 %) et enregistrez une attestation avec un lien vers elles.',
    attestationSubject: 'vérification des alertes de saturation',
  },
  'SEC-01': {
    title: 'Revue de sécurité / homologation valide',
    howToFix:
      'Faites réaliser la revue de sécurité (ou l’homologation) et enregistrez une attestation avec la décision et sa date de fin.',
    attestationSubject: 'revue de sécurité',
  },
  'SEC-02': {
    title:
      'DICT / classification des données déclarée (dont données personnelles)',
    howToFix:
      'Saisissez les niveaux DICT (D, I, C, T) et indiquez si des données personnelles sont traitées, dans l’onglet Operational Pilot.',
  },
  'SEC-03': {
    title: 'Analyse de vulnérabilités / de code branchée',
    howToFix:
      'Ajoutez l’annotation `sonarqube.org/project-key` (ou `operational-pilot.io/security-scan` pour un autre outil) à catalog-info.yaml.',
  },
  'SEC-04': {
    title: 'Secrets gérés hors du code',
    howToFix:
      'Ajoutez l’annotation `vault.io/secrets-path`, ou enregistrez une attestation décrivant où les secrets sont gérés.',
    attestationSubject: 'revue de la gestion des secrets',
  },
  'SEC-05': {
    title: 'Accès exploitants / privilégiés revus',
    howToFix:
      'Passez en revue qui a un accès privilégié à la production et enregistrez une attestation de la revue.',
    attestationSubject: 'revue des accès',
  },
  'REL-01': {
    title: 'Déploiement automatisé et reproductible',
    howToFix:
      'Ajoutez une annotation CI/CD à catalog-info.yaml : `github.com/project-slug`, `gitlab.com/project-slug`, `jenkins.io/job-full-name` ou `argocd/app-name`.',
  },
  'REL-02': {
    title: 'Plan de retour arrière répété',
    howToFix:
      'Répétez le retour arrière en préproduction et enregistrez une attestation pour la version examinée.',
  },
  'REL-03': {
    title: 'Recette fonctionnelle signée (PV de recette / VABF)',
    howToFix:
      'Faites signer le PV de recette par le responsable métier et enregistrez-le comme attestation pour la version examinée.',
  },
  'REL-04': {
    title: 'Recette d’exploitabilité passée',
    howToFix:
      'Déroulez les tests d’exploitabilité en préproduction et faites enregistrer une attestation par le responsable d’exploitation pour la version examinée.',
  },
  'REL-05': {
    title: 'Changement approuvé et planifié',
    howToFix:
      'Saisissez la référence du changement (RFC) sur la version et, pour un changement normal ou urgent, son statut et sa date d’approbation une fois le CAB passé.',
  },
  'REL-06': {
    title: 'Go/no-go enregistré',
    howToFix:
      'Tenez la réunion de go/no-go et enregistrez la décision et ses approbateurs sur la version.',
  },
  'SUP-01': {
    title: 'Niveaux de support N1/N2/N3 définis',
    howToFix:
      'Saisissez les groupes de support N1, N2 et N3, et les horaires de support N1 et N2, dans l’onglet Operational Pilot.',
  },
  'SUP-02': {
    title: 'SLA convenu avec le métier',
    howToFix:
      'Ajoutez un lien de type `sla` vers la convention et saisissez la date de son accord dans l’onglet Operational Pilot.',
  },
  'SUP-03': {
    title: 'Couverture cohérente avec les horaires de service',
    howToFix:
      'Pour un service 24x7, référencez le service d’astreinte (INC-01) et réglez le support hors heures ouvrées sur `on-call` ; sinon déclarez les horaires de service réels.',
  },
  'SUP-04': {
    title: 'Plan d’hypercare / ELS de la version',
    howToFix:
      'Saisissez sur la version la période d’hypercare, les contacts d’astreinte côté build et les critères de sortie.',
  },
  'SUP-05': {
    title: 'Centre de services (N1) préparé',
    howToFix:
      'Informez le centre de services (FAQ, scripts) et enregistrez une attestation pour la version examinée avec un lien vers les supports.',
  },
  'SUP-06': {
    title: 'Support éditeur / tiers valide',
    howToFix:
      'Listez les éditeurs avec la date de fin de leur contrat de support dans l’onglet Operational Pilot (une liste vide s’il n’y en a pas), et renouvelez les contrats expirés.',
  },
  'KT-01': {
    title: 'Sessions de transfert de connaissances tenues avec le run et le N2',
    howToFix:
      'Tenez les sessions de transfert de connaissances avec l’équipe d’exploitation et le N2, puis enregistrez une attestation avec l’ordre du jour, les participants ou l’enregistrement.',
    attestationSubject: 'transfert de connaissances',
  },
  'KT-02': {
    title: 'Autonomie du run démontrée (exploitation en double)',
    howToFix:
      'Faites réaliser par l’équipe d’exploitation un redémarrage, une restauration et un déploiement supervisés, et enregistrez une attestation de l’exploitation en double.',
    attestationSubject: 'exploitation en double',
  },
  'KT-03': {
    title: 'Assez de personnes formées (bus factor)',
    howToFix:
      'Formez au moins deux personnes de l’équipe d’exploitation et saisissez le nombre de personnes formées dans l’onglet Operational Pilot.',
  },
  'KT-04': {
    title: 'Passage en run signé (PV de passage en run / sortie d’ELS)',
    howToFix:
      'À la fin de l’hypercare, faites signer le passage en run de la version par chaque rôle requis (par défaut le POA, le responsable d’exploitation et le responsable métier) dans son espace.',
    attestationSubject: 'signature du passage en run',
  },
  'FR-SEC-01': {
    title: 'Décision d’homologation ANSSI valide',
    howToFix:
      'Obtenez la décision d’homologation et enregistrez-la comme attestation, avec la décision en preuve et sa date de fin de validité comme expiration.',
    attestationSubject: 'décision d’homologation',
  },
  'FR-SEC-02': {
    title: 'DICT déclaré',
    howToFix:
      'Saisissez les niveaux D, I, C et T dans l’onglet Operational Pilot.',
  },
  'FR-REL-01': {
    title: 'VABF prononcée',
    howToFix:
      'Faites prononcer la VABF par le responsable métier et enregistrez-la comme attestation pour la version examinée.',
  },
  'FR-REL-02': {
    title: 'VSR prononcée après la période d’observation',
    howToFix:
      'À la fin de la période d’observation, faites prononcer la VSR par le responsable métier et enregistrez-la comme attestation pour la version.',
  },
  'FR-BCK-01': {
    title: 'PRA/PCA testé',
    howToFix:
      'Réalisez un test de PRA/PCA et enregistrez une attestation avec le rapport de test.',
    attestationSubject: 'test de PRA/PCA',
  },
};
