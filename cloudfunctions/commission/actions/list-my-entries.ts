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
      kind: e.kind,
      level: e.level,
      state: e.status,
      baseFen: e.baseFen,
      rateBps: e.basis?.kind === 'RATE' ? e.basis.rateBps : null,
      perUnitFen: e.basis?.kind === 'FIXED_PER_UNIT' ? e.basis.perUnitFen : null,
      amountFen: e.amountFen,
      productTitle: e.productTitle,
      createdAt: e.createdAt,
    }),
  ),
);
