import { readAhead } from './EvaluationTask';

/** A source of pages that records when each page is asked for. */
function pagesOf(count: number, events: string[], failAt?: number) {
  return {
    async *[Symbol.asyncIterator]() {
      for (let i = 0; i < count; i++) {
        events.push(`read ${i}`);
        await new Promise(resolve => setTimeout(resolve, 1));
        if (i === failAt) throw new Error(`page ${i} failed`);
        yield i;
      }
    },
  };
}

describe('readAhead', () => {
  it('asks for the next page before the current one is processed', async () => {
    const events: string[] = [];
    for await (const page of readAhead(pagesOf(3, events))) {
      events.push(`start ${page}`);
      await new Promise(resolve => setTimeout(resolve, 5));
      events.push(`end ${page}`);
    }
    // Page 1 is read while page 0 is processed, page 2 while page 1 is.
    expect(events.indexOf('read 1')).toBeLessThan(events.indexOf('end 0'));
    expect(events.indexOf('read 2')).toBeLessThan(events.indexOf('end 1'));
    expect(events.filter(e => e.startsWith('end'))).toEqual([
      'end 0',
      'end 1',
      'end 2',
    ]);
  });

  it('passes on a failing read, after the pages before it', async () => {
    const seen: number[] = [];
    await expect(async () => {
      for await (const page of readAhead(pagesOf(3, [], 1))) {
        seen.push(page);
        await new Promise(resolve => setTimeout(resolve, 5));
      }
    }).rejects.toThrow('page 1 failed');
    expect(seen).toEqual([0]);
  });
});
