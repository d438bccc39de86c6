import { thrownCode as codeOf } from '../shared/thrown-code';
import { MS_PER_DAY } from '../shared/to-epoch-ms';
import { autoReceiveAtMs, daysUntilAutoReceipt, extendAutoReceiveAtMs } from './auto-receipt';

const shippedAt = '2026-11-20T02:00:00.000Z';
const due = new Date(autoReceiveAtMs(shippedAt, 10)).toISOString();
test('automatic receipt falls the set days after shipment', () => {
  expect(Date.parse(due) - Date.parse(shippedAt)).toBe(10 * MS_PER_DAY);
});

test('the buyer extends a shipped order once by 3 days', () => {
  expect(extendAutoReceiveAtMs({ status: 'SHIPPED', autoReceiveAt: due }) - Date.parse(due)).toBe(3 * MS_PER_DAY);
  expect(codeOf(() => extendAutoReceiveAtMs({ status: 'SHIPPED', autoReceiveAt: due, receiptExtendedAt: shippedAt }))).toBe('ORDER.RECEIPT_ALREADY_EXTENDED');
  for (const status of ['PAID', 'RECEIVED', 'CLOSED'] as const) expect(codeOf(() => extendAutoReceiveAtMs({ status, autoReceiveAt: due }))).toBe('ORDER.INVALID_TRANSITION');
});

test('days left are rounded up and never negative', () => {
  expect(daysUntilAutoReceipt(due, shippedAt)).toBe(10);
  expect(daysUntilAutoReceipt(due, Date.parse(due) - MS_PER_DAY - 1)).toBe(2);
  expect(daysUntilAutoReceipt(due, Date.parse(due) - 1)).toBe(1);
  expect(daysUntilAutoReceipt(due, Date.parse(due) + 5)).toBe(0);
});
