import type { StaffMemberView } from '../../src/contracts/staff';
import type { UserDoc } from '../shared/kernel/docs/docs';
import { toMyRole } from '../shared/flows/auth/to-my-role';

/** An owner or staff member as the owner's staff list shows them (a staff member without permissions still listed as staff). */
export function toStaffMemberView(u: UserDoc): StaffMemberView {
  return { userId: u._id, nickname: u.nickname, role: u.role === 'owner' ? 'owner' : 'staff', permissions: toMyRole(u).permissions };
}
