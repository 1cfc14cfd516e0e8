import { useCallback, useState } from 'react';
import type { PortfolioOrderBy } from '@operational-pilot/backstage-plugin-common';

/** Table columns shown only when the user asks for them (entity, owner, tier, score, verdict, blockers and overdue always are). */
export const OPTIONAL_COLUMNS = [
  'system',
  'poa',
  'level',
  'openActions',
  'evaluatedAt',
] as const satisfies readonly PortfolioOrderBy[];

export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];

const STORAGE_KEY = 'operational-pilot.portfolio.columns';

function stored(): OptionalColumn[] {
  try {
    const value = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(value)
      ? OPTIONAL_COLUMNS.filter(c => value.includes(c))
      : [];
  } catch {
    return [];
  }
}

/** The optional columns the user chose, remembered in this browser. */
export function useVisibleColumns(): [
  OptionalColumn[],
  (columns: OptionalColumn[]) => void,
] {
  const [columns, setColumns] = useState<OptionalColumn[]>(stored);
  const update = useCallback((next: OptionalColumn[]) => {
    setColumns(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Private mode or storage full: the choice lasts for this page only.
    }
  }, []);
  return [columns, update];
}
