import { useState } from 'react';
import {
  getErrorStatus,
  getFieldErrors,
} from '@operational-pilot/backstage-plugin-common';
import { useWriteErrorMessage } from '../shared/ErrorView';

export type Errors = Record<string, string | undefined>;

/**
 * The server's own explanation of a refusal: the `fieldErrors` messages, else the error message. A 409 on a
 * release names what is missing (e.g. the signatures of the hand-over), so it is shown as is.
 */
export function serverMessage(error: unknown): string | undefined {
  const fieldErrors = getFieldErrors(error);
  if (fieldErrors.length) {
    return fieldErrors.map(f => f.message).join('; ');
  }
  const body = (error as { body?: { error?: { message?: string } } })?.body;
  return (
    body?.error?.message ||
    (error as { cause?: { message?: string } })?.cause?.message ||
    undefined
  );
}

/** Message of a failed write on a release: a 409 keeps the server's explanation (not a generic "changed"). */
export function useReleaseErrorMessage() {
  const writeError = useWriteErrorMessage();
  return (error: unknown): string => {
    if (getErrorStatus(error) === 409) {
      return serverMessage(error) ?? writeError(error);
    }
    return writeError(error);
  };
}

/** Field errors, the form error, busy flag and "reload" offer (412) of a release dialog. */
export function useWriteState() {
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const errorMessage = useReleaseErrorMessage();
  const reset = () => {
    setErrors({});
    setError(undefined);
    setConflict(false);
  };
  const fail = (err: unknown) => {
    const fieldErrors = getFieldErrors(err);
    if (fieldErrors.length) {
      const mapped: Errors = {};
      for (const f of fieldErrors) {
        mapped[f.path.replace(/^\//, '').split(/[./]/)[0]] = f.message;
      }
      setErrors(mapped);
    }
    setConflict(getErrorStatus(err) === 412);
    setError(errorMessage(err));
  };
  /** Runs a write with the busy flag on; a refusal is shown on the form, the write itself closes the dialog. */
  const run = async (write: () => Promise<void>) => {
    setBusy(true);
    try {
      await write();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };
  return {
    errors,
    setErrors,
    error,
    conflict,
    busy,
    setBusy,
    reset,
    fail,
    run,
  };
}

/** `YYYY-MM-DDTHH:MM` (local time) of an ISO timestamp, for a `datetime-local` input. */
export function toLocalInput(iso?: string): string {
  if (!iso) {
    return '';
  }
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) {
    return '';
  }
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(
    d.getHours(),
  )}:${p(d.getMinutes())}`;
}
