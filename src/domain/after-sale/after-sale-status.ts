/** After-sale request states (one request per line at a time); the allowed moves live in after-sale-lifecycle.ts. */
export type AfterSaleStatus = 'REQUESTED' | 'APPROVED' | 'RETURNING' | 'RETURNED' | 'REFUNDED' | 'REJECTED' | 'CANCELLED';

export const AFTER_SALE_STATUSES: readonly AfterSaleStatus[] = ['REQUESTED', 'APPROVED', 'RETURNING', 'RETURNED', 'REFUNDED', 'REJECTED', 'CANCELLED'];

/** While a request is open the order's commission does not settle and the line takes no other request. */
export const OPEN_AFTER_SALE_STATUSES: readonly AfterSaleStatus[] = ['REQUESTED', 'APPROVED', 'RETURNING', 'RETURNED'];

export const isOpenAfterSale = (status: AfterSaleStatus): boolean => OPEN_AFTER_SALE_STATUSES.includes(status);

/** What the shopper and staff read for each state. */
export const AFTER_SALE_STATUS_LABELS: Readonly<Record<AfterSaleStatus, string>> = {
  REQUESTED: '待商家处理',
  APPROVED: '商家已同意',
  RETURNING: '退货寄回中',
  RETURNED: '商家已收到退货',
  REFUNDED: '已退款',
  REJECTED: '商家已驳回',
  CANCELLED: '已撤销',
};
