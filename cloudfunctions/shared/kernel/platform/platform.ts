import type { WithdrawalMethod } from '../../../../src/domain/distribution/distribution-policy';
import type { Fen } from '../../../../src/domain/money/fen';
import type { TrackNode } from '../../../../src/domain/shipping/simulated-track';

/** What the functions need from WeChat that has a local stand-in. Only this folder knows the SDKs. */
export interface Platform {
  readonly mode: 'local' | 'wechat';
  /** Renders the mini-program code image for a scene and page; returns a URL (or cloud file id) to show it. */
  renderCode(input: { scene: string; page: string }): Promise<string>;
  /** Local mode: the H5 URL a code opens. Null in WeChat, where the code opens the mini program itself. */
  h5UrlFor(input: { scene: string; page: string }): string | null;
  /**
   * Pays a withdrawal out. Must be idempotent by `transferId` (`<withdrawalId>-<attempt>`): the same id sent again
   * returns the first outcome and never pays twice, so a crashed or repeated payout may simply be re-sent.
   * Runs outside any transaction; the caller records the outcome afterwards.
   */
  transfer(input: TransferInput): Promise<TransferResult>;
  /**
   * WeChat Pay prepay for an order (cloudPay.unifiedOrder, notify to `payment-callback`). Local mode returns a
   * marker: the client opens the simulated pay page instead of wx.requestPayment.
   */
  unifiedOrder(input: UnifiedOrderInput): Promise<PrepayResult>;
  /** Asks WeChat Pay what became of an order (reconcile: the notify may never arrive). */
  queryOrder(input: { outTradeNo: string }): Promise<PayQueryResult>;
  /** Closes an unpaid order at WeChat Pay so it can no longer be paid (before the shop cancels it). */
  closeOrder(input: { outTradeNo: string }): Promise<void>;
  /**
   * Asks for a refund (cloudPay.refund, notify to `refund-callback`). Idempotent by `outRefundNo`: a retry must
   * reuse the same number. Accepted is not refunded: the refund notify (or a later query) says when money moved.
   */
  refund(input: RefundInput): Promise<RefundCallResult>;
  /**
   * One-time subscribe message (subscribeMessage.send). `template` is the shop's name for it; the adapter maps it and
   * the semantic `data` keys to the template id and fields the merchant chose (env WX_TEMPLATE_<NOTICE>).
   * Never throws for a refusal: the result says why (e.g. 43101 no quota). Call outside transactions only.
   */
  sendSubscribeMessage(input: SubscribeMessageInput): Promise<NoticeResult>;
  /** Template ids the client asks the user to accept (wx.requestSubscribeMessage); empty where none is configured. */
  subscribeTemplateIds(): Partial<Record<SubscribeTemplate, string>>;
  /** 发货信息录入 (wxa.sec.order.uploadShippingInfo) after an order ships, so WeChat Pay releases the money. */
  uploadShippingInfo(input: ShippingInfoInput): Promise<NoticeResult>;
  /**
   * A parcel's track (物流轨迹). WeChat: 物流助手 logistics.getPath (orderId, openid, carrier code, tracking number);
   * local: a simulated track from `shippedAt` to `now`. A refusal (e.g. a waybill WeChat does not track) is a result,
   * never thrown: the order page still shows carrier and number.
   */
  trackWaybill(input: TrackWaybillInput): Promise<TrackResult>;
  /**
   * Content check of text a user wants shown to others (shop name, intro). WeChat: security.msgSecCheck v2 on behalf
   * of `openid` (who must have used the mini program in the last 2 hours); local: a word list.
   */
  checkText(input: { openid: string; text: string }): Promise<TextCheckResult>;
  /** Stores an uploaded file under `key` (a relative path); returns a URL (or cloud file id) an <Image> can show. */
  saveUpload(input: { key: string; bytes: Buffer }): Promise<string>;
  /**
   * Stores a generated export (CSV) under `key` (a relative path) for staff to download. Local: `<dataDir>/exports/`,
   * served at `/files/exports/<key>`; WeChat: cloud storage `exports/<key>`, returning a temporary download URL.
   */
  saveExport(input: { key: string; bytes: Buffer }): Promise<string>;
}

