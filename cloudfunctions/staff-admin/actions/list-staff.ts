import { staffAdminApi } from '../../../src/contracts/api/staff-admin';
import type { Page } from '../../../src/contracts/paging';
import type { StaffMemberView } from '../../../src/contracts/staff';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { toStaffMemberView } from '../to-staff-member-view';

/** Owners and staff with their permissions. */
export const listStaff = defineAction(staffAdminApi.actions.listStaff, async (ctx, input): Promise<Page<StaffMemberView>> => {
  return readPage(
    input,
    (skip, limit) =>
      ctx.store.find(COLLECTIONS.users, { role: { $in: ['owner', 'staff'] } }, { skip, limit, orderBy: [{ field: 'role', direction: 'asc' }, { field: '_id', direction: 'asc' }] }),
    toStaffMemberView,
  );
});
