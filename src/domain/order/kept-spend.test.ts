import { toFen } from '../money/fen';
import { isRefundedInFull, keepsAnything, keptSpendFen } from './kept-spend';

const order = { totalFen: toFen(1000 + 600 + 500), lines: [{ lineId: 'a', quantity: 2, amountFen: toFen(1000) }, { lineId: 'b', quantity: 1, amountFen: toFen(600) }] };
const refunded = (units: number, fen: number) => ({ refundedUnits: units, refundedFen: toFen(fen) });

test('an order is kept while some line keeps a unit and some money', () => {
  expect(keepsAnything(order.lines, undefined)).toBe(true);
  expect(keepsAnything(order.lines, { a: refunded(2, 1000) })).toBe(true);
  expect(keepsAnything(order.lines, { a: refunded(2, 1000), b: refunded(1, 600) })).toBe(false);
  // 仅退款 of all the money with the goods kept, and all units back with part of the money: both keep nothing.
  expect(keepsAnything(order.lines, { a: refunded(0, 1000), b: refunded(1, 599) })).toBe(false);
});

test('refunded in full is the other side of keeping anything: by units, by money, or both', () => {
  expect(isRefundedInFull(order.lines, undefined)).toBe(false);
  expect(isRefundedInFull(order.lines, { a: refunded(1, 500) })).toBe(false);
  expect(isRefundedInFull(order.lines, { a: refunded(2, 1000), b: refunded(1, 600) })).toBe(true);
  expect(isRefundedInFull(order.lines, { a: refunded(0, 1000), b: refunded(0, 600) })).toBe(true);
});

test('kept spend is what was paid net of refunds, shipping included, and nothing once nothing is kept', () => {
  expect(keptSpendFen(order, undefined)).toBe(2100);
  expect(keptSpendFen(order, { a: refunded(1, 500) })).toBe(1600);
  expect(keptSpendFen(order, { a: refunded(2, 1000), b: refunded(1, 600) })).toBe(0);
});
