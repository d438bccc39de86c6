import { MAX_PAGE_SIZE } from '../../kernel/store/store';

/**
 * Reads a query in pages of at most MAX_PAGE_SIZE up to `cap` documents. `capped` is true when more existed, so an
 * export can say it is cut instead of silently dropping rows. Reads one document past the cap to know.
 */
export async function readCapped<D>(read: (skip: number, limit: number) => Promise<D[]>, cap: number): Promise<{ docs: D[]; capped: boolean }> {
  const docs: D[] = [];
  while (docs.length <= cap) {
    const limit = Math.min(MAX_PAGE_SIZE, cap + 1 - docs.length);
    const batch = await read(docs.length, limit);
    docs.push(...batch);
    if (batch.length < limit) return { docs, capped: false };
  }
  return { docs: docs.slice(0, cap), capped: true };
}
