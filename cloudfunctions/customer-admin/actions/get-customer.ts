import { customerAdminApi } from '../../../src/contracts/api/customer-admin';
import type { CustomerDetailView } from '../../../src/contracts/customer-admin';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadCustomer } from '../load-customer';
import { toCustomerDetailView } from '../to-customer-views';

/** One customer with staff's tags and notes (newest first). */
export const getCustomer = defineAction(customerAdminApi.actions.getCustomer, async (ctx, input): Promise<CustomerDetailView> => {
  return toCustomerDetailView(ctx.store, await loadCustomer(ctx.store, input.userId));
});
