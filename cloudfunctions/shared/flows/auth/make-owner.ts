import type { FunctionContext } from '../../kernel/context';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';
import { insertNewUser, newUserDoc } from '../users/ensure-user';
import { writeAudit } from './write-audit';

/**
 * Makes `openid` an owner (creating the user if the platform has not seen them yet), audited as done by `actorId`.
 * Used by the WFX_OWNER_OPENID bootstrap and the `npm run owner:set` command; a no-op for an existing owner.
 * Returns whether anything changed.
 */
export async function makeOwner(
  store: Store,
  ctx: Pick<FunctionContext, 'now' | 'requestId'>,
  input: { openid: string; actorId: string },
): Promise<boolean> {
  await insertNewUser(store, newUserDoc(input.openid, `微信用户${input.openid.slice(-4)}`, ctx.now));
  return store.runTransaction(async (tx) => {
    const user = await tx.get(COLLECTIONS.users, input.openid);
    if (!user || user.role === 'owner') return false;
    const patch = { role: 'owner' as const, permissions: [] };
    if (!(await tx.update(COLLECTIONS.users, user._id, { role: user.role }, patch))) return false;
    await writeAudit(tx, ctx, { actorId: input.actorId, action: 'makeOwner', target: user._id, before: { role: user.role, permissions: user.permissions ?? [] }, after: patch });
    return true;
  });
}
