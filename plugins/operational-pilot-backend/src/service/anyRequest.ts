import type { Request } from 'express';

/**
 * A request of any operation of the typed router (service/router.ts), for helpers that read only what every
 * request has (credentials, headers, path or query): each route's own `Request` type is specific to it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRequest = Request<any, any, any, any>;
