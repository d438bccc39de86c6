/** Every collection the shop uses. Migrations create them; an unknown name is a bug, not a new table. */
export const COLLECTIONS = {
  merchant: 'merchant',
  users: 'users',
  categories: 'categories',
  products: 'products',
  skus: 'skus',
  orders: 'orders',
  paymentAlerts: 'payment_alerts',
  scenes: 'scenes',
  bindings: 'bindings',
  distributors: 'distributors',
  commissionEntries: 'commission_entries',
  commissionSkips: 'commission_skips',
  balances: 'balances',
  userStats: 'user_stats',
  refunds: 'refunds',
  withdrawals: 'withdrawals',
  /**
   * Per user and Beijing day, the sum still debited by that day's withdrawals. No longer written: the daily cap's
   * total rides on the balance (shared/flows/withdrawals/withdrawal-day-total.ts); kept for databases that hold it.
   */
  withdrawalDays: 'withdrawal_days',
  auditLog: 'audit_log',
  /** Per user and one-time subscribe template: how many sends the user has accepted and not yet used. */
  subscriptions: 'subscriptions',
  /** Every notice the shop tried to send (subscribe messages, shipping uploads): one per event, with its result. */
  outbox: 'outbox',
  /** A distributor's own shop (个人分店): name, intro, logo, banner and the products they picked. */
  shops: 'shops',
  /** One-time staff invitations, keyed by the code. */
  staffInvites: 'staff_invites',
  /** Staff's CRM notes on a customer, keyed by the customer's openid: tags and notes (never shown to the customer). */
  customerProfiles: 'customer_profiles',
  /** 营销活动: 秒杀 sales and per-user purchase counts, 拼团 activities and groups, 砍价 activities, bargains and helps, 找人代付 requests. */
  flashSales: 'flash_sales',
  flashPurchases: 'flash_purchases',
  groupBuys: 'group_buys',
  groups: 'groups',
  bargainActivities: 'bargain_activities',
  bargains: 'bargains',
  bargainHelps: 'bargain_helps',
  payRequests: 'pay_requests',
  /** Coupon templates (营销): what staff configure; each grant makes a user coupon. */
  couponTemplates: 'coupon_templates',
  /** Single-use coupons customers hold, `${templateId}:${userId}:${n}` (n ≤ the per-user limit). */
  userCoupons: 'user_coupons',
  /** 满减 activities: tiers, products, window. */
  fullReductions: 'full_reductions',
  /** Per customer: the cached points balance and sign-in streak. */
  pointsAccounts: 'points_accounts',
  /** The points ledger: one document per change, deterministic ids. */
  pointsChanges: 'points_changes',
  /** 门店: stores with staff, hours, slot settings (O2O). */
  stores: 'stores',
  /** One per verified pickup order (`_id` = order id): the once-only record of the hand-over. */
  pickups: 'pickups',
  /** Reservation capacity per store, day and slot time (`_id` = store_date_time), taken by compare-and-set. */
  slots: 'slots',
  /** Shoppers' bookings of service slots. */
  reservations: 'reservations',
  /** 区域代理: one agent per region (`_id` derived from the region), no overlapping regions. */
  agents: 'agents',
  /** Per buyer (`_id` = openid): their open unpaid orders and the units each holds, for the hold limits. */
  buyerHolds: 'buyer_holds',
  /** Per timer and item (`_id` = `<job>:<subject>`): an item a timer failed on, how often and why, for staff. */
  jobFailures: 'job_failures',
  /** After-sale requests (售后单): one per line and request, with the timeline of every step. */
  afterSales: 'after_sales',
  /** Resumable rewrites of a moved user's team uplines (materialized paths), worked oldest first by the jobs timer. */
  uplineJobs: 'upline_jobs',
  /** 刮刮卡 / 大转盘: the games staff set up (prizes, weights, chances, window, public rules). */
  luckyDraws: 'lucky_draws',
  /** One per stocked prize (`<drawId>:<prizeId>`): units left, taken by compare-and-set. */
  drawStocks: 'draw_stocks',
  /** One per draw made (`<drawId>:<user>:<day>:<n>`, the n-th chance of the day): each chance is used once. */
  drawRecords: 'draw_records',
  /** 集点卡: one per stamp given (`<cardId>:<source>:<ref>`), ACTIVE until its money is refunded. */
  stamps: 'stamps',
  /** A shopper's card (`<cardId>:<userId>`): active stamps, rewards granted. */
  stampAccounts: 'stamp_accounts',
  /**
   * Statistics per Beijing day (`_id` = 'YYYY-MM-DD'), kept by increments in the transactions of the events they
   * count, plus the money totals of the days folded away ('totals') and the migration's progress ('backfill').
   */
  dailyStats: 'daily_stats',
  /** 商品评价: one per order line (`_id` derives from the line), written after receipt or by default. */
  reviews: 'reviews',
  /** The bulk settlement's batches (`B<seq>`) and its state ('state': the open batch and the scan's place). */
  settlementBatches: 'settlement_batches',
  /** 收藏: one per shopper and product, `on` false once removed. */
  favourites: 'favourites',
  /** 足迹: one per shopper, the products they opened newest first (capped). */
  browsingHistory: 'browsing_history',
  /** 地址簿: one per shopper, their saved addresses and the default. */
  addressBooks: 'address_books',
} as const;

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];

