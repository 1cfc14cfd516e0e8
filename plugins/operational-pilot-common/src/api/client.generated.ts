// This file is generated from openapi.yaml by scripts/generate-openapi.js. Do not edit.
/* eslint-disable */
import type { operations } from './openapi.generated';

/** A fetch `Response` whose `json()` is the type the document gives the operation. */
export interface TypedResponse<T> extends Response {
  json(): Promise<T>;
}

/** Headers outside the document (content negotiation: `Accept`, `Accept-Language`). */
export interface RequestOptions {
  headers?: Record<string, string>;
}

interface RawRequest {
  path?: object;
  query?: object;
  headers?: object;
  body?: unknown;
}

/** Low-level client of every operation of openapi.yaml; errors are left to the caller (the status is on the response). */
export class OperationalPilotApiClient {
  constructor(
    private readonly options: {
      baseUrl: () => Promise<string>;
      fetch: (url: string, init: RequestInit) => Promise<Response>;
    },
  ) {}

  private async send(
    method: string,
    template: string,
    request: RawRequest,
    options: RequestOptions,
  ): Promise<TypedResponse<any>> {
    const path = template.replace(/\{(\w+)\}/g, (_m, name: string) =>
      encodeURIComponent(
        String((request.path as Record<string, unknown>)[name]),
      ),
    );
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(request.query ?? {})) {
      for (const v of Array.isArray(value) ? value : [value]) {
        if (v !== undefined && v !== null && v !== '')
          search.append(key, String(v));
      }
    }
    const query = search.toString() ? `?${search}` : '';
    const headers: Record<string, string> = {
      Accept: 'application/json',
      ...options.headers,
    };
    for (const [key, value] of Object.entries(request.headers ?? {})) {
      if (value !== undefined) headers[key] = String(value);
    }
    const init: RequestInit = { method, headers };
    if (request.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(request.body);
    }
    return this.options.fetch(
      `${await this.options.baseUrl()}${path}${query}`,
      init,
    );
  }

  /** GET /health: Liveness of the plugin. */
  async getHealth(
    request: {} = {},
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['getHealth']['responses'][200]['content']['application/json']
    >
  > {
    return this.send('GET', '/health', request, options);
  }

  /** GET /model: The readiness model in force (categories, criteria, thresholds, levels, action templates). */
  async getModel(
    request: {} = {},
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['getModel']['responses'][200]['content']['application/json']
    >
  > {
    return this.send('GET', '/model', request, options);
  }

  /** GET /entities/{kind}/{namespace}/{name}/readiness: Evaluated readiness of an entity (score, verdict, level, criteria, blockers, next steps); for a System, also the rollup of its components' stored evaluations. */
  async getReadiness(
    request: {
      path: NonNullable<operations['getReadiness']['parameters']['path']>;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['getReadiness']['responses'][200]['content']['application/json']
    >
  > {
    return this.send(
      'GET',
      '/entities/{kind}/{namespace}/{name}/readiness',
      request,
      options,
    );
  }

  /** POST /entities/{kind}/{namespace}/{name}/evaluate: Re-evaluate an entity now (e.g. after a catalog-info.yaml change); needs the operations update permission. */
  async evaluateEntity(
    request: {
      path: NonNullable<operations['evaluateEntity']['parameters']['path']>;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['evaluateEntity']['responses'][200]['content']['application/json']
    >
  > {
    return this.send(
      'POST',
      '/entities/{kind}/{namespace}/{name}/evaluate',
      request,
      options,
    );
  }

  /** GET /entities/{kind}/{namespace}/{name}/operations: Operational metadata and roles (version 0 and empty metadata when none was entered yet), with the sensitive changes pending the POA's decision (`pendingProposals`). */
  async getOperations(
    request: {
      path: NonNullable<operations['getOperations']['parameters']['path']>;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['getOperations']['responses'][200]['content']['application/json']
    >
  > {
    return this.send(
      'GET',
      '/entities/{kind}/{namespace}/{name}/operations',
      request,
      options,
    );
  }

  /** PUT /entities/{kind}/{namespace}/{name}/operations: Replace the operational metadata. Requires If-Match with the version read. A change to the tier, the roles, the support groups, the SLO owner or the continuity agreement by someone who is neither the entity's POA, a member of a POA group nor an approver is held as a proposal (202; the other fields apply) or refused (403, `governance.sensitiveChanges: refuse`). */
  async putOperations(
    request: {
      path: NonNullable<operations['putOperations']['parameters']['path']>;
      headers?: NonNullable<
        operations['putOperations']['parameters']['header']
      >;
      body: NonNullable<
        operations['putOperations']['requestBody']
      >['content']['application/json'];
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      | operations['putOperations']['responses'][200]['content']['application/json']
      | operations['putOperations']['responses'][202]['content']['application/json']
    >
  > {
    return this.send(
      'PUT',
      '/entities/{kind}/{namespace}/{name}/operations',
      request,
      options,
    );
  }

  /** POST /entities/{kind}/{namespace}/{name}/operations/proposals/{id}/accept: The POA (or a POA-group member, or an approver; never the author) accepts a pending proposal: its changes apply to the current metadata (409 when a field changed since the proposal). */
  async acceptOperationsProposal(
    request: {
      path: NonNullable<
        operations['acceptOperationsProposal']['parameters']['path']
      >;
      body?: NonNullable<
        operations['acceptOperationsProposal']['requestBody']
      >['content']['application/json'];
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['acceptOperationsProposal']['responses'][200]['content']['application/json']
    >
  > {
    return this.send(
      'POST',
      '/entities/{kind}/{namespace}/{name}/operations/proposals/{id}/accept',
      request,
      options,
    );
  }

  /** POST /entities/{kind}/{namespace}/{name}/operations/proposals/{id}/reject: Reject a pending proposal (whoever may accept it), or withdraw it (its author). Nothing changes. */
  async rejectOperationsProposal(
    request: {
      path: NonNullable<
        operations['rejectOperationsProposal']['parameters']['path']
      >;
      body?: NonNullable<
        operations['rejectOperationsProposal']['requestBody']
      >['content']['application/json'];
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['rejectOperationsProposal']['responses'][200]['content']['application/json']
    >
  > {
    return this.send(
      'POST',
      '/entities/{kind}/{namespace}/{name}/operations/proposals/{id}/reject',
      request,
      options,
    );
  }

  /** GET /entities/{kind}/{namespace}/{name}/attestations: Attestations recorded on the entity, newest first. */
  async listAttestations(
    request: {
      path: NonNullable<operations['listAttestations']['parameters']['path']>;
      query?: NonNullable<
        operations['listAttestations']['parameters']['query']
      >;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['listAttestations']['responses'][200]['content']['application/json']
    >
  > {
    return this.send(
      'GET',
      '/entities/{kind}/{namespace}/{name}/attestations',
      request,
      options,
    );
  }

  /** POST /entities/{kind}/{namespace}/{name}/attestations: Record an attestation with evidence. */
  async createAttestation(
    request: {
      path: NonNullable<operations['createAttestation']['parameters']['path']>;
      body: NonNullable<
        operations['createAttestation']['requestBody']
      >['content']['application/json'];
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['createAttestation']['responses'][201]['content']['application/json']
    >
  > {
    return this.send(
      'POST',
      '/entities/{kind}/{namespace}/{name}/attestations',
      request,
      options,
    );
  }

  /** POST /attestations/{id}/countersign: Countersign an attestation: someone other than the assessor (409), holding one of the criterion's `signedBy` roles when it has some (403 naming the role and its holder). */
  async countersignAttestation(
    request: {
      path: NonNullable<
        operations['countersignAttestation']['parameters']['path']
      >;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['countersignAttestation']['responses'][200]['content']['application/json']
    >
  > {
    return this.send(
      'POST',
      '/attestations/{id}/countersign',
      request,
      options,
    );
  }

  /** POST /attestations/{id}/approve: Approve a not-applicable declaration (an exemption) on the waiver-approve permission: never by the declarer (409), scoped by category like waivers (403), before its review date (409). */
  async approveAttestation(
    request: {
      path: NonNullable<operations['approveAttestation']['parameters']['path']>;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['approveAttestation']['responses'][200]['content']['application/json']
    >
  > {
    return this.send('POST', '/attestations/{id}/approve', request, options);
  }

  /** GET /entities/{kind}/{namespace}/{name}/waivers: Waivers (risk acceptances) of the entity. */
  async listWaivers(
    request: {
      path: NonNullable<operations['listWaivers']['parameters']['path']>;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['listWaivers']['responses'][200]['content']['application/json']
    >
  > {
    return this.send(
      'GET',
      '/entities/{kind}/{namespace}/{name}/waivers',
      request,
      options,
    );
  }

  /** POST /entities/{kind}/{namespace}/{name}/waivers: Request a waiver with a reason and a bounded expiry. */
  async requestWaiver(
    request: {
      path: NonNullable<operations['requestWaiver']['parameters']['path']>;
      body: NonNullable<
        operations['requestWaiver']['requestBody']
      >['content']['application/json'];
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['requestWaiver']['responses'][201]['content']['application/json']
    >
  > {
    return this.send(
      'POST',
      '/entities/{kind}/{namespace}/{name}/waivers',
      request,
      options,
    );
  }

  /** POST /waivers/{id}/approve: Approve a requested waiver (approver role): never by the requester (409); a SEC criterion by the entity's security approver or a member of `approverGroupsByCategory.SEC` (403). */
  async approveWaiver(
    request: {
      path: NonNullable<operations['approveWaiver']['parameters']['path']>;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['approveWaiver']['responses'][200]['content']['application/json']
    >
  > {
    return this.send('POST', '/waivers/{id}/approve', request, options);
  }

  /** POST /waivers/{id}/reject: Reject a requested waiver (approver role); the reason is stored with the waiver as `rejectionReason`. */
  async rejectWaiver(
    request: {
      path: NonNullable<operations['rejectWaiver']['parameters']['path']>;
      body?: NonNullable<
        operations['rejectWaiver']['requestBody']
      >['content']['application/json'];
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['rejectWaiver']['responses'][200]['content']['application/json']
    >
  > {
    return this.send('POST', '/waivers/{id}/reject', request, options);
  }

  /** DELETE /waivers/{id}: Revoke a waiver (approver role). The record is kept, with status revoked. */
  async revokeWaiver(
    request: {
      path: NonNullable<operations['revokeWaiver']['parameters']['path']>;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['revokeWaiver']['responses'][200]['content']['application/json']
    >
  > {
    return this.send('DELETE', '/waivers/{id}', request, options);
  }

  /** GET /entities/{kind}/{namespace}/{name}/actions: Handoff actions of the entity. */
  async listActions(
    request: {
      path: NonNullable<operations['listActions']['parameters']['path']>;
      query?: NonNullable<operations['listActions']['parameters']['query']>;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['listActions']['responses'][200]['content']['application/json']
    >
  > {
    return this.send(
      'GET',
      '/entities/{kind}/{namespace}/{name}/actions',
      request,
      options,
    );
  }

  /** POST /entities/{kind}/{namespace}/{name}/actions: Create a handoff action (from scratch or from a template). */
  async createAction(
    request: {
      path: NonNullable<operations['createAction']['parameters']['path']>;
      body: NonNullable<
        operations['createAction']['requestBody']
      >['content']['application/json'];
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['createAction']['responses'][201]['content']['application/json']
    >
  > {
    return this.send(
      'POST',
      '/entities/{kind}/{namespace}/{name}/actions',
      request,
      options,
    );
  }

  /** POST /entities/{kind}/{namespace}/{name}/actions/propose: Propose one action for every failing criterion that has none yet. */
  async proposeActions(
    request: {
      path: NonNullable<operations['proposeActions']['parameters']['path']>;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['proposeActions']['responses'][200]['content']['application/json']
    >
  > {
    return this.send(
      'POST',
      '/entities/{kind}/{namespace}/{name}/actions/propose',
      request,
      options,
    );
  }

  /** GET /actions/{id}: One handoff action; its version is in the ETag header. */
  async getAction(
    request: {
      path: NonNullable<operations['getAction']['parameters']['path']>;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['getAction']['responses'][200]['content']['application/json']
    >
  > {
    return this.send('GET', '/actions/{id}', request, options);
  }

  /** PATCH /actions/{id}: Update fields or move the status (legal transitions only). Requires If-Match. `done` on an action whose criterion is attested needs `evidenceUrl` (400); `verified` is for the POA or run side, never the assignee (403); `risk_accepted` requests a waiver (status `requested`) that someone else approves. */
  async updateAction(
    request: {
      path: NonNullable<operations['updateAction']['parameters']['path']>;
      headers?: NonNullable<operations['updateAction']['parameters']['header']>;
      body: NonNullable<
        operations['updateAction']['requestBody']
      >['content']['application/json'];
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['updateAction']['responses'][200]['content']['application/json']
    >
  > {
    return this.send('PATCH', '/actions/{id}', request, options);
  }

  /** GET /entities/{kind}/{namespace}/{name}/releases: Production releases of the entity, by planned date. */
  async listReleases(
    request: {
      path: NonNullable<operations['listReleases']['parameters']['path']>;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['listReleases']['responses'][200]['content']['application/json']
    >
  > {
    return this.send(
      'GET',
      '/entities/{kind}/{namespace}/{name}/releases',
      request,
      options,
    );
  }

  /** POST /entities/{kind}/{namespace}/{name}/releases: Plan a production release. */
  async createRelease(
    request: {
      path: NonNullable<operations['createRelease']['parameters']['path']>;
      body: NonNullable<
        operations['createRelease']['requestBody']
      >['content']['application/json'];
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['createRelease']['responses'][201]['content']['application/json']
    >
  > {
    return this.send(
      'POST',
      '/entities/{kind}/{namespace}/{name}/releases',
      request,
      options,
    );
  }

  /** GET /releases/{id}: One release; its revision is in the ETag header. */
  async getRelease(
    request: {
      path: NonNullable<operations['getRelease']['parameters']['path']>;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['getRelease']['responses'][200]['content']['application/json']
    >
  > {
    return this.send('GET', '/releases/{id}', request, options);
  }

  /** PATCH /releases/{id}: Update a release or move its status (illegal transitions are 400; a move whose condition is not met, such as deploying without a "go" or closing before the hand-over is signed, is 409). Once a go/no-go decision is recorded the kind is frozen; once deployed only the status and the hypercare plan change (409 naming the field). Decisions go through POST /releases/{id}/decisions. Requires If-Match. */
  async updateRelease(
    request: {
      path: NonNullable<operations['updateRelease']['parameters']['path']>;
      headers?: NonNullable<
        operations['updateRelease']['parameters']['header']
      >;
      body: NonNullable<
        operations['updateRelease']['requestBody']
      >['content']['application/json'];
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['updateRelease']['responses'][200]['content']['application/json']
    >
  > {
    return this.send('PATCH', '/releases/{id}', request, options);
  }

  /** GET /releases/{id}/gate: The release's two gates (go/no-go and hand-over to run), evaluated now. */
  async getReleaseGates(
    request: {
      path: NonNullable<operations['getReleaseGates']['parameters']['path']>;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['getReleaseGates']['responses'][200]['content']['application/json']
    >
  > {
    return this.send('GET', '/releases/{id}/gate', request, options);
  }

  /** GET /releases/{id}/decisions: Go/no-go decisions of the release, newest first, each with its frozen gate snapshot. */
  async listReleaseDecisions(
    request: {
      path: NonNullable<
        operations['listReleaseDecisions']['parameters']['path']
      >;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['listReleaseDecisions']['responses'][200]['content']['application/json']
    >
  > {
    return this.send('GET', '/releases/{id}/decisions', request, options);
  }

  /** POST /releases/{id}/decisions: Record a go/no-go decision (release planned or at go/no-go; a planned release moves to go/no-go). Each approver must be a user holding a decision role (business owner, owner, ops owner, POA) directly or through a group. "go" on a gate that is not ready needs an overrideReason. The gate is frozen in the decision's snapshot. If-Match is optional (checked when sent); the release's new revision is in the ETag. */
  async createReleaseDecision(
    request: {
      path: NonNullable<
        operations['createReleaseDecision']['parameters']['path']
      >;
      headers?: NonNullable<
        operations['createReleaseDecision']['parameters']['header']
      >;
      body: NonNullable<
        operations['createReleaseDecision']['requestBody']
      >['content']['application/json'];
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['createReleaseDecision']['responses'][201]['content']['application/json']
    >
  > {
    return this.send('POST', '/releases/{id}/decisions', request, options);
  }

  /** GET /releases/{id}/decision-approvers: Who should approve a go/no-go, prefilled from the holders of the decision roles. */
  async getDecisionApprovers(
    request: {
      path: NonNullable<
        operations['getDecisionApprovers']['parameters']['path']
      >;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['getDecisionApprovers']['responses'][200]['content']['application/json']
    >
  > {
    return this.send(
      'GET',
      '/releases/{id}/decision-approvers',
      request,
      options,
    );
  }

  /** POST /releases/{id}/handover/signatures: Sign the hand-over to run (PV de passage en run) for one role, while the release is deployed or in hypercare. The role must be a required signatory (400) and the caller must hold it (403); a role signs once (409). When every required role has signed, `handover.completedAt` is set. If-Match is optional. */
  async signReleaseHandover(
    request: {
      path: NonNullable<
        operations['signReleaseHandover']['parameters']['path']
      >;
      headers?: NonNullable<
        operations['signReleaseHandover']['parameters']['header']
      >;
      body: NonNullable<
        operations['signReleaseHandover']['requestBody']
      >['content']['application/json'];
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['signReleaseHandover']['responses'][201]['content']['application/json']
    >
  > {
    return this.send(
      'POST',
      '/releases/{id}/handover/signatures',
      request,
      options,
    );
  }

  /** POST /releases/{id}/outcome: Record (or replace) how the release went, once deployed; each lesson becomes a follow-up action (phase `after`). The gate verdict of the last "go" decision is stored with the outcome. If-Match is optional. */
  async recordReleaseOutcome(
    request: {
      path: NonNullable<
        operations['recordReleaseOutcome']['parameters']['path']
      >;
      headers?: NonNullable<
        operations['recordReleaseOutcome']['parameters']['header']
      >;
      body: NonNullable<
        operations['recordReleaseOutcome']['requestBody']
      >['content']['application/json'];
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['recordReleaseOutcome']['responses'][200]['content']['application/json']
    >
  > {
    return this.send('POST', '/releases/{id}/outcome', request, options);
  }

  /** POST /releases/{id}/checklist: The release checklist: one handoff action per applicable action template (before, during and after the release), due at the template's offset from the window start (or planned date), owed by the template's side and assigned to the holder of the matching role. Templates whose criterion already has an open action of this release, or whose criteria are not enabled, are skipped. With `preview: true` nothing is created; otherwise the given (edited) `items`, or the proposal as is, are created in one audited transaction. Open releases only (409). Needs the action create permission on the release's entity. */
  async generateReleaseChecklist(
    request: {
      path: NonNullable<
        operations['generateReleaseChecklist']['parameters']['path']
      >;
      body: NonNullable<
        operations['generateReleaseChecklist']['requestBody']
      >['content']['application/json'];
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      | operations['generateReleaseChecklist']['responses'][200]['content']['application/json']
      | operations['generateReleaseChecklist']['responses'][201]['content']['application/json']
    >
  > {
    return this.send('POST', '/releases/{id}/checklist', request, options);
  }

  /** GET /releases/{id}/dossier: The CAB dossier of the release, from the gate frozen at its latest go/no-go decision (or the live gates before any decision): release and change, run readiness, go/no-go gate with blockers and reservations, decisions, attestations with evidence, actions per phase, roles, rollback and hypercare plans, hand-over signatures, outcome and follow-ups. `Accept: text/markdown` for Markdown, `Accept: text/html` for a printable HTML page; anything else is 406. French with `lang=fr` or `Accept-Language: fr`, else English. */
  async getReleaseDossier(
    request: {
      path: NonNullable<operations['getReleaseDossier']['parameters']['path']>;
      query?: NonNullable<
        operations['getReleaseDossier']['parameters']['query']
      >;
    },
    options: RequestOptions = {},
  ): Promise<TypedResponse<string>> {
    return this.send('GET', '/releases/{id}/dossier', request, options);
  }

  /** GET /entities/{kind}/{namespace}/{name}/history: Daily score snapshots for the trend. */
  async getHistory(
    request: {
      path: NonNullable<operations['getHistory']['parameters']['path']>;
      query?: NonNullable<operations['getHistory']['parameters']['query']>;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['getHistory']['responses'][200]['content']['application/json']
    >
  > {
    return this.send(
      'GET',
      '/entities/{kind}/{namespace}/{name}/history',
      request,
      options,
    );
  }

  /** GET /entities/{kind}/{namespace}/{name}/audit: Change log of the entity's operational data, newest first. */
  async getAudit(
    request: {
      path: NonNullable<operations['getAudit']['parameters']['path']>;
      query?: NonNullable<operations['getAudit']['parameters']['query']>;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['getAudit']['responses'][200]['content']['application/json']
    >
  > {
    return this.send(
      'GET',
      '/entities/{kind}/{namespace}/{name}/audit',
      request,
      options,
    );
  }

  /** GET /portfolio: Paginated, sorted, filtered readiness of all entities, with a summary of the filtered set. */
  async getPortfolio(
    request: {
      query?: NonNullable<operations['getPortfolio']['parameters']['query']>;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['getPortfolio']['responses'][200]['content']['application/json']
    >
  > {
    return this.send('GET', '/portfolio', request, options);
  }

  /** GET /portfolio/export.csv: The filtered portfolio as CSV (all pages, streamed). */
  async exportPortfolio(
    request: {
      query?: NonNullable<operations['exportPortfolio']['parameters']['query']>;
    },
    options: RequestOptions = {},
  ): Promise<TypedResponse<string>> {
    return this.send('GET', '/portfolio/export.csv', request, options);
  }

  /** GET /portfolio/trend: Average score per day, grouped by owner, system or tier, or of the whole portfolio. */
  async getPortfolioTrend(
    request: {
      query: NonNullable<
        operations['getPortfolioTrend']['parameters']['query']
      >;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['getPortfolioTrend']['responses'][200]['content']['application/json']
    >
  > {
    return this.send('GET', '/portfolio/trend', request, options);
  }

  /** GET /portfolio/releases: The release calendar: open releases (planned → hypercare) planned between `from` and `to` (both included; default today → +90 days) of the entities matching the portfolio filters and visible to the caller, with their gate verdicts and open go/no-go blockers; earliest first, at most 500. */
  async getReleaseCalendar(
    request: {
      query?: NonNullable<
        operations['getReleaseCalendar']['parameters']['query']
      >;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['getReleaseCalendar']['responses'][200]['content']['application/json']
    >
  > {
    return this.send('GET', '/portfolio/releases', request, options);
  }

  /** GET /portfolio/change-success: Change success rate: releases whose outcome was recorded in the last `months` months (this one included), per owner or system and per month (success = success or success with incidents), and per go/no-go gate verdict frozen at the "go" decision (readiness at go versus outcome). Portfolio filters and catalog read access apply. */
  async getChangeSuccess(
    request: {
      query?: NonNullable<
        operations['getChangeSuccess']['parameters']['query']
      >;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['getChangeSuccess']['responses'][200]['content']['application/json']
    >
  > {
    return this.send('GET', '/portfolio/change-success', request, options);
  }

  /** GET /portfolio/rollups: Per team (owner) or system of the filtered portfolio: verdict counts, average score, open blockers and overdue actions, worst groups first (most not-ready, then lowest average). Aggregated in SQL; portfolio filters and catalog read access apply as for `/portfolio`. */
  async getPortfolioRollups(
    request: {
      query?: NonNullable<
        operations['getPortfolioRollups']['parameters']['query']
      >;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['getPortfolioRollups']['responses'][200]['content']['application/json']
    >
  > {
    return this.send('GET', '/portfolio/rollups', request, options);
  }

  /** GET /portfolio/highlights: What changed in the filtered portfolio: the biggest score drops over the last `days` days (current score versus the entity's oldest daily snapshot in the window), the approved waivers still running and those expiring within 30 days. Aggregated in SQL; portfolio filters and catalog read access apply. */
  async getPortfolioHighlights(
    request: {
      query?: NonNullable<
        operations['getPortfolioHighlights']['parameters']['query']
      >;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['getPortfolioHighlights']['responses'][200]['content']['application/json']
    >
  > {
    return this.send('GET', '/portfolio/highlights', request, options);
  }

  /** GET /portfolio/heatmap: Per team (owner) × category of the filtered portfolio: entities, share of the applicable criterion results that pass (pass, expiring, grace) and failing results (fail, stale, unknown); worst teams first (lowest passing share). Aggregated in SQL from the stored per-criterion outcomes; portfolio filters and catalog read access apply as for `/portfolio`. */
  async getPortfolioHeatmap(
    request: {
      query?: NonNullable<
        operations['getPortfolioHeatmap']['parameters']['query']
      >;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['getPortfolioHeatmap']['responses'][200]['content']['application/json']
    >
  > {
    return this.send('GET', '/portfolio/heatmap', request, options);
  }

  /** GET /portfolio/failing-criteria: The criteria failed (fail, stale, unknown) by the most entities of the filtered portfolio, with how many of those failures are blocking and the share of the filtered entities failing each. Aggregated in SQL from the stored per-criterion outcomes; portfolio filters and catalog read access apply as for `/portfolio`. */
  async getPortfolioFailingCriteria(
    request: {
      query?: NonNullable<
        operations['getPortfolioFailingCriteria']['parameters']['query']
      >;
    },
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['getPortfolioFailingCriteria']['responses'][200]['content']['application/json']
    >
  > {
    return this.send('GET', '/portfolio/failing-criteria', request, options);
  }

  /** GET /operations/roles: The tier and run roles of every entity with operational metadata, in one response: for bulk readers such as the catalog module (a service token) that labels entities with their tier and relates them to their POA and ops owner. Follows catalog read access like the portfolio (a user sees only the entities the catalog lets them see). */
  async listOperationsRoles(
    request: {} = {},
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['listOperationsRoles']['responses'][200]['content']['application/json']
    >
  > {
    return this.send('GET', '/operations/roles', request, options);
  }

  /** POST /evaluations/run: Request a full re-evaluation of the whole portfolio (administrators); the next scheduled pass on any replica runs it once. */
  async runEvaluations(
    request: {} = {},
    options: RequestOptions = {},
  ): Promise<
    TypedResponse<
      operations['runEvaluations']['responses'][202]['content']['application/json']
    >
  > {
    return this.send('POST', '/evaluations/run', request, options);
  }
}
