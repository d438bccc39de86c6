import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '@/contracts/paging';
import { errorMessage } from './use-remote';

export interface PagedList<T> {
  items: T[];
  /** True until the first page arrives. */
  loading: boolean;
  loadingMore: boolean;
  hasMore: boolean;
  error: string | null;
  loadMore: () => void;
  reload: () => void;
}

/** Offset-paged list (`cursor` = items already held). Changing `key` starts over from the first page. */
export function usePagedList<T>(loadPage: (cursor: number) => Promise<Page<T>>, key: string): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<number | null>(0);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const generation = useRef(0);
  const busy = useRef(false);
  const loadRef = useRef(loadPage);
  loadRef.current = loadPage;

  const fetchFrom = useCallback((cursor: number, append: boolean) => {
    const gen = generation.current;
    busy.current = true;
    loadRef.current(cursor).then(
      (page) => {
        if (gen !== generation.current) return;
        setItems((prev) => (append ? [...prev, ...page.items] : page.items));
        setNextCursor(page.nextCursor);
        setError(null);
      },
      (err: unknown) => gen === generation.current && setError(errorMessage(err)),
    ).finally(() => {
      if (gen !== generation.current) return;
      busy.current = false;
      setLoading(false);
      setLoadingMore(false);
    });
  }, []);

  useEffect(() => {
    generation.current += 1;
    setItems([]);
    setNextCursor(0);
    setLoading(true);
    setLoadingMore(false);
    setError(null);
    fetchFrom(0, false);
  }, [key, round, fetchFrom]);

  const loadMore = useCallback(() => {
    if (busy.current || nextCursor === null || nextCursor === 0) return;
    setLoadingMore(true);
    fetchFrom(nextCursor, true);
  }, [nextCursor, fetchFrom]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { items, loading, loadingMore, hasMore: nextCursor !== null, error, loadMore, reload };
}
