import { failWith } from '../../../src/domain/shared/domain-error';
import { marketingAdminApi } from '../../../src/contracts/api/marketing-admin';
import { MARKETING_ERRORS, type CouponTemplateView } from '../../../src/contracts/marketing';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { toCouponTemplateView } from '../../shared/flows/marketing/to-marketing-views';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { moveStatus } from '../../shared/kernel/store/move-status';
import { campaignLifecycle } from '../../../src/domain/promotions/campaign-lifecycle';

/** Stops (or resumes) granting a coupon; coupons already held stay usable until they expire. Audited. */
export const setCouponTemplateStatus = defineAction(marketingAdminApi.actions.setCouponTemplateStatus, async (ctx, input): Promise<CouponTemplateView> => {
  const nowIso = ctx.now.toISOString();
  const saved = await ctx.store.runTransaction(async (tx) => {
    const current = await tx.get(COLLECTIONS.couponTemplates, input.templateId);
    if (!current) throw failWith(MARKETING_ERRORS.COUPON_NOT_FOUND, '优惠券不存在');
    if (current.status === input.status) return current;
    const next = { ...current, status: input.status, version: current.version + 1, updatedAt: nowIso };
    const move = { collection: COLLECTIONS.couponTemplates, id: current._id, lifecycle: campaignLifecycle, from: current.status, to: next.status, expected: { version: current.version }, patch: { version: next.version, updatedAt: nowIso } };
    if (!(await moveStatus(tx, move))) {
      throw failWith(MARKETING_ERRORS.CHANGED, '优惠券已被修改，请刷新后重试');
    }
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'setCouponTemplateStatus', target: current._id, before: current.status, after: next.status });
    return next;
  });
  return toCouponTemplateView(saved);
});