export interface TrackWaybillInput {
  orderId: string;
  /** The buyer (WeChat sends them the 物流服务 notices). */
  openid: string;
  carrierCode: string;
  carrierName: string;
  trackingNo: string;
  /** For the local simulation only: when it shipped, where to, and the clock of the call. */
  shippedAt: string;
  destination: string;
  now: string;
}

/** Newest node first. */
export type TrackResult = { ok: true; nodes: TrackNode[] } | { ok: false; reason: string };

/** `pass` only when the platform says the text is fine; anything to review or risky is not shown to others. */
export type TextCheckResult = { pass: true } | { pass: false; label: string };

export interface TransferInput {
  transferId: string;
  /** The payee's openid (WeChat change pays it directly). */
  openid: string;
  /** Amount after the fee: what the payee receives. */
  netFen: Fen;
  method: WithdrawalMethod;
  /** Bank card / account / real name as the distributor entered it. */
  account: string;
}

export type TransferResult = { ok: true; channelRef: string } | { ok: false; reason: string };

export interface UnifiedOrderInput {
  /** The order id: ≤ 32 of [0-9A-Za-z_-]. */
  outTradeNo: string;
  totalFen: Fen;
  /** ≤ 128 bytes: shown to the payer. */
  body: string;
  openid: string;
}

export type PrepayResult =
  | { kind: 'simulated' }
  /** The object wx.requestPayment takes (timeStamp, nonceStr, package, signType, paySign). */
  | { kind: 'wechat'; payment: Record<string, string> };

/**
 * NOTEXIST: WeChat Pay has no order under this number — the payer never opened the pay sheet, so it was never paid.
 * UNKNOWN: no answer to act on (e.g. USERPAYING, a system error): ask again on a later run.
 */
export type PayQueryResult =
  | { state: 'PAID'; transactionId: string; totalFen: Fen }
  | { state: 'NOTPAY' | 'NOTEXIST' | 'CLOSED' | 'REFUND' | 'UNKNOWN'; detail?: string };

export interface RefundInput {
  outRefundNo: string;
  outTradeNo: string;
  totalFen: Fen;
  refundFen: Fen;
}

export type RefundCallResult = { ok: true; state: 'ACCEPTED' | 'SUCCESS'; refundRef: string } | { ok: false; reason: string };

export const SUBSCRIBE_TEMPLATES = ['ORDER_PAID', 'ORDER_SHIPPED', 'COMMISSION_SETTLED', 'WITHDRAWAL_RESULT', 'REFUND_RESULT'] as const;
export type SubscribeTemplate = (typeof SUBSCRIBE_TEMPLATES)[number];

export interface SubscribeMessageInput {
  openid: string;
  template: SubscribeTemplate;
  /** Mini-program page the message opens, with its query (e.g. `packages/member/pages/order/index?orderId=…`). */
  page: string;
  /** Semantic fields (orderNo, amount, goods, status, time, note); values already formatted for display. */
  data: Readonly<Record<string, string>>;
}

export interface ShippingInfoInput {
  transactionId: string;
  openid: string;
  /** WeChat's carrier code (`delivery_id` of its carrier list, e.g. SF); empty for a store pickup. */
  carrierCode: string;
  trackingNo: string;
  itemDesc: string;
  /** Masked receiver phone (required by WeChat for SF Express). */
  receiverContact: string;
  /** WeChat's logistics_type: 1 快递 (default), 4 用户自提 (store pickup: no carrier or tracking number is sent). */
  logisticsType?: 1 | 4;
}

export type NoticeResult = { ok: true } | { ok: false; reason: string };
