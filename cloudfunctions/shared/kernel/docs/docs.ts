import type { SubscribeTemplate } from '../platform/platform';
import type { CommissionBasis, LineSkipReason } from '../../../../src/domain/commission/calculate-line-commission';
import type { CommissionEntryKind, CommissionEntryStatus } from '../../../../src/domain/commission/commission-entry-lifecycle';
import type { DistributionPolicy } from '../../../../src/domain/distribution/distribution-policy';
import type { DerivedBalance } from '../../../../src/domain/ledger/derive-balance';
import type { DistributorStatus } from '../../../../src/domain/distribution/distributor-lifecycle';
import type { Fen } from '../../../../src/domain/money/fen';
import type { WithdrawalMethod } from '../../../../src/domain/distribution/distribution-policy';
import type { WithdrawalStatus } from '../../../../src/domain/withdrawal/withdrawal-lifecycle';
import type { UplineJobStatus } from '../../../../src/domain/referral/upline-job-lifecycle';
import type { OrderStatus } from '../../../../src/domain/order/order-status';
import type { AfterSaleKind, AfterSaleReason } from '../../../../src/domain/after-sale/after-sale-kind';
import type { AfterSaleActor } from '../../../../src/domain/after-sale/after-sale-lifecycle';
import type { AfterSaleStatus } from '../../../../src/domain/after-sale/after-sale-status';
import type { Address } from '../../../../src/domain/order/address';
import type { OrderLine } from '../../../../src/domain/order/order-line';
import type { SceneTargetPage } from '../../../../src/domain/referral/scene-target-page';
import type { OrderActivity } from './activity-docs';
import type { ShareMaterial } from '../../../../src/domain/shop/share-material';
import type { OrderPricingDoc } from './marketing-docs';
import type { OrderDelivery } from '../../../../src/domain/o2o/order-delivery';
import type { OrderCounter } from './o2o-docs';

/** Stored document shapes, one per collection (see collections.ts). Timestamps are ISO strings. */

export interface MerchantSettingsDoc {
  _id: 'settings';
  shopName: string;
  payTimeoutMinutes: number;
  /** Days after receipt during which the buyer may open an after-sale request. */
  afterSaleDays: number;
  /** Days after shipment a shipped order is received automatically (src/domain/order/auto-receipt.ts); absent: 10. */
  autoReceiveDays?: number;
  /** Where 退货退款 goods go back (shown to the shopper once staff approve a return); absent: staff tell them. */
  returnAddress?: string | null;
  /** Hold limits per buyer (src/domain/order/hold-limits.ts); absent: the defaults. */
  maxUnpaidOrders?: number;
  maxHeldUnitsPerSku?: number;
  /** The shop's logo and 客服 phone; absent: none ('' once cleared). */
  logoUrl?: string;
  servicePhone?: string;
}

/** A buyer's open unpaid orders (`_id` = openid), kept by the transactions that create orders (see holdForBuyer). */
export interface BuyerHoldsDoc {
  _id: string;
  orders: Array<{ orderId: string; payDeadline: string; units: Record<string, number> }>;
  version: number;
}

/** The merchant's distribution policy: one versioned document, snapshotted on each order at payment. */
export interface PolicyDoc {
  _id: 'distribution-policy';
  policy: DistributionPolicy;
  updatedBy: string | null;
  updatedAt: string;
}

// Roles and permissions are defined once, in the domain (the client's contract re-exports them).
export type { Permission, Role } from '../../../../src/domain/staff/permissions';
import type { Permission, Role } from '../../../../src/domain/staff/permissions';

export interface UserDoc {
  _id: string; // openid
  nickname: string;
  role: Role;
  /** For role 'staff' only. */
  permissions?: Permission[];
  /** Demo persona key in local mode ('staff' | 'distributor' | 'customer'); absent for real users. */
  persona?: string;
  superiorId: string | null;
  /** The whole upline, nearest first: commission reads its first levels, the cycle check reads all of it. */
  upline: string[];
  boundAt: string | null;
  bindSource: string | null;
  /** Bumped on every change to this user's place in the tree, so concurrent binds touching it conflict. */
  treeVersion: number;
  /**
   * Set when someone first binds under this user. A user without a team cannot close a cycle, so their bind trusts
   * the superior's stored upline; one with a team walks the superior pointers (readSharerChain). Absent on older
   * records: walk.
   */
  hasTeam?: boolean;
  createdAt: string;
  /**
   * FIRST_ORDER bind trigger: the last sharer whose code this user opened before ordering, bound (or not) by the
   * binding policy when the first order is placed, then cleared.
   */
  pendingSharerId?: string | null;
  pendingScene?: string | null;
  pendingAt?: string | null;
  /** Last time this user opened the mini program (ensureUser), refreshed at most hourly; absent until then. */
  lastSeenAt?: string;
  /**
   * Set before any subscribe-message send is recorded for this user (changeQuota): false means they have none, so a
   * notice to them skips the quota read. Absent on older records: read.
   */
  noticesAccepted?: boolean;
  /**
   * Set by the transaction that added this user to the daily statistics (or by their migration): while absent, a later
   * change adds nothing there, and the migration counts the record as it then stands.
   */
  inStats?: boolean;
}

