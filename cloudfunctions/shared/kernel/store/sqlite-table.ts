import { COLLECTIONS } from './collections';

const KNOWN = new Set<string>(Object.values(COLLECTIONS));

/** The SQLite table holding a collection; only declared collections have one, so a typo is caught as a bug. */
export function sqliteTable(collection: string): string {
  if (!KNOWN.has(collection)) throw new Error(`unknown collection: ${collection}`);
  return `"c_${collection}"`;
}
