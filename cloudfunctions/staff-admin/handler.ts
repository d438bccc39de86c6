import { staffAdminApi } from '../../src/contracts/api/staff-admin';
import { createHandler } from '../shared/kernel/handler/create-handler';
import { createInvite } from './actions/create-invite';
import { listAuditLog } from './actions/list-audit-log';
import { listInvites } from './actions/list-invites';
import { listStaff } from './actions/list-staff';
import { setStaffPermissions } from './actions/set-staff-permissions';

/** 店员管理 (owner only): one-time staff invitations, staff permissions, the audit log of every admin write. */
export const staffAdminHandler = createHandler(staffAdminApi, { createInvite, listInvites, listStaff, setStaffPermissions, listAuditLog });
