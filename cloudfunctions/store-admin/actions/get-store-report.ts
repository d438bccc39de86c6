import { storeAdminApi } from '../../../src/contracts/api/store-admin';
import type { StoreReportRow } from '../../../src/contracts/stores';
import { sumFen, toFen } from '../../../src/domain/money/fen';
import type { OrderDoc } from '../../shared/kernel/docs/docs';
import { readCapped } from '../../shared/flows/exports/read-capped';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { MAX_STORES } from './list-stores';
import { PAID_ORDER_STATUSES, REFUNDABLE_ORDER_STATUSES } from '../../../src/domain/order/order-status-groups';

/** Sales are summed over at most this many paid orders per store (a report, not a ledger). */
const ORDERS_CAP = 5000;

/** Per store: pickup sales net of refunds, 优惠买单 payments and their takings net of refunds, pickups waiting and verified, bookings, members its codes bound, and in-store coupons verified there. */
export const getStoreReport = defineAction(storeAdminApi.actions.getStoreReport, async (ctx): Promise<StoreReportRow[]> => {
  const stores = await ctx.store.find(COLLECTIONS.stores, {}, { limit: MAX_STORES, orderBy: [{ field: 'createdAt', direction: 'asc' }] });
  return Promise.all(
    stores.map(async (store): Promise<StoreReportRow> => {
      const { docs: orders } = await readCapped(
        (skip, limit) => ctx.store.find(COLLECTIONS.orders, { 'delivery.storeId': store._id, status: { $in: PAID_ORDER_STATUSES } }, { skip, limit, orderBy: [{ field: '_id', direction: 'asc' }] }),
        ORDERS_CAP,
      );
      const { docs: counterOrders } = await readCapped(
        (skip, limit) => ctx.store.find(COLLECTIONS.orders, { 'counter.storeId': store._id, status: { $in: REFUNDABLE_ORDER_STATUSES } }, { skip, limit, orderBy: [{ field: 'createdAt', direction: 'asc' }] }),
        ORDERS_CAP,
      );
      const refunded = (o: OrderDoc) => Object.values(o.afterSale ?? {}).reduce((s, a) => s + a.refundedFen, 0);
      const scenes = await ctx.store.find(COLLECTIONS.scenes, { 'params.storeId': store._id }, { limit: 200 });
      const [pickupsVerified, reservations, checkedIn, newMembers, couponsVerified] = await Promise.all([
        ctx.store.count(COLLECTIONS.pickups, { storeId: store._id }),
        ctx.store.count(COLLECTIONS.reservations, { storeId: store._id, status: { $in: ['BOOKED', 'CHECKED_IN'] } }), // cancelled bookings are not counted
        ctx.store.count(COLLECTIONS.reservations, { storeId: store._id, status: 'CHECKED_IN' }),
        scenes.length ? ctx.store.count(COLLECTIONS.bindings, { scene: { $in: scenes.map((s) => s._id) } }) : Promise.resolve(0),
        ctx.store.count(COLLECTIONS.userCoupons, { 'counterUse.storeId': store._id }),
      ]);
      return {
        storeId: store._id,
        name: store.name,
        salesFen: sumFen(orders.map((o) => toFen(o.totalFen - refunded(o)))),
        paidOrders: orders.length,
        pickupsWaiting: orders.filter((o) => o.status === 'PAID').length,
        pickupsVerified,
        reservations,
        checkedIn,
        newMembers,
        couponsVerified,
        counterPayments: counterOrders.length,
        counterSalesFen: sumFen(counterOrders.map((o) => toFen(o.totalFen - refunded(o)))),
      };
    }),
  );
});
