import { staffAdminApi } from '../../../src/contracts/api/staff-admin';
import type { Page } from '../../../src/contracts/paging';
import type { InviteView } from '../../../src/contracts/staff';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { toInviteView } from '../to-invite-view';

/** Invitations, newest first, redeemed or not. */
export const listInvites = defineAction(staffAdminApi.actions.listInvites, async (ctx, input): Promise<Page<InviteView>> => {
  return readPage(
    input,
    (skip, limit) => ctx.store.find(COLLECTIONS.staffInvites, {}, { skip, limit, orderBy: [{ field: 'createdAt', direction: 'desc' }, { field: '_id', direction: 'asc' }] }),
    toInviteView,
  );
});
