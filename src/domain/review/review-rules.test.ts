import { averageRating, defaultReviewDueAt, maskNickname, reviewRefusal } from './review-rules';

const line = { lineId: 'o1-1', quantity: 2 };

test('only a received line not refunded in full and not yet reviewed can be reviewed', () => {
  expect(reviewRefusal({ status: 'SHIPPED' }, line, 0)).toBe('NOT_RECEIVED');
  expect(reviewRefusal({ status: 'PAID' }, line, 0)).toBe('NOT_RECEIVED');
  expect(reviewRefusal({ status: 'RECEIVED' }, line, 2)).toBe('REFUNDED');
  expect(reviewRefusal({ status: 'RECEIVED' }, line, 1)).toBeNull();
  expect(reviewRefusal({ status: 'COMPLETED', reviewed: { 'o1-1': 'RVx' } }, line, 0)).toBe('ALREADY_REVIEWED');
  expect(reviewRefusal({ status: 'COMPLETED', reviewed: { 'o1-2': 'RVx' } }, line, 0)).toBeNull();
});

test('nicknames are masked; averages have one decimal; the default review is due days after receipt', () => {
  expect(maskNickname('王小明')).toBe('王***');
  expect(maskNickname('  ')).toBe('匿名用户');
  expect(maskNickname(null)).toBe('匿名用户');
  expect(averageRating(14, 3)).toBe(4.7);
  expect(averageRating(0, 0)).toBe(0);
  expect(defaultReviewDueAt('2026-11-20T02:00:00.000Z')).toBe('2026-11-27T02:00:00.000Z');
});
