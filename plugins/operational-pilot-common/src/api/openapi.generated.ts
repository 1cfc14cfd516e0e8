// This file is generated from openapi.yaml by scripts/generate-openapi.js. Do not edit.
/* eslint-disable */
export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness of the plugin. */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/model': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The readiness model in force (categories, criteria, thresholds, levels, action templates). */
    get: operations['getModel'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/readiness': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /** Evaluated readiness of an entity (score, verdict, level, criteria, blockers, next steps); for a System, also the rollup of its components' stored evaluations. */
    get: operations['getReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/evaluate': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Re-evaluate an entity now (e.g. after a catalog-info.yaml change); needs the operations update permission. */
    post: operations['evaluateEntity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/operations': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /** Operational metadata and roles (version 0 and empty metadata when none was entered yet), with the sensitive changes pending the POA's decision (`pendingProposals`). */
    get: operations['getOperations'];
    /** Replace the operational metadata. Requires If-Match with the version read. A change to the tier, the roles, the support groups, the SLO owner or the continuity agreement by someone who is neither the entity's POA, a member of a POA group nor an approver is held as a proposal (202; the other fields apply) or refused (403, `governance.sensitiveChanges: refuse`). */
    put: operations['putOperations'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/operations/proposals/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The POA (or a POA-group member, or an approver; never the author) accepts a pending proposal: its changes apply to the current metadata (409 when a field changed since the proposal). */
    post: operations['acceptOperationsProposal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/operations/proposals/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a pending proposal (whoever may accept it), or withdraw it (its author). Nothing changes. */
    post: operations['rejectOperationsProposal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/attestations': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /** Attestations recorded on the entity, newest first. */
    get: operations['listAttestations'];
    put?: never;
    /** Record an attestation with evidence. */
    post: operations['createAttestation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/attestations/{id}/countersign': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Countersign an attestation: someone other than the assessor (409), holding one of the criterion's `signedBy` roles when it has some (403 naming the role and its holder). */
    post: operations['countersignAttestation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/attestations/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a not-applicable declaration (an exemption) on the waiver-approve permission: never by the declarer (409), scoped by category like waivers (403), before its review date (409). */
    post: operations['approveAttestation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/waivers': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /** Waivers (risk acceptances) of the entity. */
    get: operations['listWaivers'];
    put?: never;
    /** Request a waiver with a reason and a bounded expiry. */
    post: operations['requestWaiver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/waivers/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a requested waiver (approver role): never by the requester (409); a SEC criterion by the entity's security approver or a member of `approverGroupsByCategory.SEC` (403). */
    post: operations['approveWaiver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/waivers/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a requested waiver (approver role); the reason is stored with the waiver as `rejectionReason`. */
    post: operations['rejectWaiver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/waivers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a waiver (approver role). The record is kept, with status revoked. */
    delete: operations['revokeWaiver'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /** Handoff actions of the entity. */
    get: operations['listActions'];
    put?: never;
    /** Create a handoff action (from scratch or from a template). */
    post: operations['createAction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/actions/propose': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Propose one action for every failing criterion that has none yet. */
    post: operations['proposeActions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/actions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** One handoff action; its version is in the ETag header. */
    get: operations['getAction'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update fields or move the status (legal transitions only). Requires If-Match. `done` on an action whose criterion is attested needs `evidenceUrl` (400); `verified` is for the POA or run side, never the assignee (403); `risk_accepted` requests a waiver (status `requested`) that someone else approves. */
    patch: operations['updateAction'];
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/releases': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /** Production releases of the entity, by planned date. */
    get: operations['listReleases'];
    put?: never;
    /** Plan a production release. */
    post: operations['createRelease'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/releases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** One release; its revision is in the ETag header. */
    get: operations['getRelease'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update a release or move its status (illegal transitions are 400; a move whose condition is not met, such as deploying without a "go" or closing before the hand-over is signed, is 409). Once a go/no-go decision is recorded the kind is frozen; once deployed only the status and the hypercare plan change (409 naming the field). Decisions go through POST /releases/{id}/decisions. Requires If-Match. */
    patch: operations['updateRelease'];
    trace?: never;
  };
  '/releases/{id}/gate': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** The release's two gates (go/no-go and hand-over to run), evaluated now. */
    get: operations['getReleaseGates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/releases/{id}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** Go/no-go decisions of the release, newest first, each with its frozen gate snapshot. */
    get: operations['listReleaseDecisions'];
    put?: never;
    /** Record a go/no-go decision (release planned or at go/no-go; a planned release moves to go/no-go). Each approver must be a user holding a decision role (business owner, owner, ops owner, POA) directly or through a group. "go" on a gate that is not ready needs an overrideReason. The gate is frozen in the decision's snapshot. If-Match is optional (checked when sent); the release's new revision is in the ETag. */
    post: operations['createReleaseDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/releases/{id}/decision-approvers': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** Who should approve a go/no-go, prefilled from the holders of the decision roles. */
    get: operations['getDecisionApprovers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/releases/{id}/handover/signatures': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign the hand-over to run (PV de passage en run) for one role, while the release is deployed or in hypercare. The role must be a required signatory (400) and the caller must hold it (403); a role signs once (409). When every required role has signed, `handover.completedAt` is set. If-Match is optional. */
    post: operations['signReleaseHandover'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/releases/{id}/outcome': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record (or replace) how the release went, once deployed; each lesson becomes a follow-up action (phase `after`). The gate verdict of the last "go" decision is stored with the outcome. If-Match is optional. */
    post: operations['recordReleaseOutcome'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/releases/{id}/checklist': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The release checklist: one handoff action per applicable action template (before, during and after the release), due at the template's offset from the window start (or planned date), owed by the template's side and assigned to the holder of the matching role. Templates whose criterion already has an open action of this release, or whose criteria are not enabled, are skipped. With `preview: true` nothing is created; otherwise the given (edited) `items`, or the proposal as is, are created in one audited transaction. Open releases only (409). Needs the action create permission on the release's entity. */
    post: operations['generateReleaseChecklist'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/releases/{id}/dossier': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /** The CAB dossier of the release, from the gate frozen at its latest go/no-go decision (or the live gates before any decision): release and change, run readiness, go/no-go gate with blockers and reservations, decisions, attestations with evidence, actions per phase, roles, rollback and hypercare plans, hand-over signatures, outcome and follow-ups. `Accept: text/markdown` for Markdown, `Accept: text/html` for a printable HTML page; anything else is 406. French with `lang=fr` or `Accept-Language: fr`, else English. */
    get: operations['getReleaseDossier'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /** Daily score snapshots for the trend. */
    get: operations['getHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    /** Change log of the entity's operational data, newest first. */
    get: operations['getAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portfolio': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Paginated, sorted, filtered readiness of all entities, with a summary of the filtered set. */
    get: operations['getPortfolio'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portfolio/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The filtered portfolio as CSV (all pages, streamed).
     * @description Same filters, order and catalog read access as `/portfolio`. Rows are read by key (sort value + entity
     *     ref), each written once even while rows are inserted or updated during the export; a row met late (moved
     *     behind the cursor) is written at the end.
     */
    get: operations['exportPortfolio'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portfolio/trend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Average score per day, grouped by owner, system or tier, or of the whole portfolio.
     * @description Follows catalog read access like `/portfolio`: no series without catalog read access; with a conditional
     *     catalog policy, only the snapshots of the entities the catalog shows the caller. `groupBy=portfolio` gives
     *     one series (key `portfolio`). Owner, system and tier filter the daily snapshots as they were that day; the
     *     other portfolio filters keep the history of the entities matching them today (the table's filtered set).
     */
    get: operations['getPortfolioTrend'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portfolio/releases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The release calendar: open releases (planned → hypercare) planned between `from` and `to` (both included; default today → +90 days) of the entities matching the portfolio filters and visible to the caller, with their gate verdicts and open go/no-go blockers; earliest first, at most 500. */
    get: operations['getReleaseCalendar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portfolio/change-success': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Change success rate: releases whose outcome was recorded in the last `months` months (this one included), per owner or system and per month (success = success or success with incidents), and per go/no-go gate verdict frozen at the "go" decision (readiness at go versus outcome). Portfolio filters and catalog read access apply. */
    get: operations['getChangeSuccess'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portfolio/rollups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per team (owner) or system of the filtered portfolio: verdict counts, average score, open blockers and overdue actions, worst groups first (most not-ready, then lowest average). Aggregated in SQL; portfolio filters and catalog read access apply as for `/portfolio`. */
    get: operations['getPortfolioRollups'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portfolio/highlights': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What changed in the filtered portfolio: the biggest score drops over the last `days` days (current score versus the entity's oldest daily snapshot in the window), the approved waivers still running and those expiring within 30 days. Aggregated in SQL; portfolio filters and catalog read access apply. */
    get: operations['getPortfolioHighlights'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portfolio/heatmap': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per team (owner) × category of the filtered portfolio: entities, share of the applicable criterion results that pass (pass, expiring, grace) and failing results (fail, stale, unknown); worst teams first (lowest passing share). Aggregated in SQL from the stored per-criterion outcomes; portfolio filters and catalog read access apply as for `/portfolio`. */
    get: operations['getPortfolioHeatmap'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portfolio/failing-criteria': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The criteria failed (fail, stale, unknown) by the most entities of the filtered portfolio, with how many of those failures are blocking and the share of the filtered entities failing each. Aggregated in SQL from the stored per-criterion outcomes; portfolio filters and catalog read access apply as for `/portfolio`. */
    get: operations['getPortfolioFailingCriteria'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/operations/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tier and run roles of every entity with operational metadata, in one response: for bulk readers such as the catalog module (a service token) that labels entities with their tier and relates them to their POA and ops owner. Follows catalog read access like the portfolio (a user sees only the entities the catalog lets them see). */
    get: operations['listOperationsRoles'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/evaluations/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Request a full re-evaluation of the whole portfolio (administrators); the next scheduled pass on any replica runs it once. */
    post: operations['runEvaluations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description The one error shape of every 4xx and 5xx answer. */
    Error: {
      error: {
        /** @description The error's class, e.g. `InputError`, `NotFoundError`, `ConflictError`. */
        name: string;
        message: string;
      };
      request: {
        method: string;
        url: string;
      };
      response: {
        statusCode: number;
      };
      /** @description On a 400 (or a 409 about fields), each invalid field with its dotted path and what is wrong. */
      fieldErrors?: components['schemas']['FieldError'][];
    };
    FieldError: {
      /** @description Dotted path of the field, e.g. `metadata.sla.availability` or `query.limit`. */
      path: string;
      message: string;
    };
    /** @enum {string} */
    Tier: 'T1' | 'T2' | 'T3';
    /** @enum {string} */
    Phase: 'before' | 'during' | 'after' | 'run';
    /** @enum {string} */
    Side: 'build' | 'run' | 'poa' | 'business' | 'security' | 'vendor';
    /** @enum {string} */
    ActionStatus:
      | 'proposed'
      | 'open'
      | 'in_progress'
      | 'blocked'
      | 'done'
      | 'verified'
      | 'risk_accepted'
      | 'cancelled';
    /** @enum {string} */
    ActionPriority: 'blocking' | 'major' | 'minor';
    /** @description A catalog entity reference such as `user:default/alice` or `group:default/run-ops`. */
    EntityRef: string;
    /** @description An http(s) URL. */
    HttpUrl: string;
    /**
     * Format: date
     * @description A real calendar date, YYYY-MM-DD (2026-02-30 is refused).
     */
    Date: string;
    /**
     * Format: date-or-date-time
     * @description A real date-time WITH its time zone, `YYYY-MM-DDTHH:MM[:SS[.fff]]` followed by `Z` or `±HH:MM` (`2026-06-30T10:00:00Z`), or a real date `YYYY-MM-DD`, read as midnight UTC. A date-time without a time zone (`2026-06-30T10:00:00`) and an impossible date or time (`2026-06-31T10:00:00Z`) are refused.
     */
    DateTime: string;
    ShortText: string;
    LongText: string;
    SupportLevel: {
      group: components['schemas']['EntityRef'];
      hours?: string;
    };
    OperationalMetadata: {
      tier?: components['schemas']['Tier'];
      stateful?: boolean;
      roles?: {
        poa?: components['schemas']['EntityRef'];
        opsOwner?: components['schemas']['EntityRef'];
        businessOwner?: components['schemas']['EntityRef'];
        serviceOwner?: components['schemas']['EntityRef'];
        securityApprover?: components['schemas']['EntityRef'];
      };
      support?: {
        l1?: components['schemas']['SupportLevel'];
        l2?: components['schemas']['SupportLevel'];
        l3?: components['schemas']['SupportLevel'];
      };
      onCall?: {
        /** @enum {string} */
        provider?: 'pagerduty' | 'opsgenie' | 'other';
        reference?: string;
        scheduleUrl?: components['schemas']['HttpUrl'];
      };
      serviceHours?: string;
      supportHours?: {
        businessHours?: string;
        /** @enum {string} */
        offHours?: 'on-call' | 'best-effort' | 'none';
      };
      sla?: {
        availability?: number;
        p1ResponseMinutes?: number;
        p1RestoreMinutes?: number;
        agreedAt?: components['schemas']['Date'];
        docUrl?: components['schemas']['HttpUrl'];
      };
      slo?: {
        availability?: number;
        latencyP99Ms?: number;
        owner?: components['schemas']['EntityRef'];
      };
      continuity?: {
        rtoMinutes?: number;
        rpoMinutes?: number;
        /** @enum {string} */
        drStrategy?:
          | 'backup-restore'
          | 'pilot-light'
          | 'warm-standby'
          | 'active-active';
        agreedBy?: components['schemas']['EntityRef'];
        agreedAt?: components['schemas']['Date'];
      };
      dict?: {
        d?: number;
        i?: number;
        c?: number;
        t?: number;
        personalData?: boolean;
      };
      alerting?: {
        source?: string;
        url?: components['schemas']['HttpUrl'];
      };
      itsm?: {
        ci?: string;
        assignmentGroup?: string;
      };
      environments?: {
        name: components['schemas']['ShortText'];
        url?: components['schemas']['HttpUrl'];
        hosting?: string;
        region?: string;
      }[];
      maintenanceWindows?: {
        /** @description Comma-separated days of the week (MO,TU,WE,TH,FR,SA,SU). */
        days: string;
        start: string;
        durationMinutes: number;
        timezone?: string;
      }[];
      freezePeriods?: {
        from: components['schemas']['Date'];
        to: components['schemas']['Date'];
        reason?: string;
      }[];
      trainedPeople?: number;
      vendors?: {
        name: components['schemas']['ShortText'];
        contractUrl?: components['schemas']['HttpUrl'];
        supportExpiresAt?: components['schemas']['Date'];
      }[];
      notes?: components['schemas']['LongText'];
    };
    CreateAttestationRequest: {
      criterionId: components['schemas']['ShortText'];
      releaseId?: string;
      /** @enum {string} */
      state: 'compliant' | 'non-compliant' | 'not-applicable';
      justification?: components['schemas']['LongText'];
      evidence?: {
        url: components['schemas']['HttpUrl'];
        description?: string;
      }[];
      assessedAt?: components['schemas']['DateTime'];
      expiresAt?: components['schemas']['DateTime'];
      comment?: components['schemas']['LongText'];
      /** @description `not-applicable` only: when the exemption is reviewed (it lapses then); at most `waivers.maxDays` ahead, which is the default. */
      reviewBy?: components['schemas']['DateTime'];
    };
    Attestation: {
      id: string;
      entityRef: string;
      criterionId: string;
      releaseId?: string;
      /** @enum {string} */
      state: 'compliant' | 'non-compliant' | 'not-applicable';
      justification?: string;
      evidence: {
        url: string;
        description?: string;
      }[];
      assessedBy: string;
      assessedAt: string;
      expiresAt?: string;
      comment?: string;
      countersignedBy?: string;
      countersignedAt?: string;
      /** @description Not-applicable exemption only; it lapses then. */
      reviewBy?: string;
      /** @description Not-applicable exemption only; the approver (never the declarer). */
      approvedBy?: string;
      approvedAt?: string;
      createdAt: string;
    };
    OperationsChange: {
      /** @description Dotted path in the operational metadata, e.g. `roles.poa` or `support.l2.group`. */
      path: string;
      /** @description Absent when the field was not set. */
      before?: unknown;
      /** @description Absent when the change clears the field. */
      after?: unknown;
    };
    OperationsProposal: {
      id: string;
      entityRef: string;
      /** @enum {string} */
      status: 'pending' | 'accepted' | 'rejected';
      changes: components['schemas']['OperationsChange'][];
      proposedBy: string;
      proposedAt: string;
      decidedBy?: string;
      decidedAt?: string;
      comment?: string;
    };
    OperationsRecord: {
      entityRef: string;
      version: number;
      metadata: components['schemas']['OperationalMetadata'];
      updatedAt?: string;
      updatedBy?: string;
      pendingProposals?: components['schemas']['OperationsProposal'][];
    };
    OperationsRolesList: {
      items: {
        entityRef: string;
        tier?: components['schemas']['Tier'];
        /** @description Role name (`poa`, `opsOwner`, `businessOwner`, `serviceOwner`, `securityApprover`) to entity ref. */
        roles: {
          [key: string]: string;
        };
      }[];
    };
    /** @description The record as stored now (as `OperationsRecord`), with the proposal that holds the sensitive fields. */
    OperationsProposed: {
      entityRef: string;
      version: number;
      metadata: components['schemas']['OperationalMetadata'];
      updatedAt?: string;
      updatedBy?: string;
      pendingProposals?: components['schemas']['OperationsProposal'][];
      proposal: components['schemas']['OperationsProposal'];
      /** @description The paths held in the proposal. */
      held: string[];
    };
    /** @description The record after the proposal was applied (as `OperationsRecord`), with the accepted proposal. */
    OperationsProposalAccepted: {
      entityRef: string;
      version: number;
      metadata: components['schemas']['OperationalMetadata'];
      updatedAt?: string;
      updatedBy?: string;
      pendingProposals?: components['schemas']['OperationsProposal'][];
      proposal: components['schemas']['OperationsProposal'];
    };
    ProposalDecisionRequest: {
      comment?: components['schemas']['LongText'];
    };
    CreateWaiverRequest: {
      criterionId: components['schemas']['ShortText'];
      reason: string;
      expiresAt: components['schemas']['DateTime'];
      actionId?: string;
      /** @description Bind the waiver to one release of the entity (required for release-scoped criteria). */
      releaseId?: string;
    };
    CreateActionRequest: {
      title: components['schemas']['ShortText'];
      description?: components['schemas']['LongText'];
      phase: components['schemas']['Phase'];
      side: components['schemas']['Side'];
      assigneeRef?: components['schemas']['EntityRef'];
      dueDate?: components['schemas']['Date'];
      priority?: components['schemas']['ActionPriority'];
      /** @enum {string} */
      status?: 'proposed' | 'open';
      criterionId?: components['schemas']['ShortText'];
      releaseId?: string;
      externalTicketUrl?: components['schemas']['HttpUrl'];
      templateId?: string;
    };
    UpdateActionRequest: {
      title?: components['schemas']['ShortText'];
      description?: string | null;
      phase?: components['schemas']['Phase'];
      side?: components['schemas']['Side'];
      assigneeRef?: components['schemas']['EntityRef'] | null;
      dueDate?: components['schemas']['Date'] | null;
      priority?: components['schemas']['ActionPriority'];
      status?: components['schemas']['ActionStatus'];
      evidenceUrl?: components['schemas']['HttpUrl'] | null;
      externalTicketUrl?: components['schemas']['HttpUrl'] | null;
      blockedReason?: string | null;
      resolution?: string | null;
      waiverExpiresAt?: components['schemas']['DateTime'];
    };
    ReleaseWindow: {
      start: components['schemas']['DateTime'];
      end: components['schemas']['DateTime'];
    };
    /** @enum {string} */
    ReleaseKind: 'major' | 'minor' | 'patch' | 'hotfix';
    /** @enum {string} */
    ReleaseStatus:
      | 'planned'
      | 'go_no_go'
      | 'deployed'
      | 'hypercare'
      | 'closed'
      | 'rolled_back'
      | 'cancelled';
    /** @enum {string} */
    ChangeType: 'standard' | 'normal' | 'emergency';
    /** @enum {string} */
    HandoverRole:
      | 'poa'
      | 'opsOwner'
      | 'businessOwner'
      | 'serviceOwner'
      | 'owner';
    /** @enum {string} */
    Verdict: 'not-ready' | 'ready-with-reservations' | 'ready-for-run';
    /** @enum {string} */
    GoNoGoDecision: 'go' | 'no_go' | 'go_with_reservations';
    ChangeApproval: {
      /** @enum {string} */
      status: 'pending' | 'approved' | 'rejected';
      date?: components['schemas']['DateTime'];
    };
    ReleaseEnvironments: string[];
    ReleaseScope: {
      description?: components['schemas']['LongText'];
      /** @description Entity refs released; a System release defaults to the system's components. */
      components?: components['schemas']['EntityRef'][];
    };
    Hypercare: {
      start: components['schemas']['DateTime'];
      end: components['schemas']['DateTime'];
      buildStandby?: components['schemas']['EntityRef'][];
      exitCriteria?: string[];
    };
    CreateReleaseRequest: {
      version: string;
      kind: components['schemas']['ReleaseKind'];
      changeType?: components['schemas']['ChangeType'];
      plannedAt: components['schemas']['DateTime'];
      window?: components['schemas']['ReleaseWindow'];
      changeRef?: string;
      changeApproval?: components['schemas']['ChangeApproval'];
      environments?: components['schemas']['ReleaseEnvironments'];
      scope?: components['schemas']['ReleaseScope'];
      hypercare?: components['schemas']['Hypercare'];
    };
    UpdateReleaseRequest: {
      version?: string;
      kind?: components['schemas']['ReleaseKind'];
      changeType?: components['schemas']['ChangeType'];
      plannedAt?: components['schemas']['DateTime'];
      window?: components['schemas']['ReleaseWindow'] | null;
      changeRef?: string | null;
      changeApproval?: components['schemas']['ChangeApproval'] | null;
      environments?: components['schemas']['ReleaseEnvironments'] | null;
      scope?: components['schemas']['ReleaseScope'] | null;
      status?: components['schemas']['ReleaseStatus'];
      hypercare?: components['schemas']['Hypercare'] | null;
      /**
       * @deprecated
       * @description Removed; always refused with a 400 pointing to POST /releases/{id}/decisions.
       */
      goNoGo?: unknown;
    };
    CreateDecisionRequest: {
      decision: components['schemas']['GoNoGoDecision'];
      /** @description User refs; each must hold a decision role (business owner, owner, ops owner, POA). */
      approvers: components['schemas']['EntityRef'][];
      /** @description Required for a "go" on a go/no-go gate that is not ready. */
      overrideReason?: string;
      notes?: components['schemas']['LongText'];
    };
    SignHandoverRequest: {
      role: components['schemas']['HandoverRole'];
      comment?: components['schemas']['LongText'];
    };
    RecordOutcomeRequest: {
      /** @enum {string} */
      outcome: 'success' | 'success_with_incidents' | 'rolled_back' | 'failed';
      /** @description Incident references (ITSM numbers or URLs). */
      incidents?: string[];
      review?: components['schemas']['LongText'];
      /** @description Lessons of the post-implementation review; each becomes a follow-up action (phase `after`). */
      lessons?: {
        title: components['schemas']['ShortText'];
        side?: components['schemas']['Side'];
        assigneeRef?: components['schemas']['EntityRef'];
        dueDate?: components['schemas']['Date'];
      }[];
    };
    GoNoGoSummary: {
      decision: components['schemas']['GoNoGoDecision'];
      decidedAt: string;
      approvers: string[];
      notes?: string;
      decisionId?: string;
      decidedBy?: string;
      overrideReason?: string;
    };
    HandoverSignature: {
      role: components['schemas']['HandoverRole'];
      signedBy: string;
      signedAt: string;
      comment?: string;
    };
    ReleaseOutcome: {
      /** @enum {string} */
      outcome: 'success' | 'success_with_incidents' | 'rolled_back' | 'failed';
      incidents: string[];
      review?: string;
      followUpActionIds: string[];
      goGateVerdict?: components['schemas']['Verdict'];
      goOverridden?: boolean;
      recordedBy: string;
      recordedAt: string;
    };
    Release: {
      id: string;
      entityRef: string;
      version: string;
      kind: components['schemas']['ReleaseKind'];
      changeType?: components['schemas']['ChangeType'];
      plannedAt: string;
      window?: components['schemas']['ReleaseWindow'];
      changeRef?: string;
      changeApproval?: components['schemas']['ChangeApproval'];
      environments?: string[];
      scope?: components['schemas']['ReleaseScope'];
      status: components['schemas']['ReleaseStatus'];
      goNoGo?: components['schemas']['GoNoGoSummary'];
      hypercare?: components['schemas']['Hypercare'];
      handover?: {
        signatures: components['schemas']['HandoverSignature'][];
        completedAt?: string;
      };
      outcome?: components['schemas']['ReleaseOutcome'];
      /** @description Optimistic-concurrency revision (the ETag). */
      rev: number;
      createdBy: string;
      createdAt: string;
      updatedAt: string;
    };
    ReleaseList: {
      items: components['schemas']['Release'][];
    };
    CriterionResult: {
      id: string;
      title: string;
      category: components['schemas']['CategoryId'];
      weight: number;
      blocking: boolean;
      /** @enum {string} */
      scope: 'entity' | 'release';
      /** @enum {string} */
      status:
        | 'pass'
        | 'expiring'
        | 'grace'
        | 'stale'
        | 'fail'
        | 'unknown'
        | 'waived'
        | 'not-applicable';
      credit: number;
      reason: string;
      reasonMessage?: components['schemas']['MessageRef'];
      howToFix: string;
      /** @enum {string} */
      source: 'catalog' | 'metadata' | 'attestation' | 'release';
      evidence: {
        label: string;
        url?: string;
        value?: string;
      }[];
      assessedAt?: string;
      expiresAt?: string;
      ageDays?: number;
      waiver?: {
        id: string;
        expiresAt: string;
        reason: string;
      };
      action?: {
        id: string;
        status: string;
        dueDate?: string;
      };
      releaseId?: string;
      /** @enum {string} */
      gate?: 'goNoGo' | 'handover';
    };
    NextStep: {
      criterionId: string;
      title: string;
      howToFix: string;
      scoreGain: number;
      liftsBlocker: boolean;
      unlocksLevel?: components['schemas']['Level'];
    };
    GateResult: {
      /** @enum {string} */
      gate: 'goNoGo' | 'handover';
      verdict: components['schemas']['Verdict'];
      verdictReasons: string[];
      /** @description The verdict reasons as message keys with parameters, for translation (same order). */
      verdictReasonMessages?: components['schemas']['MessageRef'][];
      score: number | null;
      criteria: components['schemas']['CriterionResult'][];
      blockers: string[];
      reservations: string[];
      /** @description What is missing to pass, in plain sentences (e.g. the signature of the ops owner). */
      missing: string[];
      /** @description `missing` as message keys with parameters, for translation (same order). */
      missingMessages?: components['schemas']['MessageRef'][];
      nextSteps: components['schemas']['NextStep'][];
      /** @description In a decision's snapshot, the verdict the gate had when the decision was taken. */
      decisionVerdict?: components['schemas']['Verdict'];
    };
    ReleaseGates: {
      releaseId: string;
      entityRef: string;
      version: string;
      kind: components['schemas']['ReleaseKind'];
      status: components['schemas']['ReleaseStatus'];
      plannedAt: string;
      goNoGo: components['schemas']['GateResult'];
      handover: components['schemas']['GateResult'];
      needsHypercare: boolean;
      windowConflicts: string[];
      /** @description `windowConflicts` as message keys with parameters, for translation (same order). */
      windowConflictMessages?: components['schemas']['MessageRef'][];
      evaluatedAt: string;
    };
    /** @description Frozen picture of the release's gates at a go/no-go decision. */
    GateSnapshot: {
      takenAt: string;
      release: {
        version: string;
        kind: components['schemas']['ReleaseKind'];
        changeType?: components['schemas']['ChangeType'];
        changeRef?: string;
        changeApproval?: components['schemas']['ChangeApproval'];
        plannedAt: string;
        window?: components['schemas']['ReleaseWindow'];
        environments?: string[];
        scope?: components['schemas']['ReleaseScope'];
        hypercare?: components['schemas']['Hypercare'];
      };
      runReadiness: {
        score: number;
        verdict: components['schemas']['Verdict'];
        /** @enum {string} */
        level: 'none' | 'bronze' | 'silver' | 'gold';
        blockers: string[];
      };
      goNoGo: components['schemas']['GateResult'];
      handover: components['schemas']['GateResult'];
      windowConflicts: string[];
      /** @description `windowConflicts` as message keys with parameters, for translation (same order). */
      windowConflictMessages?: components['schemas']['MessageRef'][];
      waivers: {
        id: string;
        criterionId: string;
        reason: string;
        requestedBy: string;
        approvedBy?: string;
        expiresAt: string;
        releaseId?: string;
      }[];
      attestations: {
        id: string;
        criterionId: string;
        state: string;
        assessedBy: string;
        assessedAt: string;
        evidence: {
          url: string;
          description?: string;
        }[];
        releaseId?: string;
        countersignedBy?: string;
      }[];
      openActions: {
        id: string;
        title: string;
        phase: components['schemas']['Phase'];
        side: components['schemas']['Side'];
        status: string;
        dueDate?: string;
        assigneeRef?: string;
        criterionId?: string;
      }[];
      roles: {
        owner?: string;
        poa?: string;
        opsOwner?: string;
        businessOwner?: string;
        serviceOwner?: string;
        securityApprover?: string;
        supportL1?: string;
        supportL2?: string;
        supportL3?: string;
        onCall?: string;
      };
    };
    ReleaseDecision: {
      id: string;
      releaseId: string;
      entityRef: string;
      decision: components['schemas']['GoNoGoDecision'];
      approvers: string[];
      overrideReason?: string;
      notes?: string;
      decidedBy: string;
      decidedAt: string;
      snapshot: components['schemas']['GateSnapshot'];
    };
    ReleaseDecisionList: {
      items: components['schemas']['ReleaseDecision'][];
    };
    DecisionApproversResponse: {
      items: {
        role: components['schemas']['HandoverRole'];
        ref: string;
      }[];
    };
    ChecklistItem: {
      templateId?: string;
      title: components['schemas']['ShortText'];
      description?: components['schemas']['LongText'];
      phase: components['schemas']['Phase'];
      side: components['schemas']['Side'];
      assigneeRef?: components['schemas']['EntityRef'];
      dueDate?: components['schemas']['Date'];
      offsetDays?: number;
      priority: components['schemas']['ActionPriority'];
      criterionId?: components['schemas']['ShortText'];
    };
    GenerateChecklistRequest: {
      preview?: boolean;
      items?: components['schemas']['ChecklistItem'][];
    };
    ChecklistPreviewResponse: {
      items: components['schemas']['ChecklistItem'][];
    };
    HandoffAction: {
      id: string;
      entityRef: string;
      title: string;
      description?: string;
      phase: components['schemas']['Phase'];
      side: components['schemas']['Side'];
      assigneeRef?: string;
      dueDate?: string;
      priority: components['schemas']['ActionPriority'];
      status: components['schemas']['ActionStatus'];
      criterionId?: string;
      releaseId?: string;
      evidenceUrl?: string;
      externalTicketUrl?: string;
      blockedReason?: string;
      resolution?: string;
      /** @enum {string} */
      source: 'auto' | 'manual' | 'template';
      version: number;
      createdBy: string;
      createdAt: string;
      updatedAt: string;
      closedAt?: string;
    };
    HandoffActionList: {
      items: components['schemas']['HandoffAction'][];
    };
    ReleaseCalendarItem: {
      releaseId: string;
      entityRef: string;
      title: string;
      owner?: string;
      system?: string;
      tier: components['schemas']['Tier'];
      version: string;
      kind: components['schemas']['ReleaseKind'];
      changeType: components['schemas']['ChangeType'];
      status: components['schemas']['ReleaseStatus'];
      plannedAt: string;
      window?: components['schemas']['ReleaseWindow'];
      goNoGo?: components['schemas']['Verdict'];
      handover?: components['schemas']['Verdict'];
      /** @description Open blockers of the go/no-go gate. */
      blockers: number;
    };
    ReleaseCalendarResponse: {
      items: components['schemas']['ReleaseCalendarItem'][];
    };
    PortfolioRollups: {
      /** @enum {string} */
      groupBy: 'owner' | 'system';
      /** @description Groups in the filtered set. */
      totalGroups: number;
      groups: {
        /** @description Owner or system ref; null for entities without one. */
        key: string | null;
        total: number;
        byVerdict: {
          'not-ready': number;
          'ready-with-reservations': number;
          'ready-for-run': number;
        };
        averageScore: number | null;
        blockers: number;
        overdueActions: number;
      }[];
    };
    PortfolioHighlights: {
      days: number;
      drops: {
        entityRef: string;
        title: string;
        owner?: string;
        score: number;
        previousScore: number;
        /** @description Day of the reference snapshot (YYYY-MM-DD). */
        since: string;
        verdict: components['schemas']['Verdict'];
      }[];
      waivers: {
        active: number;
        expiringIn30Days: number;
        expiring: {
          id: string;
          entityRef: string;
          criterionId: string;
          expiresAt: string;
        }[];
      };
    };
    PortfolioHeatmapCell: {
      /** @description Category id (OWN, SEC…). */
      category: string;
      /** @description Entities of the team with at least one applicable criterion in the category. */
      entities: number;
      /** @description Applicable criterion results (entity × criterion) of the team in the category. */
      applicable: number;
      /** @description Results that pass (pass, expiring, grace). */
      passing: number;
      /** @description passing / applicable × 100, one decimal. */
      passingShare: number;
      /** @description Results that fail (fail, stale, unknown); waived results are neither passing nor failing. */
      failing: number;
    };
    PortfolioHeatmap: {
      /** @description Categories with a cell in at least one listed team, by id. */
      categories: string[];
      /** @description Teams in the filtered set with stored criterion outcomes. */
      totalTeams: number;
      /** @description Teams with stored criterion outcomes (an entity evaluated before they were stored gets them at its next evaluation), worst first. */
      teams: {
        /** @description Owner ref; null for entities without one. */
        key: string | null;
        /** @description Filtered entities of the team. */
        entities: number;
        /** @description Applicable criterion results of the team, all categories. */
        applicable: number;
        /** @description Passing share over all categories, one decimal. */
        passingShare: number;
        /** @description Failing criterion results of the team, all categories. */
        failing: number;
        cells: components['schemas']['PortfolioHeatmapCell'][];
      }[];
    };
    PortfolioFailingCriteria: {
      /** @description Filtered entities (the denominator of `share`). */
      evaluatedEntities: number;
      /** @description Criteria failed by at least one filtered entity. */
      totalCriteria: number;
      criteria: {
        criterionId: string;
        category: string;
        /** @description Entities failing the criterion (fail, stale, unknown). */
        failing: number;
        /** @description Of those, the entities for whose tier the criterion is blocking. */
        blocking: number;
        /** @description failing / evaluatedEntities × 100, one decimal. */
        share: number;
      }[];
    };
    ChangeSuccessResponse: {
      /** @enum {string} */
      groupBy: 'owner' | 'system';
      groups: {
        key: string;
        total: number;
        succeeded: number;
        rate: number | null;
        months: {
          /** @description YYYY-MM */
          month: string;
          total: number;
          succeeded: number;
        }[];
      }[];
      byGateVerdict: {
        /** @enum {string} */
        verdict:
          | 'not-ready'
          | 'ready-with-reservations'
          | 'ready-for-run'
          | 'unknown';
        total: number;
        succeeded: number;
        failed: number;
        rate: number | null;
      }[];
    };
    /** @description For a System, its components' stored evaluations (as far as the caller may see them). */
    SystemRollup: {
      components: {
        entityRef: string;
        title?: string;
        tier: components['schemas']['Tier'];
        score: number;
        verdict: components['schemas']['Verdict'];
        blockers: string[];
      }[];
      worstVerdict: components['schemas']['Verdict'] | null;
      averageScore: number | null;
    };
    /** @description The evaluated readiness (EntityReadiness in -common); a System's includes `rollup`. */
    EntityReadiness: {
      entityRef: string;
      tier: components['schemas']['Tier'];
      tierDeclared: boolean;
      score: number;
      verdict: components['schemas']['Verdict'];
      verdictReasons: string[];
      /** @description The verdict reasons as message keys with parameters, for translation (same order). */
      verdictReasonMessages?: components['schemas']['MessageRef'][];
      level: components['schemas']['Level'];
      categories: components['schemas']['CategoryScore'][];
      criteria: components['schemas']['CriterionResult'][];
      /** @description Ids of the blocking criteria that fail. */
      blockers: string[];
      reservations: string[];
      nextSteps: components['schemas']['NextStep'][];
      nextChangeAt?: string;
      evaluatedAt: string;
      modelVersion: string;
      outOfScope?: boolean;
      releases?: components['schemas']['ReleaseGateSummary'][];
      lifecycle?: components['schemas']['LifecycleStatus'];
      rollup?: components['schemas']['SystemRollup'];
    };
    /** @description A message key with its parameters, rendered through the frontend's translation ref. */
    MessageRef: {
      key: string;
      /** @description List parameters are newline-separated strings, dates ISO days (YYYY-MM-DD). */
      params?: {
        [key: string]: string | number;
      };
    };
    /** @enum {string} */
    Level: 'none' | 'bronze' | 'silver' | 'gold';
    /**
     * @description One of the ten readiness categories (the model cannot add others).
     * @enum {string}
     */
    CategoryId:
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
    CategoryScore: {
      id: components['schemas']['CategoryId'];
      title: string;
      score: number | null;
      passed: number;
      applicable: number;
    };
    ReleaseGateSummary: {
      releaseId: string;
      version: string;
      kind: components['schemas']['ReleaseKind'];
      status: components['schemas']['ReleaseStatus'];
      plannedAt: string;
      goNoGo: components['schemas']['Verdict'];
      goNoGoBlockers: string[];
      handover: components['schemas']['Verdict'];
      handoverMissing: string[];
      /** @description `handoverMissing` as message keys with parameters, for translation (same order). */
      handoverMissingMessages?: components['schemas']['MessageRef'][];
    };
    LifecycleStatus: {
      catalog?: string;
      inRun: boolean;
      handedOverAt?: string;
      handedOverReleaseId?: string;
      handedOverVersion?: string;
      /** @enum {string} */
      mismatch?: 'production-not-handed-over' | 'handed-over-experimental';
      mismatchReason?: string;
      /** @description `mismatchReason` as a message key with parameters, for translation. */
      mismatchReasonMessage?: components['schemas']['MessageRef'];
    };
    Health: {
      /** @enum {string} */
      status: 'ok';
    };
    EvaluationsTriggered: {
      /** @description The id of the scheduled evaluation task that was triggered. */
      triggered: string;
    };
    Waiver: {
      id: string;
      entityRef: string;
      criterionId: string;
      reason: string;
      requestedBy: string;
      requestedAt: string;
      /** @enum {string} */
      status: 'requested' | 'approved' | 'rejected' | 'revoked';
      approvedBy?: string;
      approvedAt?: string;
      expiresAt: string;
      actionId?: string;
      releaseId?: string;
      rejectionReason?: string;
    };
    WaiverList: {
      items: components['schemas']['Waiver'][];
    };
    AttestationList: {
      items: components['schemas']['Attestation'][];
    };
    HistoryPoint: {
      day: components['schemas']['Date'];
      score: number;
      verdict: components['schemas']['Verdict'];
      level: components['schemas']['Level'];
    };
    HistoryList: {
      items: components['schemas']['HistoryPoint'][];
    };
    AuditEntry: {
      id: string;
      entityRef: string;
      actor: string;
      action: string;
      targetType: string;
      targetId?: string;
      /** @description The record before the change (any JSON value; absent on a creation). */
      before?: unknown;
      /** @description The record after the change (any JSON value; absent on a deletion). */
      after?: unknown;
      at: string;
    };
    AuditList: {
      items: components['schemas']['AuditEntry'][];
    };
    PortfolioItem: {
      entityRef: string;
      title: string;
      kind: string;
      owner?: string;
      system?: string;
      domain?: string;
      tier: components['schemas']['Tier'];
      tierDeclared: boolean;
      poa?: string;
      score: number;
      verdict: components['schemas']['Verdict'];
      level: components['schemas']['Level'];
      blockers: number;
      openActions: number;
      overdueActions: number;
      evaluatedAt: string;
      /** @enum {string} */
      lifecycleMismatch?:
        | 'production-not-handed-over'
        | 'handed-over-experimental';
    };
    PortfolioSummary: {
      totalEntities: number;
      byVerdict: {
        'not-ready': number;
        'ready-with-reservations': number;
        'ready-for-run': number;
      };
      byLevel: {
        none: number;
        bronze: number;
        silver: number;
        gold: number;
      };
      byTier: {
        T1: number;
        T2: number;
        T3: number;
      };
      averageScore: number | null;
      openActions: number;
      overdueActions: number;
      attestationsExpiringIn30Days: number;
    };
    PortfolioResponse: {
      items: components['schemas']['PortfolioItem'][];
      totalItems: number;
      summary: components['schemas']['PortfolioSummary'];
    };
    TrendSeries: {
      /** @description The owner, system or tier the series is for. */
      key: string;
      points: {
        day: components['schemas']['Date'];
        averageScore: number;
        entities: number;
      }[];
    };
    TrendResponse: {
      /** @enum {string} */
      groupBy: 'owner' | 'system' | 'tier' | 'portfolio';
      series: components['schemas']['TrendSeries'][];
    };
    /** @description The readiness model in force (ReadinessModel in -common). */
    ReadinessModel: {
      categories: {
        id: components['schemas']['CategoryId'];
        title: string;
        titleFr: string;
        description: string;
      }[];
      /** @description The enabled criteria. */
      criteria: components['schemas']['CriterionDefinition'][];
      packs: string[];
      thresholds: {
        T1: components['schemas']['VerdictThresholds'];
        T2: components['schemas']['VerdictThresholds'];
        T3: components['schemas']['VerdictThresholds'];
      };
      staleness: {
        warnBeforeDays: number;
        graceRatio: number;
        graceMinDays: number;
        graceMaxDays: number;
        graceFloorCredit: number;
      };
      levels: {
        bronze: string[];
        silver: string[];
      };
      waiverMaxDays: number;
      defaultTier: components['schemas']['Tier'];
      version: string;
      requireActionPlanForReservations?: boolean;
      handoverSignatories?: components['schemas']['HandoverRole'][];
      /** @description The handoff action templates (what a release checklist proposes). */
      actionTemplates?: components['schemas']['ActionTemplate'][];
    };
    ActionTemplate: {
      id: string;
      phase: components['schemas']['Phase'];
      title: string;
      titleFr: string;
      side: components['schemas']['Side'];
      sides: components['schemas']['Side'][];
      criterionIds: string[];
      /** @description Days relative to the release window's start (D-14 → -14). */
      offsetDays?: number;
    };
    VerdictThresholds: {
      readyForRun: number;
      withReservations: number;
    };
    /** @description A criterion of the model. `check` (how it is evaluated), `blockingWhen` and `appliesTo` are the configuration objects of app-config `operationalPilot.criteria` (see the README), passed through as configured. */
    CriterionDefinition: {
      id: string;
      category: components['schemas']['CategoryId'];
      title: string;
      rationale: string;
      howToFix: string;
      weight: number;
      blockingTiers: components['schemas']['Tier'][];
      blockingWhen?: {
        majorReleaseOnly?: boolean;
        when24x7?: boolean;
        atHandover?: boolean;
        releaseKinds?: components['schemas']['ReleaseKind'][];
      };
      /** @enum {string} */
      scope: 'entity' | 'release';
      /** @enum {string} */
      gate?: 'goNoGo' | 'handover';
      /** @description How the criterion is evaluated; `kind` names the check (annotation, link, specField, relation, …). */
      check: {
        kind: string;
      };
      core: boolean;
      pack: string;
      defaultSide: components['schemas']['Side'];
      appliesTo?: {
        kinds?: string[];
        tiers?: components['schemas']['Tier'][];
        stateful?: boolean;
      };
      sources?: string[];
      attestationSubject?: string;
      signedBy?: string[];
      countersignRequired?: boolean;
    };
  };
  responses: {
    /** @description Any other outcome: an error, in the one error shape of the API (`error.name` and `error.message`; on an invalid body, `fieldErrors` naming each field). */
    Error: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Invalid input; `fieldErrors` names each invalid field. Nothing was changed. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The caller lacks the permission for this entity. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description No such entity in the catalog (or not visible to the caller), or no such record. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The record is not in a state that allows this change. */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description If-Match is stale; someone else changed the record. Reload and retry. */
    PreconditionFailed: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description If-Match is missing. */
    PreconditionRequired: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: {
    /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
    kind: string;
    /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
    namespace: string;
    /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
    name: string;
    id: string;
    /** @description The ETag read with GET. Required; 428 when missing, 412 when stale. */
    ifMatch: string;
    /** @description The release's ETag as read; when sent, a stale value is 412. */
    optionalIfMatch: string;
    limit: number;
    offset: number;
    ownerFilter: string[];
    systemFilter: string[];
    domainFilter: string[];
    kindFilter: string[];
    tierFilter: components['schemas']['Tier'][];
    verdictFilter: (
      | 'not-ready'
      | 'ready-with-reservations'
      | 'ready-for-run'
    )[];
    levelFilter: ('none' | 'bronze' | 'silver' | 'gold')[];
    /** @description `true`: only entities whose catalog lifecycle disagrees with the hand-over to run. */
    lifecycleMismatchFilter: boolean;
    poaFilter: string[];
    q: string;
    orderBy:
      | 'entityRef'
      | 'title'
      | 'kind'
      | 'owner'
      | 'system'
      | 'tier'
      | 'poa'
      | 'score'
      | 'verdict'
      | 'level'
      | 'blockers'
      | 'openActions'
      | 'overdueActions'
      | 'evaluatedAt';
    order: 'asc' | 'desc';
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The plugin is up. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  getModel: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The model. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadinessModel'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  getReadiness: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The stored evaluation (evaluated now if none is stored or it is out of date). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntityReadiness'];
        };
      };
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  evaluateEntity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The fresh evaluation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntityReadiness'];
        };
      };
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getOperations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record; its version is in the ETag header. */
      200: {
        headers: {
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OperationsRecord'];
        };
      };
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  putOperations: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag read with GET. Required; 428 when missing, 412 when stale. */
        'If-Match'?: components['parameters']['ifMatch'];
      };
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          metadata: components['schemas']['OperationalMetadata'];
        };
      };
    };
    responses: {
      /** @description The stored record with its new ETag. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OperationsRecord'];
        };
      };
      /** @description Sensitive fields held as a proposal for the POA (listed in `held`); every other field was applied. The body is the record as stored now, with the proposal. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OperationsProposed'];
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
      428: components['responses']['PreconditionRequired'];
      default: components['responses']['Error'];
    };
  };
  acceptOperationsProposal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['ProposalDecisionRequest'];
      };
    };
    responses: {
      /** @description The stored record with its new ETag, and the accepted proposal. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OperationsProposalAccepted'];
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  rejectOperationsProposal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['ProposalDecisionRequest'];
      };
    };
    responses: {
      /** @description The rejected proposal. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OperationsProposal'];
        };
      };
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  listAttestations: {
    parameters: {
      query?: {
        criterionId?: string;
      };
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The attestations of the entity. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttestationList'];
        };
      };
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  createAttestation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAttestationRequest'];
      };
    };
    responses: {
      /** @description The created attestation. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Attestation'];
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  countersignAttestation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The countersigned attestation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Attestation'];
        };
      };
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  approveAttestation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The approved declaration. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Attestation'];
        };
      };
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  listWaivers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The waivers of the entity. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WaiverList'];
        };
      };
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  requestWaiver: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWaiverRequest'];
      };
    };
    responses: {
      /** @description The requested waiver. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Waiver'];
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  approveWaiver: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The approved waiver. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Waiver'];
        };
      };
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  rejectWaiver: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          reason?: string;
        };
      };
    };
    responses: {
      /** @description The rejected waiver. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Waiver'];
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  revokeWaiver: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The revoked waiver. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Waiver'];
        };
      };
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  listActions: {
    parameters: {
      query?: {
        status?: components['schemas']['ActionStatus'][];
        phase?: components['schemas']['Phase'][];
        releaseId?: string;
      };
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The handoff actions of the entity. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HandoffActionList'];
        };
      };
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  createAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateActionRequest'];
      };
    };
    responses: {
      /** @description The created action. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HandoffAction'];
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  proposeActions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The proposed actions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HandoffActionList'];
        };
      };
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HandoffAction'];
        };
      };
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  updateAction: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag read with GET. Required; 428 when missing, 412 when stale. */
        'If-Match'?: components['parameters']['ifMatch'];
      };
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateActionRequest'];
      };
    };
    responses: {
      /** @description The updated action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HandoffAction'];
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      412: components['responses']['PreconditionFailed'];
      428: components['responses']['PreconditionRequired'];
      default: components['responses']['Error'];
    };
  };
  listReleases: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The releases, latest planned first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReleaseList'];
        };
      };
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  createRelease: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateReleaseRequest'];
      };
    };
    responses: {
      /** @description The planned release; its revision is in the ETag header. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Release'];
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getRelease: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The release. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Release'];
        };
      };
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  updateRelease: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag read with GET. Required; 428 when missing, 412 when stale. */
        'If-Match'?: components['parameters']['ifMatch'];
      };
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateReleaseRequest'];
      };
    };
    responses: {
      /** @description The updated release; its new revision is in the ETag header. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Release'];
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
      428: components['responses']['PreconditionRequired'];
      default: components['responses']['Error'];
    };
  };
  getReleaseGates: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Both gates with their criteria, verdicts, blockers and what is missing. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReleaseGates'];
        };
      };
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  listReleaseDecisions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The decisions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReleaseDecisionList'];
        };
      };
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  createReleaseDecision: {
    parameters: {
      query?: never;
      header?: {
        /** @description The release's ETag as read; when sent, a stale value is 412. */
        'If-Match'?: components['parameters']['optionalIfMatch'];
      };
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDecisionRequest'];
      };
    };
    responses: {
      /** @description The decision record. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReleaseDecision'];
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
      default: components['responses']['Error'];
    };
  };
  getDecisionApprovers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One item per assigned decision role. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DecisionApproversResponse'];
        };
      };
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  signReleaseHandover: {
    parameters: {
      query?: never;
      header?: {
        /** @description The release's ETag as read; when sent, a stale value is 412. */
        'If-Match'?: components['parameters']['optionalIfMatch'];
      };
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignHandoverRequest'];
      };
    };
    responses: {
      /** @description The release with the new signature; its new revision is in the ETag header. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Release'];
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
      default: components['responses']['Error'];
    };
  };
  recordReleaseOutcome: {
    parameters: {
      query?: never;
      header?: {
        /** @description The release's ETag as read; when sent, a stale value is 412. */
        'If-Match'?: components['parameters']['optionalIfMatch'];
      };
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordOutcomeRequest'];
      };
    };
    responses: {
      /** @description The release with its outcome; its new revision is in the ETag header. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Release'];
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      412: components['responses']['PreconditionFailed'];
      default: components['responses']['Error'];
    };
  };
  generateReleaseChecklist: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GenerateChecklistRequest'];
      };
    };
    responses: {
      /** @description The proposal (preview). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChecklistPreviewResponse'];
        };
      };
      /** @description The created actions. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HandoffActionList'];
        };
      };
      400: components['responses']['BadRequest'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Error'];
    };
  };
  getReleaseDossier: {
    parameters: {
      query?: {
        lang?: 'en' | 'fr';
      };
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The dossier. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/markdown': string;
          'text/html': string;
        };
      };
      404: components['responses']['NotFound'];
      /** @description Neither text/markdown nor text/html was asked for. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  getHistory: {
    parameters: {
      query?: {
        days?: number;
      };
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Daily readiness points, oldest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryList'];
        };
      };
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getAudit: {
    parameters: {
      query?: {
        limit?: components['parameters']['limit'];
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path: {
        /** @description The entity kind, as in an entity ref (letters and digits, starting with a letter). */
        kind: components['parameters']['kind'];
        /** @description The entity namespace (letters, digits and dashes; no `/`, `:` or dots). */
        namespace: components['parameters']['namespace'];
        /** @description The entity name (letters, digits, `-`, `_`, `.`; starts and ends with a letter or digit). */
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The audit trail of the entity, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditList'];
        };
      };
      404: components['responses']['NotFound'];
      default: components['responses']['Error'];
    };
  };
  getPortfolio: {
    parameters: {
      query?: {
        owner?: components['parameters']['ownerFilter'];
        system?: components['parameters']['systemFilter'];
        domain?: components['parameters']['domainFilter'];
        kind?: components['parameters']['kindFilter'];
        tier?: components['parameters']['tierFilter'];
        verdict?: components['parameters']['verdictFilter'];
        level?: components['parameters']['levelFilter'];
        poa?: components['parameters']['poaFilter'];
        /** @description `true`: only entities whose catalog lifecycle disagrees with the hand-over to run. */
        lifecycleMismatch?: components['parameters']['lifecycleMismatchFilter'];
        q?: components['parameters']['q'];
        orderBy?: components['parameters']['orderBy'];
        order?: components['parameters']['order'];
        limit?: components['parameters']['limit'];
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PortfolioResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      default: components['responses']['Error'];
    };
  };
  exportPortfolio: {
    parameters: {
      query?: {
        owner?: components['parameters']['ownerFilter'];
        system?: components['parameters']['systemFilter'];
        domain?: components['parameters']['domainFilter'];
        kind?: components['parameters']['kindFilter'];
        tier?: components['parameters']['tierFilter'];
        verdict?: components['parameters']['verdictFilter'];
        level?: components['parameters']['levelFilter'];
        poa?: components['parameters']['poaFilter'];
        /** @description `true`: only entities whose catalog lifecycle disagrees with the hand-over to run. */
        lifecycleMismatch?: components['parameters']['lifecycleMismatchFilter'];
        q?: components['parameters']['q'];
        orderBy?: components['parameters']['orderBy'];
        order?: components['parameters']['order'];
        /** @description `fr` gives French column titles and verdict/level labels (also chosen by `Accept-Language: fr`); English keeps the stable machine column names. */
        lang?: 'en' | 'fr';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      400: components['responses']['BadRequest'];
      default: components['responses']['Error'];
    };
  };
  getPortfolioTrend: {
    parameters: {
      query: {
        groupBy: 'owner' | 'system' | 'tier' | 'portfolio';
        days?: number;
        owner?: components['parameters']['ownerFilter'];
        system?: components['parameters']['systemFilter'];
        domain?: components['parameters']['domainFilter'];
        kind?: components['parameters']['kindFilter'];
        tier?: components['parameters']['tierFilter'];
        verdict?: components['parameters']['verdictFilter'];
        level?: components['parameters']['levelFilter'];
        poa?: components['parameters']['poaFilter'];
        /** @description `true`: only entities whose catalog lifecycle disagrees with the hand-over to run. */
        lifecycleMismatch?: components['parameters']['lifecycleMismatchFilter'];
        q?: components['parameters']['q'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Series. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrendResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      default: components['responses']['Error'];
    };
  };
  getReleaseCalendar: {
    parameters: {
      query?: {
        from?: components['schemas']['Date'];
        to?: components['schemas']['Date'];
        owner?: components['parameters']['ownerFilter'];
        system?: components['parameters']['systemFilter'];
        domain?: components['parameters']['domainFilter'];
        kind?: components['parameters']['kindFilter'];
        tier?: components['parameters']['tierFilter'];
        verdict?: components['parameters']['verdictFilter'];
        level?: components['parameters']['levelFilter'];
        poa?: components['parameters']['poaFilter'];
        /** @description `true`: only entities whose catalog lifecycle disagrees with the hand-over to run. */
        lifecycleMismatch?: components['parameters']['lifecycleMismatchFilter'];
        q?: components['parameters']['q'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The releases, by planned date. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReleaseCalendarResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      default: components['responses']['Error'];
    };
  };
  getChangeSuccess: {
    parameters: {
      query?: {
        groupBy?: 'owner' | 'system';
        months?: number;
        owner?: components['parameters']['ownerFilter'];
        system?: components['parameters']['systemFilter'];
        domain?: components['parameters']['domainFilter'];
        kind?: components['parameters']['kindFilter'];
        tier?: components['parameters']['tierFilter'];
        verdict?: components['parameters']['verdictFilter'];
        level?: components['parameters']['levelFilter'];
        poa?: components['parameters']['poaFilter'];
        /** @description `true`: only entities whose catalog lifecycle disagrees with the hand-over to run. */
        lifecycleMismatch?: components['parameters']['lifecycleMismatchFilter'];
        q?: components['parameters']['q'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Success rates per group and month, and per gate verdict at go. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangeSuccessResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      default: components['responses']['Error'];
    };
  };
  getPortfolioRollups: {
    parameters: {
      query?: {
        groupBy?: 'owner' | 'system';
        /** @description Groups listed (default 20). */
        limit?: number;
        owner?: components['parameters']['ownerFilter'];
        system?: components['parameters']['systemFilter'];
        domain?: components['parameters']['domainFilter'];
        kind?: components['parameters']['kindFilter'];
        tier?: components['parameters']['tierFilter'];
        verdict?: components['parameters']['verdictFilter'];
        level?: components['parameters']['levelFilter'];
        poa?: components['parameters']['poaFilter'];
        /** @description `true`: only entities whose catalog lifecycle disagrees with the hand-over to run. */
        lifecycleMismatch?: components['parameters']['lifecycleMismatchFilter'];
        q?: components['parameters']['q'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The worst groups and how many groups the filtered set has. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PortfolioRollups'];
        };
      };
      400: components['responses']['BadRequest'];
      default: components['responses']['Error'];
    };
  };
  getPortfolioHighlights: {
    parameters: {
      query?: {
        /** @description Window of the drops (default 7). */
        days?: number;
        /** @description Drops and expiring waivers listed (default 10). */
        limit?: number;
        owner?: components['parameters']['ownerFilter'];
        system?: components['parameters']['systemFilter'];
        domain?: components['parameters']['domainFilter'];
        kind?: components['parameters']['kindFilter'];
        tier?: components['parameters']['tierFilter'];
        verdict?: components['parameters']['verdictFilter'];
        level?: components['parameters']['levelFilter'];
        poa?: components['parameters']['poaFilter'];
        /** @description `true`: only entities whose catalog lifecycle disagrees with the hand-over to run. */
        lifecycleMismatch?: components['parameters']['lifecycleMismatchFilter'];
        q?: components['parameters']['q'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Drops and waivers of the filtered portfolio. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PortfolioHighlights'];
        };
      };
      400: components['responses']['BadRequest'];
      default: components['responses']['Error'];
    };
  };
  getPortfolioHeatmap: {
    parameters: {
      query?: {
        /** @description Teams listed (default 20). */
        limit?: number;
        owner?: components['parameters']['ownerFilter'];
        system?: components['parameters']['systemFilter'];
        domain?: components['parameters']['domainFilter'];
        kind?: components['parameters']['kindFilter'];
        tier?: components['parameters']['tierFilter'];
        verdict?: components['parameters']['verdictFilter'];
        level?: components['parameters']['levelFilter'];
        poa?: components['parameters']['poaFilter'];
        /** @description `true`: only entities whose catalog lifecycle disagrees with the hand-over to run. */
        lifecycleMismatch?: components['parameters']['lifecycleMismatchFilter'];
        q?: components['parameters']['q'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The worst teams with one cell per category, and how many teams the filtered set has. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PortfolioHeatmap'];
        };
      };
      400: components['responses']['BadRequest'];
      default: components['responses']['Error'];
    };
  };
  getPortfolioFailingCriteria: {
    parameters: {
      query?: {
        /** @description Criteria listed (default 10). */
        limit?: number;
        owner?: components['parameters']['ownerFilter'];
        system?: components['parameters']['systemFilter'];
        domain?: components['parameters']['domainFilter'];
        kind?: components['parameters']['kindFilter'];
        tier?: components['parameters']['tierFilter'];
        verdict?: components['parameters']['verdictFilter'];
        level?: components['parameters']['levelFilter'];
        poa?: components['parameters']['poaFilter'];
        /** @description `true`: only entities whose catalog lifecycle disagrees with the hand-over to run. */
        lifecycleMismatch?: components['parameters']['lifecycleMismatchFilter'];
        q?: components['parameters']['q'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The most failing criteria, most failing first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PortfolioFailingCriteria'];
        };
      };
      400: components['responses']['BadRequest'];
      default: components['responses']['Error'];
    };
  };
  listOperationsRoles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One item per entity with operational metadata, by entity ref. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OperationsRolesList'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  runEvaluations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Triggered. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvaluationsTriggered'];
        };
      };
      403: components['responses']['Forbidden'];
      default: components['responses']['Error'];
    };
  };
}
