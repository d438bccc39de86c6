import { staffAdminApi } from '../../../src/contracts/api/staff-admin';
import { STAFF_ERRORS, type StaffMemberView } from '../../../src/contracts/staff';
import { failWith } from '../../../src/domain/shared/domain-error';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { toStaffMemberView } from '../to-staff-member-view';

/** Changes a staff member's permissions; an empty set makes them a shopper again. Owners cannot be changed here. */
export const setStaffPermissions = defineAction(staffAdminApi.actions.setStaffPermissions, async (ctx, input): Promise<StaffMemberView> => {
  const permissions = [...new Set(input.permissions)];
  return ctx.store.runTransaction(async (tx) => {
    const user = await tx.get(COLLECTIONS.users, input.userId);
    if (!user || user.role === 'shopper') throw failWith(STAFF_ERRORS.NOT_STAFF);
    if (user.role === 'owner') throw failWith(STAFF_ERRORS.OWNER_FIXED);
    const patch = permissions.length ? { role: 'staff' as const, permissions } : { role: 'shopper' as const, permissions: [] };
    if (!(await tx.update(COLLECTIONS.users, user._id, { role: 'staff' }, patch))) throw failWith(STAFF_ERRORS.BUSY);
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'setStaffPermissions', target: user._id, before: { role: user.role, permissions: user.permissions ?? [] }, after: patch });
    return toStaffMemberView({ ...user, ...patch });
  });
});