export interface CategoryDoc {
  _id: string;
  name: string;
  /** Live categories sort below DELETED_CATEGORY_SORT (shared/flows/catalog/live-categories.ts); deleted ones at it. */
  sort: number;
  /** Set when staff deleted it (the store has no removal; products never point at a deleted category). */
  deletedAt?: string | null;
}

export interface ProductDoc {
  _id: string;
  title: string;
  subtitle: string;
  categoryId: string;
  images: string[];
  description: string;
  minPriceFen: Fen;
  /** The dearest SKU's price; absent on products saved before it was kept (read as "prices differ"). */
  maxPriceFen?: Fen;
  onShelf: boolean;
  sort: number;
  createdAt: string;
  /** HQ's share material (copy text + images) that distributors use with one tap; absent until HQ publishes it. */
  shareMaterial?: ShareMaterial | null;
  /** The merchant's extra search words (lowercase), shown to staff and part of `tokens`. */
  keywords?: string[];
  /** Search tokens (productSearchTokens of title, subtitle, keywords), written with every save; indexed. */
  tokens?: string[];
  /** Units sold net of refunds (已售): + in the payment's transaction, − in each refund's. */
  soldCount?: number;
  /** Visible reviews, their stars summed and those with photos: moved by increments when a review is written, hidden or shown. */
  reviewCount?: number;
  ratingSum?: number;
  photoReviewCount?: number;
}

export interface SkuDoc {
  _id: string;
  productId: string;
  specs: string;
  priceFen: Fen;
  stock: number;
}

/** An order line as ordered (the client's view of a line shows the same fields). */
export type OrderLineDoc = OrderLine;

export interface OrderDoc {
  _id: string;
  buyerId: string;
  status: OrderStatus;
  lines: OrderLineDoc[];
  goodsFen: Fen;
  shippingFen: Fen;
  totalFen: Fen;
  address: Address;
  remark: string;
  createdAt: string;
  payDeadline: string;
  paidAt: string | null;
  cancelledAt: string | null;
  transactionId: string | null;
  /** The out_trade_no that paid it (a friend's own number for 找人代付): refunds name it. Absent on older orders. */
  paidTradeNo?: string;
  /** Snapshots taken at payment: later rebinding or policy edits never change this order's commission. */
  uplineSnapshot: string[] | null;
  policySnapshot: DistributionPolicy | null;
  shippedAt?: string | null;
  /** When the order timer receives it if the buyer does not (shipment + the shop's days, fixed at shipment; +3 once if extended). */
  autoReceiveAt?: string | null;
  /** Set when the buyer used their one 延长收货. */
  receiptExtendedAt?: string | null;
  /** `carrier` is the name shown to people; `carrierCode` is WeChat's carrier code the shipping upload sends. */
  shipment?: { carrier: string; carrierCode?: string; trackingNo: string } | null;
  receivedAt?: string | null;
  /** Who received it: the buyer (确认收货), the store counter (自提核销) or the order timer (自动确认收货). Absent on older orders. */
  receivedBy?: 'BUYER' | 'STORE' | 'SYSTEM';
  /** receivedAt + the shop's after-sale days (fixed at receipt): the shopper may ask for after-sale until then. */
  afterSaleEndsAt?: string | null;
  /** receivedAt + the longer of freezeDays and the after-sale days: when this order's commission may settle (if no after-sale is open). */
  settleAfter?: string | null;
  /** Set once the settlement job has settled this order's commission (compare-and-set guard). */
  commissionSettledAt?: string | null;
  /**
   * The settlement batch (settlement_batches) that has claimed this received order: while that batch is open, refunds
   * wait for it; cleared again if the batch finds the order cannot settle yet.
   */
  settleBatch?: string | null;
  /** Set when the order was refunded in full and so CLOSED. */
  closedAt?: string | null;
  /** Per line: what has been refunded so far, and whether an after-sale request is open. */
  afterSale?: Record<string, LineAfterSale>;
  /**
   * Set by the transaction that added this paid order (and its commission) to the daily statistics (or by their migration): while absent, a later
   * change adds nothing there, and the migration counts the record as it then stands.
   */
  inStats?: boolean;
  /** 秒杀 / 拼团 / 砍价 orders: absent on ordinary orders. */
  activity?: OrderActivity;
  /** Coupons, 满减, member price and points applied at creation (absent on orders priced without promotions). */
  pricing?: OrderPricingDoc;
  /** Express (absent on older orders) or store pickup (自提) with its counter code; see cloudfunctions/stores. */
  delivery?: OrderDelivery;
  /** The regional agent (区域代理) of the order's region when it was created; null for none (absent on older orders). */
  agent?: { userId: string; rateBps: number } | null;
  /** 评价: per line, the id of its review (the buyer's or the default one); absent until the first. */
  reviewed?: Record<string, string>;
  /** When the lines nobody reviewed get the default review (receipt + DEFAULT_REVIEW_DAYS); null once every line has one. */
  reviewDueAt?: string | null;
  /** 优惠买单 (pay at the counter): absent on other orders. Paid, it is handed over at once (RECEIVED). */
  counter?: OrderCounter;
}

