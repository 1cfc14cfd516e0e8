import { useCallback } from 'react';
import type { CategoryId } from '@operational-pilot/backstage-plugin-common';
import { useLanguage } from '../shared/format';
import { useEntityPilot } from './EntityPilotContext';

/** Category title in the UI language (the model carries French titles), falling back to the evaluation's. */
export function useCategoryTitle() {
  const { model, readiness } = useEntityPilot();
  const language = useLanguage();
  return useCallback(
    (id: CategoryId | string) => {
      const def = model.value?.categories?.find(c => c.id === id);
      if (def) {
        return language.startsWith('fr') && def.titleFr
          ? def.titleFr
          : def.title;
      }
      return readiness.value?.categories.find(c => c.id === id)?.title ?? id;
    },
    [model.value, readiness.value, language],
  );
}
