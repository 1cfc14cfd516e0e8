import { DAY_MS } from './dates';
import { DEFAULT_STALENESS } from './defaultCriteria';
import { computeFreshness, graceDays } from './freshness';
import { fnv1a, stableStringify } from './hash';

const at = (nowDays: number, validityDays = 365, invalidatedAtDays?: number) =>
  computeFreshness({
    nowMs: nowDays * DAY_MS,
    validityDays,
    expiryMs: validityDays * DAY_MS,
    invalidatedAtMs:
      invalidatedAtDays === undefined ? undefined : invalidatedAtDays * DAY_MS,
    policy: DEFAULT_STALENESS,
  });

describe('graceDays', () => {
  it('is a quarter of the validity, clamped to [14, 60] days', () => {
    expect(graceDays(365, DEFAULT_STALENESS)).toBe(60);
    expect(graceDays(180, DEFAULT_STALENESS)).toBe(45);
    expect(graceDays(90, DEFAULT_STALENESS)).toBe(22.5);
    expect(graceDays(30, DEFAULT_STALENESS)).toBe(14);
  });
});

describe('computeFreshness', () => {
  it('passes until warnBeforeDays before expiry, then is expiring until the expiry', () => {
    expect(at(0)).toMatchObject({ status: 'pass', credit: 1 });
    expect(at(335)).toMatchObject({ status: 'pass', credit: 1 });
    expect(at(335.5)).toMatchObject({ status: 'expiring', credit: 1 });
    expect(at(365)).toMatchObject({ status: 'expiring', credit: 1 });
  });

  it('decays linearly from 1 to the floor over the grace period, then is stale', () => {
    expect(at(365 + 15)).toMatchObject({ status: 'grace', credit: 0.875 });
    expect(at(365 + 30)).toMatchObject({ status: 'grace', credit: 0.75 });
    expect(at(365 + 60)).toMatchObject({ status: 'grace', credit: 0.5 });
    expect(at(365 + 60.01)).toMatchObject({ status: 'stale', credit: 0 });
  });

  it('an invalidating event ends the validity at once', () => {
    expect(at(100, 365, 90)).toMatchObject({
      status: 'grace',
      expiryMs: 90 * DAY_MS,
    });
    expect(at(200, 365, 90).status).toBe('stale');
    // An event after the natural expiry changes nothing.
    expect(at(370, 365, 400)).toMatchObject({
      status: 'grace',
      expiryMs: 365 * DAY_MS,
    });
  });

  it('without a grace period, goes straight from expired to stale', () => {
    const f = computeFreshness({
      nowMs: 10 * DAY_MS,
      validityDays: 5,
      expiryMs: 5 * DAY_MS,
      policy: { ...DEFAULT_STALENESS, graceMinDays: 0, graceRatio: 0 },
    });
    expect(f.status).toBe('stale');
  });
});

describe('hash', () => {
  it('is stable, independent of key order, and short', () => {
    expect(stableStringify({ b: 1, a: [{ d: 2, c: undefined }] })).toBe(
      '{"a":[{"d":2}],"b":1}',
    );
    expect(fnv1a(stableStringify({ a: 1, b: 2 }))).toBe(
      fnv1a(stableStringify({ b: 2, a: 1 })),
    );
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });
});
