/*
 * The English sentences of an evaluation are rendered from their messages when read, and read like plain members.
 */
import { buildReadinessModel } from './config';
import { evaluateReadiness } from './engine';
import { omitMembers, withEnglishText } from './lazyEnglish';
import { renderMessage } from './messages';
import { readyInput, readyRelated, withEntity } from './__testUtils__/fixtures';

describe('withEnglishText', () => {
  it('reads as a plain enumerable string rendered from the message, in JSON and spreads too', () => {
    const result = withEnglishText(
      { reasonMessage: { key: 'verdict.tierAssumed', params: { tier: 'T2' } } },
      'reason',
      'reasonMessage',
    ) as { reason?: string; reasonMessage: { key: string } };
    const english = renderMessage({
      key: 'verdict.tierAssumed',
      params: { tier: 'T2' },
    });
    expect(english).toContain('T2');
    expect(result.reason).toBe(english);
    expect(Object.keys(result)).toContain('reason');
    expect(JSON.parse(JSON.stringify(result)).reason).toBe(english);
    expect({ ...result }.reason).toBe(english);
  });

  it('follows a message replaced after it was read, and keeps a value assigned to it', () => {
    const result = withEnglishText(
      { reasonMessage: { key: 'verdict.tierAssumed', params: { tier: 'T2' } } },
      'reason',
      'reasonMessage',
    ) as { reason?: string; reasonMessage: { key: string; params?: object } };
    expect(result.reason).toContain('T2');
    result.reasonMessage = {
      key: 'verdict.tierAssumed',
      params: { tier: 'T1' },
    };
    expect(result.reason).toContain('T1');
    result.reason = 'set by hand';
    expect(result.reason).toBe('set by hand');
    expect(JSON.parse(JSON.stringify(result)).reason).toBe('set by hand');
  });

  it('renders a list of messages as a list of sentences', () => {
    const gate = withEnglishText(
      { messages: [{ key: 'verdict.tierAssumed', params: { tier: 'T3' } }] },
      'sentences',
      'messages',
    ) as { sentences?: string[] };
    expect(gate.sentences).toEqual([
      renderMessage({ key: 'verdict.tierAssumed', params: { tier: 'T3' } }),
    ]);
  });
});

describe('omitMembers', () => {
  it('copies every other member without reading the omitted ones', () => {
    const reads: string[] = [];
    const value = { a: 1, b: 2 };
    Object.defineProperty(value, 'lazy', {
      enumerable: true,
      get() {
        reads.push('lazy');
        return 'x';
      },
    });
    expect(omitMembers(value, ['lazy', 'b'])).toEqual({ a: 1 });
    expect(reads).toEqual([]);
  });
});

describe('an evaluation', () => {
  const model = buildReadinessModel({ packs: ['core', 'extended'] });

  it('explains every criterion and the verdict in English, from the same messages the French tab renders', () => {
    // No owner group in the catalog: failures with reasons, blockers in the verdict.
    const readiness = evaluateReadiness(
      model,
      readyInput({
        entity: withEntity(e => {
          e.spec!.owner = 'ghost-team';
        }),
        related: { ...readyRelated(), 'group:default/ghost-team': null },
      }),
    );
    expect(readiness.verdict).toBe('not-ready');
    const plain = JSON.parse(JSON.stringify(readiness));
    for (const criterion of plain.criteria) {
      expect(typeof criterion.reason).toBe('string');
      expect(criterion.reason).toBe(renderMessage(criterion.reasonMessage));
    }
    expect(plain.verdictReasons).toEqual(
      plain.verdictReasonMessages.map((m: any) => renderMessage(m)),
    );
    expect(plain.verdictReasons.join(' ')).toContain('OWN-01');
  });
});
