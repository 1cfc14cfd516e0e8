import { act, renderHook, waitFor } from '@testing-library/react';
import { useDeferredMount } from './useDeferredMount';

describe('useDeferredMount', () => {
  it('turns true only after the content is ready and a frame has passed, then stays true', async () => {
    const { result, rerender } = renderHook(
      (props: { ready: boolean }) => useDeferredMount(props.ready),
      { initialProps: { ready: false } },
    );
    await act(() => new Promise(resolve => setTimeout(resolve, 50)));
    expect(result.current).toBe(false);

    rerender({ ready: true });
    // Not in the same commit as the content it waits for.
    expect(result.current).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));

    rerender({ ready: false });
    expect(result.current).toBe(true);
  });
});
