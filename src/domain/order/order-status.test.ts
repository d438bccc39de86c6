import { ORDER_STATUS_LABELS, ORDER_STATUSES } from './order-status';

describe('order statuses', () => {
  it('lists every status once, each with its Chinese label', () => {
    expect(new Set(ORDER_STATUSES).size).toBe(ORDER_STATUSES.length);
    expect(Object.keys(ORDER_STATUS_LABELS).sort()).toEqual([...ORDER_STATUSES].sort());
    expect(ORDER_STATUS_LABELS).toEqual({
      PENDING_PAY: '待付款',
      PAID: '已付款（待发货）',
      SHIPPED: '已发货',
      RECEIVED: '已收货',
      COMPLETED: '已完成',
      CANCELLED: '已取消',
      CLOSED: '已关闭',
    });
  });
});
