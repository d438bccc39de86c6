import type { CustomerRecord } from './customer-source';

const BATCH = 200;

/**
 * Walks the driving collection from `cursor` collecting matching customers until `limit` are found, the collection
 * ends, or `budget` documents were read (then the page is short but `nextCursor` still says where to go on).
 * `nextCursor` is a position in the driving collection; null when it is exhausted.
 */
export async function scanCustomers(
  source: { read: (skip: number, limit: number) => Promise<Array<CustomerRecord | null>>; matches: (r: CustomerRecord) => boolean },
  input: { cursor: number; limit: number; budget: number },
): Promise<{ items: CustomerRecord[]; nextCursor: number | null }> {
  const items: CustomerRecord[] = [];
  let pos = input.cursor;
  while (pos - input.cursor < input.budget) {
    const batchSize = Math.min(BATCH, input.cursor + input.budget - pos);
    const batch = await source.read(pos, batchSize);
    for (let i = 0; i < batch.length; i += 1) {
      const record = batch[i];
      if (record && source.matches(record)) items.push(record);
      if (items.length === input.limit) {
        const next = pos + i + 1;
        return { items, nextCursor: i === batch.length - 1 && batch.length < batchSize ? null : next };
      }
    }
    pos += batch.length;
    if (batch.length < batchSize) return { items, nextCursor: null };
  }
  return { items, nextCursor: pos };
}
