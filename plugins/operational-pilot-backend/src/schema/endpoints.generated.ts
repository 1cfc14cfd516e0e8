// This file is generated from openapi.yaml by scripts/generate-openapi.js. Do not edit.
/* eslint-disable */
import type { OperationalPilotApiOperations as operations } from '@operational-pilot/backstage-plugin-common';

/** Every operation of the document, keyed `#method|/path`, for `createValidatedOpenApiRouterFromGeneratedEndpointMap`. */
export type EndpointMap = {
  '#get|/health': {
    response: operations['getHealth']['responses'][200]['content']['application/json'];
  };
  '#get|/model': {
    response: operations['getModel']['responses'][200]['content']['application/json'];
  };
  '#get|/entities/{kind}/{namespace}/{name}/readiness': {
    path: NonNullable<operations['getReadiness']['parameters']['path']>;
    response: operations['getReadiness']['responses'][200]['content']['application/json'];
  };
  '#post|/entities/{kind}/{namespace}/{name}/evaluate': {
    path: NonNullable<operations['evaluateEntity']['parameters']['path']>;
    response: operations['evaluateEntity']['responses'][200]['content']['application/json'];
  };
  '#get|/entities/{kind}/{namespace}/{name}/operations': {
    path: NonNullable<operations['getOperations']['parameters']['path']>;
    response: operations['getOperations']['responses'][200]['content']['application/json'];
  };
  '#put|/entities/{kind}/{namespace}/{name}/operations': {
    path: NonNullable<operations['putOperations']['parameters']['path']>;
    body: NonNullable<
      operations['putOperations']['requestBody']
    >['content']['application/json'];
    response:
      | operations['putOperations']['responses'][200]['content']['application/json']
      | operations['putOperations']['responses'][202]['content']['application/json'];
  };
  '#post|/entities/{kind}/{namespace}/{name}/operations/proposals/{id}/accept': {
    path: NonNullable<
      operations['acceptOperationsProposal']['parameters']['path']
    >;
    body: NonNullable<
      operations['acceptOperationsProposal']['requestBody']
    >['content']['application/json'];
    response: operations['acceptOperationsProposal']['responses'][200]['content']['application/json'];
  };
  '#post|/entities/{kind}/{namespace}/{name}/operations/proposals/{id}/reject': {
    path: NonNullable<
      operations['rejectOperationsProposal']['parameters']['path']
    >;
    body: NonNullable<
      operations['rejectOperationsProposal']['requestBody']
    >['content']['application/json'];
    response: operations['rejectOperationsProposal']['responses'][200]['content']['application/json'];
  };
  '#get|/entities/{kind}/{namespace}/{name}/attestations': {
    path: NonNullable<operations['listAttestations']['parameters']['path']>;
    query: NonNullable<operations['listAttestations']['parameters']['query']>;
    response: operations['listAttestations']['responses'][200]['content']['application/json'];
  };
  '#post|/entities/{kind}/{namespace}/{name}/attestations': {
    path: NonNullable<operations['createAttestation']['parameters']['path']>;
    body: NonNullable<
      operations['createAttestation']['requestBody']
    >['content']['application/json'];
    response: operations['createAttestation']['responses'][201]['content']['application/json'];
  };
  '#post|/attestations/{id}/countersign': {
    path: NonNullable<
      operations['countersignAttestation']['parameters']['path']
    >;
    response: operations['countersignAttestation']['responses'][200]['content']['application/json'];
  };
  '#post|/attestations/{id}/approve': {
    path: NonNullable<operations['approveAttestation']['parameters']['path']>;
    response: operations['approveAttestation']['responses'][200]['content']['application/json'];
  };
  '#get|/entities/{kind}/{namespace}/{name}/waivers': {
    path: NonNullable<operations['listWaivers']['parameters']['path']>;
    response: operations['listWaivers']['responses'][200]['content']['application/json'];
  };
  '#post|/entities/{kind}/{namespace}/{name}/waivers': {
    path: NonNullable<operations['requestWaiver']['parameters']['path']>;
    body: NonNullable<
      operations['requestWaiver']['requestBody']
    >['content']['application/json'];
    response: operations['requestWaiver']['responses'][201]['content']['application/json'];
  };
  '#post|/waivers/{id}/approve': {
    path: NonNullable<operations['approveWaiver']['parameters']['path']>;
    response: operations['approveWaiver']['responses'][200]['content']['application/json'];
  };
  '#post|/waivers/{id}/reject': {
    path: NonNullable<operations['rejectWaiver']['parameters']['path']>;
    body: NonNullable<
      operations['rejectWaiver']['requestBody']
    >['content']['application/json'];
    response: operations['rejectWaiver']['responses'][200]['content']['application/json'];
  };
  '#_delete|/waivers/{id}': {
    path: NonNullable<operations['revokeWaiver']['parameters']['path']>;
    response: operations['revokeWaiver']['responses'][200]['content']['application/json'];
  };
  '#get|/entities/{kind}/{namespace}/{name}/actions': {
    path: NonNullable<operations['listActions']['parameters']['path']>;
    query: NonNullable<operations['listActions']['parameters']['query']>;
    response: operations['listActions']['responses'][200]['content']['application/json'];
  };
  '#post|/entities/{kind}/{namespace}/{name}/actions': {
    path: NonNullable<operations['createAction']['parameters']['path']>;
    body: NonNullable<
      operations['createAction']['requestBody']
    >['content']['application/json'];
    response: operations['createAction']['responses'][201]['content']['application/json'];
  };
  '#post|/entities/{kind}/{namespace}/{name}/actions/propose': {
    path: NonNullable<operations['proposeActions']['parameters']['path']>;
    response: operations['proposeActions']['responses'][200]['content']['application/json'];
  };
  '#get|/actions/{id}': {
    path: NonNullable<operations['getAction']['parameters']['path']>;
    response: operations['getAction']['responses'][200]['content']['application/json'];
  };
  '#patch|/actions/{id}': {
    path: NonNullable<operations['updateAction']['parameters']['path']>;
    body: NonNullable<
      operations['updateAction']['requestBody']
    >['content']['application/json'];
    response: operations['updateAction']['responses'][200]['content']['application/json'];
  };
  '#get|/entities/{kind}/{namespace}/{name}/releases': {
    path: NonNullable<operations['listReleases']['parameters']['path']>;
    response: operations['listReleases']['responses'][200]['content']['application/json'];
  };
  '#post|/entities/{kind}/{namespace}/{name}/releases': {
    path: NonNullable<operations['createRelease']['parameters']['path']>;
    body: NonNullable<
      operations['createRelease']['requestBody']
    >['content']['application/json'];
    response: operations['createRelease']['responses'][201]['content']['application/json'];
  };
  '#get|/releases/{id}': {
    path: NonNullable<operations['getRelease']['parameters']['path']>;
    response: operations['getRelease']['responses'][200]['content']['application/json'];
  };
  '#patch|/releases/{id}': {
    path: NonNullable<operations['updateRelease']['parameters']['path']>;
    body: NonNullable<
      operations['updateRelease']['requestBody']
    >['content']['application/json'];
    response: operations['updateRelease']['responses'][200]['content']['application/json'];
  };
  '#get|/releases/{id}/gate': {
    path: NonNullable<operations['getReleaseGates']['parameters']['path']>;
    response: operations['getReleaseGates']['responses'][200]['content']['application/json'];
  };
  '#get|/releases/{id}/decisions': {
    path: NonNullable<operations['listReleaseDecisions']['parameters']['path']>;
    response: operations['listReleaseDecisions']['responses'][200]['content']['application/json'];
  };
  '#post|/releases/{id}/decisions': {
    path: NonNullable<
      operations['createReleaseDecision']['parameters']['path']
    >;
    body: NonNullable<
      operations['createReleaseDecision']['requestBody']
    >['content']['application/json'];
    response: operations['createReleaseDecision']['responses'][201]['content']['application/json'];
  };
  '#get|/releases/{id}/decision-approvers': {
    path: NonNullable<operations['getDecisionApprovers']['parameters']['path']>;
    response: operations['getDecisionApprovers']['responses'][200]['content']['application/json'];
  };
  '#post|/releases/{id}/handover/signatures': {
    path: NonNullable<operations['signReleaseHandover']['parameters']['path']>;
    body: NonNullable<
      operations['signReleaseHandover']['requestBody']
    >['content']['application/json'];
    response: operations['signReleaseHandover']['responses'][201]['content']['application/json'];
  };
  '#post|/releases/{id}/outcome': {
    path: NonNullable<operations['recordReleaseOutcome']['parameters']['path']>;
    body: NonNullable<
      operations['recordReleaseOutcome']['requestBody']
    >['content']['application/json'];
    response: operations['recordReleaseOutcome']['responses'][200]['content']['application/json'];
  };
  '#post|/releases/{id}/checklist': {
    path: NonNullable<
      operations['generateReleaseChecklist']['parameters']['path']
    >;
    body: NonNullable<
      operations['generateReleaseChecklist']['requestBody']
    >['content']['application/json'];
    response:
      | operations['generateReleaseChecklist']['responses'][200]['content']['application/json']
      | operations['generateReleaseChecklist']['responses'][201]['content']['application/json'];
  };
  '#get|/releases/{id}/dossier': {
    path: NonNullable<operations['getReleaseDossier']['parameters']['path']>;
    query: NonNullable<operations['getReleaseDossier']['parameters']['query']>;
    response: string;
  };
  '#get|/entities/{kind}/{namespace}/{name}/history': {
    path: NonNullable<operations['getHistory']['parameters']['path']>;
    query: NonNullable<operations['getHistory']['parameters']['query']>;
    response: operations['getHistory']['responses'][200]['content']['application/json'];
  };
  '#get|/entities/{kind}/{namespace}/{name}/audit': {
    path: NonNullable<operations['getAudit']['parameters']['path']>;
    query: NonNullable<operations['getAudit']['parameters']['query']>;
    response: operations['getAudit']['responses'][200]['content']['application/json'];
  };
  '#get|/portfolio': {
    query: NonNullable<operations['getPortfolio']['parameters']['query']>;
    response: operations['getPortfolio']['responses'][200]['content']['application/json'];
  };
  '#get|/portfolio/export.csv': {
    query: NonNullable<operations['exportPortfolio']['parameters']['query']>;
    response: string;
  };
  '#get|/portfolio/trend': {
    query: NonNullable<operations['getPortfolioTrend']['parameters']['query']>;
    response: operations['getPortfolioTrend']['responses'][200]['content']['application/json'];
  };
  '#get|/portfolio/releases': {
    query: NonNullable<operations['getReleaseCalendar']['parameters']['query']>;
    response: operations['getReleaseCalendar']['responses'][200]['content']['application/json'];
  };
  '#get|/portfolio/change-success': {
    query: NonNullable<operations['getChangeSuccess']['parameters']['query']>;
    response: operations['getChangeSuccess']['responses'][200]['content']['application/json'];
  };
  '#get|/portfolio/rollups': {
    query: NonNullable<
      operations['getPortfolioRollups']['parameters']['query']
    >;
    response: operations['getPortfolioRollups']['responses'][200]['content']['application/json'];
  };
  '#get|/portfolio/highlights': {
    query: NonNullable<
      operations['getPortfolioHighlights']['parameters']['query']
    >;
    response: operations['getPortfolioHighlights']['responses'][200]['content']['application/json'];
  };
  '#get|/portfolio/heatmap': {
    query: NonNullable<
      operations['getPortfolioHeatmap']['parameters']['query']
    >;
    response: operations['getPortfolioHeatmap']['responses'][200]['content']['application/json'];
  };
  '#get|/portfolio/failing-criteria': {
    query: NonNullable<
      operations['getPortfolioFailingCriteria']['parameters']['query']
    >;
    response: operations['getPortfolioFailingCriteria']['responses'][200]['content']['application/json'];
  };
  '#get|/operations/roles': {
    response: operations['listOperationsRoles']['responses'][200]['content']['application/json'];
  };
  '#post|/evaluations/run': {
    response: operations['runEvaluations']['responses'][202]['content']['application/json'];
  };
};
