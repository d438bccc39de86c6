import { rankingPeriodStart, topRanked } from './ranking-period';

test('a week starts on Beijing Monday midnight, a month on the 1st', () => {
  // Monday 2026-11-23 07:00 in Beijing (Sunday 23:00 UTC).
  const monday = new Date('2026-11-22T23:00:00.000Z');
  expect(rankingPeriodStart(monday, 'WEEK').toISOString()).toBe('2026-11-22T16:00:00.000Z');
  // Sunday 2026-11-29 23:30 in Beijing still belongs to that week.
  expect(rankingPeriodStart(new Date('2026-11-29T15:30:00.000Z'), 'WEEK').toISOString()).toBe('2026-11-22T16:00:00.000Z');
  expect(rankingPeriodStart(monday, 'MONTH').toISOString()).toBe('2026-10-31T16:00:00.000Z');
});

test('highest first, ties by id, zero and negative values left out, at most n', () => {
  const ranked = topRanked(new Map([['b', 5], ['a', 5], ['c', 9], ['d', 0], ['e', -3]]), 2);
  expect(ranked).toEqual([
    { id: 'c', value: 9, rank: 1 },
    { id: 'a', value: 5, rank: 2 },
  ]);
});
