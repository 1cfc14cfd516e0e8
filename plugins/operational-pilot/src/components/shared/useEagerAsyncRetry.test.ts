import { act, renderHook, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { useEagerAsyncRetry } from './useEagerAsyncRetry';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const scope = {};

describe('useEagerAsyncRetry', () => {
  it('starts the request during the render, before any effect of the component runs', () => {
    const order: string[] = [];
    renderHook(() => {
      const state = useEagerAsyncRetry(scope, 'test:order', () => {
        order.push('request');
        return new Promise<number>(() => undefined);
      });
      useEffect(() => {
        order.push('effect');
      }, []);
      return state;
    });
    expect(order).toEqual(['request', 'effect']);
  });

  it('requests once per set of dependencies, keeps the last value while the next loads, and retries on demand', async () => {
    const calls: string[] = [];
    const pending = new Map<string, ReturnType<typeof deferred<string>>>();
    const { result, rerender } = renderHook(
      (props: { key: string }) =>
        useEagerAsyncRetry(scope, `test:deps:${props.key}`, () => {
          calls.push(props.key);
          const d = deferred<string>();
          pending.set(`${props.key}#${calls.length}`, d);
          return d.promise;
        }),
      { initialProps: { key: 'a' } },
    );
    expect(result.current.loading).toBe(true);
    rerender({ key: 'a' });
    expect(calls).toEqual(['a']);

    await act(async () => pending.get('a#1')!.resolve('A'));
    expect(result.current).toMatchObject({ loading: false, value: 'A' });

    rerender({ key: 'b' });
    expect(calls).toEqual(['a', 'b']);
    expect(result.current).toMatchObject({ loading: true, value: 'A' });
    await act(async () => pending.get('b#2')!.reject(new Error('down')));
    expect(result.current.loading).toBe(false);
    expect(result.current.value).toBeUndefined();
    expect(result.current.error?.message).toBe('down');

    act(() => result.current.retry());
    expect(calls).toEqual(['a', 'b', 'b']);
    expect(result.current.loading).toBe(true);
    await act(async () => pending.get('b#3')!.resolve('B'));
    expect(result.current).toMatchObject({ loading: false, value: 'B' });
    expect(result.current.error).toBeUndefined();
  });

  it('ignores the answer of a request that was replaced before it settled', async () => {
    const answers = [deferred<string>(), deferred<string>()];
    let n = 0;
    const { result, rerender } = renderHook(
      (props: { key: string }) =>
        useEagerAsyncRetry(
          scope,
          `test:replaced:${props.key}`,
          () => answers[n++].promise,
        ),
      { initialProps: { key: 'old' } },
    );
    rerender({ key: 'new' });
    await act(async () => answers[1].resolve('new'));
    await act(async () => answers[0].resolve('old'));
    await waitFor(() => expect(result.current.value).toBe('new'));
    expect(result.current.loading).toBe(false);
  });

  it('turns a request that throws at once into an error state', async () => {
    const { result } = renderHook(() =>
      useEagerAsyncRetry<string>(scope, 'test:throws', () => {
        throw new Error('bad query');
      }),
    );
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.error?.message).toBe('bad query');
  });

  it('reuses a request a discarded render started, and shows its answer in the first frame of the next', async () => {
    let calls = 0;
    const request = () => {
      calls += 1;
      return Promise.resolve('page');
    };
    const first = renderHook(() =>
      useEagerAsyncRetry(scope, 'test:reuse', request),
    );
    // The first render's state is thrown away (as when a render suspends on mount) once the answer is in.
    await act(async () => undefined);
    first.unmount();
    const second = renderHook(() =>
      useEagerAsyncRetry(scope, 'test:reuse', request),
    );
    expect(calls).toBe(1);
    expect(second.result.current).toMatchObject({
      loading: false,
      value: 'page',
    });

    // Another client does not share it.
    renderHook(() => useEagerAsyncRetry({}, 'test:reuse', request));
    expect(calls).toBe(2);

    // A retry sends it again.
    act(() => second.result.current.retry());
    expect(calls).toBe(3);
  });

  it('sends a new request when a mounted component goes back to a recent key', async () => {
    const calls: string[] = [];
    const { result, rerender } = renderHook(
      (props: { page: string }) =>
        useEagerAsyncRetry(scope, `test:back:${props.page}`, () => {
          calls.push(props.page);
          return Promise.resolve(props.page);
        }),
      { initialProps: { page: '1' } },
    );
    await waitFor(() => expect(result.current.value).toBe('1'));
    rerender({ page: '2' });
    rerender({ page: '1' });
    expect(calls).toEqual(['1', '2', '1']);
  });
});
