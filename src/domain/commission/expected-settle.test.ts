import { expectedSettle } from './expected-settle';

test('a pending entry of an unreceived order settles N days after receipt', () => {
  expect(expectedSettle('PENDING', { settleAfter: null, daysAfterReceipt: 7 })).toEqual({ kind: 'AFTER_RECEIPT', days: 7 });
});

test('a pending entry of a received order settles on the order’s settle date', () => {
  expect(expectedSettle('PENDING', { settleAfter: '2026-11-27T02:00:00.000Z', daysAfterReceipt: 7 })).toEqual({ kind: 'ON', at: '2026-11-27T02:00:00.000Z' });
});

test('settled and withdrawn entries are done; reversed ones expect nothing', () => {
  expect(expectedSettle('SETTLED', { settleAfter: '2026-11-27T02:00:00.000Z', daysAfterReceipt: 7 })).toEqual({ kind: 'DONE' });
  expect(expectedSettle('WITHDRAWN', { daysAfterReceipt: 7 })).toEqual({ kind: 'DONE' });
  expect(expectedSettle('REVERSED', { daysAfterReceipt: 7 })).toEqual({ kind: 'VOID' });
});
