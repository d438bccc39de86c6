import { COMMON_ERRORS } from '../../../src/contracts/envelope';
import { DomainError } from '../../../src/domain/shared/domain-error';
import type { UserContext } from '../context';
import type { Permission, UserDoc } from '../docs';
import { COLLECTIONS } from '../store/collections';

/**
 * Every admin action starts here: the caller's role is read from the store by the platform identity, never from
 * the request. Owners may do everything; staff only what their permission set names.
 */
export async function requirePermission(ctx: UserContext, permission: Permission): Promise<UserDoc> {
  const user = await ctx.store.get<UserDoc>(COLLECTIONS.users, ctx.openid);
  const allowed = user !== null && (user.role === 'owner' || (user.role === 'staff' && (user.permissions ?? []).includes(permission)));
  if (!allowed || !user) throw new DomainError(COMMON_ERRORS.FORBIDDEN, '没有权限执行此操作');
  return user;
}
