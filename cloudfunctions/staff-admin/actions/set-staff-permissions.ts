import { staffAdminApi } from '../../../src/contracts/api/staff-admin';
import { STAFF_ERRORS, type StaffMemberView } from '../../../src/contracts/staff';
import { DomainError } from '../../../src/domain/shared/domain-error';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { toStaffMemberView } from '../to-staff-member-view';

/** Changes a staff member's permissions; an empty set makes them a shopper again. Owners cannot be changed here. */
export const setStaffPermissions = defineAction(staffAdminApi.actions.setStaffPermissions, async (ctx, input): Promise<StaffMemberView> => {
  const permissions = [...new Set(input.permissions)];
  return ctx.store.runTransaction(async (tx) => {
    const user = await tx.get(COLLECTIONS.users, input.userId);
    if (!user || user.role === 'shopper') throw new DomainError(STAFF_ERRORS.NOT_STAFF, '该用户不是店员');
    if (user.role === 'owner') throw new DomainError(STAFF_ERRORS.OWNER_FIXED, '店主拥有全部权限，无需设置');
    const patch = permissions.length ? { role: 'staff' as const, permissions } : { role: 'shopper' as const, permissions: [] };
    if (!(await tx.update(COLLECTIONS.users, user._id, { role: 'staff' }, patch))) throw new DomainError(STAFF_ERRORS.BUSY, '操作繁忙，请重试');
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'setStaffPermissions', target: user._id, before: { role: user.role, permissions: user.permissions ?? [] }, after: patch });
    return toStaffMemberView({ ...user, ...patch });
  });
});
