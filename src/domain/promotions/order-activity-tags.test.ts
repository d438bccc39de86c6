import { orderActivityTags, shipBlockedReason } from './order-activity-tags';

describe('orderActivityTags', () => {
  test('names the activity; 拼团 orders also show their group state once in a group', () => {
    expect(orderActivityTags({ kind: 'FLASH_SALE' }, 'PAID')).toEqual({ kind: '秒杀', group: null });
    expect(orderActivityTags({ kind: 'BARGAIN' }, 'PENDING_PAY')).toEqual({ kind: '砍价', group: null });
    expect(orderActivityTags({ kind: 'GROUP_BUY', groupState: 'GROUPING' }, 'PAID')).toEqual({ kind: '拼团', group: '拼团中' });
    expect(orderActivityTags({ kind: 'GROUP_BUY', groupState: 'SUCCEEDED' }, 'SHIPPED')).toEqual({ kind: '拼团', group: '拼团成功' });
    expect(orderActivityTags({ kind: 'GROUP_BUY', groupState: 'FAILED' }, 'PAID')).toEqual({ kind: '拼团', group: '拼团失败·已退款' });
  });

  test('an unpaid or cancelled 拼团 order that never joined shows no group state', () => {
    expect(orderActivityTags({ kind: 'GROUP_BUY', groupState: 'GROUPING' }, 'PENDING_PAY').group).toBeNull();
    expect(orderActivityTags({ kind: 'GROUP_BUY', groupState: 'GROUPING' }, 'CANCELLED').group).toBeNull();
  });
});

describe('shipBlockedReason', () => {
  test('only a 拼团 order whose group has not succeeded is held back, with the reason', () => {
    expect(shipBlockedReason(undefined)).toBeNull();
    expect(shipBlockedReason({ kind: 'FLASH_SALE' })).toBeNull();
    expect(shipBlockedReason({ kind: 'GROUP_BUY', groupState: 'SUCCEEDED' })).toBeNull();
    expect(shipBlockedReason({ kind: 'GROUP_BUY', groupState: 'GROUPING' })).toBe('拼团尚未成功，成团后才能发货');
    expect(shipBlockedReason({ kind: 'GROUP_BUY', groupState: 'FAILED' })).toBe('拼团未成功，订单已退款，不能发货');
  });
});
