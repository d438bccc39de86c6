import type { CounterOffer, CounterPaySettings, CounterWindow } from '../domain/counter/counter-bill';
import type { Fen } from '../domain/money/fen';

export type { CounterOffer, CounterPaySettings, CounterWindow };
export { COUNTER_ERRORS } from '../domain/counter/counter-errors';

/** 优惠买单 as the shopper sees it on the page a store's counter code opens. */
export interface CounterView {
  storeId: string;
  storeName: string;
  enabled: boolean;
  /** '满100减10，满200减30' or '8.8折'; '' for no offer. */
  offerText: string;
  window: CounterWindow | null;
  /** Whether the offer runs now (inside its daily window). */
  offerActiveNow: boolean;
  limitFen: Fen;
}

/** The bill computed by the server for the amounts typed. */
export interface CounterQuoteView {
  billFen: Fen;
  excludedFen: Fen;
  discountFen: Fen;
  payFen: Fen;
  offerLabel: string;
}

/** The order a counter payment is: paid like any order (orders.prepayOrder, the same payment callback). */
export interface CounterOrderView extends CounterQuoteView {
  orderId: string;
}

/** One counter payment in the store's list for staff (refund it with order-admin.refundOrderLine on `lineId`). */
export interface CounterPaymentView {
  orderId: string;
  lineId: string;
  buyerId: string;
  buyerName: string;
  billFen: Fen;
  excludedFen: Fen;
  discountFen: Fen;
  paidFen: Fen;
  refundedFen: Fen;
  status: string;
  paidAt: string | null;
}

export interface CounterAdminView {
  storeId: string;
  storeName: string;
  version: number;
  settings: CounterPaySettings;
}

