import type { CommissionEntryDoc } from '../../kernel/docs/docs';
import { SETTLEMENT_STATE_ID, type SettlementBatchDoc, type SettlementPlanDoc } from '../../kernel/docs/settlement-docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';

/**
 * Which PENDING entries the open settlement batch has already paid into their beneficiary's balance: those of its
 * claimed orders whose beneficiary's increments have committed (APPLY counts them in order) but that the batch has not
 * yet moved to SETTLED. For the ledger check, they are settled; outside an open batch there are none. Three reads at most.
 */
export async function settledByOpenBatch(store: Store): Promise<(entry: CommissionEntryDoc) => boolean> {
  const none = () => false;
  const state = await store.get(COLLECTIONS.settlementBatches, SETTLEMENT_STATE_ID);
  if (!state?.open) return none;
  const batch = (await store.get(COLLECTIONS.settlementBatches, state.open)) as SettlementBatchDoc | null;
  if (!batch?.planned || (batch.step !== 'APPLY' && batch.step !== 'FINISH')) return none;
  const plan = (await store.get(COLLECTIONS.settlementBatches, `${batch._id}-plan`)) as SettlementPlanDoc | null;
  if (!plan) return none;
  const applied = new Set(plan.users.slice(0, batch.step === 'FINISH' ? plan.users.length : batch.applied).map((u) => u.userId));
  const orders = new Set(plan.orderIds);
  return (entry) => entry.status === 'PENDING' && entry.settleBatch === batch._id && orders.has(entry.orderId) && applied.has(entry.beneficiaryId);
}