export interface LineAfterSale {
  refundedFen: Fen;
  refundedUnits: number;
  /**
   * The line's open after-sale request (its document in `after_sales`): commission of the order does not settle and the
   * automatic receipt waits meanwhile. Older requests carry no `afterSaleId`.
   */
  open: { afterSaleId?: string; kind?: AfterSaleKind; units: number; reason: string; requestedAt: string } | null;
}

/** One step of an after-sale request, never edited: the timeline the shopper and staff read. */
export interface AfterSaleStepDoc {
  status: AfterSaleStatus;
  actor: AfterSaleActor | 'SYSTEM';
  actorId: string;
  at: string;
  note: string;
}

/**
 * An after-sale request (售后单) of one order line. `_id` = 'AS' + stable id of (order, line, the shopper's request
 * id), so a retried submit finds it. `status` moves only along src/domain/after-sale/after-sale-lifecycle.ts, by
 * compare-and-set, each move appending its step to `timeline`.
 */
export interface AfterSaleDoc {
  _id: string;
  requestId: string;
  orderId: string;
  lineId: string;
  buyerId: string;
  kind: AfterSaleKind;
  status: AfterSaleStatus;
  units: number;
  fen: Fen;
  reason: AfterSaleReason;
  description: string;
  photos: string[];
  productTitle: string;
  specs: string;
  imageUrl: string;
  returnShipment: { carrierCode: string; carrier: string; trackingNo: string; at: string } | null;
  refundId: string | null;
  rejectReason: string | null;
  timeline: AfterSaleStepDoc[];
  createdAt: string;
  updatedAt: string;
}

/**
 * An immutable ledger entry (only `status` moves, along the domain's transition table). COMMISSION entries are
 * `${lineId}:L${level}`; corrections are `${parentId}:R${refundId}`.
 */
export interface CommissionEntryDoc {
  _id: string;
  kind: CommissionEntryKind;
  status: CommissionEntryStatus;
  orderId: string;
  lineId: string;
  buyerId: string;
  beneficiaryId: string;
  level: number;
  amountFen: Fen;
  parentEntryId: string | null;
  basis: CommissionBasis | null;
  baseFen: Fen;
  quantity: number;
  productTitle: string;
  createdAt: string;
  settledAt: string | null;
  /** The settlement batch that took it (settlement_batches); absent until one does. */
  settleBatch?: string | null;
}

/** A level of a paid line that earned nothing, and why (the distributor's "why didn't I earn" view). */
export interface CommissionSkipDoc {
  _id: string; // `${lineId}:L${level}`
  orderId: string;
  lineId: string;
  level: number;
  candidateId: string | null;
  reason: LineSkipReason;
  createdAt: string;
}

/**
 * A user's balance, cached so reads are one document and a withdrawal debits one document by compare-and-set.
 * It changes only in the transaction that writes the entries or withdrawal it reflects; `npm run ledger:check`
 * proves it equals what deriveBalance computes from them.
 */
/**
 * The cached part of a user's balance: what withdrawals debit by compare-and-set. Pending commission is not cached —
 * it is the sum of the user's PENDING entries (readPendingFen), so paying an order writes no balance at all.
 */
