/*
 * Renders the CAB dossier as Markdown or as a complete, printable HTML page (inline print CSS, no external
 * assets). Every piece of user text is escaped: a release note containing `<script>` stays text in both formats.
 * Links are kept only for http(s) URLs.
 */
import {
  buildDossierDocument,
  Cell,
  DocLink,
  DocSection,
  DossierData,
} from './document';
import type { DossierLang } from './strings';

const SAFE_URL = /^https?:\/\/[^\s"'<>`]+$/i;

/** HTML text and attribute escaping. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Markdown inline text: HTML is neutralised (Markdown renderers pass raw HTML through), Markdown syntax
 * characters are backslash-escaped and line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    // Block syntax only matters at the start of a line: headings, quotes, lists.
    .replace(/^(\s*)([#>+-]|\d+[.)])(?=\s|$)/, '$1\\$2');
}

function parts(cell: Cell): Array<string | DocLink> {
  return Array.isArray(cell) ? cell : [cell];
}

function mdInline(cell: Cell): string {
  return parts(cell)
    .map(p => {
      if (typeof p === 'string') return escapeMarkdown(p);
      if (p.href && SAFE_URL.test(p.href)) {
        return `[${escapeMarkdown(p.text)}](<${p.href}>)`;
      }
      return escapeMarkdown(p.text);
    })
    .join(', ');
}

function mdSection(section: DocSection, depth: number, out: string[]) {
  out.push(`${'#'.repeat(depth)} ${escapeMarkdown(section.heading)}`, '');
  for (const [label, value] of section.fields ?? []) {
    out.push(`- **${escapeMarkdown(label)}:** ${mdInline(value)}`);
  }
  if (section.fields?.length) out.push('');
  for (const note of section.notes ?? []) {
    out.push(escapeMarkdown(note), '');
  }
  if (section.table) {
    const { headers, rows } = section.table;
    out.push(`| ${headers.map(h => escapeMarkdown(h)).join(' | ')} |`);
    out.push(`|${headers.map(() => '---').join('|')}|`);
    for (const row of rows) {
      out.push(`| ${row.map(c => mdInline(c) || ' ').join(' | ')} |`);
    }
    out.push('');
  }
  const hasContent =
    section.fields?.length ||
    section.notes?.length ||
    section.table ||
    section.subsections?.length;
  if (!hasContent && section.empty) out.push(escapeMarkdown(section.empty), '');
  for (const sub of section.subsections ?? []) mdSection(sub, depth + 1, out);
}

export function renderDossierMarkdown(
  data: DossierData,
  lang: DossierLang,
): string {
  const doc = buildDossierDocument(data, lang);
  const out: string[] = [
    `# ${escapeMarkdown(doc.title)}`,
    '',
    `\`${doc.subtitle.replace(/`/g, '')}\``,
    '',
  ];
  for (const line of doc.intro) out.push(`_${escapeMarkdown(line)}_`, '');
  for (const section of doc.sections) mdSection(section, 2, out);
  return `${out.join('\n').trimEnd()}\n`;
}

function htmlInline(cell: Cell): string {
  return parts(cell)
    .map(p => {
      if (typeof p === 'string') return escapeHtml(p);
      if (p.href && SAFE_URL.test(p.href)) {
        return `<a href="${escapeHtml(p.href)}" rel="noopener noreferrer">${escapeHtml(p.text)}</a>`;
      }
      return escapeHtml(p.text);
    })
    .join(', ');
}

function htmlSection(section: DocSection, depth: number, out: string[]) {
  const h = `h${Math.min(depth, 6)}`;
  out.push(`<section>`, `<${h}>${escapeHtml(section.heading)}</${h}>`);
  if (section.fields?.length) {
    out.push('<dl>');
    for (const [label, value] of section.fields) {
      out.push(`<dt>${escapeHtml(label)}</dt><dd>${htmlInline(value)}</dd>`);
    }
    out.push('</dl>');
  }
  for (const note of section.notes ?? []) out.push(`<p>${escapeHtml(note)}</p>`);
  if (section.table) {
    out.push('<table>', '<thead><tr>');
    for (const header of section.table.headers) {
      out.push(`<th scope="col">${escapeHtml(header)}</th>`);
    }
    out.push('</tr></thead>', '<tbody>');
    for (const row of section.table.rows) {
      out.push(`<tr>${row.map(c => `<td>${htmlInline(c)}</td>`).join('')}</tr>`);
    }
    out.push('</tbody>', '</table>');
  }
  const hasContent =
    section.fields?.length ||
    section.notes?.length ||
    section.table ||
    section.subsections?.length;
  if (!hasContent && section.empty) {
    out.push(`<p class="empty">${escapeHtml(section.empty)}</p>`);
  }
  for (const sub of section.subsections ?? []) htmlSection(sub, depth + 1, out);
  out.push('</section>');
}

const CSS = `
  :root { color-scheme: light; }
  body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
         color: #1b1b1b; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
  h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
  h2 { font-size: 1.2rem; margin: 1.6rem 0 .5rem; border-bottom: 2px solid #1b1b1b; padding-bottom: .15rem; }
  h3 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
  h4, h5, h6 { font-size: 1rem; margin: .8rem 0 .3rem; }
  .ref { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: #555; margin: 0 0 1rem; }
  .intro { font-style: italic; color: #444; margin: .2rem 0; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .4rem 0; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; font-size: .95em; }
  th, td { border: 1px solid #999; padding: .25rem .45rem; text-align: left; vertical-align: top; }
  th { background: #eee; }
  a { color: #0b57d0; }
  .empty { color: #666; }
  @page { size: A4; margin: 15mm; }
  @media print {
    body { margin: 0; max-width: none; font-size: 10pt; }
    h2 { break-after: avoid; page-break-after: avoid; }
    tr, dl { break-inside: avoid; page-break-inside: avoid; }
    thead { display: table-header-group; }
    a { color: inherit; text-decoration: none; }
    a[href]::after { content: " (" attr(href) ")"; font-size: .85em; color: #444; }
  }
`;

export function renderDossierHtml(data: DossierData, lang: DossierLang): string {
  const doc = buildDossierDocument(data, lang);
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="ref">${escapeHtml(doc.subtitle)}</p>`,
    ...doc.intro.map(line => `<p class="intro">${escapeHtml(line)}</p>`),
  ];
  for (const section of doc.sections) htmlSection(section, 2, out);
  out.push('</main>', '</body>', '</html>');
  return `${out.join('\n')}\n`;
}
