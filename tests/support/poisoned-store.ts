import type { Doc, DocOps, Filter, FindOptions, Patch, Store } from '../../cloudfunctions/shared/store/store';

export type PoisonCheck = (op: 'write' | 'find', collection: string, idOrFilter: string | Filter) => boolean;

/**
 * A store where some operations fail every time — a document the code cannot handle (a poisoned order, a member whose
 * refund keeps failing) — while everything else goes through: what a timer must survive without blocking the rest.
 */
export class PoisonedStore implements Store {
  poison: PoisonCheck = () => false;

  constructor(private readonly inner: Store) {}

  private check(op: 'write' | 'find', collection: string, idOrFilter: string | Filter): void {
    if (this.poison(op, collection, idOrFilter)) throw new Error(`poisoned ${op} on ${collection}/${typeof idOrFilter === 'string' ? idOrFilter : JSON.stringify(idOrFilter)}`);
  }

  get<T extends Doc>(collection: string, id: string): Promise<T | null> {
    return this.inner.get<T>(collection, id);
  }
  async insert<T extends Doc>(collection: string, doc: T): Promise<boolean> {
    this.check('write', collection, doc._id);
    return this.inner.insert(collection, doc);
  }
  async update(collection: string, id: string, expected: Filter, patch: Patch): Promise<boolean> {
    this.check('write', collection, id);
    return this.inner.update(collection, id, expected, patch);
  }
  async increment(collection: string, id: string, delta: Readonly<Record<string, number>>): Promise<boolean> {
    this.check('write', collection, id);
    return this.inner.increment(collection, id, delta);
  }
  sum(collection: string, filter: Filter, field: string): Promise<number> {
    return this.inner.sum(collection, filter, field);
  }
  async find<T extends Doc>(collection: string, filter: Filter, options: FindOptions): Promise<T[]> {
    this.check('find', collection, filter);
    return this.inner.find<T>(collection, filter, options);
  }
  count(collection: string, filter: Filter): Promise<number> {
    return this.inner.count(collection, filter);
  }
  runTransaction<R>(work: (tx: DocOps) => Promise<R>): Promise<R> {
    return this.inner.runTransaction((tx) =>
      work({
        get: (c, id) => tx.get(c, id),
        insert: async (c, doc) => (this.check('write', c, doc._id), tx.insert(c, doc)),
        update: async (c, id, expected, patch) => (this.check('write', c, id), tx.update(c, id, expected, patch)),
        increment: async (c, id, delta) => (this.check('write', c, id), tx.increment(c, id, delta)),
      }),
    );
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}
