import type { CollectionName, Filter, Patch } from '../../cloudfunctions/shared/kernel/store/store';
import { InterceptingStore } from './intercepting-store';

/**
 * A store that crashes on the Nth write (insert or update, inside a transaction or not), the way a function
 * instance dies mid-request: the write and everything after it in that request never happen; a transaction it was
 * part of rolls back. `failAt = null` lets everything through (the retry). A multi-document update (updateWhere) is
 * not atomic on CloudBase, so one that crashes has changed the first half of its matches (none when it matched one).
 */
export class FaultyStore extends InterceptingStore {
  writes = 0;
  failAt: number | null = null;

  protected beforeWrite(): void {
    this.writes += 1;
    if (this.failAt !== null && this.writes === this.failAt) throw new Error(`injected crash at write ${this.writes}`);
  }

  override async updateWhere(collection: CollectionName, filter: Filter, patch: Patch): Promise<number> {
    if (this.failAt !== null && this.writes + 1 === this.failAt) {
      const matches = await this.inner.find(collection, filter, { limit: 1000 });
      const half = matches.slice(0, Math.floor(matches.length / 2)).map((d) => d._id);
      if (half.length) await this.inner.updateWhere(collection, { ...filter, _id: { $in: half } }, patch);
    }
    return super.updateWhere(collection, filter, patch);
  }
}
