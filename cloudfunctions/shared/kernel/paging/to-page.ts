import type { Page } from '../../../../src/contracts/paging';

export const DEFAULT_PAGE_SIZE = 20;

/** Reads one page more than asked to know whether another page exists, without a count query. */
export async function readPage<D, V>(
  input: { cursor?: number; limit?: number },
  read: (skip: number, limit: number) => Promise<D[]>,
  toView: (doc: D) => V,
): Promise<Page<V>> {
  const skip = input.cursor ?? 0;
  const limit = input.limit ?? DEFAULT_PAGE_SIZE;
  const docs = await read(skip, limit + 1);
  const items = docs.slice(0, limit).map(toView);
  return { items, nextCursor: docs.length > limit ? skip + limit : null };
}
