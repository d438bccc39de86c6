import type { OrderActivity } from '../../cloudfunctions/shared/kernel/docs/activity-docs';
import type { OrderDoc } from '../../cloudfunctions/shared/kernel/docs/docs';
import { toOrderView } from '../../cloudfunctions/shared/flows/orders/to-order-view';
import { toFen } from '../../src/domain/money/fen';

const anOrder = (activity?: OrderActivity): OrderDoc => ({
  _id: 'O1',
  buyerId: 'u1',
  status: 'PAID',
  lines: [],
  goodsFen: toFen(100),
  shippingFen: toFen(0),
  totalFen: toFen(100),
  address: { name: '张三', phone: '13800138000', region: '浙江省 杭州市 西湖区', detail: '文三路 100 号' },
  remark: '',
  createdAt: '2026-11-20T02:00:00.000Z',
  payDeadline: '2026-11-20T02:30:00.000Z',
  paidAt: '2026-11-20T02:01:00.000Z',
  cancelledAt: null,
  transactionId: 't1',
  uplineSnapshot: null,
  policySnapshot: null,
  ...(activity ? { activity } : {}),
});
const group = (groupState?: OrderActivity['groupState']): OrderActivity => ({ kind: 'GROUP_BUY', id: 'A1', paysCommission: true, groupId: 'G1', ...(groupState ? { groupState } : {}) });

describe('toOrderView: the order’s activity', () => {
  test('an ordinary order has none', () => {
    expect(toOrderView(anOrder())).not.toHaveProperty('activity');
  });

  test('秒杀 and 砍价 show their kind only (never the commission flag or activity ids)', () => {
    expect(toOrderView(anOrder({ kind: 'FLASH_SALE', id: 'S1', paysCommission: true })).activity).toEqual({ kind: 'FLASH_SALE' });
    expect(toOrderView(anOrder({ kind: 'BARGAIN', id: 'B1', paysCommission: false, bargainId: 'K1' })).activity).toEqual({ kind: 'BARGAIN' });
  });

  test('拼团: waiting and joined are 拼团中; the group link appears once the order holds a place', () => {
    expect(toOrderView(anOrder(group())).activity).toEqual({ kind: 'GROUP_BUY', groupState: 'GROUPING' });
    expect(toOrderView(anOrder(group('WAITING'))).activity).toEqual({ kind: 'GROUP_BUY', groupState: 'GROUPING' });
    expect(toOrderView(anOrder(group('JOINED'))).activity).toEqual({ kind: 'GROUP_BUY', groupState: 'GROUPING', groupId: 'G1' });
    expect(toOrderView(anOrder(group('SUCCEEDED'))).activity).toEqual({ kind: 'GROUP_BUY', groupState: 'SUCCEEDED', groupId: 'G1' });
    expect(toOrderView(anOrder(group('FAILED'))).activity).toEqual({ kind: 'GROUP_BUY', groupState: 'FAILED', groupId: 'G1' });
  });
});
