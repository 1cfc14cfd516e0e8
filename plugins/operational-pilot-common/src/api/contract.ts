/*
 * The engine's and the stores' own types are what the routes answer with; these compile-time checks fail
 * (`yarn tsc`) when one of them can no longer be sent as the response type generated from openapi.yaml, e.g. a
 * field added to the engine but not to the document. The route tests check the same at run time.
 */
import type {
  Attestation,
  HandoffAction,
  OperationsProposal,
  OperationsRecord,
  Release,
  Waiver,
} from '../domain/types';
import type {
  CriterionResult,
  EntityReadiness,
  GateResult,
  NextStep,
  ReadinessModel,
  ReleaseDecision,
  ReleaseGates,
  SystemRollup,
} from '../model/types';
import type { components } from './openapi.generated';

type Schemas = components['schemas'];

/** Resolves to `true` only when `T` is assignable to `U`. */
type Assignable<T extends U, U> = T extends U ? true : never;

/** @internal */
export type ApiContractChecks = [
  Assignable<EntityReadiness, Schemas['EntityReadiness']>,
  Assignable<CriterionResult, Schemas['CriterionResult']>,
  Assignable<NextStep, Schemas['NextStep']>,
  Assignable<SystemRollup, Schemas['SystemRollup']>,
  Assignable<ReadinessModel, Schemas['ReadinessModel']>,
  Assignable<GateResult, Schemas['GateResult']>,
  Assignable<ReleaseGates, Schemas['ReleaseGates']>,
  Assignable<ReleaseDecision, Schemas['ReleaseDecision']>,
  Assignable<Release, Schemas['Release']>,
  Assignable<Attestation, Schemas['Attestation']>,
  Assignable<Waiver, Schemas['Waiver']>,
  Assignable<HandoffAction, Schemas['HandoffAction']>,
  Assignable<OperationsRecord, Schemas['OperationsRecord']>,
  Assignable<OperationsProposal, Schemas['OperationsProposal']>,
];
