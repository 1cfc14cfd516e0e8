/*
 * The portfolio as CSV rows. English keeps the stable machine column names (scripts read them); French gives
 * column titles and verdict/level labels a manager reads in a spreadsheet. Pure: no I/O.
 */
import type { PortfolioItem } from '@operational-pilot/backstage-plugin-common';
import { DossierLang, dossierStrings } from './dossier/strings';

export const CSV_COLUMNS = [
  'entityRef',
  'title',
  'kind',
  'owner',
  'system',
  'domain',
  'tier',
  'tierDeclared',
  'poa',
  'score',
  'verdict',
  'level',
  'blockers',
  'openActions',
  'overdueActions',
  'evaluatedAt',
] as const satisfies ReadonlyArray<keyof PortfolioItem>;

const FRENCH_HEADERS: Record<(typeof CSV_COLUMNS)[number], string> = {
  entityRef: 'Référence',
  title: 'Titre',
  kind: 'Type',
  owner: 'Responsable',
  system: 'Système',
  domain: 'Domaine',
  tier: 'Criticité',
  tierDeclared: 'Criticité déclarée',
  poa: 'POA',
  score: 'Score',
  verdict: 'Verdict',
  level: 'Niveau',
  blockers: 'Bloquants',
  openActions: 'Actions ouvertes',
  overdueActions: 'Actions en retard',
  evaluatedAt: 'Évalué le',
};

/** RFC 4180 field; also neutralises spreadsheet formulas (a cell starting with = + - @). */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (/^[=+\-@]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvHeader(lang: DossierLang): string {
  const titles =
    lang === 'fr' ? CSV_COLUMNS.map(c => FRENCH_HEADERS[c]) : CSV_COLUMNS;
  return `${titles.map(csvField).join(',')}\r\n`;
}

export function csvRow(item: PortfolioItem, lang: DossierLang): string {
  const s = dossierStrings(lang);
  const cell = (column: (typeof CSV_COLUMNS)[number]) => {
    const value = item[column];
    if (lang !== 'fr') return value;
    if (column === 'verdict' || column === 'level') return s.v(String(value));
    if (typeof value === 'boolean') return value ? 'oui' : 'non';
    return value;
  };
  return `${CSV_COLUMNS.map(c => csvField(cell(c))).join(',')}\r\n`;
}
