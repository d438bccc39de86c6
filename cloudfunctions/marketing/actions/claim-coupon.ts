import { marketingApi } from '../../../src/contracts/api/marketing';
import type { UserCouponView } from '../../../src/contracts/marketing';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { grantCoupon } from '../../shared/flows/marketing/grant-coupon';
import { toUserCouponView } from '../../shared/flows/marketing/to-marketing-views';
import { ensureUser } from '../../shared/flows/users/ensure-user';

/** Claims one coupon in the coupon centre (per-user limit and total quantity enforced in one transaction). */
export const claimCoupon = defineAction(marketingApi.actions.claimCoupon, async (ctx, input): Promise<UserCouponView> => {
  await ensureUser(ctx);
  const nowIso = ctx.now.toISOString();
  const coupon = await grantCoupon(ctx.store, { templateId: input.templateId, userId: ctx.openid, requestId: input.requestId, source: 'CLAIM', nowIso });
  return toUserCouponView(coupon, nowIso);
});
