import type { CommissionEntryKind, CommissionEntryStatus } from '../domain/commission/commission-entry-lifecycle';
import type { z } from 'zod';
import type { Fen } from '../domain/money/fen';
import type { OrderStatus } from '../domain/order/order-status';
import type { TrackStage } from '../domain/shipping/track-stage';
import type { OrderGroupState } from '../domain/promotions/order-activity-tags';
import type { ActivityKind } from '../domain/pricing/price-cart';
import type { addressInput } from './orders-inputs';
import type { DiscountLineView } from './marketing';
import type { OrderLine } from '../domain/order/order-line';
import type { AdminAfterSaleView } from './after-sale';

export type { AdminAfterSaleView, AfterSaleStepView, AfterSaleView, ReturnShipmentView } from './after-sale';
export { AFTER_SALE_ERRORS } from './after-sale';

export const ORDERS_FN = 'orders';
export type AddressInput = z.infer<typeof addressInput>;

/** An order line as clients see it: the stored line's snapshot, field for field (src/domain/order/order-line.ts). */
export type OrderLineView = OrderLine;

export interface OrderView {
  id: string;
  status: OrderStatus;
  lines: OrderLineView[];
  goodsFen: Fen;
  shippingFen: Fen;
  totalFen: Fen;
  address: AddressInput;
  remark: string;
  createdAt: string;
  paidAt: string | null;
  /** When an unpaid order is cancelled automatically. */
  payDeadline: string;
  shippedAt: string | null;
  /** A shipped order is received automatically then (「X 天后自动确认收货」); null before shipment. */
  autoReceiveAt: string | null;
  /** The buyer already used their one 延长收货. */
  receiptExtended: boolean;
  receivedAt: string | null;
  /** The after-sale window closes then (receipt + the shop's after-sale days); null before receipt. */
  afterSaleEndsAt: string | null;
  /** When a refund in full closed the order (status CLOSED). */
  closedAt: string | null;
  /** Per line: refunded so far and the open after-sale request, if any (its id: orders.getAfterSale). */
  afterSale: Record<string, { refundedFen: Fen; refundedUnits: number; open: boolean; afterSaleId: string | null }>;
  /** The price breakdown (member price, 满减, coupon, points) applied when the order was created. */
  discounts: DiscountLineView[];
  pointsUsed: number;
  /** Store pickup (自提) orders: where; the buyer reads the code with stores.getMyPickupCode. Absent for express. */
  pickupStore?: { storeId: string; storeName: string };
  /** 秒杀 / 拼团 / 砍价 orders (absent on ordinary ones). */
  activity?: OrderActivityView;
  /** Once shipped: the carrier's name (what people read), WeChat's code for it, and the tracking number. */
  shipment: ShipmentView | null;
  /** 评价: the lines that have their review (the buyer's or the default one). */
  reviewedLineIds: string[];
}

/** One refund of the order as its shopper reads it: how much, when, and whether the money has arrived. */
export interface OrderRefundView {
  refundId: string;
  lineId: string;
  fen: Fen;
  units: number;
  at: string;
  /** WeChat Pay confirmed it (locally: at once); until then the shopper reads 退款中. */
  arrived: boolean;
}

/** getOrder: the order with its refunds (the other order actions answer the plain OrderView). */
export interface OrderDetailView extends OrderView {
  refunds: OrderRefundView[];
  /** The server's clock when it answered: countdowns run from it, not from the phone's own clock (often wrong). */
  asOf: string;
}

export interface ShipmentView {
  carrierCode: string;
  carrier: string;
  trackingNo: string;
}

/**
 * 物流: a shipped express order's carrier, number and track (newest node first). `source` says whose track it is
 * (WeChat 物流助手, or the local shop's simulation); `unavailable` carries why there is no track (carrier and number
 * still shown, to look up elsewhere).
 */
export interface TrackingView {
  carrierCode: string;
  carrier: string;
  trackingNo: string;
  shippedAt: string;
  nodes: Array<{ at: string; stage: TrackStage; text: string }>;
  source: 'WECHAT' | 'SIMULATED';
  unavailable: string | null;
}

/** 发货信息录入 of a shipped order as staff see it: WeChat's answer, and why it refused. */
export interface ShippingUploadView {
  state: 'PENDING' | 'SENT' | 'FAILED';
  reason: string | null;
  at: string;
}

/** Which activity sold the order; 拼团: the group's state, and its id once the group exists (the 拼团详情 page). */
export interface OrderActivityView {
  kind: ActivityKind;
  groupState?: OrderGroupState;
  groupId?: string;
}

export interface RefundResult {
  refundId: string;
  fen: Fen;
  units: number;
  order: OrderView;
}

export interface SettlementRun {
  settledOrders: number;
  settledEntries: number;
  skippedOpenAfterSale: number;
  batches: number;
  /** The call's time ran out with work left: the next run resumes it. */
  more: boolean;
}

/**
 * How to pay an unpaid order: in WeChat, the object for wx.requestPayment; locally, open the simulated pay page.
 */
/** The shop's one-time subscribe messages (the server maps each to the merchant's template). */
export type SubscribeTemplateKey = 'ORDER_PAID' | 'ORDER_SHIPPED' | 'COMMISSION_SETTLED' | 'WITHDRAWAL_RESULT' | 'REFUND_RESULT';

export type PrepayView =
  /** `outTradeNo`: 找人代付 by a friend, the friend's own trade number (the simulated pay notify uses it). */
  | { kind: 'simulated'; outTradeNo?: string }
  | { kind: 'wechat'; payment: { timeStamp: string; nonceStr: string; package: string; signType: string; paySign: string } };

export const ORDER_ADMIN_FN = 'order-admin';

/** An order as staff see it: the buyer, the shipment and each line's open after-sale request in full. */
export interface AdminOrderView extends OrderView {
  buyerId: string;
  buyerName: string;
  afterSaleRequests: Record<string, { units: number; reason: string; requestedAt: string } | null>;
}

/** One commission entry an order created, with whom it pays (staff detail page). */
export interface AdminCommissionEntryView {
  id: string;
  kind: CommissionEntryKind;
  state: CommissionEntryStatus;
  level: number;
  beneficiaryId: string;
  beneficiaryName: string;
  lineId: string;
  productTitle: string;
  amountFen: Fen;
  createdAt: string;
}

export interface AdminOrderDetail {
  order: AdminOrderView;
  commissionEntries: AdminCommissionEntryView[];
  /** Null until an order with a WeChat payment ships (or when nothing is uploaded for it). */
  shippingUpload: ShippingUploadView | null;
  /** Every after-sale request of the order, newest first. */
  afterSales: AdminAfterSaleView[];
}

export { ORDERS_ERRORS } from '../domain/order/order-errors';
