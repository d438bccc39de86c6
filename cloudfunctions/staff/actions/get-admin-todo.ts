import { staffApi } from '../../../src/contracts/api/staff';
import type { AdminTodoView, Permission } from '../../../src/contracts/staff';
import { toMyRole } from '../../shared/flows/auth/to-my-role';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import type { CollectionName, Filter } from '../../shared/kernel/store/store';

/** The admin home's 待办: one count query per area the caller may open (each on an indexed status field). */
export const getAdminTodo = defineAction(staffApi.actions.getAdminTodo, async (ctx): Promise<AdminTodoView> => {
  const user = await ctx.store.get(COLLECTIONS.users, ctx.openid);
  const permissions = user ? toMyRole(user).permissions : [];
  const countIf = (needs: Permission, collection: CollectionName, filter: Filter) => (permissions.includes(needs) ? ctx.store.count(collection, filter) : Promise.resolve(null));
  const [toShip, afterSales, applications, withdrawals, paymentAlerts] = await Promise.all([
    countIf('orders', COLLECTIONS.orders, { status: 'PAID' }),
    // Staff act on a new request and on goods that came back; the others wait for the buyer or are done.
    countIf('orders', COLLECTIONS.afterSales, { status: { $in: ['REQUESTED', 'RETURNED'] } }),
    countIf('distribution', COLLECTIONS.distributors, { status: 'APPLIED' }),
    countIf('finance', COLLECTIONS.withdrawals, { status: 'REQUESTED' }),
    countIf('finance', COLLECTIONS.paymentAlerts, { state: null }),
  ]);
  return { toShip, afterSales, applications, withdrawals, paymentAlerts };
});
