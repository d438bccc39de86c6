import { diffStats, distributorContribution, fromStatKey, orderContribution, statKey, toIncrement, withoutZeros } from './daily-stats';

const order = {
  paidAt: '2026-11-20T17:00:00.000Z', // 01:00 on the 21st in Beijing
  totalFen: 5000,
  lines: [
    { lineId: 'o-1', productId: 'p01', title: '脐橙', quantity: 2, amountFen: 3000 },
    { lineId: 'o-2', productId: 'p01', title: '脐橙', quantity: 1, amountFen: 1500 },
  ],
};
const entry = (amountFen: number, status: 'PENDING' | 'SETTLED' | 'REVERSED', createdAt = order.paidAt, beneficiaryId = 'd1') => ({ beneficiaryId, amountFen, status, createdAt });

test('an order counts on its Beijing paid day; its entries on the days they were made; its money on the event day', () => {
  const c = orderContribution({ ...order, afterSale: { 'o-1': { refundedFen: 1000 } } }, [entry(300, 'PENDING'), entry(-100, 'PENDING', '2026-11-25T02:00:00.000Z'), entry(50, 'REVERSED')], '2026-11-30');
  expect(c.get('2026-11-21')).toEqual({ paidOrders: 1, grossFen: 5000, refundedFen: 1000, products: { p01: { units: 3, amountFen: 4500, title: '脐橙' } }, earned: { d1: 300 } });
  expect(c.get('2026-11-25')).toEqual({ earned: { d1: -100 } });
  expect(c.get('2026-11-30')).toEqual({ pendingDeltaFen: 200 });
  expect(orderContribution({ ...order, paidAt: null }, [entry(300, 'PENDING')], '2026-11-30').size).toBe(0);
});

test('an event changes the figures by the difference of before and after; nothing changed is nothing written', () => {
  const before = orderContribution(order, [entry(300, 'PENDING')], '2026-12-01');
  const after = orderContribution(order, [entry(300, 'SETTLED')], '2026-12-01');
  expect(diffStats(after, before)).toEqual(new Map([['2026-12-01', { pendingDeltaFen: -300, settledDeltaFen: 300 }]]));
  expect(diffStats(before, before).size).toBe(0);
  expect(withoutZeros(new Map([['d', { paidOrders: 0, earned: { x: 0 } }]])).size).toBe(0);
});

test('a distributor counts on the day admitted while they can earn', () => {
  expect(distributorContribution({ status: 'FROZEN', since: '2026-11-20T16:30:00.000Z' })).toEqual(new Map([['2026-11-21', { newDistributors: 1 }]]));
  expect(distributorContribution({ status: 'REVOKED', since: '2026-11-20T16:30:00.000Z' }).size).toBe(0);
});

test('ids become field names that never split a path, and come back unchanged', () => {
  for (const id of ['dev_abc-123', 'a.b', '$x', '100%']) expect(fromStatKey(statKey(id))).toBe(id);
  expect(statKey('a.b$')).not.toMatch(/[.$]/);
  expect(toIncrement({ paidOrders: 1, products: { 'p.1': { units: 2, amountFen: 10, title: 't' } }, earned: { u: 5 } })).toEqual({
    delta: { paidOrders: 1, 'products.p%2E1.units': 2, 'products.p%2E1.amountFen': 10, 'earned.u': 5 },
    set: { 'products.p%2E1.title': 't' },
  });
});
