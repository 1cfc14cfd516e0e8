import { useCallback, useEffect } from 'react';
import {
  alertApiRef,
  toastApiRef,
  useApiHolder,
} from '@backstage/frontend-plugin-api';

/**
 * The toast the plugin posted last. One at a time: a new confirmation replaces the previous one instead of
 * stacking, and leaving the entity or the sub-view closes it (see {@link useClearNotifications}).
 */
let current: { close(): void } | undefined;

/** Closes the plugin's toast, if one is showing. */
export function clearNotifications() {
  current?.close();
  current = undefined;
}

/** Posts a short confirmation (toast API, or the alert API in apps that lack it). */
export function useNotify() {
  const apis = useApiHolder();
  return useCallback(
    (message: string, status: 'success' | 'danger' = 'success') => {
      const toast = apis.get(toastApiRef);
      if (toast) {
        clearNotifications();
        current = toast.post({ title: message, status, timeout: 5000 });
        return;
      }
      apis.get(alertApiRef)?.post({
        message,
        severity: status === 'danger' ? 'error' : 'success',
        display: 'transient',
      });
    },
    [apis],
  );
}

/** Closes the plugin's toast whenever `key` changes (another entity, another sub-view) and on unmount. */
export function useClearNotifications(key: string) {
  useEffect(() => clearNotifications, [key]);
}
