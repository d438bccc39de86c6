/**
 * Every reason joining the staff (店员邀请) or changing a staff member's permissions is refused.
 * Each: the code clients branch on (never changes) and the Chinese message shown when the throw site has nothing more specific to say.
 */
export const STAFF_ERRORS = {
  INVITE_NOT_FOUND: { code: 'STAFF.INVITE_NOT_FOUND', message: '邀请码不存在，请向店主确认' },
  INVITE_USED: { code: 'STAFF.INVITE_USED', message: '邀请码已被使用' },
  INVITE_EXPIRED: { code: 'STAFF.INVITE_EXPIRED', message: '邀请码已过期，请让店主重新生成' },
  ALREADY_OWNER: { code: 'STAFF.ALREADY_OWNER', message: '你已是店主，无需邀请码' },
  NOT_STAFF: { code: 'STAFF.NOT_STAFF', message: '该用户不是店员' },
  OWNER_FIXED: { code: 'STAFF.OWNER_FIXED', message: '店主拥有全部权限，无需设置' },
  BUSY: { code: 'STAFF.BUSY', message: '操作繁忙，请重试' },
} as const;
