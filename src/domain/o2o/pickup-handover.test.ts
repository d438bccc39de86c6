import fc from 'fast-check';
import { toFen } from '../money/fen';
import { pickupHandover, pickupState } from './pickup-handover';

const lines = [
  { lineId: 'L1', title: '茶', specs: '500g', quantity: 2 },
  { lineId: 'L2', title: '杯', specs: '白', quantity: 1 },
];

test('refunded units stay at the counter; what was refunded is reported per line', () => {
  const handover = pickupHandover(lines, { L1: { refundedUnits: 1, refundedFen: toFen(3990) } });
  expect(handover).toEqual([
    { lineId: 'L1', title: '茶', specs: '500g', quantity: 2, refundedUnits: 1, refundedFen: 3990, handOverUnits: 1 },
    { lineId: 'L2', title: '杯', specs: '白', quantity: 1, refundedUnits: 0, refundedFen: 0, handOverUnits: 1 },
  ]);
});

test('handOverUnits + refundedUnits is always the quantity, never negative', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 80 }), (quantity, refunded) => {
      const [line] = pickupHandover([{ lineId: 'L', title: 't', specs: '', quantity }], { L: { refundedUnits: refunded, refundedFen: toFen(0) } });
      expect(line?.handOverUnits).toBeGreaterThanOrEqual(0);
      expect((line?.handOverUnits ?? 0) + (line?.refundedUnits ?? 0)).toBe(quantity);
    }),
  );
});

test('a paid order refunded in full is REFUNDED, not READY; verified wins', () => {
  expect(pickupState({ status: 'PAID', verified: false, refundedInFull: true })).toBe('REFUNDED');
  expect(pickupState({ status: 'PAID', verified: false, refundedInFull: false })).toBe('READY');
  expect(pickupState({ status: 'CLOSED', verified: false, refundedInFull: true })).toBe('REFUNDED');
  expect(pickupState({ status: 'PENDING_PAY', verified: false, refundedInFull: false })).toBe('WAITING_PAYMENT');
  expect(pickupState({ status: 'CANCELLED', verified: false, refundedInFull: false })).toBe('CLOSED');
  expect(pickupState({ status: 'RECEIVED', verified: true, refundedInFull: false })).toBe('VERIFIED');
});
