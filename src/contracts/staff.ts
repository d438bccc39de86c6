import type { ResultsOf } from './api/define-api';
import type { staffApi } from './api/staff';
import type { staffAdminApi } from './api/staff-admin';

/**
 * 店员与权限: who may run the shop. `staff` serves everyone (what am I, redeem an invitation); `staff-admin` is the
 * owner's (invite staff, change their permissions, read the audit log).
 */
export const STAFF_FN = 'staff';
export const STAFF_ADMIN_FN = 'staff-admin';

export type Role = 'owner' | 'staff' | 'shopper';

/** What a staff member may do; an owner may do everything. */
export const PERMISSIONS = ['products', 'orders', 'distribution', 'finance', 'settings', 'marketing'] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const PERMISSION_LABELS: Record<Permission, string> = {
  products: '商品',
  orders: '订单',
  distribution: '分销',
  finance: '财务',
  settings: '设置',
  marketing: '营销',
};

/** The caller's standing, as the server sees it (the client only uses it to show or hide the admin tab). */
export interface MyRole {
  role: Role;
  /** Every permission for an owner; the granted set for staff; empty for shoppers. */
  permissions: Permission[];
  nickname: string;
}

export interface InviteView {
  code: string;
  permissions: Permission[];
  createdAt: string;
  expiresAt: string;
  redeemedBy: string | null;
  redeemedAt: string | null;
}

export interface StaffMemberView {
  userId: string;
  nickname: string;
  role: 'owner' | 'staff';
  permissions: Permission[];
}

export interface AuditView {
  id: string;
  actorId: string;
  actorName: string;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
  at: string;
}

/** Every action's result by name (from the API map). */
export type StaffResults = ResultsOf<typeof staffApi>;

/** Every action's result by name (from the API map). */
export type StaffAdminResults = ResultsOf<typeof staffAdminApi>;

export const STAFF_ERRORS = {
  INVITE_NOT_FOUND: 'STAFF.INVITE_NOT_FOUND',
  INVITE_USED: 'STAFF.INVITE_USED',
  INVITE_EXPIRED: 'STAFF.INVITE_EXPIRED',
  ALREADY_OWNER: 'STAFF.ALREADY_OWNER',
  NOT_STAFF: 'STAFF.NOT_STAFF',
  OWNER_FIXED: 'STAFF.OWNER_FIXED',
  BUSY: 'STAFF.BUSY',
} as const;
