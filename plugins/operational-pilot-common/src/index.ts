/**
 * Shared domain of the Operational Pilot plugins: the readiness model and scoring engine (pure functions),
 * domain and API types, permissions and the HTTP client.
 *
 * @packageDocumentation
 */
export * from './domain/types';
export * from './model/types';
export * from './api/types';
export * from './permissions';
export * from './model/categories';
export * from './model/defaultCriteria';
export * from './model/config';
export * from './model/engine';
export * from './model/references';
export * from './model/checkFields';
export * from './model/actions';
export * from './model/releases';
export * from './model/markdown';
export * from './model/messages';
export * from './model/lazyEnglish';
export * from './api/client';
export * from './catalog';
