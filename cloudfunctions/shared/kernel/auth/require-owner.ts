import { COMMON_ERRORS } from '../../../../src/contracts/envelope';
import { DomainError } from '../../../../src/domain/shared/domain-error';
import type { UserContext } from '../context';
import type { UserDoc } from '../docs/docs';
import { COLLECTIONS } from '../store/collections';

/** Staff management is the owner's alone: no permission set grants it, so staff cannot promote themselves. */
export async function requireOwner(ctx: UserContext): Promise<UserDoc> {
  const user = await ctx.store.get(COLLECTIONS.users, ctx.openid);
  if (!user || user.role !== 'owner') throw new DomainError(COMMON_ERRORS.FORBIDDEN, '仅店主可以执行此操作');
  return user;
}