/**
 * Fields each collection is queried by: the embedded adapter's migrations and `npm run provision` (CloudBase) both
 * create exactly these indexes, named by `indexName`, so the two cannot drift.
 */
export const INDEXED_FIELDS: Readonly<Partial<Record<CollectionName, ReadonlyArray<readonly string[]>>>> = {
  // 'upline.1' is the grandparent: the level-2 team, newest first, without scanning the whole upline array.
  // ['upline', 'boundAt']: a moved user's whole team in bind order (the upline rewrite job; a multikey index on CloudBase).
  users: [['superiorId', 'boundAt'], ['persona'], ['upline.1', 'boundAt'], ['role'], ['createdAt'], ['boundAt'], ['upline', 'boundAt']],
  // ['tokens', 'onShelf']: 商品搜索 by one token (array contains; a multikey index on CloudBase), never a scan.
  products: [['onShelf', 'sort'], ['categoryId', 'onShelf'], ['tokens', 'onShelf']],
  skus: [['productId']],
  // ['settleBatch', 'status']: what a settlement batch has claimed (its orders, and the entries it moves to SETTLED);
  // ['status', 'settleAfter', '_id']: the due orders in the settlement's order, a page at a time without sorting them all.
  orders: [['settleBatch', 'status'], ['status', 'settleAfter', '_id'], ['buyerId', 'createdAt'], ['status', 'createdAt'], ['status', 'settleAfter'], ['paidAt'], ['createdAt'], ['status', 'activity.groupState'], ['uplineSnapshot.0', 'createdAt'], ['delivery.storeId', 'status'], ['delivery.pickupCode'], ['counter.storeId', 'createdAt'], ['status', 'autoReceiveAt'], ['status', 'shippedAt'], ['reviewDueAt'], ['address.phone', 'createdAt']],
  commission_entries: [['settleBatch', 'status'], ['beneficiaryId', 'createdAt'], ['orderId'], ['lineId'], ['beneficiaryId', 'buyerId'], ['createdAt'], ['settledAt'], ['beneficiaryId', 'status']],
  commission_skips: [['candidateId', 'createdAt'], ['orderId']],
  withdrawals: [['userId', 'requestedAt'], ['status', 'requestedAt'], ['userId', 'day']],
  audit_log: [['actorId', 'at'], ['target', 'at'], ['at']],
  staff_invites: [['createdBy', 'requestId'], ['createdAt']],
  distributors: [['status', 'since']],
  bindings: [['userId'], ['scene']],
  scenes: [['sharerId'], ['params.storeId']],
  shops: [['ownerId']],
  user_stats: [['spendFen']],
  customer_profiles: [['updatedAt']],
  groups: [['status', 'expiresAt'], ['activityId', 'openedAt']],
  bargains: [['status', 'expiresAt'], ['activityId', 'startedAt']],
  bargain_helps: [['bargainId', 'index']],
  coupon_templates: [['status', 'createdAt'], ['createdAt']],
  user_coupons: [['userId', 'claimedAt'], ['userId', 'status', 'claimedAt'], ['counterCode'], ['counterUse.storeId']],
  full_reductions: [['status', 'startAt'], ['startAt'], ['status', 'endAt']],
  points_changes: [['userId', 'at']],
  stores: [['createdAt']],
  pickups: [['storeId']],
  reservations: [['userId', 'createdAt'], ['code'], ['storeId']],
  agents: [['userId']],
  job_failures: [['lastAt']],
  upline_jobs: [['status', 'createdAt']],
  // An order's refunds (the shopper's order page: 退款中 / 已退款 with amounts and dates).
  refunds: [['orderId', 'createdAt']],
  // The shopper's requests (per order too), newest first; staff's queue by state, oldest first.
  after_sales: [['buyerId', 'createdAt'], ['orderId', 'createdAt'], ['status', 'createdAt']],
  // Open alerts (state null) newest first; all newest first; the refund notify finds an alert by its refund number.
  payment_alerts: [['state', 'createdAt'], ['createdAt'], ['refundNo']],
  // A product's visible reviews newest first (all, or those with photos); staff's list newest first.
  reviews: [['productId', 'hidden', 'createdAt'], ['productId', 'hidden', 'hasPhotos', 'createdAt'], ['createdAt']],
  lucky_draws: [['createdAt'], ['endAt']],
  // A shopper's prizes newest first; a game's draws newest first (staff).
  draw_records: [['userId', 'at'], ['drawId', 'at'], ['drawId', 'userId', 'day']],
  stamp_accounts: [['userId', 'updatedAt']],
  // A shopper's favourites, newest first.
  favourites: [['userId', 'on', 'at']],
};

/** One name per index in both databases; CloudBase index names take letters, digits and `_` only. */
export function indexName(collection: string, fields: readonly string[]): string {
  return `ix_${collection}_${fields.join('_')}`.replace(/[^A-Za-z0-9_]/g, '_');
}
