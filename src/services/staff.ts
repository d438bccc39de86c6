import { STAFF_ADMIN_FN, STAFF_FN, type Permission, type StaffAdminResults, type StaffResults } from '../contracts/staff';
import { callAction } from './call-function';

type PageArgs = { cursor?: number; limit?: number };

export const getMyRole = () => callAction<StaffResults['getMyRole']>(STAFF_FN, 'getMyRole');

export const getAdminTodo = () => callAction<StaffResults['getAdminTodo']>(STAFF_FN, 'getAdminTodo', {});
export const redeemInvite = (code: string) => callAction<StaffResults['redeemInvite']>(STAFF_FN, 'redeemInvite', { code });

export const createInvite = (payload: { requestId: string; permissions: Permission[]; validDays?: number }) =>
  callAction<StaffAdminResults['createInvite']>(STAFF_ADMIN_FN, 'createInvite', payload);

export const listInvites = (payload: PageArgs = {}) => callAction<StaffAdminResults['listInvites']>(STAFF_ADMIN_FN, 'listInvites', payload);

export const listStaff = (payload: PageArgs = {}) => callAction<StaffAdminResults['listStaff']>(STAFF_ADMIN_FN, 'listStaff', payload);

export const setStaffPermissions = (userId: string, permissions: Permission[]) =>
  callAction<StaffAdminResults['setStaffPermissions']>(STAFF_ADMIN_FN, 'setStaffPermissions', { userId, permissions });

export const listAuditLog = (payload: PageArgs & { actorId?: string } = {}) =>
  callAction<StaffAdminResults['listAuditLog']>(STAFF_ADMIN_FN, 'listAuditLog', payload);
