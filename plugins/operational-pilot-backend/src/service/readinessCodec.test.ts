/*
 * What a stored evaluation keeps and what reading it puts back.
 */
import {
  buildReadinessModel,
  evaluateReadiness,
} from '@operational-pilot/backstage-plugin-common';
import {
  ORDERS_COMPONENT,
  ORDERS_TEAM,
} from '../__testUtils__/evaluationFixtures';
import { compactReadiness, expandReadiness } from './readinessCodec';

const model = buildReadinessModel({ packs: ['core', 'extended'] });
const evaluated = () =>
  evaluateReadiness(model, {
    entity: ORDERS_COMPONENT,
    related: { 'group:default/team-orders': ORDERS_TEAM },
    attestations: [],
    waivers: [],
    actions: [],
    releases: [],
    now: new Date('2026-06-01T10:00:00Z'),
  });

describe('readiness codec', () => {
  it('stores the messages but not their English sentences nor what the model holds', () => {
    const stored = JSON.parse(
      JSON.stringify(compactReadiness(evaluated(), model)),
    );
    expect(stored.verdictReasons).toBeUndefined();
    expect(stored.verdictReasonMessages.length).toBeGreaterThan(0);
    for (const criterion of stored.criteria) {
      expect(criterion.reason).toBeUndefined();
      expect(criterion.reasonMessage).toBeDefined();
      expect(criterion.title).toBeUndefined();
      expect(criterion.howToFix).toBeUndefined();
    }
  });

  it('reads back the same evaluation as the engine gave, English sentences included', () => {
    const fresh = JSON.parse(JSON.stringify(evaluated()));
    const stored = JSON.parse(
      JSON.stringify(compactReadiness(evaluated(), model)),
    );
    const read = JSON.parse(JSON.stringify(expandReadiness(stored, model)));
    expect(read).toEqual(fresh);
    expect(read.verdict).toBe('not-ready');
    expect(read.criteria.find((c: any) => c.status === 'fail').reason).toMatch(
      /\w+ \w+/,
    );
  });

  it('keeps the English text of a result that has no message (written before messages existed)', () => {
    const legacy = JSON.parse(JSON.stringify(evaluated()));
    delete legacy.verdictReasonMessages;
    delete legacy.criteria[0].reasonMessage;
    legacy.criteria[0].reason = 'an old sentence';
    const stored = JSON.parse(JSON.stringify(compactReadiness(legacy, model)));
    expect(stored.criteria[0].reason).toBe('an old sentence');
    expect(stored.verdictReasons).toEqual(legacy.verdictReasons);
    const read = expandReadiness(stored, model);
    expect(read.criteria[0].reason).toBe('an old sentence');
    expect(read.verdictReasons).toEqual(legacy.verdictReasons);
  });
});
