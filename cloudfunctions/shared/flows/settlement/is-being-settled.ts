import type { OrderDoc } from '../../kernel/docs/docs';
import { SETTLEMENT_STATE_ID } from '../../kernel/docs/settlement-docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';

/**
 * Whether an open settlement batch has claimed this order: its entries and balances are moving outside any one
 * transaction, so a refund computed now could miss them; it waits until the batch is done. A mark left by a batch
 * that is no longer open holds nothing. Read inside the refund's transaction (the claim writes the order, so a claim
 * after the read makes the transaction conflict and re-run).
 */
export async function isBeingSettled(tx: DocOps, order: Pick<OrderDoc, 'status' | 'settleBatch'>): Promise<boolean> {
  if (order.status !== 'RECEIVED' || !order.settleBatch) return false;
  const state = await tx.get(COLLECTIONS.settlementBatches, SETTLEMENT_STATE_ID);
  return state?.open === order.settleBatch;
}
