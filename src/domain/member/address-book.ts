/** 地址簿: a shopper's saved addresses, at most this many, exactly one of them the default while any exist. */
export const ADDRESS_BOOK_CAP = 20;

export interface BookAddress {
  id: string;
  name: string;
  phone: string;
  region: string;
  detail: string;
}

export interface AddressBook {
  addresses: BookAddress[];
  /** Null only when the book is empty. */
  defaultId: string | null;
}

export type BookChange = { ok: true; book: AddressBook } | { ok: false; reason: 'FULL' | 'NOT_FOUND' };

/**
 * Adds or replaces (same id) an address. The first address is the default; `makeDefault` makes this one the default.
 * Saving the same address twice gives the same book.
 */
export function saveToBook(book: AddressBook, address: BookAddress, makeDefault: boolean, cap = ADDRESS_BOOK_CAP): BookChange {
  const exists = book.addresses.some((a) => a.id === address.id);
  if (!exists && book.addresses.length >= cap) return { ok: false, reason: 'FULL' };
  const addresses = exists ? book.addresses.map((a) => (a.id === address.id ? address : a)) : [...book.addresses, address];
  const defaultId = makeDefault || book.defaultId === null ? address.id : book.defaultId;
  return { ok: true, book: { addresses, defaultId } };
}

/** Removes an address; when it was the default, the earliest remaining one becomes the default. */
export function removeFromBook(book: AddressBook, id: string): BookChange {
  if (!book.addresses.some((a) => a.id === id)) return { ok: false, reason: 'NOT_FOUND' };
  const addresses = book.addresses.filter((a) => a.id !== id);
  const defaultId = book.defaultId === id ? (addresses[0]?.id ?? null) : book.defaultId;
  return { ok: true, book: { addresses, defaultId } };
}

export function setBookDefault(book: AddressBook, id: string): BookChange {
  if (!book.addresses.some((a) => a.id === id)) return { ok: false, reason: 'NOT_FOUND' };
  return { ok: true, book: { ...book, defaultId: id } };
}

/** The default first, then the others in the order they were added. */
export function orderedAddresses(book: AddressBook): Array<BookAddress & { isDefault: boolean }> {
  const withFlag = book.addresses.map((a) => ({ ...a, isDefault: a.id === book.defaultId }));
  return [...withFlag.filter((a) => a.isDefault), ...withFlag.filter((a) => !a.isDefault)];
}
