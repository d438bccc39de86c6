import { friendTradeNo, orderIdOfTradeNo, paidTradeNoOf } from '../../cloudfunctions/shared/flows/payments/trade-no';
import { stableId } from '../../cloudfunctions/shared/flows/scenes/scene-id';

const orderId = 'O' + stableId(['order', 'u1', 'req-1'], 20);

test('a friend’s trade number is WeChat-valid, deterministic per (order, payer), and distinct from the order id and other payers', () => {
  const a = friendTradeNo(orderId, 'friend-a');
  expect(a).toMatch(/^[0-9A-Za-z_]{1,32}$/);
  expect(a).toHaveLength(32);
  expect(friendTradeNo(orderId, 'friend-a')).toBe(a);
  expect(friendTradeNo(orderId, 'friend-b')).not.toBe(a);
  expect(a).not.toBe(orderId);
});

test('every trade number parses back to its order; an order id is its own', () => {
  expect(orderIdOfTradeNo(friendTradeNo(orderId, 'friend-a'))).toBe(orderId);
  expect(orderIdOfTradeNo(orderId)).toBe(orderId);
  expect(orderIdOfTradeNo('UNKNOWN_x')).toBe('UNKNOWN_x'); // not the friend shape: looked up as is (and not found)
});

test('an order id too long to carry a suffix within 32 characters is refused, never sent to WeChat', () => {
  expect(() => friendTradeNo('O'.repeat(25), 'friend-a')).toThrow();
});

test('refunds name the number that paid; orders paid before it was recorded were paid under their id', () => {
  expect(paidTradeNoOf({ _id: orderId })).toBe(orderId);
  expect(paidTradeNoOf({ _id: orderId, paidTradeNo: `${orderId}_abcdefghij` })).toBe(`${orderId}_abcdefghij`);
});
