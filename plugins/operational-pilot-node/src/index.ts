/**
 * Node library of Operational Pilot: the entity permission resource, its rules and the condition helpers that
 * permission policies use.
 *
 * @packageDocumentation
 */
export * from './permissions';
