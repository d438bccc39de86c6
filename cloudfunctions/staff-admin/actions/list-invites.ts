import type { Page } from '../../../src/contracts/paging';
import type { InviteView } from '../../../src/contracts/staff';
import { staffAdminInputs } from '../../../src/contracts/staff-inputs';
import { requireOwner } from '../../shared/flows/auth/require-owner';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { toInviteView } from '../to-invite-view';

/** Invitations, newest first, redeemed or not. */
export const listInvites = defineAction(staffAdminInputs.listInvites, async (ctx, input): Promise<Page<InviteView>> => {
  await requireOwner(ctx);
  return readPage(
    input,
    (skip, limit) => ctx.store.find(COLLECTIONS.staffInvites, {}, { skip, limit, orderBy: [{ field: 'createdAt', direction: 'desc' }, { field: '_id', direction: 'asc' }] }),
    toInviteView,
  );
});
