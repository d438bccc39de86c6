/** Order lifecycle states; the allowed moves live in order-lifecycle.ts, the one place they are defined. */
export type OrderStatus = 'PENDING_PAY' | 'PAID' | 'SHIPPED' | 'RECEIVED' | 'COMPLETED' | 'CANCELLED' | 'CLOSED';

export const ORDER_STATUSES: readonly OrderStatus[] = [
  'PENDING_PAY',
  'PAID',
  'SHIPPED',
  'RECEIVED',
  'COMPLETED',
  'CANCELLED',
  'CLOSED',
];

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  PENDING_PAY: '待付款',
  PAID: '已付款（待发货）',
  SHIPPED: '已发货',
  RECEIVED: '已收货',
  COMPLETED: '已完成',
  CANCELLED: '已取消',
  CLOSED: '已关闭',
};
