import { MAX_PAGE_SIZE } from '../store/store';

/**
 * Reads a query page by page (the store never reads unbounded) up to `maxPages`; `complete` is false when the cap
 * stopped it, so a report can say its figures are partial instead of silently undercounting.
 */
export async function readAll<D>(read: (skip: number, limit: number) => Promise<D[]>, maxPages = 20): Promise<{ docs: D[]; complete: boolean }> {
  const docs: D[] = [];
  for (let page = 0; page < maxPages; page += 1) {
    const batch = await read(page * MAX_PAGE_SIZE, MAX_PAGE_SIZE);
    docs.push(...batch);
    if (batch.length < MAX_PAGE_SIZE) return { docs, complete: true };
  }
  return { docs, complete: false };
}
