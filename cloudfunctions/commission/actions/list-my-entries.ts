import { commissionApi } from '../../../src/contracts/api/commission';
import { type CommissionEntryView } from '../../../src/contracts/commission';
import { expectedSettle } from '../../../src/domain/commission/expected-settle';
import { DEFAULT_FREEZE_DAYS } from '../../../src/domain/distribution/distribution-policy';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { getMerchantSettings } from '../../shared/flows/merchant/get-merchant-settings';
import { loadOrdersById } from '../../shared/flows/orders/load-orders-by-id';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** The caller's entries, newest first, each with its expected settle date (one extra query for the page's orders). */
export const listMyEntries = defineAction(commissionApi.actions.listMyEntries, async (ctx, input) => {
  const page = await readPage(
    input,
    (skip, limit) =>
      ctx.store.find(
        COLLECTIONS.commissionEntries,
        { beneficiaryId: ctx.openid },
        { skip, limit, orderBy: [{ field: 'createdAt', direction: 'desc' }] },
      ),
    (e) => e,
  );
  const orders = await loadOrdersById(ctx.store, page.items.map((e) => e.orderId));
  const { afterSaleDays } = await getMerchantSettings(ctx.store);
  const items = page.items.map((e): CommissionEntryView => {
    const order = orders.get(e.orderId);
    return {
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
      // The freeze period of the policy the order was paid under, not today's, and never inside the after-sale window
      // (fixed at receipt from the shop's setting): that is what settlement applies.
      settle: expectedSettle(e.status, { settleAfter: order?.settleAfter ?? null, daysAfterReceipt: Math.max(order?.policySnapshot?.freezeDays ?? DEFAULT_FREEZE_DAYS, afterSaleDays) }),
    };
  });
  return { items, nextCursor: page.nextCursor };
});
