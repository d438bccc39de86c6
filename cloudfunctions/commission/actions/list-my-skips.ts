import { commissionApi } from '../../../src/contracts/api/commission';
import type { CommissionSkipView } from '../../../src/contracts/commission';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadOrdersById } from '../../shared/flows/orders/load-orders-by-id';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/**
 * "Why no commission": the levels of paid lines where the caller was the candidate but earned nothing, with the
 * reason recorded at payment (not a distributor then, revoked, binding lapsed, product pays none, rounds to 0 …).
 */
export const listMySkips = defineAction(commissionApi.actions.listMySkips, async (ctx, input) => {
  const page = await readPage(
    input,
    (skip, limit) =>
      ctx.store.find(
        COLLECTIONS.commissionSkips,
        { candidateId: ctx.openid },
        { skip, limit, orderBy: [{ field: 'createdAt', direction: 'desc' }] },
      ),
    (s) => s,
  );
  const orders = await loadOrdersById(ctx.store, page.items.map((s) => s.orderId));
  const items = page.items.map(
    (s): CommissionSkipView => ({
      id: s._id,
      orderId: s.orderId,
      level: s.level,
      reason: s.reason,
      productTitle: orders.get(s.orderId)?.lines.find((l) => l.lineId === s.lineId)?.title ?? '',
      createdAt: s.createdAt,
    }),
  );
  return { items, nextCursor: page.nextCursor };
});
