import { useEffect, useRef, useState } from 'react';

/**
 * The server's clock as of an answer (`asOf`), moved on by the time elapsed on the phone since — countdowns run from
 * it rather than from the phone's own clock, which is often wrong. `tickMs` re-renders the caller that often.
 */
export function useServerClock(asOf: string, tickMs: number | null): () => number {
  const base = useRef({ serverMs: Date.parse(asOf), localMs: Date.now() });
  if (base.current.serverMs !== Date.parse(asOf)) base.current = { serverMs: Date.parse(asOf), localMs: Date.now() };
  const [, setTick] = useState(0);
  useEffect(() => {
    if (tickMs === null) return undefined;
    const timer = setInterval(() => setTick((t) => t + 1), tickMs);
    return () => clearInterval(timer);
  }, [tickMs]);
  return () => base.current.serverMs + (Date.now() - base.current.localMs);
}
