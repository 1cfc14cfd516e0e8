import { useCallback } from 'react';
import {
  alertApiRef,
  toastApiRef,
  useApiHolder,
} from '@backstage/frontend-plugin-api';

/** Posts a short confirmation (toast API, or the alert API in apps that lack it). */
export function useNotify() {
  const apis = useApiHolder();
  return useCallback(
    (message: string, status: 'success' | 'danger' = 'success') => {
      const toast = apis.get(toastApiRef);
      if (toast) {
        toast.post({ title: message, status, timeout: 5000 });
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
