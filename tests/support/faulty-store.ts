import type { Doc, DocOps, Filter, FindOptions, Patch, Store } from '../../cloudfunctions/shared/store/store';

/**
 * A store that crashes on the Nth write (insert or update, inside a transaction or not), the way a function
 * instance dies mid-request: the write and everything after it in that request never happen; a transaction it was
 * part of rolls back. `failAt = null` lets everything through (the retry).
 */
export class FaultyStore implements Store {
  writes = 0;
  failAt: number | null = null;

  constructor(private readonly inner: Store) {}

  private write(): void {
    this.writes += 1;
    if (this.failAt !== null && this.writes === this.failAt) throw new Error(`injected crash at write ${this.writes}`);
  }

  get<T extends Doc>(collection: string, id: string): Promise<T | null> {
    return this.inner.get<T>(collection, id);
  }
  async insert<T extends Doc>(collection: string, doc: T): Promise<boolean> {
    this.write();
    return this.inner.insert(collection, doc);
  }
  async update(collection: string, id: string, expected: Filter, patch: Patch): Promise<boolean> {
    this.write();
    return this.inner.update(collection, id, expected, patch);
  }
  async increment(collection: string, id: string, delta: Readonly<Record<string, number>>): Promise<boolean> {
    this.write();
    return this.inner.increment(collection, id, delta);
  }
  sum(collection: string, filter: Filter, field: string): Promise<number> {
    return this.inner.sum(collection, filter, field);
  }
  find<T extends Doc>(collection: string, filter: Filter, options: FindOptions): Promise<T[]> {
    return this.inner.find<T>(collection, filter, options);
  }
  count(collection: string, filter: Filter): Promise<number> {
    return this.inner.count(collection, filter);
  }
  runTransaction<R>(work: (tx: DocOps) => Promise<R>): Promise<R> {
    return this.inner.runTransaction((tx) =>
      work({
        get: (c, id) => tx.get(c, id),
        insert: async (c, doc) => (this.write(), tx.insert(c, doc)),
        update: async (c, id, expected, patch) => (this.write(), tx.update(c, id, expected, patch)),
        increment: async (c, id, delta) => (this.write(), tx.increment(c, id, delta)),
      }),
    );
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}
