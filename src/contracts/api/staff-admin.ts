import { defineApi, returns, type ResultsOf } from './define-api';
import { staffAdminInputs } from '../staff-inputs';
import { STAFF_ADMIN_FN, type AuditView, type InviteView, type StaffMemberView } from '../staff';
import type { Page } from '../paging';

/** The staff-admin function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const staffAdminApi = defineApi(STAFF_ADMIN_FN, {
  createInvite: { input: staffAdminInputs.createInvite, result: returns<InviteView>(), permission: 'owner' },
  listInvites: { input: staffAdminInputs.listInvites, result: returns<Page<InviteView>>(), permission: 'owner' },
  listStaff: { input: staffAdminInputs.listStaff, result: returns<Page<StaffMemberView>>(), permission: 'owner' },
  setStaffPermissions: { input: staffAdminInputs.setStaffPermissions, result: returns<StaffMemberView>(), permission: 'owner' },
  listAuditLog: { input: staffAdminInputs.listAuditLog, result: returns<Page<AuditView>>(), permission: 'owner' },
});

/** Every action's result by name (from the API map). */
export type StaffAdminResults = ResultsOf<typeof staffAdminApi>;
