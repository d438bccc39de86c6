/** Every collection the shop uses. Migrations create them; an unknown name is a bug, not a new table. */
export const COLLECTIONS = {
  merchant: 'merchant',
  users: 'users',
  categories: 'categories',
  products: 'products',
  skus: 'skus',
  orders: 'orders',
  payNotifies: 'pay_notifies',
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
  /** Per user and Beijing day: the sum still debited by that day's withdrawals (the daily cap, read in a transaction). */
  withdrawalDays: 'withdrawal_days',
  auditLog: 'audit_log',
} as const;

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];

/** Fields each collection is queried by; the embedded adapter indexes them, the CloudBase console should too. */
export const INDEXED_FIELDS: Readonly<Partial<Record<CollectionName, ReadonlyArray<readonly string[]>>>> = {
  users: [['superiorId', 'boundAt'], ['persona']],
  products: [['onShelf', 'sort'], ['categoryId', 'onShelf']],
  skus: [['productId']],
  orders: [['buyerId', 'createdAt'], ['status', 'createdAt'], ['status', 'settleAfter']],
  commission_entries: [['beneficiaryId', 'createdAt'], ['orderId'], ['lineId']],
  commission_skips: [['candidateId', 'createdAt'], ['orderId']],
  withdrawals: [['userId', 'requestedAt'], ['status', 'requestedAt'], ['userId', 'day']],
  audit_log: [['actorId', 'at'], ['target', 'at']],
  distributors: [['status', 'since']],
  bindings: [['userId']],
  scenes: [['sharerId']],
};
