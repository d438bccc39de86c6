import { customerAdminApi } from '../../../src/contracts/api/customer-admin';
import { CUSTOMER_NOTES_KEPT, type CustomerDetailView } from '../../../src/contracts/customer-admin';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadCustomer } from '../load-customer';
import { saveProfile } from '../save-profile';
import { toCustomerDetailView } from '../to-customer-views';

/** Adds a staff note (id = requestId: a retry adds nothing); the newest CUSTOMER_NOTES_KEPT are kept. Audited. */
export const addCustomerNote = defineAction(customerAdminApi.actions.addCustomerNote, async (ctx, input): Promise<CustomerDetailView> => {
  await saveProfile(ctx, { userId: input.userId, action: 'addCustomerNote' }, (current) =>
    current.notes.some((n) => n.id === input.requestId)
      ? null
      : { tags: current.tags, notes: [...current.notes, { id: input.requestId, text: input.text, by: ctx.openid, at: ctx.now.toISOString() }].slice(-CUSTOMER_NOTES_KEPT) },
  );
  return toCustomerDetailView(ctx.store, await loadCustomer(ctx.store, input.userId));
});
