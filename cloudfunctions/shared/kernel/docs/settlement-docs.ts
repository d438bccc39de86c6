/** The bulk settlement's bookkeeping (collection settlement_batches); see flows/settlement/settle-batch.ts. */

export const SETTLEMENT_STATE_ID = 'state';

/** One document: which batch is open (at most one), the last batch number, and where the scan of due orders stands. */
export interface SettlementStateDoc {
  _id: typeof SETTLEMENT_STATE_ID;
  seq: number;
  /** The batch being worked; null when none: the next run opens one. */
  open: string | null;
  /** Due orders at the head of the scan that cannot settle yet (open after-sale…): the next page starts after them. */
  scanSkip: number;
  version: number;
}

/**
 * CLAIM: the candidate orders are marked with the batch id, checked again, and their pending entries marked; the plan
 * is computed and stored. APPLY: the plan's per-user increments, a chunk of users per transaction (`applied` counts
 * them). FINISH: the entries move to SETTLED and the orders to COMPLETED (conditional updates), notices, grades. DONE.
 */
export type SettlementStep = 'CLAIM' | 'APPLY' | 'FINISH' | 'DONE';

/** What one user gets from a batch: the beneficiary's net settled commission, the buyer's completed orders. */
export interface PlannedUser {
  userId: string;
  settledFen: number;
  /** Orders of the batch this user earned on, and the first of them (the notice names it). */
  orders: number;
  firstOrderId: string;
  completedOrderCount: number;
  completedSpendFen: number;
}

/** Written once with the move to APPLY, beside the batch (`<batchId>-plan`), so the batch document every step reads stays small. */
export interface SettlementPlanDoc extends SettlementPlan {
  _id: string;
}

export interface SettlementPlan {
  orderIds: string[];
  entries: number;
  /** Sorted by userId: APPLY works through them in this order. */
  users: PlannedUser[];
  /** Settled commission of the orders the daily statistics count (inStats): it leaves pending for settled. */
  statsSettledFen: number;
  /** Claimed orders that were let go because an after-sale request is open. */
  heldOpenAfterSale: number;
}

export interface SettlementBatchDoc {
  _id: string;
  step: SettlementStep;
  /** The candidate orders the batch was opened for. */
  orderIds: string[];
  /** The run's clock when the batch opened: settledAt, the statistics day and every due check use it, also on resume. */
  at: string;
  /** Set with the move to APPLY: what the plan document holds, in figures (the run reports them). */
  planned: { orders: number; entries: number; users: number; heldOpenAfterSale: number } | null;
  applied: number;
  version: number;
  doneAt: string | null;
}
