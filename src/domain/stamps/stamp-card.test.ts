import { assertStampCardRules, stampCardProgress, stampsForPaidOrder, stampLifecycle, type StampCardRules } from './stamp-card';
import { STAMP_ERRORS } from './stamp-errors';

const RULES: StampCardRules = { goal: 10, productIds: ['p01'], perPickup: true, counterMinFen: 5000 };

test('a stamp per paid line of a chosen product, whatever its quantity; a 优惠买单 at least the amount earns one', () => {
  const lines = [
    { lineId: 'O1-1', productId: 'p01' },
    { lineId: 'O1-2', productId: 'p02' },
    { lineId: 'O1-3', productId: 'p01' },
  ];
  expect(stampsForPaidOrder(RULES, { lines, counterPaidFen: null })).toEqual([
    { ref: 'O1-1', source: 'LINE' },
    { ref: 'O1-3', source: 'LINE' },
  ]);
  const counter = [{ lineId: 'O2-1', productId: 'counter:S1' }];
  expect(stampsForPaidOrder(RULES, { lines: counter, counterPaidFen: 5000 })).toEqual([{ ref: 'O2-1', source: 'COUNTER' }]);
  expect(stampsForPaidOrder(RULES, { lines: counter, counterPaidFen: 4999 })).toEqual([]);
  expect(stampsForPaidOrder({ ...RULES, counterMinFen: null }, { lines: counter, counterPaidFen: 99999 })).toEqual([]);
});

test('progress: a reward each time the goal is reached; stamps taken back after a reward are owed, the reward stays', () => {
  expect(stampCardProgress(10, 9, 0)).toEqual({ rewardsDue: 0, towardNext: 9, owed: 0 });
  expect(stampCardProgress(10, 10, 0)).toEqual({ rewardsDue: 1, towardNext: 0, owed: 0 });
  expect(stampCardProgress(10, 23, 1)).toEqual({ rewardsDue: 1, towardNext: 3, owed: 0 });
  expect(stampCardProgress(10, 12, 1)).toEqual({ rewardsDue: 0, towardNext: 2, owed: 0 });
  // One reward granted at 10, then 2 stamps refunded: 2 owed before progress counts again.
  expect(stampCardProgress(10, 8, 1)).toEqual({ rewardsDue: 0, towardNext: 0, owed: 2 });
  expect(stampCardProgress(10, 10, 1)).toEqual({ rewardsDue: 0, towardNext: 0, owed: 0 });
});

test('rules: a goal of 2..50 and at least one way to earn', () => {
  expect(() => assertStampCardRules(RULES)).not.toThrow();
  expect(() => assertStampCardRules({ ...RULES, goal: 1 })).toThrow(expect.objectContaining({ code: STAMP_ERRORS.INVALID.code }));
  expect(() => assertStampCardRules({ goal: 5, productIds: [], perPickup: false, counterMinFen: null })).toThrow(expect.objectContaining({ code: STAMP_ERRORS.INVALID.code }));
  expect(() => assertStampCardRules({ ...RULES, counterMinFen: 0 })).toThrow();
});

test('a stamp goes ACTIVE → REVOKED once', () => {
  expect(() => stampLifecycle.assert('ACTIVE', 'REVOKED')).not.toThrow();
  expect(() => stampLifecycle.assert('REVOKED', 'ACTIVE')).toThrow();
  expect(() => stampLifecycle.assert('REVOKED', 'REVOKED')).toThrow();
});
