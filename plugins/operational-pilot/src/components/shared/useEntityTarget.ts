import { useMemo } from 'react';
import {
  DEFAULT_NAMESPACE,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import type { EntityPath } from '@operational-pilot/backstage-plugin-common';

/** The current catalog entity, its stringified ref, and its `{kind, namespace, name}` API path. */
export function useEntityTarget() {
  const { entity } = useEntity();
  return useMemo(() => {
    const target: EntityPath = {
      kind: entity.kind.toLocaleLowerCase('en-US'),
      namespace: entity.metadata.namespace ?? DEFAULT_NAMESPACE,
      name: entity.metadata.name,
    };
    return { entity, entityRef: stringifyEntityRef(entity), target };
  }, [entity]);
}