export interface BalanceDoc extends Omit<DerivedBalance, 'pendingFen'> {
  _id: string; // openid
  version: number;
  updatedAt: string;
  /**
   * The daily withdrawal cap's running total for the latest Beijing day the user asked for a withdrawal: what that
   * day's REQUESTED, APPROVED and PAID withdrawals debit, moved with the balance in the transactions that change them
   * (shared/flows/withdrawals/withdrawal-day-total.ts). Earlier days are summed from their withdrawals when asked. Absent on
   * balances from before it was kept: summed.
   */
  withdrawalDay?: string;
  withdrawalDayFen?: Fen;
}

/**
 * Counters for qualification, rankings and grade upgrades, kept in the transactions that change them. An order counts
 * only while something of it is kept (keepsAnything): refunding it in full takes it back out.
 */
export interface UserStatsDoc {
  _id: string; // openid
  /** Paid orders not refunded in full. */
  paidOrderCount: number;
  /** Paid goods and shipping of those orders, net of refunds (keptSpendFen). */
  spendFen: Fen;
  settledCommissionFen: Fen;
  /**
   * The same two counts for orders whose after-sale window has closed (COMPLETED by settlement), net of any refund
   * since: grades never fall, so they read only what the buyer can no longer take back. Absent on older records: 0.
   */
  completedOrderCount?: number;
  completedSpendFen?: Fen;
  version: number;
}

export type RefundChannelState = 'ACCEPTED' | 'SUCCESS' | 'FAILED' | 'CLOSED';

export interface RefundDoc {
  _id: string; // refund id = out_refund_no
  orderId: string;
  lineId: string;
  fen: Fen;
  units: number;
  reason: string;
  byStaffId: string;
  createdAt: string;
  /**
   * The money side at WeChat Pay (out_refund_no = _id), written after the ledger side commits: null until sent,
   * ACCEPTED / FAILED from the call, then SUCCESS / CLOSED from the refund notify.
   */
  channelState?: RefundChannelState | null;
  channelRef?: string | null;
  channelReason?: string | null;
  channelAt?: string | null;
}

export interface WithdrawalDoc {
  _id: string; // 'W' + stableId(openid, requestId): a retried request finds the same document
  userId: string;
  /** The client's idempotency key the id was derived from. */
  requestId: string;
  amountFen: Fen;
  feeFen: Fen;
  netFen: Fen;
  method: WithdrawalMethod;
  /** Where the money goes (masked for display); never a payment secret. */
  account: string;
  status: WithdrawalStatus;
  /** Shanghai calendar day of the request, for the daily cap. */
  day: string;
  requestedAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  rejectReason: string | null;
  failureReason: string | null;
  paidAt: string | null;
  /** Payout attempts; each has its own idempotent transfer id. */
  attempts: number;
  /** The payout channel's reference of the successful transfer ('MANUAL' when staff paid by hand). */
  channelRef: string | null;
  /**
   * Set by the transaction that added this paid-out withdrawal to the daily statistics (or by their migration): while absent, a later
   * change adds nothing there, and the migration counts the record as it then stands.
   */
  inStats?: boolean;
}

/** Who did what as staff, with the document before and after. */
export interface AuditDoc {
  _id: string;
  actorId: string;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
  at: string;
}

export interface SceneDoc {
  _id: string; // the scene string itself
  sharerId: string;
  page: SceneTargetPage;
  params: Record<string, string>;
  imageUrl: string | null;
  createdAt: string;
}

/** One bind or rebind, never edited; `_id` is `${userId}:v${treeVersion it was made from}` (see bindingRecord). */
export interface BindingDoc {
  _id: string;
  userId: string;
  fromSuperiorId: string | null;
  /** null: staff removed the superior. */
  toSuperiorId: string | null;
  source: 'scene' | 'order' | 'staff';
  scene: string | null;
  byStaffId?: string | null;
  createdAt: string;
}

export interface DistributorDoc {
  _id: string; // openid
  status: DistributorStatus;
  shopName: string;
  since: string;
  gradeId: string | null;
  application?: { realName: string; phone: string; reason: string; appliedAt: string } | null;
  reviewedBy?: string | null;
  reviewedAt?: string | null;
  /** Shown to a rejected applicant. */
  reviewNote?: string | null;
  /**
   * Set by the transaction that added this distributor to the daily statistics (or by their migration): while absent, a later
   * change adds nothing there, and the migration counts the record as it then stands.
   */
  inStats?: boolean;
}

