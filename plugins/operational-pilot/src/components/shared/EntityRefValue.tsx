import { parseEntityRef } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';

/** Links an entity reference to its catalog page; shows anything that is not a reference as text. */
export function EntityRefValue(props: {
  value?: string;
  defaultKind?: string;
}) {
  if (!props.value) {
    return null;
  }
  try {
    const ref = parseEntityRef(props.value, {
      defaultKind: props.defaultKind ?? 'group',
      defaultNamespace: 'default',
    });
    return <EntityRefLink entityRef={ref} disableTooltip />;
  } catch {
    return <span>{props.value}</span>;
  }
}
