/**
 * What a hot action may cost, in store operations (each read, query, aggregate, insert, create, update and
 * increment) and, for the paid notify, in the requests CloudBase bills for them. `npm run bench` prints each action's
 * figures beside its target; tests/cloudfunctions/operation-budget.test.ts fails when an action goes over its target,
 * or over its floor where the target cannot be met without breaking a rule (the floor says which rule).
 */
export interface OperationBudget {
  target: number;
  floor?: { ops: number; why: string };
}

export const OPERATION_BUDGETS: Readonly<Record<string, OperationBudget>> = {
  'paid notify, 3 levels': {
    target: 10,
    floor: {
      ops: 11,
      why:
        'the ten of before — the order read, the merchant documents (policy and upline moves) and the payment chain read, the compare-and-set to PAID, one commission entry per level, the buyer’s counters and the day’s statistics — plus 已售: one increment per product of the order (a product card shows its units sold net of refunds without counting at read time, so the payment that sells them moves the figure)',
    },
  },
  'create order (1 line)': { target: 8 },
  'bind by scene (user without a team)': {
    target: 6,
    floor: {
      ops: 7,
      why:
        'four reads of four different things — the scene, the opener and the sharer (one query), the sharer’s distributor status (only an earning distributor recruits), the binding policy — and three writes in the transaction: the opener’s compare-and-set, the sharer’s tree-version touch (a concurrent move of the sharer must conflict, or the newcomer keeps a stale upline; it also marks the sharer as having a team) and the binding record (staff and store reports query the bindings)',
    },
  },
  'request withdrawal': { target: 6 },
  'approve + pay out withdrawal': {
    target: 8,
    floor: {
      ops: 10,
      why:
        'the approval must be durable before money moves, so two transactions, each with its compare-and-set on the withdrawal and its own audit record (4); the withdrawal read first so the staff member and the payee come in one query (2); the frozen and the debt checks (2 reads: distributor, balance); the payout’s balance move (1, an increment); and the day’s statistics of money paid out (1)',
    },
  },
};

export const BILLED_REQUEST_BUDGETS: Readonly<Record<string, number>> = {
  'paid notify, 3 levels': 12,
};

/** The bench row naming an action's billed CloudBase requests. */
export const billedMetric = (action: string): string => `${action}: CloudBase requests`;

/** Documents `finance.getDashboard` may read, whatever the shop's size (the month's daily statistics and a few more). */
export const DASHBOARD_DOCUMENT_BUDGET = 40;

/**
 * The bulk settlement, amortised over its batches: store operations and billed CloudBase requests per settled entry
 * (bench/settlement-scale.ts prints both beside 100,000 entries' time; the operation budget test holds them).
 */
export const SETTLEMENT_PER_ENTRY_BUDGET = { ops: 1, requests: 1 } as const;
