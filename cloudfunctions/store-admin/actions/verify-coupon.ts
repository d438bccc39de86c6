import { failWith } from '../../../src/domain/shared/domain-error';
import { storeAdminApi } from '../../../src/contracts/api/store-admin';
import { STORE_ERRORS, type VerifyCouponResult } from '../../../src/contracts/stores';
import { counterUseRefusal, type CounterUseRefusal } from '../../../src/domain/promotions/coupon-usage';
import { DomainError } from '../../../src/domain/shared/domain-error';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import type { CounterUse } from '../../shared/kernel/docs/marketing-docs';
import { loadStore } from '../../shared/flows/o2o/load-store';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { moveStatus } from '../../shared/kernel/store/move-status';
import { userCouponLifecycle } from '../../../src/domain/promotions/user-coupon-lifecycle';

const REFUSALS: Record<CounterUseRefusal, [string, string]> = {
  ONLINE_ONLY: [STORE_ERRORS.COUPON_NOT_IN_STORE.code, '该优惠券仅限线上使用，不能到店核销'],
  USED: [STORE_ERRORS.COUPON_ALREADY_USED.code, '该优惠券已使用，不能重复核销'],
  NOT_STARTED: [STORE_ERRORS.COUPON_NOT_STARTED.code, '该优惠券未到使用时间'],
  EXPIRED: [STORE_ERRORS.COUPON_EXPIRED.code, '该优惠券已过期'],
};

/**
 * 核销 an in-store coupon at a store's counter, without an order: staff scan or type the shopper's counter code and
 * give the discount at the till. The user coupon goes UNUSED → USED by compare-and-set (on status and the code), with
 * the store, the staff member and the time, in one transaction with the audit record — so a second or concurrent
 * verification, or an online checkout racing for it, finds it USED and changes nothing. Expired, not yet valid and
 * online-only coupons are refused with their own codes.
 */
export const verifyCoupon = defineAction(storeAdminApi.actions.verifyCoupon, async (ctx, input): Promise<VerifyCouponResult> => {
  const store = await loadStore(ctx.store, input.storeId);
  const [found] = await ctx.store.find(COLLECTIONS.userCoupons, { counterCode: input.code }, { limit: 1 });
  if (!found) throw failWith(STORE_ERRORS.COUPON_NOT_FOUND, '券码不存在');
  const nowIso = ctx.now.toISOString();
  return ctx.store.runTransaction(async (tx): Promise<VerifyCouponResult> => {
    const coupon = await tx.get(COLLECTIONS.userCoupons, found._id);
    if (!coupon || coupon.counterCode !== input.code) throw failWith(STORE_ERRORS.COUPON_NOT_FOUND, '券码不存在');
    const refusal = counterUseRefusal(coupon, ctx.now.getTime());
    if (refusal) throw new DomainError(...REFUSALS[refusal]);
    const counterUse: CounterUse = { storeId: store._id, storeName: store.name, staffId: ctx.openid, at: nowIso };
    const used = { usedAt: nowIso, orderId: null, counterUse };
    const move = { collection: COLLECTIONS.userCoupons, id: coupon._id, lifecycle: userCouponLifecycle, from: 'UNUSED', to: 'USED', expected: { counterCode: input.code }, patch: used } as const;
    if (!(await moveStatus(tx, move))) throw new DomainError(...REFUSALS.USED);
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'verifyCoupon', target: coupon._id, before: { status: coupon.status }, after: { status: 'USED', ...used } });
    const holder = await tx.get(COLLECTIONS.users, coupon.userId);
    return { couponId: coupon._id, name: coupon.name, rule: coupon.rule, storeName: store.name, buyerName: holder?.nickname ?? '', verifiedAt: nowIso };
  });
});
