import { toFen, type Fen } from '../../../../src/domain/money/fen';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Filter, Store } from '../../kernel/store/store';

/**
 * Pending commission: the sum of PENDING entries (commissions net of their pending reversals), one aggregate read.
 * Not cached on the balance document, so the paying transaction writes no balance (its operations per paid
 * order are budgeted); withdrawals never touch pending money, so nothing needs it inside a transaction.
 */
export async function readPendingFen(store: Store, beneficiaryId?: string): Promise<Fen> {
  const filter: Filter = beneficiaryId === undefined ? { status: 'PENDING' } : { beneficiaryId, status: 'PENDING' };
  return toFen(await store.sum(COLLECTIONS.commissionEntries, filter, 'amountFen'));
}
