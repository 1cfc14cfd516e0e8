export interface Config {
  /** Configuration of the Operational Pilot plugins. Every key is optional; defaults are in the README. */
  operationalPilot?: {
    /**
     * Criteria packs enabled: `core` (18 criteria, default), `extended` (the rest of the 51-criterion model),
     * `fr-public-sector` (homologation, VABF/VSR…).
     */
    packs?: Array<'core' | 'extended' | 'fr-public-sector'>;
    criteria?: {
      /** Per-criterion overrides, keyed by criterion id (e.g. `OBS-04`). */
      overrides?: {
        [criterionId: string]: {
          weight?: number;
          blockingTiers?: Array<'T1' | 'T2' | 'T3'>;
          /** Release-scoped criteria: the release kinds for which they block (REL-02/REL-04 default: major, minor). */
          blockingReleaseKinds?: Array<'major' | 'minor' | 'patch' | 'hotfix'>;
          /** Attestation validity in days, for every tier or per tier. */
          validityDays?: number | { T1?: number; T2?: number; T3?: number };
          /** `true` enables one criterion of a pack that is not enabled; `false` disables a criterion. */
          enabled?: boolean;
          /** Attestation criteria: the roles that may sign (record) an attestation, e.g. `[opsOwner]`. */
          signedBy?: Array<
            | 'poa'
            | 'opsOwner'
            | 'businessOwner'
            | 'serviceOwner'
            | 'securityApprover'
            | 'supportL1'
            | 'supportL2'
            | 'supportL3'
          >;
          /** Attestation criteria: passes only once countersigned by someone other than the assessor. */
          countersignRequired?: boolean;
        };
      };
      /** Criteria added without code: annotation, link, spec-field and relation checks. */
      custom?: Array<{
        id: string;
        category:
          | 'OWN'
          | 'OBS'
          | 'INC'
          | 'DOC'
          | 'BCK'
          | 'CAP'
          | 'SEC'
          | 'REL'
          | 'SUP'
          | 'KT';
        title: string;
        /** French title, shown when the app language is French (the English title otherwise). */
        titleFr?: string;
        howToFix: string;
        /** French how-to-fix, shown when the app language is French. */
        howToFixFr?: string;
        rationale?: string;
        weight: number;
        blockingTiers?: Array<'T1' | 'T2' | 'T3'>;
        scope?: 'entity' | 'release';
        appliesTo?: {
          kinds?: string[];
          tiers?: Array<'T1' | 'T2' | 'T3'>;
          stateful?: boolean;
        };
        /** A check of kind annotation, link, specField, relation, anyOf or allOf. */
        check: { kind: string; [key: string]: unknown };
      }>;
    };
    /** Verdict thresholds (score 0–100) per tier. */
    thresholds?: {
      T1?: { readyForRun?: number; withReservations?: number };
      T2?: { readyForRun?: number; withReservations?: number };
      T3?: { readyForRun?: number; withReservations?: number };
    };
    /** How attestations age: warning before expiry, then a grace period with decaying credit, then stale. */
    staleness?: {
      warnBeforeDays?: number;
      graceRatio?: number;
      graceMinDays?: number;
      graceMaxDays?: number;
      graceFloorCredit?: number;
    };
    waivers?: {
      /** Longest a waiver may last, in days (default 90). */
      maxDays?: number;
    };
    /** Tier assumed when none is declared (default T1, the strictest). */
    defaultTier?: 'T1' | 'T2' | 'T3';
    /** Criteria required for the bronze and silver levels (gold = every applicable criterion). */
    levels?: { bronze?: string[]; silver?: string[] };
    /** "Ready with reservations" requires an action with a due date for every reservation (default true). */
    requireActionPlanForReservations?: boolean;
    /** The hand-over to run (PV de passage en run) of each release. */
    handover?: {
      /** Roles that must sign it (default: poa, opsOwner, businessOwner). */
      signatories?: Array<
        'poa' | 'opsOwner' | 'businessOwner' | 'serviceOwner' | 'owner'
      >;
    };
    /** Groups whose members act as POAs on every entity (default policy). */
    poaGroups?: string[];
    /** Groups whose members may approve waivers on every entity, besides each entity's business/ops owner. */
    approverGroups?: string[];
    /**
     * Per criterion category (e.g. `SEC`), the groups whose members approve waivers and not-applicable exemptions of
     * that category. A SEC criterion also accepts the entity's security approver (`roles.securityApprover`).
     */
    approverGroupsByCategory?: { [category: string]: string[] };
    governance?: {
      /**
       * A change to the tier, the roles, the support groups, the SLO owner or the continuity agreement by someone who
       * is neither the entity's POA, a member of `poaGroups` nor an approver: held as a proposal the POA accepts
       * (`propose`, default) or refused with 403 (`refuse`).
       */
      sensitiveChanges?: 'propose' | 'refuse';
    };
    permissions?: {
      /**
       * How long a user's catalog read decision is reused by the reads of one backend replica (readiness,
       * portfolio), in seconds. Default 0: only requests in flight at the same time share one decision (a policy
       * change applies to the next request). Writes always ask the permission framework.
       */
      readDecisionSeconds?: number;
    };
    evaluation?: {
      /**
       * Schedule of the portfolio re-evaluation task (scheduler service, one runner across replicas).
       * Default: every 10 minutes.
       */
      schedule?: {
        frequency?: {
          seconds?: number;
          minutes?: number;
          hours?: number;
          cron?: string;
        };
        timeout?: { seconds?: number; minutes?: number };
        initialDelay?: { seconds?: number; minutes?: number };
      };
      /**
       * Schedule of the frequent incremental refresh (scheduler service, one runner across replicas): re-evaluates
       * the entities whose inputs changed (entity, related entities, operational data, attestations, waivers,
       * actions, releases), new ones and those due by the clock. Default: every 30 seconds, first run after 5 s.
       * `enabled: false` leaves only the `schedule` task.
       */
      refresh?: {
        enabled?: boolean;
        frequency?: { seconds?: number; minutes?: number; cron?: string };
        timeout?: { seconds?: number; minutes?: number };
        initialDelay?: { seconds?: number; minutes?: number };
      };
      /** Entities evaluated per batch (default 200). */
      batchSize?: number;
    };
    retention?: {
      /** Days of daily snapshots kept (default 400). */
      snapshotDays?: number;
      /** Days of audit entries kept (default 1095). */
      auditDays?: number;
      /** Days the data of an entity removed from the catalog is kept before it is purged (default 30). */
      deletedEntityDays?: number;
    };
    /**
     * Notifications through the Backstage notifications service (origin `plugin:operational-pilot`). Each one is
     * sent once (a dedupe key per kind, subject, recipients and period is recorded before sending).
     */
    notifications?: {
      /** Default true; `false` sends nothing. */
      enabled?: boolean;
      /** Per kind on/off (default: all on). */
      kinds?: {
        waiverRequested?: boolean;
        actionAssigned?: boolean;
        actionOverdue?: boolean;
        attestationExpiring?: boolean;
        releaseApproaching?: boolean;
        hypercareEnding?: boolean;
        verdictDropped?: boolean;
        weeklyDigest?: boolean;
      };
      digest?: {
        /** Day of the weekly digest per POA (UTC; default monday). */
        day?:
          | 'sunday'
          | 'monday'
          | 'tuesday'
          | 'wednesday'
          | 'thursday'
          | 'friday'
          | 'saturday';
      };
      /** The scheduled pass that sends what is due (one runner across replicas). Default: hourly, first after 75 s. */
      schedule?: {
        frequency?: {
          seconds?: number;
          minutes?: number;
          hours?: number;
          cron?: string;
        };
        timeout?: { seconds?: number; minutes?: number };
        initialDelay?: { seconds?: number; minutes?: number };
      };
    };
    /** Demo data loaded at start when the plugin's tables are empty (used by the demo app only). */
    demoData?: {
      /** Path of a YAML file of operational data, relative to the backend's working directory. */
      path: string;
    };
  };
}
