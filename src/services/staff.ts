import { STAFF_ADMIN_FN, STAFF_FN, type Permission } from '../contracts/staff';
import { apiClient } from './call-function';
import type { staffAdminApi } from '../contracts/api/staff-admin';
import type { staffApi } from '../contracts/api/staff';

const staffAdminClient = apiClient<typeof staffAdminApi>(STAFF_ADMIN_FN);
const staffClient = apiClient<typeof staffApi>(STAFF_FN);

export const getMyRole = () => staffClient.getMyRole();

export const getAdminTodo = () => staffClient.getAdminTodo();
export const redeemInvite = (code: string) => staffClient.redeemInvite({ code });

export const createInvite = staffAdminClient.createInvite;

export const listInvites = staffAdminClient.listInvites;

export const listStaff = staffAdminClient.listStaff;

export const setStaffPermissions = (userId: string, permissions: Permission[]) =>
  staffAdminClient.setStaffPermissions({ userId, permissions });

export const listAuditLog = staffAdminClient.listAuditLog;
