import type { Doc, Filter, FindOptions, Patch, Scalar, Store } from '../../cloudfunctions/shared/kernel/store/store';

/* eslint-disable @typescript-eslint/no-explicit-any -- the adapter tests store shapes of their own */
type AnyDoc = Doc & Record<string, any>;

/** The single-document operations with the caller choosing the shape. */
export interface UntypedDocOps {
  get<T extends Doc = AnyDoc>(collection: string, id: string): Promise<T | null>;
  insert<T extends Doc>(collection: string, doc: T): Promise<boolean>;
  update(collection: string, id: string, expected: Filter, patch: Patch): Promise<boolean>;
  create<T extends Doc>(collection: string, doc: T): Promise<void>;
  increment(collection: string, id: string, delta: Readonly<Record<string, number>>, set?: Readonly<Record<string, Scalar>>): Promise<boolean>;
}

export interface UntypedStore extends UntypedDocOps {
  find<T extends Doc = AnyDoc>(collection: string, filter: Filter, options: FindOptions): Promise<T[]>;
  count(collection: string, filter: Filter): Promise<number>;
  updateWhere(collection: string, filter: Filter, patch: Patch): Promise<number>;
  sum(collection: string, filter: Filter, field: string): Promise<number>;
  runTransaction<R>(work: (tx: UntypedDocOps) => Promise<R>): Promise<R>;
  close(): Promise<void>;
}

/**
 * An adapter behaves the same whatever a document holds, so its tests keep small shapes of their own in real
 * collections (and name unknown ones): they see the store without the port's per-collection document types.
 */
export const untyped = (store: Store): UntypedStore => store as unknown as UntypedStore;
