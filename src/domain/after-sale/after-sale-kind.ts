import { DomainError } from '../shared/domain-error';
import type { OrderStatus } from '../order/order-status';

/** 仅退款: money back, goods kept or never sent; 退货退款: the goods go back first. */
export type AfterSaleKind = 'REFUND_ONLY' | 'RETURN_REFUND';

export const AFTER_SALE_KINDS: readonly AfterSaleKind[] = ['REFUND_ONLY', 'RETURN_REFUND'];

export const AFTER_SALE_KIND_LABELS: Readonly<Record<AfterSaleKind, string>> = { REFUND_ONLY: '仅退款', RETURN_REFUND: '退货退款' };

/**
 * 仅退款 before shipment or while the goods have not arrived; 退货退款 once they may be in the shopper's hands (shipped
 * or received). A received order takes only 退货退款: the goods are there to send back.
 */
const KINDS_BY_STATUS: Partial<Record<OrderStatus, readonly AfterSaleKind[]>> = {
  PAID: ['REFUND_ONLY'],
  SHIPPED: ['REFUND_ONLY', 'RETURN_REFUND'],
  RECEIVED: ['RETURN_REFUND'],
};

export function afterSaleKindsFor(status: OrderStatus): readonly AfterSaleKind[] {
  return KINDS_BY_STATUS[status] ?? [];
}

export function assertAfterSaleKindAllowed(kind: AfterSaleKind, status: OrderStatus): void {
  if (afterSaleKindsFor(status).includes(kind)) return;
  const message = kind === 'RETURN_REFUND' ? '商品还未发货，请选择仅退款' : '已确认收货的商品请选择退货退款';
  throw new DomainError('AFTER_SALE.KIND_NOT_ALLOWED', message);
}

/** The reasons a shopper picks from, each for the kinds it makes sense for. */
export const AFTER_SALE_REASONS = {
  NO_LONGER_WANTED: { label: '不想要了', kinds: ['REFUND_ONLY', 'RETURN_REFUND'] },
  ORDERED_BY_MISTAKE: { label: '拍错 / 多拍', kinds: ['REFUND_ONLY'] },
  NOT_SHIPPED_IN_TIME: { label: '未按约定时间发货', kinds: ['REFUND_ONLY'] },
  NOT_RECEIVED: { label: '快递一直未送达', kinds: ['REFUND_ONLY'] },
  DAMAGED: { label: '商品破损 / 包装破损', kinds: ['RETURN_REFUND'] },
  QUALITY: { label: '质量问题', kinds: ['RETURN_REFUND'] },
  NOT_AS_DESCRIBED: { label: '商品与描述不符', kinds: ['RETURN_REFUND'] },
  WRONG_ITEM: { label: '发错货 / 少件', kinds: ['RETURN_REFUND'] },
  SEVEN_DAYS: { label: '七天无理由退货', kinds: ['RETURN_REFUND'] },
  OTHER: { label: '其他', kinds: ['REFUND_ONLY', 'RETURN_REFUND'] },
} as const satisfies Record<string, { label: string; kinds: readonly AfterSaleKind[] }>;

export type AfterSaleReason = keyof typeof AFTER_SALE_REASONS;

export const AFTER_SALE_REASON_CODES = Object.keys(AFTER_SALE_REASONS) as AfterSaleReason[];

export function afterSaleReasonsFor(kind: AfterSaleKind): AfterSaleReason[] {
  return AFTER_SALE_REASON_CODES.filter((code) => (AFTER_SALE_REASONS[code].kinds as readonly AfterSaleKind[]).includes(kind));
}

export function assertAfterSaleReasonFits(kind: AfterSaleKind, reason: AfterSaleReason): void {
  if (!afterSaleReasonsFor(kind).includes(reason)) throw new DomainError('AFTER_SALE.INVALID_REASON', `「${AFTER_SALE_REASONS[reason].label}」不适用于${AFTER_SALE_KIND_LABELS[kind]}，请重新选择原因`);
}

/** At most this many photos per request (as 有赞 / 淘宝). */
export const MAX_AFTER_SALE_PHOTOS = 6;
