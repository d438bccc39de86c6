import { toFen } from '../money/fen';
import { refundFenForUnits } from './refund-fen-for-units';
import { refundableFenForUnits } from './refundable-fen-for-units';

const line = { amountFen: toFen(1000), quantity: 3 };

test('units refunded in any steps return exactly the line amount', () => {
  expect([refundFenForUnits(line, 0, 1), refundFenForUnits(line, 1, 1), refundFenForUnits(line, 2, 1)]).toEqual([333, 333, 334]);
  expect(refundFenForUnits(line, 0, 3)).toBe(1000);
});

test('never more than is left after money-only refunds', () => {
  expect(refundableFenForUnits(line, { refundedFen: toFen(0), refundedUnits: 0 }, 3)).toBe(1000);
  expect(refundableFenForUnits(line, { refundedFen: toFen(900), refundedUnits: 0 }, 1)).toBe(100);
  expect(refundableFenForUnits(line, { refundedFen: toFen(1000), refundedUnits: 1 }, 1)).toBe(0);
});
