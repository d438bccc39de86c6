import { z } from 'zod';
import { pageInput } from './page-input';
import { PERMISSIONS, type Permission } from './staff';

const permission = z.enum(PERMISSIONS as unknown as [Permission, ...Permission[]]);
const permissions = z.array(permission).max(PERMISSIONS.length);
/** Invitation codes: 12 of an alphabet without look-alike characters (see createInvite); case-insensitive. */
const INVITE_CODE = z.string().trim().regex(/^[0-9A-Za-z]{12}$/, '邀请码为 12 位字母或数字');

/** Payload schemas of the staff and staff-admin functions (server side; the client imports only ./staff). */
export const staffInputs = {
  getMyRole: z.object({}).strict(),
  redeemInvite: z.object({ code: INVITE_CODE }).strict(),
  getAdminTodo: z.object({}).strict(),
};

export const staffAdminInputs = {
  createInvite: z
    .object({
      /** Idempotency key per "create" press: a retried submit returns the same invitation. */
      requestId: z.string().regex(/^[0-9A-Za-z_-]{8,64}$/),
      permissions: permissions.min(1),
      /** 1..30 days; default 7. */
      validDays: z.number().int().min(1).max(30).optional(),
    })
    .strict(),
  listInvites: z.object({ ...pageInput }).strict(),
  listStaff: z.object({ ...pageInput }).strict(),
  /** An empty set turns the member back into a shopper. */
  setStaffPermissions: z.object({ userId: z.string().min(1).max(64), permissions }).strict(),
  listAuditLog: z.object({ actorId: z.string().min(1).max(64).optional(), ...pageInput }).strict(),
};
