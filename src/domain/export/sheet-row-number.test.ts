import { sheetRowNumber } from './sheet-row-number';

test('the k-th kept row maps to its own sheet row; past the end the numbering continues', () => {
  const rows = [1, 3, 4, 9];
  expect([1, 2, 3, 4].map((k) => sheetRowNumber(rows, k))).toEqual([1, 3, 4, 9]);
  expect(sheetRowNumber(rows, 6)).toBe(11);
  expect(sheetRowNumber([], 2)).toBe(2);
  // CSV rows are numbered as read: the identity.
  expect(sheetRowNumber([1, 2, 3], 3)).toBe(3);
});
