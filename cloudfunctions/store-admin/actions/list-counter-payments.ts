import { storeAdminApi } from '../../../src/contracts/api/store-admin';
import type { CounterPaymentView } from '../../../src/contracts/counter';
import { toFen } from '../../../src/domain/money/fen';
import { nicknamesOf } from '../../shared/flows/users/nicknames-of';
import type { OrderDoc } from '../../shared/kernel/docs/docs';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

const PAID: OrderDoc['status'][] = ['PAID', 'SHIPPED', 'RECEIVED', 'COMPLETED', 'CLOSED'];

/** A store's 优惠买单 payments, newest first, with what was refunded (staff refund one with order-admin.refundOrderLine). */
export const listCounterPayments = defineAction(storeAdminApi.actions.listCounterPayments, async (ctx, input) => {
  const page = await readPage(
    input,
    (skip, limit) => ctx.store.find(COLLECTIONS.orders, { 'counter.storeId': input.storeId, status: { $in: PAID } }, { skip, limit, orderBy: [{ field: 'createdAt', direction: 'desc' }] }),
    (o) => o,
  );
  const names = await nicknamesOf(ctx.store, page.items.map((o) => o.buyerId));
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((o): CounterPaymentView => {
      const line = o.lines[0];
      return {
        orderId: o._id,
        lineId: line?.lineId ?? '',
        buyerId: o.buyerId,
        buyerName: names.get(o.buyerId) ?? o.buyerId,
        billFen: toFen(o.counter?.billFen ?? o.totalFen),
        excludedFen: toFen(o.counter?.excludedFen ?? 0),
        discountFen: toFen(o.counter?.discountFen ?? 0),
        paidFen: toFen(o.totalFen),
        refundedFen: toFen(line ? (o.afterSale?.[line.lineId]?.refundedFen ?? 0) : 0),
        status: o.status,
        paidAt: o.paidAt,
      };
    }),
  };
});
