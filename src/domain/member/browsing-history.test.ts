import { HISTORY_CAP, withVisit } from './browsing-history';

test('a visit puts the product first, once, with the latest time', () => {
  const a = withVisit([], 'p1', 't1');
  const b = withVisit(a, 'p2', 't2');
  expect(withVisit(b, 'p1', 't3')).toEqual([
    { productId: 'p1', at: 't3' },
    { productId: 'p2', at: 't2' },
  ]);
});

test('the history keeps the newest HISTORY_CAP products and drops the oldest', () => {
  let items = withVisit([], 'p0', 't0');
  for (let i = 1; i <= HISTORY_CAP + 5; i++) items = withVisit(items, `p${i}`, `t${i}`);
  expect(items).toHaveLength(HISTORY_CAP);
  expect(items[0]).toEqual({ productId: `p${HISTORY_CAP + 5}`, at: `t${HISTORY_CAP + 5}` });
  expect(items.map((i) => i.productId)).not.toContain('p5');
  expect(items.at(-1)?.productId).toBe('p6');
});
