export interface Config {
  operationalPilot?: {
    /** Groups whose members act as POAs on every entity (e.g. `group:default/poa-office`). */
    poaGroups?: string[];
    /** Groups whose members may approve waivers on every entity. */
    approverGroups?: string[];
  };
}