export interface PaymentAlertDoc {
  _id: string;
  kind: 'AMOUNT_MISMATCH' | 'UNKNOWN_ORDER' | 'UNPAYABLE_ORDER';
  orderId: string;
  /** The out_trade_no the money came under (staff refund against it); absent on older alerts (then the order id). */
  outTradeNo?: string;
  transactionId: string;
  expectedFen: Fen | null;
  notifiedFen: Fen;
  createdAt: string;
  /**
   * Staff handling (cloudfunctions/finance/actions/*-payment-alert.ts). Absent or null: OPEN — apply-payment writes
   * alerts without it, so raising one stays a single insert.
   */
  state?: 'REFUNDING' | 'REFUNDED' | 'DISMISSED' | null;
  /** out_refund_no of the refund ('PA' + stable id of the alert), fixed when it goes REFUNDING; the refund notify finds the alert by it. */
  refundNo?: string | null;
  refundRequestedBy?: string | null;
  refundRequestedAt?: string | null;
  refundedAt?: string | null;
  failureReason?: string | null;
  channelState?: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'FAILED' | null;
  channelRef?: string | null;
  channelReason?: string | null;
  channelAt?: string | null;
  dismissedBy?: string | null;
  dismissedAt?: string | null;
  dismissNote?: string | null;
}

/**
 * A distributor's shop (个人分店). `_id` is derived from the owner (shopIdFor), so the public link carries the shop
 * id, never the owner's openid. Name and intro are stored only after they passed the content check.
 */
export interface ShopDoc {
  _id: string;
  ownerId: string;
  name: string;
  intro: string;
  logoUrl: string | null;
  bannerUrl: string | null;
  /** Picked from the merchant's distribution catalogue, in display order; HQ prices and HQ ships. */
  productIds: string[];
  version: number;
  updatedAt: string;
}

/** A one-time staff invitation: `_id` is the code itself (random, unguessable); redeemed once by compare-and-set. */
export interface StaffInviteDoc {
  _id: string;
  permissions: Permission[];
  createdBy: string;
  /** The owner's idempotency key: a retried create finds this invitation instead of making another. */
  requestId: string;
  createdAt: string;
  expiresAt: string;
  redeemedBy: string | null;
  redeemedAt: string | null;
}

/** `${openid}:${template}`: one-time subscribe sends the user accepted and the shop has not used yet. */
export interface SubscriptionDoc {
  _id: string;
  userId: string;
  template: SubscribeTemplate;
  remaining: number;
  updatedAt: string;
}

/**
 * One notice the shop tried to send, keyed by its event (`msg:<template>:<subject>:<user>`, `ship:<orderId>`), so a
 * repeated event sends nothing twice. Locally this is where sent messages can be seen.
 */
export interface OutboxDoc {
  _id: string;
  kind: 'SUBSCRIBE' | 'SHIPPING';
  userId: string;
  template: SubscribeTemplate | null;
  page: string | null;
  data: Record<string, string>;
  state: 'PENDING' | 'SENT' | 'FAILED' | 'NO_QUOTA';
  reason: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** Staff's CRM record of a customer (never shown to the customer). */
export interface CustomerProfileDoc {
  _id: string; // the customer's openid
  tags: string[];
  /** Newest last; capped (see customer-admin addCustomerNote). */
  notes: Array<{ id: string; text: string; by: string; at: string }>;
  version: number;
  updatedAt: string;
}

/**
 * An item a timer failed on (settlement, reconcile, activity-timer, jobs), `_id` = `<job>:<subject>`: kept for staff,
 * counted on every failed run. `subject` is an order id, a group member's order id, a job id, or 'run' when the whole
 * run threw.
 */
export interface JobFailureDoc {
  _id: string;
  job: string;
  subject: string;
  /** Runs in a row it failed. */
  count: number;
  lastError: string;
  firstAt: string;
  lastAt: string;
}

/**
 * A moved user's team still to be given the new upline (`_id` from the user and the tree version of the move). Worked
 * oldest first, one at a time, a page per step: the cursor is the bind time of the last member rewritten (plus how
 * many members at that same time were), so the job resumes where it stopped and members who bind during it — bound
 * later — are still reached.
 */
export interface UplineJobDoc {
  _id: string;
  userId: string;
  status: UplineJobStatus;
  cursorBoundAt: string | null;
  cursorSkip: number;
  /** Team members visited so far (already-rebased ones included). */
  visited: number;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
  version: number;
}
