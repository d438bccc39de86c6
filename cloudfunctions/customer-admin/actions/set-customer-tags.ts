import { customerAdminApi } from '../../../src/contracts/api/customer-admin';
import type { CustomerDetailView } from '../../../src/contracts/customer-admin';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadCustomer } from '../load-customer';
import { saveProfile } from '../save-profile';
import { toCustomerDetailView } from '../to-customer-views';

/** Replaces a customer's tags (duplicates dropped, order kept); audited. */
export const setCustomerTags = defineAction(customerAdminApi.actions.setCustomerTags, async (ctx, input): Promise<CustomerDetailView> => {
  const tags = [...new Set(input.tags)];
  await saveProfile(ctx, { userId: input.userId, expectedVersion: input.expectedVersion, action: 'setCustomerTags' }, (current) =>
    current.tags.join('\n') === tags.join('\n') ? null : { tags, notes: current.notes },
  );
  return toCustomerDetailView(ctx.store, await loadCustomer(ctx.store, input.userId));
});
