/**
 * The store port: a small document-database interface that both the embedded SQLite adapter (local, tests) and
 * the CloudBase adapter (production) implement. It deliberately offers only what CloudBase can do safely:
 * - reads by id, and queries that always carry an explicit `limit` (CloudBase silently caps unlimited reads);
 * - creates keyed by a deterministic `_id`, so a retried write is a no-op;
 * - updates by id guarded by expected field values (compare-and-set), reporting whether they applied;
 * - outside transactions, one conditional update of every document a filter matches (a batch step), reporting how many;
 * - transactions of single-document operations only, whose callback may run more than once.
 */
import type { CollectionDocs, DocAt } from '../docs/collection-docs';
import type { CollectionName } from './collections';

export type { CollectionDocs, DocAt } from '../docs/collection-docs';
export type { CollectionName } from './collections';

export type Scalar = string | number | boolean | null;

export interface Doc {
  _id: string;
}

/** Top-level field conditions: equality, or one of a few operators. */
export type FieldCondition =
  | Scalar
  | { $in: readonly Scalar[] }
  | { $ne: Scalar }
  /** The array field contains this value (MongoDB / CloudBase array-equality semantics). */
  | { $has: Scalar }
  | { $gte?: number | string; $lt?: number | string; $lte?: number | string; $gt?: number | string };

export type Filter = Readonly<Record<string, FieldCondition>>;

export interface FindOptions {
  /** Required: there is no unbounded read. */
  limit: number;
  skip?: number;
  orderBy?: ReadonlyArray<{ field: string; direction: 'asc' | 'desc' }>;
}

/** Field values to set; `undefined` values are ignored. */
export type Patch = Readonly<Record<string, unknown>>;

/** What a transaction may do: single-document operations only (CloudBase's limit). Documents are typed by their collection (CollectionDocs). */
export interface DocOps {
  get<C extends CollectionName, I extends string>(collection: C, id: I): Promise<DocAt<C, I> | null>;
  /** Creates the document unless one with the same `_id` exists. Returns false (and writes nothing) if it does. */
  insert<C extends CollectionName>(collection: C, doc: CollectionDocs[C]): Promise<boolean>;
  /** Sets `patch` on the document only if every `expected` field still holds its value. Returns whether it did. */
  update(collection: CollectionName, id: string, expected: Filter, patch: Patch): Promise<boolean>;
  /**
   * Creates a document whose id nothing else can hold yet: one the caller's compare-and-set in the same transaction
   * has just claimed (e.g. the commission entries of a line of the order the transaction moves to PAID). One write
   * and no existence check, so one billed request where `insert` needs two inside a CloudBase transaction. Should
   * the document exist after all, it throws (the transaction fails): it never overwrites.
   */
  create<C extends CollectionName>(collection: C, doc: CollectionDocs[C]): Promise<void>;
  /**
   * Adds to numeric fields of an existing document in one operation, without reading it (CloudBase `_.inc`), and
   * sets `set`'s fields in the same write. A field name may be a dot path into nested objects ('products.p01.units'),
   * created as needed. Returns false, writing nothing, when the document does not exist: the caller creates it instead.
   */
  increment(collection: CollectionName, id: string, delta: Readonly<Record<string, number>>, set?: Readonly<Record<string, Scalar>>): Promise<boolean>;
}

export interface Store extends DocOps {
  find<C extends CollectionName>(collection: C, filter: Filter, options: FindOptions): Promise<Array<CollectionDocs[C]>>;
  count(collection: CollectionName, filter: Filter): Promise<number>;
  /**
   * Sets `patch` (top-level fields; objects and arrays replace the stored value) on every document matching `filter`,
   * in one operation (CloudBase `where(filter).update()`), and returns how many it changed. Not atomic across the
   * documents on CloudBase and not available in a transaction: a caller makes it safe to repeat by putting the
   * state it moves documents out of in the filter, so a re-run after a crash changes only what the first run missed.
   */
  updateWhere(collection: CollectionName, filter: Filter, patch: Patch): Promise<number>;
  /** The sum of a numeric field over the matching documents, in one aggregate operation (0 when none match). */
  sum(collection: CollectionName, filter: Filter, field: string): Promise<number>;
  /**
   * Runs `work` atomically. The callback may be re-run on conflict (as CloudBase does), so it must have no side
   * effects outside the transaction object.
   */
  runTransaction<R>(work: (tx: DocOps) => Promise<R>): Promise<R>;
  close(): Promise<void>;
}

/** A hard ceiling on any single page, matching CloudBase's server-side maximum. */
export const MAX_PAGE_SIZE = 1000;
