import type { CollectionDocs, CollectionName, DocAt, DocOps, Filter, FindOptions, Patch, Scalar, Store } from '../../cloudfunctions/shared/kernel/store/store';

/**
 * A store that lets a test step in before every write (insert, create, update, increment — inside a transaction or not) and
 * every query, e.g. to fail there as a crashed instance or a poisoned document would; reads by id pass through.
 */
export abstract class InterceptingStore implements Store {
  constructor(protected readonly inner: Store) {}

  /** Called before each write; throw to make the write (and its transaction) fail. */
  protected abstract beforeWrite(collection: string, id: string): void;
  /** Called before a multi-document update: by default one write (the documents it matches are not looked at). */
  protected async beforeWriteWhere(collection: CollectionName, _filter: Filter): Promise<void> {
    this.beforeWrite(collection, '*');
  }
  /** Called before each query; throw to make it fail. */
  protected beforeFind(_collection: string, _filter: Filter): void {}

  get<C extends CollectionName, I extends string>(collection: C, id: I): Promise<DocAt<C, I> | null> {
    return this.inner.get(collection, id);
  }
  async insert<C extends CollectionName>(collection: C, doc: CollectionDocs[C]): Promise<boolean> {
    this.beforeWrite(collection, doc._id);
    return this.inner.insert(collection, doc);
  }
  async update(collection: CollectionName, id: string, expected: Filter, patch: Patch): Promise<boolean> {
    this.beforeWrite(collection, id);
    return this.inner.update(collection, id, expected, patch);
  }
  async create<C extends CollectionName>(collection: C, doc: CollectionDocs[C]): Promise<void> {
    this.beforeWrite(collection, doc._id);
    return this.inner.create(collection, doc);
  }
  async increment(collection: CollectionName, id: string, delta: Readonly<Record<string, number>>, set?: Readonly<Record<string, Scalar>>): Promise<boolean> {
    this.beforeWrite(collection, id);
    return this.inner.increment(collection, id, delta, set);
  }
  async updateWhere(collection: CollectionName, filter: Filter, patch: Patch): Promise<number> {
    await this.beforeWriteWhere(collection, filter);
    return this.inner.updateWhere(collection, filter, patch);
  }
  sum(collection: CollectionName, filter: Filter, field: string): Promise<number> {
    return this.inner.sum(collection, filter, field);
  }
  async find<C extends CollectionName>(collection: C, filter: Filter, options: FindOptions): Promise<Array<CollectionDocs[C]>> {
    this.beforeFind(collection, filter);
    return this.inner.find(collection, filter, options);
  }
  count(collection: CollectionName, filter: Filter): Promise<number> {
    return this.inner.count(collection, filter);
  }
  runTransaction<R>(work: (tx: DocOps) => Promise<R>): Promise<R> {
    return this.inner.runTransaction((tx) =>
      work({
        get: (c, id) => tx.get(c, id),
        insert: async (c, doc) => (this.beforeWrite(c, doc._id), tx.insert(c, doc)),
        update: async (c, id, expected, patch) => (this.beforeWrite(c, id), tx.update(c, id, expected, patch)),
        create: async (c, doc) => (this.beforeWrite(c, doc._id), tx.create(c, doc)),
        increment: async (c, id, delta, set) => (this.beforeWrite(c, id), tx.increment(c, id, delta, set)),
      }),
    );
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}
