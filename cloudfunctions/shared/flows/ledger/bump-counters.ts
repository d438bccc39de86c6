import type { CollectionDocs, CollectionName, DocOps } from '../../kernel/store/store';

type Counters<T> = { [K in keyof T]-?: NonNullable<T[K]> extends number ? K : never }[keyof T];

/**
 * Adds to numeric fields of a per-user counter document inside a transaction, creating it from `zero` the first
 * time. Compare-and-set on `version`: under CloudBase a concurrent writer makes the transaction conflict and re-run.
 * `read` is the document as this transaction already read it (no second read).
 */
export async function bumpCounters<C extends CollectionName, T extends CollectionDocs[C] & { version: number }>(
  tx: DocOps,
  collection: C,
  zero: T,
  delta: Partial<Record<Counters<T>, number>>,
  derive: (doc: T) => Partial<T> = () => ({}),
  read?: { current: T | null },
): Promise<T> {
  const current = read ? read.current : ((await tx.get(collection, zero._id)) as T | null);
  const fields = { ...(current ?? zero) } as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(delta) as Array<[string, number | undefined]>) {
    if (value) fields[key] = ((fields[key] as number | undefined) ?? 0) + value;
  }
  const next = fields as unknown as T;
  Object.assign(next, derive(next));
  next.version = (current?.version ?? 0) + 1;
  const { _id: _unchanged, ...patch } = next as unknown as Record<string, unknown>;
  const written = current ? await tx.update(collection, zero._id, { version: current.version }, patch) : await tx.insert(collection, next);
  if (!written) throw new Error(`${collection}/${zero._id} changed during the transaction`);
  return next;
}
