import { staffApi } from '../../../src/contracts/api/staff';
import { STAFF_ERRORS, type MyRole } from '../../../src/contracts/staff';
import { failWith } from '../../../src/domain/shared/domain-error';
import { toMyRole } from '../../shared/flows/auth/to-my-role';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { ensureUser } from '../../shared/flows/users/ensure-user';

/**
 * Redeems a one-time invitation: the caller becomes staff with the invitation's permissions. The invitation and
 * the user change together, each by compare-and-set, so two people racing for one code cannot both win.
 * Redeeming one's own code again is a no-op.
 */
export const redeemInvite = defineAction(staffApi.actions.redeemInvite, async (ctx, input): Promise<MyRole> => {
  await ensureUser(ctx);
  const code = input.code.toUpperCase();
  const nowIso = ctx.now.toISOString();
  const user = await ctx.store.runTransaction(async (tx) => {
    const invite = await tx.get(COLLECTIONS.staffInvites, code);
    const me = await tx.get(COLLECTIONS.users, ctx.openid);
    if (!invite || !me) throw failWith(STAFF_ERRORS.INVITE_NOT_FOUND);
    if (invite.redeemedBy === ctx.openid) return me;
    if (invite.redeemedBy !== null) throw failWith(STAFF_ERRORS.INVITE_USED);
    if (invite.expiresAt <= nowIso) throw failWith(STAFF_ERRORS.INVITE_EXPIRED);
    if (me.role === 'owner') throw failWith(STAFF_ERRORS.ALREADY_OWNER);
    if (!(await tx.update(COLLECTIONS.staffInvites, code, { redeemedBy: null }, { redeemedBy: ctx.openid, redeemedAt: nowIso }))) {
      throw failWith(STAFF_ERRORS.INVITE_USED);
    }
    const patch = { role: 'staff' as const, permissions: [...invite.permissions] };
    if (!(await tx.update(COLLECTIONS.users, me._id, { role: me.role }, patch))) throw failWith(STAFF_ERRORS.BUSY);
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'redeemInvite', target: me._id, before: { role: me.role, permissions: me.permissions ?? [] }, after: { ...patch, invite: code } });
    return { ...me, ...patch };
  });
  return toMyRole(user);
});
