import { commissionInputs } from '../../../src/contracts/commission-inputs';
import { type CommissionEntryView } from '../../../src/contracts/commission';
import { defineAction } from '../../shared/handler/define-action';
import { readPage } from '../../shared/paging/to-page';
import { COLLECTIONS } from '../../shared/store/collections';
import type { CommissionEntryDoc } from '../../shared/docs';

export const listMyEntries = defineAction(commissionInputs.listMyEntries, async (ctx, input) =>
  readPage(
    input,
    (skip, limit) =>
      ctx.store.find<CommissionEntryDoc>(
        COLLECTIONS.commissionEntries,
        { beneficiaryId: ctx.openid },
        { skip, limit, orderBy: [{ field: 'createdAt', direction: 'desc' }] },
      ),
    (e): CommissionEntryView => ({
      id: e._id,
      orderId: e.orderId,
      level: e.level,
      state: e.state,
      baseFen: e.baseFen,
      rateBps: e.rateBps,
      amountFen: e.amountFen,
      productTitle: e.productTitle,
      createdAt: e.createdAt,
    }),
  ),
);
