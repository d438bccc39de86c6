import type { CollectionDocs, CollectionName, DocAt, DocOps, Filter, FindOptions, Patch, Scalar, Store } from '../cloudfunctions/shared/kernel/store/store';

export interface OpCounts {
  reads: number;
  writes: number;
  transactions: number;
  /** Documents the reads returned (a query's whole page; an aggregate or a count returns none). */
  documents: number;
}

/** Counts database operations the way CloudBase bills them: each read, each write, each transaction. */
export class CountingStore implements Store {
  counts: OpCounts = { reads: 0, writes: 0, transactions: 0, documents: 0 };

  constructor(private readonly inner: Store) {}

  reset(): void {
    this.counts = { reads: 0, writes: 0, transactions: 0, documents: 0 };
  }

  async get<C extends CollectionName, I extends string>(c: C, id: I): Promise<DocAt<C, I> | null> {
    this.counts.reads += 1;
    const doc = await this.inner.get(c, id);
    if (doc) this.counts.documents += 1;
    return doc;
  }
  insert<C extends CollectionName>(c: C, doc: CollectionDocs[C]): Promise<boolean> {
    this.counts.writes += 1;
    return this.inner.insert(c, doc);
  }
  update(c: CollectionName, id: string, expected: Filter, patch: Patch): Promise<boolean> {
    this.counts.writes += 1;
    return this.inner.update(c, id, expected, patch);
  }
  create<C extends CollectionName>(c: C, doc: CollectionDocs[C]): Promise<void> {
    this.counts.writes += 1;
    return this.inner.create(c, doc);
  }
  increment(c: CollectionName, id: string, delta: Readonly<Record<string, number>>, set?: Readonly<Record<string, Scalar>>): Promise<boolean> {
    this.counts.writes += 1;
    return this.inner.increment(c, id, delta, set);
  }
  updateWhere(c: CollectionName, filter: Filter, patch: Patch): Promise<number> {
    this.counts.writes += 1;
    return this.inner.updateWhere(c, filter, patch);
  }
  sum(c: CollectionName, filter: Filter, field: string): Promise<number> {
    this.counts.reads += 1;
    return this.inner.sum(c, filter, field);
  }
  async find<C extends CollectionName>(c: C, filter: Filter, options: FindOptions): Promise<Array<CollectionDocs[C]>> {
    this.counts.reads += 1;
    const docs = await this.inner.find(c, filter, options);
    this.counts.documents += docs.length;
    return docs;
  }
  count(c: CollectionName, filter: Filter): Promise<number> {
    this.counts.reads += 1;
    return this.inner.count(c, filter);
  }
  runTransaction<R>(work: (tx: DocOps) => Promise<R>): Promise<R> {
    this.counts.transactions += 1;
    return this.inner.runTransaction((tx) =>
      work({
        get: async <C extends CollectionName, I extends string>(c: C, id: I) => {
          this.counts.reads += 1;
          const doc = await tx.get(c, id);
          if (doc) this.counts.documents += 1;
          return doc;
        },
        insert: (c, doc) => ((this.counts.writes += 1), tx.insert(c, doc)),
        update: (c, id, e, p) => ((this.counts.writes += 1), tx.update(c, id, e, p)),
        create: (c, doc) => ((this.counts.writes += 1), tx.create(c, doc)),
        increment: (c, id, d, set) => ((this.counts.writes += 1), tx.increment(c, id, d, set)),
      }),
    );
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

export const totalOps = (c: OpCounts): number => c.reads + c.writes;
