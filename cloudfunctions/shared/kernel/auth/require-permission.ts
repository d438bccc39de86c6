import { COMMON_ERRORS } from '../../../../src/contracts/envelope';
import { DomainError } from '../../../../src/domain/shared/domain-error';
import type { UserContext } from '../context';
import type { Permission, UserDoc } from '../docs/docs';
import { COLLECTIONS } from '../store/collections';

/**
 * Every admin action starts here: the caller's role is read from the store by the platform identity, never from
 * the request. Owners may do everything; staff only what their permission set names.
 */
export async function requirePermission(ctx: UserContext, permission: Permission): Promise<UserDoc> {
  return assertPermitted(await ctx.store.get(COLLECTIONS.users, ctx.openid), permission);
}

/**
 * The same check, with other users the action needs read in the same query (one read instead of two): the caller is
 * checked first, and nothing about the others is used or told unless it passes.
 */
export async function requirePermissionWithUsers(ctx: UserContext, permission: Permission, userIds: readonly string[]): Promise<{ caller: UserDoc; users: Map<string, UserDoc> }> {
  const ids = [...new Set([ctx.openid, ...userIds])];
  const users = new Map((await ctx.store.find(COLLECTIONS.users, { _id: { $in: ids } }, { limit: ids.length })).map((u) => [u._id, u]));
  return { caller: assertPermitted(users.get(ctx.openid) ?? null, permission), users };
}

function assertPermitted(user: UserDoc | null, permission: Permission): UserDoc {
  const allowed = user !== null && (user.role === 'owner' || (user.role === 'staff' && (user.permissions ?? []).includes(permission)));
  if (!allowed || !user) throw new DomainError(COMMON_ERRORS.FORBIDDEN, '没有权限执行此操作');
  return user;
}
