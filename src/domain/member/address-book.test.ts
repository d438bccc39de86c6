import { orderedAddresses, removeFromBook, saveToBook, setBookDefault, type AddressBook, type BookAddress } from './address-book';

const addr = (id: string): BookAddress => ({ id, name: `收货人${id}`, phone: '13800138000', region: '浙江省 杭州市 西湖区', detail: `文三路 ${id} 号` });
const empty: AddressBook = { addresses: [], defaultId: null };
const unwrap = (change: ReturnType<typeof saveToBook>) => {
  if (!change.ok) throw new Error(change.reason);
  return change.book;
};

test('the first address becomes the default; a later one only when asked', () => {
  const one = unwrap(saveToBook(empty, addr('a'), false));
  expect(one.defaultId).toBe('a');
  const two = unwrap(saveToBook(one, addr('b'), false));
  expect(two.defaultId).toBe('a');
  const three = unwrap(saveToBook(two, addr('c'), true));
  expect(three.defaultId).toBe('c');
  expect(orderedAddresses(three).map((a) => [a.id, a.isDefault])).toEqual([
    ['c', true],
    ['a', false],
    ['b', false],
  ]);
});

test('saving an existing id edits it in place, and saving it again changes nothing', () => {
  const book = unwrap(saveToBook(unwrap(saveToBook(empty, addr('a'), false)), addr('b'), false));
  const edited = { ...addr('a'), detail: '新地址 1 号' };
  const once = unwrap(saveToBook(book, edited, false));
  expect(once.addresses).toEqual([edited, addr('b')]);
  expect(unwrap(saveToBook(once, edited, false))).toEqual(once);
});

test('the book is capped; an edit of a full book still works', () => {
  let book = empty;
  for (let i = 0; i < 3; i++) book = unwrap(saveToBook(book, addr(`x${i}`), false, 3));
  expect(saveToBook(book, addr('y'), false, 3)).toEqual({ ok: false, reason: 'FULL' });
  expect(saveToBook(book, { ...addr('x1'), name: '改名' }, false, 3).ok).toBe(true);
});

test('removing the default hands the default to the earliest remaining address; removing the last empties it', () => {
  const book = unwrap(saveToBook(unwrap(saveToBook(unwrap(saveToBook(empty, addr('a'), false)), addr('b'), false)), addr('c'), true));
  const afterC = unwrap(removeFromBook(book, 'c'));
  expect(afterC.defaultId).toBe('a');
  expect(unwrap(removeFromBook(afterC, 'b')).defaultId).toBe('a');
  expect(unwrap(removeFromBook(unwrap(removeFromBook(afterC, 'b')), 'a'))).toEqual(empty);
  expect(removeFromBook(book, 'zz')).toEqual({ ok: false, reason: 'NOT_FOUND' });
  expect(setBookDefault(book, 'zz')).toEqual({ ok: false, reason: 'NOT_FOUND' });
  expect(unwrap(setBookDefault(book, 'b')).defaultId).toBe('b');
});
