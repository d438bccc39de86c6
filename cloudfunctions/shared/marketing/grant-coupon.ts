import { MARKETING_ERRORS, type CouponSource } from '../../../src/contracts/marketing';
import { DomainError } from '../../../src/domain/shared/domain-error';
import { COLLECTIONS } from '../store/collections';
import type { DocOps, Store } from '../store/store';
import type { CouponTemplateDoc, UserCouponDoc } from './marketing-docs';

/**
 * Gives a customer one coupon of a template (claim, staff issue or reward), in one transaction:
 * - the per-user limit is the id space: slots `${templateId}:${userId}:1..perUserLimit`; the first free slot is
 *   inserted, so concurrent grants to the same customer collide on the same id and at most perUserLimit exist;
 * - the total quantity is a compare-and-set on the template's issuedCount;
 * - a retry with the same requestId finds the coupon it made instead of granting another.
 */
export async function grantCoupon(
  store: Store,
  input: { templateId: string; userId: string; requestId: string; source: CouponSource; nowIso: string },
  /** Runs in the same transaction after a new grant (staff issues write their audit record here). */
  onGranted?: (tx: DocOps, coupon: UserCouponDoc) => Promise<void>,
): Promise<UserCouponDoc> {
  return store.runTransaction(async (tx) => {
    const template = await tx.get<CouponTemplateDoc>(COLLECTIONS.couponTemplates, input.templateId);
    if (!template) throw new DomainError(MARKETING_ERRORS.COUPON_NOT_FOUND, '优惠券不存在');
    let freeSlot: number | null = null;
    for (let n = 1; n <= template.perUserLimit; n += 1) {
      const held = await tx.get<UserCouponDoc>(COLLECTIONS.userCoupons, slotId(template._id, input.userId, n));
      if (held?.requestId === input.requestId) return held;
      if (!held && freeSlot === null) freeSlot = n;
    }
    if (template.status !== 'ACTIVE') throw new DomainError(MARKETING_ERRORS.COUPON_STOPPED, '该优惠券已停止发放');
    if (Date.parse(template.validTo) <= Date.parse(input.nowIso)) throw new DomainError(MARKETING_ERRORS.COUPON_STOPPED, '该优惠券已过期');
    if (input.source === 'CLAIM' && !template.claimable) throw new DomainError(MARKETING_ERRORS.COUPON_NOT_CLAIMABLE, '该优惠券不能自行领取');
    if (freeSlot === null) throw new DomainError(MARKETING_ERRORS.COUPON_USER_LIMIT, `每人最多领取 ${template.perUserLimit} 张`);
    if (template.totalQuantity !== null && template.issuedCount >= template.totalQuantity) throw new DomainError(MARKETING_ERRORS.COUPON_SOLD_OUT, '优惠券已领完');

    const counted = await tx.update(COLLECTIONS.couponTemplates, template._id, { issuedCount: template.issuedCount }, { issuedCount: template.issuedCount + 1 });
    const coupon: UserCouponDoc = {
      _id: slotId(template._id, input.userId, freeSlot),
      userId: input.userId,
      templateId: template._id,
      name: template.name,
      rule: template.rule,
      scope: template.scope,
      validFrom: template.validFrom,
      validTo: template.validTo,
      status: 'UNUSED',
      orderId: null,
      usedAt: null,
      source: input.source,
      requestId: input.requestId,
      claimedAt: input.nowIso,
    };
    if (!counted || !(await tx.insert(COLLECTIONS.userCoupons, coupon))) throw new DomainError(MARKETING_ERRORS.BUSY, '领券的人太多了，请重试');
    if (onGranted) await onGranted(tx, coupon);
    return coupon;
  });
}

export function slotId(templateId: string, userId: string, n: number): string {
  return `${templateId}:${userId}:${n}`;
}
