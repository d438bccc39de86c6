import { useCallback, useEffect, useRef, useState } from 'react';

export interface Remote<T> {
  /** The last good answer; kept while a reload is under way so the page does not flash. */
  data: T | null;
  loading: boolean;
  error: string | null;
  reload: () => void;
}

/** A message with Chinese in it was written for the user (the server's ActionError, a page's own check). */
const FOR_THE_USER = /[\u4e00-\u9fff]/;

/**
 * What to tell the user about a failure: its own Chinese message, else (a transport error such as fetch's
 * "Failed to fetch", or WeChat's errMsg) that the network failed.
 */
export function errorMessage(err: unknown): string {
  if (err && typeof err === 'object' && 'message' in err && typeof err.message === 'string' && FOR_THE_USER.test(err.message)) {
    return err.message;
  }
  return '网络开小差了，请稍后再试';
}

/**
 * Loads one thing from a service, again when `key` changes or `reload()` is called. A late answer for an old
 * key is dropped so a fast switch never shows stale data.
 */
export function useRemote<T>(load: () => Promise<T>, key: string): Remote<T> {
  const [data, setData] = useState<T | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let live = true;
    setLoading(true);
    loadRef.current().then(
      (value) => {
        if (!live) return;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (err: unknown) => {
        if (!live) return;
        setError(errorMessage(err));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [key, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data, loading, error, reload };
}
