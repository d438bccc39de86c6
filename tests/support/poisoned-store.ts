import type { CollectionName, Filter } from '../../cloudfunctions/shared/kernel/store/store';
import { InterceptingStore } from './intercepting-store';

export type PoisonCheck = (op: 'write' | 'find', collection: string, idOrFilter: string | Filter) => boolean;

/**
 * A store where some operations fail every time — a document the code cannot handle (a poisoned order, a member whose
 * refund keeps failing) — while everything else goes through: what a timer must survive without blocking the rest.
 */
export class PoisonedStore extends InterceptingStore {
  poison: PoisonCheck = () => false;

  protected beforeWrite(collection: string, id: string): void {
    if (this.poison('write', collection, id)) throw new Error(`poisoned write on ${collection}/${id}`);
  }
  /** A multi-document update fails as a whole when it would touch a poisoned document. */
  protected override async beforeWriteWhere(collection: CollectionName, filter: Filter): Promise<void> {
    for (const doc of await this.inner.find(collection, filter, { limit: 1000 })) this.beforeWrite(collection, doc._id);
  }
  protected override beforeFind(collection: string, filter: Filter): void {
    if (this.poison('find', collection, filter)) throw new Error(`poisoned find on ${collection}/${JSON.stringify(filter)}`);
  }
}
