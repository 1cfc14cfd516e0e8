import {
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';

/** What `useEagerAsyncRetry` returns: the shape of react-use's `useAsyncRetry`. */
export interface EagerAsyncState<T> {
  loading: boolean;
  value?: T;
  error?: Error;
  retry: () => void;
}

interface Request<T> {
  key: string;
  startedAt: number;
  promise: Promise<T>;
  settled: boolean;
  value?: T;
  error?: Error;
}

/**
 * Requests started by a render, by key, for a short while: React throws away the state of a first render that
 * suspends (a lazy part of the page, translations), and the render that follows must find the request already
 * under way — or already answered — instead of sending it again.
 */
const recentByScope = new WeakMap<object, Map<string, Request<unknown>>>();
const REUSE_MS = 2000;
const MAX_RECENT = 50;

function recentOf(scope: object) {
  let recent = recentByScope.get(scope);
  if (!recent) {
    recent = new Map();
    recentByScope.set(scope, recent);
  }
  return recent;
}

function start<T>(
  scope: object,
  key: string,
  request: () => Promise<T>,
): Request<T> {
  let promise: Promise<T>;
  try {
    promise = request();
  } catch (error) {
    promise = Promise.reject(error);
  }
  const entry: Request<T> = {
    key,
    startedAt: Date.now(),
    promise,
    settled: false,
  };
  promise.then(
    value => {
      entry.settled = true;
      entry.value = value;
    },
    error => {
      entry.settled = true;
      entry.error = error instanceof Error ? error : new Error(String(error));
    },
  );
  const recent = recentOf(scope);
  recent.delete(key);
  recent.set(key, entry as Request<unknown>);
  if (recent.size > MAX_RECENT) {
    recent.delete(recent.keys().next().value!);
  }
  return entry;
}

function reusable<T>(scope: object, key: string): Request<T> | undefined {
  const entry = recentOf(scope).get(key) as Request<T> | undefined;
  return entry && Date.now() - entry.startedAt < REUSE_MS ? entry : undefined;
}

/**
 * Like react-use's `useAsyncRetry`, but the request starts while the component renders instead of after the
 * commit: a page whose first render is heavy (filters, pickers, a table) gets its data that much sooner, and an
 * answer that came during that render shows in its first frame. `key` names the request and everything it
 * depends on (a new key, a new request) within `scope`, the object that sends it (the API client); a component's
 * first render takes over a request of the same key sent less than 2 s before (by a render React discarded). While a new request runs the previous value (or error) stays, with
 * `loading` true; a success clears the error and a failure clears the value, as in react-use. `retry` always
 * sends the request again.
 */
export function useEagerAsyncRetry<T>(
  scope: object,
  key: string,
  request: () => Promise<T>,
): EagerAsyncState<T> {
  const [attempt, setAttempt] = useState(0);
  const fullKey = `${key}#${attempt}`;
  const current = useRef<Request<T>>();
  if (current.current?.key !== fullKey) {
    // Only a first render reuses a recent request (the one a discarded render sent); later keys are new requests.
    current.current =
      (current.current === undefined
        ? reusable<T>(scope, fullKey)
        : undefined) ?? start(scope, fullKey, request);
  }
  const entry = current.current;

  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const renderedSettled = entry.settled;
  useEffect(() => {
    if (entry.settled) {
      // Answered between this render and its commit.
      if (!renderedSettled) rerender();
      return undefined;
    }
    let subscribed = true;
    const settle = () => {
      if (subscribed) rerender();
    };
    entry.promise.then(settle, settle);
    return () => {
      subscribed = false;
    };
  }, [entry, renderedSettled]);

  // The last answer, kept while the next request runs.
  const last = useRef<{ value?: T; error?: Error }>({});
  if (entry.settled) {
    last.current = { value: entry.value, error: entry.error };
  }
  const retry = useCallback(() => setAttempt(n => n + 1), []);
  const loading = !entry.settled;
  const { value, error } = last.current;
  // The same object while nothing changed: contexts built from it do not re-render their consumers.
  return useMemo(
    () => ({ loading, value, error, retry }),
    [loading, value, error, retry],
  );
}
