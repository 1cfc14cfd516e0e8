/*
 * The ten readiness categories (domain reference §2.2). Their order is the display order.
 */
import type { CategoryDefinition, CategoryId } from './types';

export const DEFAULT_CATEGORIES: CategoryDefinition[] = [
  {
    id: 'OWN',
    title: 'Ownership & contacts',
    titleFr: 'Responsabilités & contacts',
    description:
      'Who is accountable for the application, who runs it, and how to reach them.',
  },
  {
    id: 'OBS',
    title: 'Observability, monitoring & alerting',
    titleFr: 'Supervision',
    description:
      'Dashboards, alerts, SLOs and logs that show whether the service is healthy.',
  },
  {
    id: 'INC',
    title: 'Incident response & on-call',
    titleFr: 'Astreinte, incidents',
    description:
      'On-call mapping, escalation, runbooks and ITSM registration to handle incidents.',
  },
  {
    id: 'DOC',
    title: 'Operations manual',
    titleFr: "Dossier d'exploitation",
    description:
      'The operations manual (DEX), its acceptance by the run team, architecture and installation docs.',
  },
  {
    id: 'BCK',
    title: 'Backup, restore & DR',
    titleFr: 'Sauvegarde, PRA/PCA',
    description:
      'Recovery objectives, backups, tested restores and disaster-recovery plans and exercises.',
  },
  {
    id: 'CAP',
    title: 'Capacity & performance',
    titleFr: 'Capacité, performance',
    description: 'Load tests, capacity planning, sizing and saturation alerts.',
  },
  {
    id: 'SEC',
    title: 'Security & compliance',
    titleFr: 'Sécurité, conformité',
    description:
      'Security review or homologation, data classification, scanning, secrets and privileged access.',
  },
  {
    id: 'REL',
    title: 'Release, deployment & rollback',
    titleFr: 'Mise en production',
    description:
      'Automated deployment and, for each production release, rollback rehearsal, acceptance, change approval and go/no-go.',
  },
  {
    id: 'SUP',
    title: 'Support model & service levels',
    titleFr: 'Support, niveaux de service',
    description:
      'Support levels N1/N2/N3, SLA, coverage of the service hours, hypercare and vendor support.',
  },
  {
    id: 'KT',
    title: 'Knowledge transfer',
    titleFr: 'Transfert de compétences',
    description:
      'Knowledge transfer to the run team, demonstrated autonomy, enough trained people and the hand-over sign-off.',
  },
];

export const CATEGORY_IDS: readonly CategoryId[] = DEFAULT_CATEGORIES.map(
  c => c.id,
);
