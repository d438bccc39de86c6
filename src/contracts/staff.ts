import type { Permission, Role } from '../domain/staff/permissions';

/**
 * 店员与权限: who may run the shop. `staff` serves everyone (what am I, redeem an invitation); `staff-admin` is the
 * owner's (invite staff, change their permissions, read the audit log).
 */
export const STAFF_FN = 'staff';
export const STAFF_ADMIN_FN = 'staff-admin';

export { PERMISSIONS, type Permission, type Role } from '../domain/staff/permissions';

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

/**
 * The admin home's 待办 counts; null where the caller lacks the permission (so nothing they cannot open is counted):
 * 待发货 (paid orders, 'orders'), 售后 (requests waiting for staff: new, or goods returned, 'orders'), 待审核
 * (distributor applications, 'distribution'; withdrawal requests, 'finance'), 支付异常 (open alerts, 'finance').
 */
export interface AdminTodoView {
  toShip: number | null;
  afterSales: number | null;
  applications: number | null;
  withdrawals: number | null;
  paymentAlerts: number | null;
}

export { STAFF_ERRORS } from '../domain/staff/staff-errors';
