import type { AfterSaleKind, AfterSaleReason } from '../domain/after-sale/after-sale-kind';
import type { AfterSaleActor } from '../domain/after-sale/after-sale-lifecycle';
import type { AfterSaleStatus } from '../domain/after-sale/after-sale-status';
import type { Fen } from '../domain/money/fen';
import type { OrderStatus } from '../domain/order/order-status';

/** One step of a request's timeline: who moved it where, when, and what they said. */
export interface AfterSaleStepView {
  status: AfterSaleStatus;
  actor: AfterSaleActor | 'SYSTEM';
  at: string;
  note: string;
}

/** The return parcel the shopper sent (退货退款). */
export interface ReturnShipmentView {
  carrierCode: string;
  carrier: string;
  trackingNo: string;
  at: string;
}

/** An after-sale request (售后单) of one order line, as its shopper sees it. */
export interface AfterSaleView {
  id: string;
  orderId: string;
  lineId: string;
  kind: AfterSaleKind;
  status: AfterSaleStatus;
  units: number;
  /** What it asks back: the units' share of what was paid for the line. */
  fen: Fen;
  reason: AfterSaleReason;
  description: string;
  photos: string[];
  productTitle: string;
  specs: string;
  imageUrl: string;
  /** Where to send the goods: the shop's return address, shown once staff approved a 退货退款 and until it is done. */
  returnAddress: string | null;
  returnShipment: ReturnShipmentView | null;
  rejectReason: string | null;
  /** The refund that resolved it, with WeChat Pay's state of the money (SUCCESS once it arrived). */
  refund: { refundId: string; fen: Fen; at: string; channelState: string | null } | null;
  timeline: AfterSaleStepView[];
  createdAt: string;
  updatedAt: string;
}

/** The same request as staff see it: who asked, and where the order stands. */
export interface AdminAfterSaleView extends AfterSaleView {
  buyerId: string;
  buyerName: string;
  orderStatus: OrderStatus;
}

export { AFTER_SALE_ERRORS } from '../domain/after-sale/after-sale-errors';
