import { commissionInputs } from '../../../src/contracts/commission-inputs';
import { type Balance, type CommissionState } from '../../../src/contracts/commission';
import { sumFen, toFen, type Fen } from '../../../src/domain/money/fen';
import { defineAction } from '../../shared/handler/define-action';
import { COLLECTIONS } from '../../shared/store/collections';
import { MAX_PAGE_SIZE } from '../../shared/store/store';
import type { CommissionEntryDoc } from '../../shared/docs';

/** The balance is the sum of the caller's ledger entries by state: derived, never stored separately. */
export const getMyBalance = defineAction(commissionInputs.getMyBalance, async (ctx): Promise<Balance> => {
  const byState: Record<CommissionState, Fen[]> = { PENDING: [], SETTLED: [], WITHDRAWN: [], REVERSED: [] };
  for (let skip = 0; ; skip += MAX_PAGE_SIZE) {
    const page = await ctx.store.find<CommissionEntryDoc>(
      COLLECTIONS.commissionEntries,
      { beneficiaryId: ctx.openid },
      { skip, limit: MAX_PAGE_SIZE, orderBy: [{ field: 'createdAt', direction: 'asc' }] },
    );
    for (const entry of page) byState[entry.state].push(toFen(entry.amountFen));
    if (page.length < MAX_PAGE_SIZE) break;
  }
  return {
    pendingFen: sumFen(byState.PENDING),
    settledFen: sumFen(byState.SETTLED),
    withdrawnFen: sumFen(byState.WITHDRAWN),
    reversedFen: sumFen(byState.REVERSED),
  };
});
