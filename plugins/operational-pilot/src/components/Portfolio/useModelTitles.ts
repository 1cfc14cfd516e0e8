import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { operationalPilotApiRef } from '../../api';
import { useReadinessText } from '../shared/useReadinessText';

/**
 * Category and criterion titles of the readiness model in force, in the plugin's language (the model carries French
 * category titles; criterion titles go through the engine's French catalogue). Ids stand in until the model is
 * loaded, or for an id the model does not know.
 */
export function useModelTitles() {
  const api = useApi(operationalPilotApiRef);
  const text = useReadinessText();
  const model = useAsync(() => api.getModel(), [api]);
  const french = text.lang.startsWith('fr');
  return useMemo(() => {
    const categories = model.value?.categories ?? [];
    const criteria = new Map(model.value?.criteria.map(c => [c.id, c]));
    return {
      /** Category ids in the model's display order. */
      categoryOrder: categories.map(c => c.id as string),
      categoryTitle: (id: string) => {
        const def = categories.find(c => c.id === id);
        if (!def) return id;
        return french && def.titleFr ? def.titleFr : def.title;
      },
      criterionTitle: (id: string) => {
        const def = criteria.get(id);
        return text.title({ ...def, id, title: def?.title ?? id });
      },
    };
    // `text` is rebuilt on every render; its output only depends on the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model.value, text.lang, french]);
}
