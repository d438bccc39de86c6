import type {
  AfterSaleDoc, AuditDoc, BalanceDoc, BindingDoc, BuyerHoldsDoc, CategoryDoc, CommissionEntryDoc, CommissionSkipDoc, CustomerProfileDoc,
  DistributorDoc, JobFailureDoc, MerchantSettingsDoc, OrderDoc, OutboxDoc, PaymentAlertDoc, PolicyDoc, ProductDoc, RefundDoc, SceneDoc,
  ShopDoc, SkuDoc, StaffInviteDoc, SubscriptionDoc, UplineJobDoc, UserDoc, UserStatsDoc, WithdrawalDoc,
} from './docs';
import type { BargainActivityDoc, BargainDoc, BargainHelpDoc, FlashPurchaseDoc, FlashSaleDoc, GroupBuyDoc, GroupDoc, PayRequestDoc } from './activity-docs';
import type { DailyStatsDoc, DailyStatsTotalsDoc, StatsBackfillDoc } from './daily-stats-docs';
import type {
  CouponTemplateDoc, DrawRecordDoc, DrawStockDoc, FullReductionDoc, LuckyDrawDoc, MarketingRulesDoc, PointsAccountDoc, PointsChangeDoc, StampAccountDoc,
  StampCardsDoc, StampDoc, UserCouponDoc,
} from './marketing-docs';
import type { AgentRegistryDoc, FullReductionWindowDoc, HotWordsDoc, OfficialAccountDoc, ReconcileCursorDoc, UplineMovesDoc } from './merchant-docs';
import type { ReviewDoc } from './review-docs';
import type { AddressBookDoc, FavouriteDoc, HistoryDoc } from './member-docs';
import type { AgentDoc, PickupDoc, ReservationDoc, SlotDoc, StoreDoc } from './o2o-docs';
import type { SettlementBatchDoc, SettlementPlanDoc, SettlementStateDoc } from './settlement-docs';
import type { Fen } from '../../../../src/domain/money/fen';

/** Per user and Beijing day, the sum still debited by that day's withdrawals: no longer written (see collections.ts). */
export interface WithdrawalDayDoc {
  _id: string; // `${userId}:${day}`
  userId: string;
  day: string;
  debitingFen: Fen;
  version: number;
}

/**
 * Every document each collection may hold, by collection name (collections.ts): the store port types reads and writes
 * by it, so a caller never chooses the type of what it reads. A collection of fixed-id documents (merchant, the
 * statistics' totals and progress) lists each; a read by one of those ids gets that document's type (DocAt).
 */
export interface CollectionDocs {
  merchant: MerchantSettingsDoc | PolicyDoc | MarketingRulesDoc | AgentRegistryDoc | FullReductionWindowDoc | ReconcileCursorDoc | UplineMovesDoc | HotWordsDoc | StampCardsDoc | OfficialAccountDoc;
  users: UserDoc;
  categories: CategoryDoc;
  products: ProductDoc;
  skus: SkuDoc;
  orders: OrderDoc;
  payment_alerts: PaymentAlertDoc;
  scenes: SceneDoc;
  bindings: BindingDoc;
  distributors: DistributorDoc;
  commission_entries: CommissionEntryDoc;
  commission_skips: CommissionSkipDoc;
  balances: BalanceDoc;
  user_stats: UserStatsDoc;
  refunds: RefundDoc;
  withdrawals: WithdrawalDoc;
  withdrawal_days: WithdrawalDayDoc;
  audit_log: AuditDoc;
  subscriptions: SubscriptionDoc;
  outbox: OutboxDoc;
  shops: ShopDoc;
  staff_invites: StaffInviteDoc;
  customer_profiles: CustomerProfileDoc;
  flash_sales: FlashSaleDoc;
  flash_purchases: FlashPurchaseDoc;
  group_buys: GroupBuyDoc;
  groups: GroupDoc;
  bargain_activities: BargainActivityDoc;
  bargains: BargainDoc;
  bargain_helps: BargainHelpDoc;
  pay_requests: PayRequestDoc;
  coupon_templates: CouponTemplateDoc;
  user_coupons: UserCouponDoc;
  full_reductions: FullReductionDoc;
  points_accounts: PointsAccountDoc;
  points_changes: PointsChangeDoc;
  stores: StoreDoc;
  pickups: PickupDoc;
  slots: SlotDoc;
  reservations: ReservationDoc;
  agents: AgentDoc;
  buyer_holds: BuyerHoldsDoc;
  job_failures: JobFailureDoc;
  after_sales: AfterSaleDoc;
  upline_jobs: UplineJobDoc;
  reviews: ReviewDoc;
  favourites: FavouriteDoc;
  browsing_history: HistoryDoc;
  address_books: AddressBookDoc;
  lucky_draws: LuckyDrawDoc;
  draw_stocks: DrawStockDoc;
  draw_records: DrawRecordDoc;
  stamps: StampDoc;
  stamp_accounts: StampAccountDoc;
  daily_stats: DailyStatsDoc | DailyStatsTotalsDoc | StatsBackfillDoc;
  settlement_batches: SettlementStateDoc | SettlementBatchDoc | SettlementPlanDoc;
}

/** The documents of a union whose `_id` is the literal `I`. */
type WithFixedId<D, I extends string> = D extends { _id: infer K } ? (string extends K ? never : I extends K ? D : never) : never;
/** The documents of a union whose `_id` is any string (not a fixed id). */
type WithOpenId<D> = D extends { _id: infer K } ? (string extends K ? D : never) : never;

/**
 * The document `get(collection, id)` reads: for a literal id that names a fixed-id document, that document; for another
 * literal, the collection's documents with open ids; for an id only known as a string, any of the collection's documents.
 */
export type DocAt<C extends keyof CollectionDocs, I extends string> = string extends I
  ? CollectionDocs[C]
  : [WithFixedId<CollectionDocs[C], I>] extends [never]
    ? WithOpenId<CollectionDocs[C]>
    : WithFixedId<CollectionDocs[C], I>;
