import { InterceptingStore } from './intercepting-store';

/**
 * A store that crashes on the Nth write (insert or update, inside a transaction or not), the way a function
 * instance dies mid-request: the write and everything after it in that request never happen; a transaction it was
 * part of rolls back. `failAt = null` lets everything through (the retry).
 */
export class FaultyStore extends InterceptingStore {
  writes = 0;
  failAt: number | null = null;

  protected beforeWrite(): void {
    this.writes += 1;
    if (this.failAt !== null && this.writes === this.failAt) throw new Error(`injected crash at write ${this.writes}`);
  }
}
