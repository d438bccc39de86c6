import { staffAdminApi } from '../../../src/contracts/api/staff-admin';
import type { InviteView } from '../../../src/contracts/staff';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import type { StaffInviteDoc } from '../../shared/kernel/docs/docs';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { newInviteCode } from '../new-invite-code';
import { toInviteView } from '../to-invite-view';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The owner makes a one-time code granting a permission set; a retried request returns the same code. */
export const createInvite = defineAction(staffAdminApi.actions.createInvite, async (ctx, input): Promise<InviteView> => {
  const [existing] = await ctx.store.find(COLLECTIONS.staffInvites, { createdBy: ctx.openid, requestId: input.requestId }, { limit: 1 });
  if (existing) return toInviteView(existing);
  const doc: StaffInviteDoc = {
    _id: newInviteCode(),
    permissions: [...new Set(input.permissions)],
    createdBy: ctx.openid,
    requestId: input.requestId,
    createdAt: ctx.now.toISOString(),
    expiresAt: new Date(ctx.now.getTime() + (input.validDays ?? 7) * DAY_MS).toISOString(),
    redeemedBy: null,
    redeemedAt: null,
  };
  await ctx.store.runTransaction(async (tx) => {
    // A code collision (60 random bits) is not worth a retry loop: the insert simply fails loudly.
    if (!(await tx.insert(COLLECTIONS.staffInvites, doc))) throw new Error('invite code collision');
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'createInvite', target: doc._id, before: null, after: { permissions: doc.permissions, expiresAt: doc.expiresAt } });
  });
  return toInviteView(doc);
});
