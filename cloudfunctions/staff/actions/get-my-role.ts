import { staffApi } from '../../../src/contracts/api/staff';
import type { MyRole } from '../../../src/contracts/staff';
import { configuredOwnerOpenid } from '../../shared/flows/auth/configured-owner';
import { makeOwner } from '../../shared/flows/auth/make-owner';
import { toMyRole } from '../../shared/flows/auth/to-my-role';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { ensureUser } from '../../shared/flows/users/ensure-user';

/**
 * The caller's role and permissions, so the client can show the admin tab (every admin action checks again on
 * the server). The openid named by WFX_OWNER_OPENID becomes owner on its first call: the shop's first owner.
 */
export const getMyRole = defineAction(staffApi.actions.getMyRole, async (ctx): Promise<MyRole> => {
  let user = await ensureUser(ctx);
  if (user.role !== 'owner' && configuredOwnerOpenid() === ctx.openid) {
    await makeOwner(ctx.store, ctx, { openid: ctx.openid, actorId: 'env:WFX_OWNER_OPENID' });
    user = await ensureUser(ctx);
  }
  return toMyRole(user);
});
