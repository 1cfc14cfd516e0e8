import fs from 'fs';
import path from 'path';
import { buildReadinessModel } from './config';
import {
  CRITERIA_TABLE_END,
  CRITERIA_TABLE_START,
  describeCheck,
  extractCriteriaSection,
  normalizeMarkdownTable,
  renderCriteriaMarkdown,
  replaceCriteriaSection,
} from './markdown';

const model = buildReadinessModel({
  packs: ['core', 'extended', 'fr-public-sector'],
});

describe('renderCriteriaMarkdown', () => {
  it('renders one row per criterion with blocking codes, where it counts, kinds, check and pack', () => {
    const table = renderCriteriaMarkdown(model);
    const lines = table.trimEnd().split('\n');
    expect(lines).toHaveLength(model.criteria.length + 2);
    expect(lines[0]).toBe(
      '| ID | Category | Title | Weight | Blocking | Counts in | Kinds | Check | Pack |',
    );
    expect(lines).toContain(
      '| OWN-01 | OWN | Accountable owner set and resolvable | 3 | all | run | C S R A | `rule:owner-group-exists` | core ✔ |',
    );
    expect(lines).toContain(
      '| OBS-01 | OBS | Dashboard linked | 2 | – | run | C S R | `anyOf(link, annotation)` | core ✔ |',
    );
    expect(lines).toContain(
      '| INC-01 | INC | On-call service mapped | 3 | T1 + any 24x7 service | run | C S R | `rule:on-call-mapped` | core ✔ |',
    );
    expect(lines).toContain(
      '| REL-03 | REL | Functional acceptance signed (PV de recette / VABF) | 2 | all (major releases) | go/no-go gate | C S | `releaseAttestation` | extended |',
    );
    expect(lines.find(l => l.startsWith('| KT-04 '))).toContain(
      '| hand-over | hand-over gate |',
    );
    expect(lines.find(l => l.startsWith('| REL-02 '))).toContain(
      '| T1, T2 (major, minor releases) | go/no-go gate |',
    );
    expect(lines.find(l => l.startsWith('| FR-SEC-01 '))).toContain(
      '| fr-public-sector |',
    );
  });

  it('escapes pipes', () => {
    const custom = buildReadinessModel({
      packs: [],
      criteria: {
        custom: [
          {
            id: 'P',
            category: 'OBS',
            title: 'a | b',
            howToFix: 'x',
            weight: 1,
            check: { kind: 'link', types: ['x'] },
          },
        ],
      },
    });
    expect(renderCriteriaMarkdown(custom)).toContain('| a \\| b |');
    expect(
      describeCheck({
        kind: 'allOf',
        of: [{ kind: 'anyOf', of: [{ kind: 'link', types: [] }] }],
      }),
    ).toBe('allOf(anyOf(link))');
  });

  it('replaces the section between the markers', () => {
    const readme = `# X\n\n${CRITERIA_TABLE_START}\nold\n${CRITERIA_TABLE_END}\n\nmore\n`;
    const updated = replaceCriteriaSection(readme, '| new |\n');
    expect(updated).toBe(
      `# X\n\n${CRITERIA_TABLE_START}\n| new |\n${CRITERIA_TABLE_END}\n\nmore\n`,
    );
    expect(extractCriteriaSection(updated)).toBe('\n| new |\n');
    expect(() => replaceCriteriaSection('# none', 'x')).toThrow(
      'README has no criteria table markers',
    );
  });
});

describe('normalizeMarkdownTable', () => {
  it('ignores padding, separator widths and blank lines, but not content', () => {
    const plain = '| A | B |\n|---|---|\n| x \\| y | 2 |\n';
    const aligned =
      '\n| A      | B   |\n| ------ | --- |\n| x \\| y | 2   |\n\n';
    expect(normalizeMarkdownTable(aligned)).toEqual(
      normalizeMarkdownTable(plain),
    );
    expect(normalizeMarkdownTable(plain)).toEqual([
      ['A', 'B'],
      ['---', '---'],
      ['x \\| y', '2'],
    ]);
    expect(normalizeMarkdownTable('| A | C |')).not.toEqual(
      normalizeMarkdownTable('| A | B |'),
    );
  });
});

describe('README criteria table', () => {
  it('is in step with the model (all packs)', () => {
    const readmePath = path.resolve(__dirname, '../../../../README.md');
    const readme = fs.existsSync(readmePath)
      ? fs.readFileSync(readmePath, 'utf8')
      : '';
    const section = extractCriteriaSection(readme);
    if (section === undefined) {
      throw new Error(
        `README has no criteria table markers (${CRITERIA_TABLE_START} … ${CRITERIA_TABLE_END}) in ${readmePath}`,
      );
    }
    // Compared cell by cell, so that re-aligning the table (e.g. with Prettier) keeps it in step.
    expect(normalizeMarkdownTable(section)).toEqual(
      normalizeMarkdownTable(renderCriteriaMarkdown(model)),
    );
  });
});
