import type { Entity } from '@backstage/catalog-model';
import { recordingRelatedCatalog } from '../__testUtils__/evaluationFixtures';
import { RelatedEntityCache } from './relatedEntityCache';

const group = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name },
  spec: { type: 'team', children: [] },
});

function setup(options: { ttlMs?: number; maxRefs?: number } = {}) {
  const entities: Record<string, Entity> = {
    'group:default/team-a': group('team-a'),
  };
  const { catalog, reads } = recordingRelatedCatalog(entities);
  let now = new Date('2026-12-03T10:00:00Z');
  const cache = new RelatedEntityCache(catalog, () => now, options);
  const advance = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };
  return { cache, entities, reads, advance };
}

describe('RelatedEntityCache', () => {
  it('answers from the cache within the TTL (15 s by default), absent entities included', async () => {
    const { cache, reads, advance } = setup();
    const first = cache.reader();
    const refs = ['group:default/team-a', 'group:default/gone'];
    expect(await first.get(refs)).toEqual({
      'group:default/team-a': group('team-a'),
      'group:default/gone': null,
    });
    expect(first.cachedRefs.size).toBe(0);

    advance(14_999);
    const second = cache.reader();
    expect(await second.get(refs)).toEqual({
      'group:default/team-a': group('team-a'),
      'group:default/gone': null,
    });
    expect([...second.cachedRefs]).toEqual(refs);
    expect(reads).toEqual([refs]);

    advance(1);
    const third = cache.reader();
    await third.get(refs);
    expect(third.cachedRefs.size).toBe(0);
    expect(reads).toHaveLength(2);
  });

  it('reads only what it does not hold, and says which refs it answered', async () => {
    const { cache, reads } = setup();
    await cache.reader().get(['group:default/team-a']);
    const reader = cache.reader();
    await reader.get(['group:default/team-a', 'system:default/payments']);
    expect(reads).toEqual([
      ['group:default/team-a'],
      ['system:default/payments'],
    ]);
    expect([...reader.cachedRefs]).toEqual(['group:default/team-a']);
  });

  it('readFresh bypasses the cache and refreshes it', async () => {
    const { cache, entities, reads } = setup();
    await cache.reader().get(['group:default/team-a']);
    entities['group:default/team-a'] = {
      ...group('team-a'),
      spec: { type: 'department', children: [] },
    };
    const fresh = await cache.readFresh(['group:default/team-a']);
    expect(fresh['group:default/team-a']!.spec!.type).toBe('department');
    const reader = cache.reader();
    const cached = await reader.get(['group:default/team-a']);
    expect(cached['group:default/team-a']!.spec!.type).toBe('department');
    expect(reads).toHaveLength(2);
  });

  it('keeps at most maxRefs refs, dropping the oldest reads', async () => {
    const { cache, reads } = setup({ maxRefs: 2 });
    await cache.reader().get(['group:default/a']);
    await cache.reader().get(['group:default/b']);
    // Read again: now the newest.
    await cache.readFresh(['group:default/a']);
    await cache.reader().get(['group:default/c']);
    expect(cache.size).toBe(2);
    const reader = cache.reader();
    await reader.get(['group:default/a', 'group:default/b', 'group:default/c']);
    expect([...reader.cachedRefs]).toEqual([
      'group:default/a',
      'group:default/c',
    ]);
    expect(reads.at(-1)).toEqual(['group:default/b']);
  });

  it('reads every time with a TTL of 0', async () => {
    const { cache, reads } = setup({ ttlMs: 0 });
    await cache.reader().get(['group:default/team-a']);
    const reader = cache.reader();
    await reader.get(['group:default/team-a']);
    expect(reader.cachedRefs.size).toBe(0);
    expect(reads).toHaveLength(2);
  });
});
