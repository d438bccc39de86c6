import { assertDrawRules, chancesLeft, drawOdds, MAX_PRIZE_VALUE_FEN, pickPrize, type DrawPrize, type DrawRules } from './lucky-draw';
import { DRAW_ERRORS } from './draw-errors';

const prize = (id: string, weight: number, stock: number | null, extra: Partial<DrawPrize> = {}): DrawPrize => ({ id, kind: 'POINTS', name: id, couponTemplateId: null, points: 10, valueFen: 100, stock, weight, ...extra });
const NONE = prize('none', 70, null, { kind: 'NONE', name: '谢谢参与', points: 0, valueFen: 0 });
const PRIZES = [prize('a', 10, 5), prize('b', 20, 5), NONE];
const RULES: DrawRules = { prizes: PRIZES, chancesPerDay: 3, chanceFromSignIn: true, chancePerPaidOrder: true, startAt: '2026-11-01T00:00:00Z', endAt: '2026-12-01T00:00:00Z' };

test('the random number falls into each prize by its weight', () => {
  const stocked = new Map<string, number | null>();
  expect(pickPrize(PRIZES, stocked, 0).id).toBe('a');
  expect(pickPrize(PRIZES, stocked, 0.0999).id).toBe('a');
  expect(pickPrize(PRIZES, stocked, 0.1).id).toBe('b');
  expect(pickPrize(PRIZES, stocked, 0.2999).id).toBe('b');
  expect(pickPrize(PRIZES, stocked, 0.3).id).toBe('none');
  expect(pickPrize(PRIZES, stocked, 0.9999999).id).toBe('none');
});

test('a prize out of stock drops out; the others share its weight; all gone is 谢谢参与', () => {
  expect(pickPrize(PRIZES, new Map([['a', 0]]), 0).id).toBe('b');
  expect(pickPrize(PRIZES, new Map([['a', 0], ['b', 0]]), 0).id).toBe('none');
  // Over many draws the shares follow the weights.
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i += 1) {
    const { id } = pickPrize(PRIZES, new Map(), i / 1000);
    counts[id] = (counts[id] ?? 0) + 1;
  }
  expect(counts).toEqual({ a: 100, b: 200, none: 700 });
});

test('a random number outside [0, 1) is a bug', () => {
  expect(() => pickPrize(PRIZES, new Map(), 1)).toThrow();
  expect(() => pickPrize(PRIZES, new Map(), -0.1)).toThrow();
});

test('the odds shown are the weights as percentages', () => {
  expect(drawOdds(PRIZES)).toEqual([
    { prizeId: 'a', name: 'a', percent: '10.00' },
    { prizeId: 'b', name: 'b', percent: '20.00' },
    { prizeId: 'none', name: '谢谢参与', percent: '70.00' },
  ]);
});

test('有奖销售: a prize worth more than ¥50,000 is refused; exactly ¥50,000 is allowed', () => {
  expect(() => assertDrawRules({ ...RULES, prizes: [prize('top', 1, 1, { valueFen: MAX_PRIZE_VALUE_FEN + 1 }), NONE] })).toThrow(expect.objectContaining({ code: DRAW_ERRORS.PRIZE_OVER_CAP.code }));
  expect(() => assertDrawRules({ ...RULES, prizes: [prize('top', 1, 1, { valueFen: MAX_PRIZE_VALUE_FEN }), NONE] })).not.toThrow();
});

test.each([
  ['no 谢谢参与', { prizes: [prize('a', 1, 1), prize('b', 1, 1)] }],
  ['a zero weight', { prizes: [prize('a', 0, 1), NONE] }],
  ['negative stock', { prizes: [prize('a', 1, -1), NONE] }],
  ['no chance source', { chanceFromSignIn: false, chancePerPaidOrder: false }],
  ['too many chances a day', { chancesPerDay: 11 }],
  ['an empty window', { endAt: RULES.startAt }],
  ['a coupon prize without a coupon', { prizes: [prize('a', 1, 1, { kind: 'COUPON' }), NONE] }],
])('refused: %s', (_name, patch) => {
  expect(() => assertDrawRules({ ...RULES, ...patch } as DrawRules)).toThrow(expect.objectContaining({ code: DRAW_ERRORS.INVALID.code }));
});

test('chances: earned from sign-in and paid orders, capped per day, less those used', () => {
  expect(chancesLeft(RULES, { signedIn: false, paidOrders: 0, used: 0 })).toBe(0);
  expect(chancesLeft(RULES, { signedIn: true, paidOrders: 0, used: 0 })).toBe(1);
  expect(chancesLeft(RULES, { signedIn: true, paidOrders: 5, used: 0 })).toBe(3);
  expect(chancesLeft(RULES, { signedIn: true, paidOrders: 5, used: 2 })).toBe(1);
  expect(chancesLeft(RULES, { signedIn: true, paidOrders: 5, used: 4 })).toBe(0);
  expect(chancesLeft({ ...RULES, chanceFromSignIn: false }, { signedIn: true, paidOrders: 0, used: 0 })).toBe(0);
});
