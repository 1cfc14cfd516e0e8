import { validateSupertestResponses } from './__testUtils__/openapiResponses';

// Every response of the plugin seen in a test must be the one openapi.yaml describes.
validateSupertestResponses();
