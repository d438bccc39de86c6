import { toFen } from '../money/fen';
import { lineRefundState, orderRefundState } from './line-refund-state';

const line = { quantity: 2, amountFen: toFen(7980) };
const done = (units: number, fen: number) => ({ refundedUnits: units, refundedFen: toFen(fen) });

test('nothing, part, all (by units or by money), and money still on its way', () => {
  expect(lineRefundState(line, undefined, [])).toEqual({ state: 'NONE', fen: 0 });
  expect(lineRefundState(line, done(1, 3990), [{ fen: toFen(3990), arrived: true }])).toEqual({ state: 'PARTIAL', fen: 3990 });
  expect(lineRefundState(line, done(2, 7980), [{ fen: toFen(7980), arrived: true }])).toEqual({ state: 'FULL', fen: 7980 });
  expect(lineRefundState(line, done(0, 7980), [{ fen: toFen(7980), arrived: true }])).toEqual({ state: 'FULL', fen: 7980 });
  expect(lineRefundState(line, done(1, 3990), [{ fen: toFen(3990), arrived: false }])).toEqual({ state: 'REFUNDING', fen: 3990 });
});

test('the order adds its lines up', () => {
  expect(orderRefundState([{ state: 'FULL', fen: toFen(100) }, { state: 'FULL', fen: toFen(50) }])).toEqual({ state: 'FULL', fen: 150 });
  expect(orderRefundState([{ state: 'FULL', fen: toFen(100) }, { state: 'NONE', fen: toFen(0) }])).toEqual({ state: 'PARTIAL', fen: 100 });
  expect(orderRefundState([{ state: 'REFUNDING', fen: toFen(100) }, { state: 'NONE', fen: toFen(0) }])).toEqual({ state: 'REFUNDING', fen: 100 });
  expect(orderRefundState([{ state: 'NONE', fen: toFen(0) }])).toEqual({ state: 'NONE', fen: 0 });
});
