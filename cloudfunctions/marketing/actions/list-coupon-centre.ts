import { marketingApi } from '../../../src/contracts/api/marketing';
import type { CouponCentreItem } from '../../../src/contracts/marketing';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { toCouponTemplateView } from '../../shared/flows/marketing/to-marketing-views';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** 领券中心: active, claimable, unexpired templates, newest first, with how many this customer already holds. */
export const listCouponCentre = defineAction(marketingApi.actions.listCouponCentre, async (ctx): Promise<CouponCentreItem[]> => {
  const nowIso = ctx.now.toISOString();
  const [templates, mine] = await Promise.all([
    ctx.store.find(COLLECTIONS.couponTemplates, { status: 'ACTIVE' }, { limit: 100, orderBy: [{ field: 'createdAt', direction: 'desc' }] }),
    ctx.store.find(COLLECTIONS.userCoupons, { userId: ctx.openid }, { limit: 500, orderBy: [{ field: 'claimedAt', direction: 'desc' }] }),
  ]);
  const held = new Map<string, number>();
  for (const c of mine) held.set(c.templateId, (held.get(c.templateId) ?? 0) + 1);
  return templates
    .filter((t) => t.claimable && t.validTo > nowIso)
    .map((t) => {
      const claimedByMe = held.get(t._id) ?? 0;
      const soldOut = t.totalQuantity !== null && t.issuedCount >= t.totalQuantity;
      return { template: toCouponTemplateView(t), claimedByMe, canClaim: !soldOut && claimedByMe < t.perUserLimit };
    });
});
