/*
 * The criteria table of the README, generated from the model so that the documentation cannot drift from the code.
 */
import { TIERS } from '../domain/types';
import type { CheckSpec, CriterionDefinition, ReadinessModel } from './types';

export const CRITERIA_TABLE_START = '<!-- criteria-table:start -->';
export const CRITERIA_TABLE_END = '<!-- criteria-table:end -->';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** `anyOf(link, annotation)`, `rule:owner-group-exists`, `attestation`… */
export function describeCheck(spec: CheckSpec): string {
  switch (spec.kind) {
    case 'anyOf':
    case 'allOf':
      return `${spec.kind}(${spec.of.map(describeCheck).join(', ')})`;
    case 'rule':
      return `rule:${spec.rule}`;
    default:
      return spec.kind;
  }
}

function blocking(c: CriterionDefinition): string {
  const parts: string[] = [];
  if (c.blockingTiers.length === TIERS.length) {
    parts.push('all');
  } else if (c.blockingTiers.length > 0) {
    parts.push(c.blockingTiers.join(', '));
  }
  const when = c.blockingWhen ?? {};
  if (when.majorReleaseOnly && parts.length > 0) {
    parts[0] = `${parts[0]} (major releases)`;
  } else if (when.releaseKinds && parts.length > 0) {
    parts[0] = `${parts[0]} (${when.releaseKinds.join(', ')} releases)`;
  }
  if (when.when24x7) {
    parts.push('any 24x7 service');
  }
  if (when.atHandover) {
    parts.push('hand-over');
  }
  return parts.length > 0 ? parts.join(' + ') : '–';
}

/** Where the criterion counts: the run readiness, or one of the two release gates. */
function counted(c: CriterionDefinition): string {
  if (c.scope === 'release') {
    return (c.gate ?? 'goNoGo') === 'handover'
      ? 'hand-over gate'
      : 'go/no-go gate';
  }
  return c.blockingWhen?.atHandover ? 'run + hand-over gate' : 'run';
}

const KIND_INITIALS: Record<string, string> = {
  component: 'C',
  system: 'S',
  resource: 'R',
  api: 'A',
};

function kinds(c: CriterionDefinition): string {
  const list = c.appliesTo?.kinds;
  if (!list) return 'all';
  return list.map(k => KIND_INITIALS[k] ?? k).join(' ');
}

/**
 * A markdown table of the model's criteria: ID, category, title, weight, blocking, where it counts, kinds, check,
 * pack.
 */
export function renderCriteriaMarkdown(model: ReadinessModel): string {
  const lines = [
    '| ID | Category | Title | Weight | Blocking | Counts in | Kinds | Check | Pack |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const c of model.criteria) {
    lines.push(
      `| ${[
        c.id,
        c.category,
        c.title,
        String(c.weight),
        blocking(c),
        counted(c),
        kinds(c),
        `\`${describeCheck(c.check)}\``,
        c.core ? 'core ✔' : c.pack,
      ]
        .map(cell)
        .join(' | ')} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The text between the README markers, or undefined when they are missing. */
export function extractCriteriaSection(readme: string): string | undefined {
  const start = readme.indexOf(CRITERIA_TABLE_START);
  const end = readme.indexOf(CRITERIA_TABLE_END);
  if (start < 0 || end < start) {
    return undefined;
  }
  return readme.slice(start + CRITERIA_TABLE_START.length, end);
}

/** Replaces the table between the markers (for a script that keeps the README in step). */
export function replaceCriteriaSection(readme: string, table: string): string {
  const start = readme.indexOf(CRITERIA_TABLE_START);
  const end = readme.indexOf(CRITERIA_TABLE_END);
  if (start < 0 || end < start) {
    throw new Error('README has no criteria table markers');
  }
  return `${readme.slice(
    0,
    start + CRITERIA_TABLE_START.length,
  )}\n${table}${readme.slice(end)}`;
}

/**
 * Rows of a markdown table as trimmed cells, ignoring blank lines, column padding and separator widths, so that a
 * table re-aligned by Prettier still compares equal to the rendered one.
 */
export function normalizeMarkdownTable(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '')
    .map(line =>
      line
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map(part => part.trim())
        .map(part => (/^:?-+:?$/.test(part) ? '---' : part)),
    );
}
