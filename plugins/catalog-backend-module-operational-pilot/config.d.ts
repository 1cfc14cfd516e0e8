export interface Config {
  operationalPilot?: {
    /** The catalog module (`@operational-pilot/backstage-plugin-catalog-backend-module`). */
    catalogModule?: {
      /**
       * How long the tier and roles read from the Operational Pilot backend are reused before they are read
       * again (one bulk request per period, whatever the number of entities). Default 60.
       */
      cacheSeconds?: number;
    };
  };
}
