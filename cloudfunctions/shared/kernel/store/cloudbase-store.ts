import { applyIncrement } from './apply-increment';
import type { CollectionDocs, CollectionName, DocAt, DocOps, Filter, FindOptions, Patch, Scalar, Store } from './store';
import { MAX_PAGE_SIZE } from './store';

/* eslint-disable @typescript-eslint/no-explicit-any -- the CloudBase SDK ships loose types */
type Database = any;

/**
 * The store port over the CloudBase document database (wx-server-sdk). Every read carries an explicit limit;
 * updates outside transactions are `where({ _id, ...expected }).update()` checked by `stats.updated`; inside a
 * transaction (single-document operations only) the expected fields are checked on the read document, and the
 * platform's conflict detection makes that read-check-write atomic.
 * Contract-tested against a fake of the CloudBase API in the production issue; not exercised by local mode.
 */
export class CloudbaseStore implements Store {
  constructor(private readonly db: Database) {}

  async get<C extends CollectionName, I extends string>(collection: C, id: I): Promise<DocAt<C, I> | null> {
    const res = await this.db.collection(collection).where({ _id: id }).limit(1).get();
    return (res.data[0] as DocAt<C, I> | undefined) ?? null;
  }

  async insert<C extends CollectionName>(collection: C, doc: CollectionDocs[C]): Promise<boolean> {
    try {
      await this.db.collection(collection).add({ data: doc });
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  async update(collection: CollectionName, id: string, expected: Filter, patch: Patch): Promise<boolean> {
    const res = await this.db.collection(collection).where(this.where({ ...expected, _id: id })).update({ data: this.patch(patch) });
    return res.stats.updated === 1;
  }

  async create<C extends CollectionName>(collection: C, doc: CollectionDocs[C]): Promise<void> {
    await this.db.collection(collection).add({ data: doc });
  }

  async increment(collection: CollectionName, id: string, delta: Readonly<Record<string, number>>, set?: Readonly<Record<string, Scalar>>): Promise<boolean> {
    const res = await this.db.collection(collection).where({ _id: id }).update({ data: this.inc(delta, set) });
    return res.stats.updated === 1;
  }

  async updateWhere(collection: CollectionName, filter: Filter, patch: Patch): Promise<number> {
    const data = this.patch(patch);
    if (Object.keys(data).length === 0) return 0;
    const res = await this.db.collection(collection).where(this.where(filter)).update({ data });
    return res.stats.updated as number;
  }

  async sum(collection: CollectionName, filter: Filter, field: string): Promise<number> {
    const $ = this.db.command.aggregate;
    const res = await this.db.collection(collection).aggregate().match(this.where(filter)).group({ _id: null, total: $.sum(`$${field}`) }).end();
    return (res.list[0]?.total as number | undefined) ?? 0;
  }

  async find<C extends CollectionName>(collection: C, filter: Filter, options: FindOptions): Promise<Array<CollectionDocs[C]>> {
    let query = this.db.collection(collection).where(this.where(filter));
    for (const o of options.orderBy ?? []) query = query.orderBy(o.field, o.direction);
    if (options.skip) query = query.skip(options.skip);
    const res = await query.limit(Math.min(options.limit, MAX_PAGE_SIZE)).get();
    return res.data as Array<CollectionDocs[C]>;
  }

  async count(collection: CollectionName, filter: Filter): Promise<number> {
    const res = await this.db.collection(collection).where(this.where(filter)).count();
    return res.total as number;
  }

  runTransaction<R>(work: (tx: DocOps) => Promise<R>): Promise<R> {
    return this.db.runTransaction(async (transaction: any) => {
      // What this attempt has read or written, so a compare-and-set after a read costs one request, not two: inside
      // a transaction the platform shows the snapshot plus the attempt's own writes, which is what the cache holds.
      const known = new Map<string, Record<string, unknown> | null>();
      const key = (collection: string, id: string) => `${collection}/${id}`;
      const read = async (collection: string, id: string): Promise<Record<string, unknown> | null> => {
        const k = key(collection, id);
        if (known.has(k)) return known.get(k) ?? null;
        let doc: Record<string, unknown> | null;
        try {
          doc = ((await transaction.collection(collection).doc(id).get()).data as Record<string, unknown> | null) ?? null;
        } catch (error) {
          if (!isMissing(error)) throw error;
          doc = null;
        }
        known.set(k, doc);
        return doc;
      };
      const tx: DocOps = {
        get: async <C extends CollectionName, I extends string>(collection: C, id: I) => {
          const doc = await read(collection, id);
          return doc ? (structuredClone(doc) as unknown as DocAt<C, I>) : null;
        },
        insert: async (collection, doc) => {
          if (await read(collection, doc._id)) return false;
          await transaction.collection(collection).add({ data: doc });
          known.set(key(collection, doc._id), structuredClone(doc) as unknown as Record<string, unknown>);
          return true;
        },
        update: async (collection, id, expected, patch) => {
          const current = await read(collection, id);
          if (!current || !matches(current, expected)) return false;
          await transaction.collection(collection).doc(id).update({ data: this.patch(patch) });
          const next = { ...current };
          for (const [field, value] of Object.entries(patch)) if (value !== undefined) next[field] = structuredClone(value);
          known.set(key(collection, id), next);
          return true;
        },
        create: async (collection, doc) => {
          // No read first: the caller's compare-and-set claimed the id. An existing document fails the add (and the
          // transaction) instead of being overwritten.
          await transaction.collection(collection).add({ data: doc });
          known.set(key(collection, doc._id), structuredClone(doc) as unknown as Record<string, unknown>);
        },
        increment: async (collection, id, delta, set) => {
          const res = await transaction.collection(collection).doc(id).update({ data: this.inc(delta, set) });
          const k = key(collection, id);
          const cached = known.get(k);
          if (res.stats.updated !== 1) return false;
          if (cached) known.set(k, applyIncrement(cached, delta, set));
          return true;
        },
      };
      return work(tx);
    });
  }

  async close(): Promise<void> {}

  private where(filter: Filter): Record<string, unknown> {
    const _ = this.db.command;
    const out: Record<string, unknown> = {};
    for (const [field, c] of Object.entries(filter)) {
      if (c === null || typeof c !== 'object') out[field] = c;
      else if ('$in' in c) out[field] = _.in(c.$in);
      else if ('$ne' in c) out[field] = _.neq(c.$ne);
      else if ('$has' in c) out[field] = c.$has; // equality on an array field matches any element
      else {
        const parts = [];
        if (c.$gt !== undefined) parts.push(_.gt(c.$gt));
        if (c.$gte !== undefined) parts.push(_.gte(c.$gte));
        if (c.$lt !== undefined) parts.push(_.lt(c.$lt));
        if (c.$lte !== undefined) parts.push(_.lte(c.$lte));
        out[field] = parts.length === 1 ? parts[0] : _.and(parts);
      }
    }
    return out;
  }

  /**
   * `_.inc` per delta and the `set` values, a dot path becoming nested objects: CloudBase merges a nested object into
   * the stored one field by field, so only the named leaves change.
   */
  private inc(delta: Readonly<Record<string, number>>, set: Readonly<Record<string, Scalar>> = {}): Record<string, unknown> {
    const _ = this.db.command;
    const out: Record<string, unknown> = {};
    const put = (path: string, value: unknown) => {
      const keys = path.split('.');
      let parent = out;
      for (const k of keys.slice(0, -1)) parent = (parent[k] ??= {}) as Record<string, unknown>;
      parent[keys[keys.length - 1] as string] = value;
    };
    for (const [path, value] of Object.entries(delta)) put(path, _.inc(value));
    for (const [path, value] of Object.entries(set)) put(path, value);
    return out;
  }

  /** Objects and arrays are replaced whole (`_.set`); a plain object value would otherwise be merged. */
  private patch(patch: Patch): Record<string, unknown> {
    const _ = this.db.command;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      out[key] = value !== null && typeof value === 'object' ? _.set(value) : value;
    }
    return out;
  }
}

function matches(doc: Record<string, unknown>, expected: Filter): boolean {
  return Object.entries(expected).every(([field, value]) => {
    if (value !== null && typeof value === 'object') throw new Error('transactional compare-and-set supports equality only');
    return (doc[field] ?? null) === value;
  });
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.message} ${(error as { errCode?: unknown }).errCode ?? ''}` : String(error);
}
const isDuplicateKey = (error: unknown) => /duplicate|-502001|E11000/i.test(errorText(error));
const isMissing = (error: unknown) => /does not exist|not exist|-502002/i.test(errorText(error));
