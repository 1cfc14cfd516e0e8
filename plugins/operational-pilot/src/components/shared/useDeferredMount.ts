import { startTransition, useEffect, useState } from 'react';

/** Mount anyway after this long when no frame comes (a background tab does not paint). */
const FALLBACK_MS = 200;

/**
 * False until `ready` has been true and the browser has painted once since, then true for good: content below the
 * fold mounts (and starts its own loading) only after the main content's first frame, so it does not delay it.
 */
export function useDeferredMount(ready: boolean): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    if (!ready || mounted) {
      return undefined;
    }
    let frame: number | undefined;
    let afterPaint: ReturnType<typeof setTimeout> | undefined;
    const mount = () => startTransition(() => setMounted(true));
    // A frame callback runs just before the paint; a timeout queued from it runs after that paint.
    if (typeof requestAnimationFrame === 'function') {
      frame = requestAnimationFrame(() => {
        afterPaint = setTimeout(mount, 0);
      });
    }
    const fallback = setTimeout(mount, frame === undefined ? 0 : FALLBACK_MS);
    return () => {
      if (frame !== undefined) {
        cancelAnimationFrame(frame);
      }
      clearTimeout(afterPaint);
      clearTimeout(fallback);
    };
  }, [ready, mounted]);
  return mounted;
}
