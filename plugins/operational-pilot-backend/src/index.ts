/**
 * Operational Pilot backend plugin: readiness evaluations, operational metadata and roles, attestations,
 * waivers, handoff actions, production releases and the portfolio.
 *
 * @packageDocumentation
 */
export { operationalPilotPlugin as default } from './plugin';
