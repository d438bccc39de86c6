import { MEMBER_ERRORS, type AddressView } from '../../src/contracts/member';
import { orderedAddresses, type AddressBook, type BookChange } from '../../src/domain/member/address-book';
import { failWith } from '../../src/domain/shared/domain-error';
import type { UserContext } from '../shared/kernel/context';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import type { Store } from '../shared/kernel/store/store';

const EMPTY: AddressBook = { addresses: [], defaultId: null };

export async function readAddressBook(store: Store, openid: string): Promise<AddressBook> {
  const doc = await store.get(COLLECTIONS.addressBooks, openid);
  return doc ? { addresses: doc.addresses, defaultId: doc.defaultId } : EMPTY;
}

export const toAddressViews = (book: AddressBook): AddressView[] => orderedAddresses(book);

/** Applies one change to the caller's book in a transaction (compare-and-set on its version); a refused change writes nothing. */
export async function changeAddressBook(ctx: UserContext, change: (book: AddressBook) => BookChange): Promise<AddressView[]> {
  const result = await ctx.store.runTransaction(async (tx) => {
    const doc = await tx.get(COLLECTIONS.addressBooks, ctx.openid);
    const next = change(doc ? { addresses: doc.addresses, defaultId: doc.defaultId } : EMPTY);
    if (!next.ok) return next;
    const written = doc
      ? await tx.update(COLLECTIONS.addressBooks, ctx.openid, { version: doc.version }, { addresses: next.book.addresses, defaultId: next.book.defaultId, version: doc.version + 1 })
      : await tx.insert(COLLECTIONS.addressBooks, { _id: ctx.openid, ...next.book, version: 1 });
    return written ? next : ({ ok: false, reason: 'BUSY' } as const);
  });
  if (result.ok) return toAddressViews(result.book);
  if (result.reason === 'FULL') throw failWith(MEMBER_ERRORS.BOOK_FULL);
  if (result.reason === 'NOT_FOUND') throw failWith(MEMBER_ERRORS.NOT_FOUND);
  throw failWith(MEMBER_ERRORS.BUSY);
}
