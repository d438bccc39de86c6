import type { CustomerDetailView } from '../../../src/contracts/customer-admin';
import { customerAdminInputs } from '../../../src/contracts/customer-admin-inputs';
import { requirePermission } from '../../shared/flows/auth/require-permission';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadCustomer } from '../load-customer';
import { toCustomerDetailView } from '../to-customer-views';

/** One customer with staff's tags and notes (newest first). */
export const getCustomer = defineAction(customerAdminInputs.getCustomer, async (ctx, input): Promise<CustomerDetailView> => {
  await requirePermission(ctx, 'orders');
  return toCustomerDetailView(ctx.store, await loadCustomer(ctx.store, input.userId));
});
