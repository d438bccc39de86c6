import { isDomainError } from '../shared/domain-error';
import { assertWithinHoldLimits, heldUnitsOf } from './hold-limits';

const codeOf = (f: () => void) => {
  try {
    f();
    return 'OK';
  } catch (e) {
    return isDomainError(e) ? e.code : String(e);
  }
};
const limits = { maxUnpaidOrders: 3, maxHeldUnitsPerSku: 10 };

test('the order count and the units per SKU are both capped, at ≤', () => {
  expect(codeOf(() => assertWithinHoldLimits([{ a: 1 }, { b: 1 }], { c: 1 }, limits))).toBe('OK');
  expect(codeOf(() => assertWithinHoldLimits([{ a: 1 }, { b: 1 }, { c: 1 }], { d: 1 }, limits))).toBe('ORDER.TOO_MANY_UNPAID');
  expect(codeOf(() => assertWithinHoldLimits([{ a: 6 }], { a: 4 }, limits))).toBe('OK');
  expect(codeOf(() => assertWithinHoldLimits([{ a: 6 }], { a: 5, b: 1 }, limits))).toBe('ORDER.HOLD_LIMIT');
});

test('heldUnitsOf sums the lines of one SKU', () => {
  expect(heldUnitsOf([{ skuId: 'a', quantity: 2 }, { skuId: 'b', quantity: 1 }, { skuId: 'a', quantity: 3 }])).toEqual({ a: 5, b: 1 });
});
