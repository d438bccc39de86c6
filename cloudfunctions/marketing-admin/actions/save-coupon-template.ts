import { failWith } from '../../../src/domain/shared/domain-error';
import { marketingAdminApi } from '../../../src/contracts/api/marketing-admin';
import { MARKETING_ERRORS, type CouponTemplateView } from '../../../src/contracts/marketing';
import { toBps, toFen } from '../../../src/domain/money/fen';
import type { CouponRule } from '../../../src/domain/promotions/coupon';
import { DEFAULT_COUPON_USAGE, usageOf } from '../../../src/domain/promotions/coupon-usage';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import type { CouponTemplateDoc } from '../../shared/kernel/docs/marketing-docs';
import { toCouponTemplateView } from '../../shared/flows/marketing/to-marketing-views';
import { stableId } from '../../shared/flows/scenes/scene-id';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/**
 * Creates a coupon template (id from the request id: a retried create returns the same template) or edits one
 * (compare-and-set on version). Coupons already held keep the terms they were granted with. Audited.
 */
export const saveCouponTemplate = defineAction(marketingAdminApi.actions.saveCouponTemplate, async (ctx, input): Promise<CouponTemplateView> => {
  const nowIso = ctx.now.toISOString();
  const rule: CouponRule =
    input.rule.kind === 'FIXED'
      ? { kind: 'FIXED', amountFen: toFen(input.rule.amountFen), thresholdFen: toFen(input.rule.thresholdFen) }
      : { kind: 'PERCENT', offBps: toBps(input.rule.offBps), capFen: input.rule.capFen === null ? null : toFen(input.rule.capFen), thresholdFen: toFen(input.rule.thresholdFen) };
  if (rule.kind === 'FIXED' && rule.thresholdFen > 0 && rule.amountFen >= rule.thresholdFen) throw failWith(MARKETING_ERRORS.CHANGED, '减免金额必须小于使用门槛');
  const fields = {
    name: input.name,
    rule,
    scope: input.scope,
    validFrom: new Date(input.validFrom).toISOString(),
    validTo: new Date(input.validTo).toISOString(),
    perUserLimit: input.perUserLimit,
    totalQuantity: input.totalQuantity,
    claimable: input.claimable,
  };
  const templateId = input.templateId ?? 'CT' + stableId(['coupon-template', ctx.openid, input.requestId], 16);
  const saved = await ctx.store.runTransaction(async (tx) => {
    const current = await tx.get(COLLECTIONS.couponTemplates, templateId);
    if (input.templateId === undefined) {
      if (current) return current;
      const doc: CouponTemplateDoc = { _id: templateId, ...fields, usage: input.usage ?? DEFAULT_COUPON_USAGE, issuedCount: 0, status: 'ACTIVE', version: 1, createdBy: ctx.openid, createdAt: nowIso, updatedAt: nowIso };
      await tx.insert(COLLECTIONS.couponTemplates, doc);
      await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'saveCouponTemplate', target: templateId, before: null, after: doc });
      return doc;
    }
    if (!current) throw failWith(MARKETING_ERRORS.COUPON_NOT_FOUND);
    if (input.expectedVersion !== current.version) throw failWith(MARKETING_ERRORS.CHANGED, '优惠券已被修改，请刷新后重试');
    // Coupons already held keep the usage they were granted with, like every other term.
    const usage = input.usage ?? usageOf(current.usage);
    const next: CouponTemplateDoc = { ...current, ...fields, usage, version: current.version + 1, updatedAt: nowIso };
    if (!(await tx.update(COLLECTIONS.couponTemplates, templateId, { version: current.version }, { ...fields, usage, version: next.version, updatedAt: nowIso }))) {
      throw failWith(MARKETING_ERRORS.CHANGED, '优惠券已被修改，请刷新后重试');
    }
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'saveCouponTemplate', target: templateId, before: current, after: next });
    return next;
  });
  return toCouponTemplateView(saved);
});
