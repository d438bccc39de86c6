import { failWith } from '../../../src/domain/shared/domain-error';
import { marketingAdminApi } from '../../../src/contracts/api/marketing-admin';
import { MARKETING_ERRORS, type UserCouponView } from '../../../src/contracts/marketing';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { grantCoupon } from '../../shared/flows/marketing/grant-coupon';
import { toUserCouponView } from '../../shared/flows/marketing/to-marketing-views';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** Staff give a customer one coupon (also non-claimable ones); the per-user limit and quantity still hold. Audited. */
export const issueCoupon = defineAction(marketingAdminApi.actions.issueCoupon, async (ctx, input): Promise<UserCouponView> => {
  if (!(await ctx.store.get(COLLECTIONS.users, input.userId))) throw failWith(MARKETING_ERRORS.USER_NOT_FOUND, '用户不存在');
  const nowIso = ctx.now.toISOString();
  const coupon = await grantCoupon(ctx.store, { templateId: input.templateId, userId: input.userId, requestId: input.requestId, source: 'ISSUE', nowIso }, (tx, granted) =>
    writeAudit(tx, ctx, { actorId: ctx.openid, action: 'issueCoupon', target: granted._id, before: null, after: { templateId: granted.templateId, userId: granted.userId, requestId: granted.requestId } }),
  );
  return toUserCouponView(coupon, nowIso);
});
