import type { InviteView } from '../../src/contracts/staff';
import type { StaffInviteDoc } from '../shared/kernel/docs/docs';

export function toInviteView(doc: StaffInviteDoc): InviteView {
  return {
    code: doc._id,
    permissions: doc.permissions,
    createdAt: doc.createdAt,
    expiresAt: doc.expiresAt,
    redeemedBy: doc.redeemedBy,
    redeemedAt: doc.redeemedAt,
  };
}
