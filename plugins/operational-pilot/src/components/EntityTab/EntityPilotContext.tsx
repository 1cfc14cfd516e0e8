import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type {
  Attestation,
  EntityPath,
  EntityReadiness,
  HandoffAction,
  OperationsResult,
  ReadinessModelResponse,
  Release,
  Waiver,
} from '@operational-pilot/backstage-plugin-common';
import { operationalPilotApiRef } from '../../api';
import { useEagerAsyncRetry } from '../shared/useEagerAsyncRetry';
import { useEntityTarget } from '../shared/useEntityTarget';
import {
  useEntityPermissions,
  type EntityPermissions,
} from '../shared/useEntityPermissions';

/** A loaded resource: the last value is kept while it reloads. */
export interface Loadable<T> {
  value?: T;
  loading: boolean;
  error?: Error;
  reload: () => void;
}

export interface EntityPilotContextValue {
  entity: Entity;
  entityRef: string;
  target: EntityPath;
  permissions: EntityPermissions;
  readiness: Loadable<EntityReadiness>;
  model: Loadable<ReadinessModelResponse>;
  operations: Loadable<OperationsResult> & {
    /** Replaces the record after a successful save (no extra round trip). */
    set: (result: OperationsResult) => void;
  };
  actions: Loadable<HandoffAction[]>;
  releases: Loadable<Release[]>;
  /** Shared so that what one sub-view creates (a risk acceptance's waiver) shows at once in another. */
  attestations: Loadable<Attestation[]>;
  waivers: Loadable<Waiver[]>;
  /** Replaces the readiness after an explicit re-evaluation. */
  setReadiness: (readiness: EntityReadiness) => void;
}

const EntityPilotContext = createContext<EntityPilotContextValue | undefined>(
  undefined,
);

function loadable<T>(
  state: { value?: T; loading: boolean; error?: Error; retry: () => void },
  override?: T,
): Loadable<T> {
  return {
    value: override ?? state.value,
    loading: state.loading,
    error: state.error,
    reload: state.retry,
  };
}

/**
 * Loads what the entity tab shares between its sections (readiness, model, operations, actions, releases) and
 * the user's permissions on the entity.
 */
export function EntityPilotProvider(props: { children: ReactNode }) {
  const api = useApi(operationalPilotApiRef);
  const { entity, entityRef, target } = useEntityTarget();
  const permissions = useEntityPermissions(entityRef);

  // What a save or an explicit re-evaluation returned, shown until the next answer of the request it replaces.
  const [readinessOverride, setReadinessOverride] = useState<{
    ref: string;
    value: EntityReadiness;
    base?: EntityReadiness;
  }>();
  const [operationsOverride, setOperationsOverride] = useState<{
    ref: string;
    value: OperationsResult;
    base?: OperationsResult;
  }>();

  // Every request starts while the tab renders (not after its first commit), all at once.
  const key = `${target.kind}/${target.namespace}/${target.name}`;
  const readinessState = useEagerAsyncRetry(api, `readiness:${key}`, () =>
    api.getReadiness(target),
  );
  const modelState = useEagerAsyncRetry(api, 'model', () => api.getModel());
  const operationsState = useEagerAsyncRetry(api, `operations:${key}`, () =>
    api.getOperations(target),
  );
  const actionsState = useEagerAsyncRetry(
    api,
    `actions:${key}`,
    async () => (await api.listActions(target)).items,
  );
  const releasesState = useEagerAsyncRetry(
    api,
    `releases:${key}`,
    async () => (await api.listReleases(target)).items,
  );
  const attestationsState = useEagerAsyncRetry(
    api,
    `attestations:${key}`,
    async () => (await api.listAttestations(target)).items,
  );
  const waiversState = useEagerAsyncRetry(
    api,
    `waivers:${key}`,
    async () => (await api.listWaivers(target)).items,
  );

  const readinessBase = readinessState.value;
  const operationsBase = operationsState.value;
  const setReadiness = useCallback(
    (value: EntityReadiness) =>
      setReadinessOverride({ ref: entityRef, value, base: readinessBase }),
    [entityRef, readinessBase],
  );
  const setOperations = useCallback(
    (value: OperationsResult) =>
      setOperationsOverride({ ref: entityRef, value, base: operationsBase }),
    [entityRef, operationsBase],
  );

  const value = useMemo<EntityPilotContextValue>(
    () => ({
      entity,
      entityRef,
      target,
      permissions,
      readiness: loadable(
        readinessState,
        readinessOverride?.ref === entityRef &&
          readinessOverride.base === readinessState.value
          ? readinessOverride.value
          : undefined,
      ),
      model: loadable(modelState),
      operations: {
        ...loadable(
          operationsState,
          operationsOverride?.ref === entityRef &&
            operationsOverride.base === operationsState.value
            ? operationsOverride.value
            : undefined,
        ),
        set: setOperations,
      },
      actions: loadable(actionsState),
      releases: loadable(releasesState),
      attestations: loadable(attestationsState),
      waivers: loadable(waiversState),
      setReadiness,
    }),
    [
      entity,
      entityRef,
      target,
      permissions,
      readinessState,
      readinessOverride,
      modelState,
      operationsState,
      operationsOverride,
      setOperations,
      actionsState,
      releasesState,
      attestationsState,
      waiversState,
      setReadiness,
    ],
  );

  return (
    <EntityPilotContext.Provider value={value}>
      {props.children}
    </EntityPilotContext.Provider>
  );
}

export function useEntityPilot(): EntityPilotContextValue {
  const value = useContext(EntityPilotContext);
  if (!value) {
    throw new Error('useEntityPilot must be used inside <EntityPilotProvider>');
  }
  return value;
}
