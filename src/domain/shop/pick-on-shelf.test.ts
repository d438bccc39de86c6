import { pickOnShelf } from './pick-on-shelf';

test('keeps the owner’s order and drops products no longer on shelf', () => {
  const found = [{ id: 'p3' }, { id: 'p1' }];
  expect(pickOnShelf(['p1', 'p2', 'p3'], found).map((p) => p.id)).toEqual(['p1', 'p3']);
});

test('an empty shop shows nothing', () => {
  expect(pickOnShelf([], [{ id: 'p1' }])).toEqual([]);
});
