import { toFen, type Fen } from '../../../../src/domain/money/fen';
import { COLLECTIONS } from '../../kernel/store/collections';
import { MAX_PAGE_SIZE, type Store } from '../../kernel/store/store';

/**
 * What `beneficiaryId` earned, net of refunds, on each buyer's orders: the sum of every entry (a reversed commission
 * and its reversals net to zero, a clawback is negative). One indexed query per page of buyers, paged until done.
 */
export async function sumCommissionByBuyer(store: Store, beneficiaryId: string, buyerIds: readonly string[]): Promise<Map<string, Fen>> {
  const sums = new Map<string, number>(buyerIds.map((id) => [id, 0]));
  if (buyerIds.length === 0) return new Map();
  for (let skip = 0; ; skip += MAX_PAGE_SIZE) {
    const entries = await store.find(
      COLLECTIONS.commissionEntries,
      { beneficiaryId, buyerId: { $in: [...buyerIds] } },
      { skip, limit: MAX_PAGE_SIZE, orderBy: [{ field: '_id', direction: 'asc' }] },
    );
    for (const e of entries) sums.set(e.buyerId, (sums.get(e.buyerId) ?? 0) + e.amountFen);
    if (entries.length < MAX_PAGE_SIZE) break;
  }
  return new Map([...sums].map(([id, fen]) => [id, toFen(fen)]));
}
