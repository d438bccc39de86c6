import { MS_PER_DAY } from '../shared/to-epoch-ms';
import { afterSaleWindowEndsMs, isAfterSaleWindowOpen } from './after-sale-window';

const received = '2026-11-20T02:00:00.000Z';
const ends = afterSaleWindowEndsMs(received, 7);

test('the window ends the after-sale days after receipt', () => {
  expect(ends).toBe(Date.parse(received) + 7 * MS_PER_DAY);
});

test('open from payment to the end of the window, closed at its end and on final states', () => {
  expect(isAfterSaleWindowOpen({ status: 'PAID' }, ends * 2, 7)).toBe(true);
  expect(isAfterSaleWindowOpen({ status: 'SHIPPED' }, ends * 2, 7)).toBe(true);
  expect(isAfterSaleWindowOpen({ status: 'RECEIVED', receivedAt: received }, ends - 1, 7)).toBe(true);
  expect(isAfterSaleWindowOpen({ status: 'RECEIVED', receivedAt: received }, ends, 7)).toBe(false);
  for (const status of ['PENDING_PAY', 'CANCELLED', 'COMPLETED', 'CLOSED'] as const) expect(isAfterSaleWindowOpen({ status, receivedAt: received }, ends - 1, 7)).toBe(false);
});

test('the end fixed at receipt wins over the shop’s current setting', () => {
  const fixed = new Date(afterSaleWindowEndsMs(received, 10)).toISOString();
  expect(isAfterSaleWindowOpen({ status: 'RECEIVED', receivedAt: received, afterSaleEndsAt: fixed }, ends + 1, 7)).toBe(true);
});
