import { failWith } from '../../../src/domain/shared/domain-error';
import { storesApi } from '../../../src/contracts/api/stores';
import QRCode from 'qrcode';
import { MARKETING_ERRORS } from '../../../src/contracts/marketing';
import { STORE_ERRORS, type CouponCounterCodeView } from '../../../src/contracts/stores';
import { counterUseRefusal, usableInStore } from '../../../src/domain/promotions/coupon-usage';
import { defineAction } from '../../shared/kernel/handler/define-action';
import type { UserCouponDoc } from '../../shared/kernel/docs/marketing-docs';
import { newCounterCode } from '../../shared/flows/o2o/new-counter-code';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/**
 * 到店使用: the holder's counter code (and QR) for an in-store coupon. The code is a random bearer secret, like a
 * pickup code: whoever shows it gets the discount, so it is not derived from the coupon id. It is made on the first
 * reveal of an unused coupon and stored on it in a transaction (a concurrent reveal re-runs and reads the stored
 * code), so every reveal shows the same code. Someone else's coupon answers like a missing one.
 */
export const getMyCouponCode = defineAction(storesApi.actions.getMyCouponCode, async (ctx, input): Promise<CouponCounterCodeView> => {
  const nowMs = ctx.now.getTime();
  const coupon = await ctx.store.runTransaction(async (tx): Promise<UserCouponDoc> => {
    const current = await tx.get(COLLECTIONS.userCoupons, input.couponId);
    if (!current || current.userId !== ctx.openid) throw failWith(MARKETING_ERRORS.COUPON_NOT_FOUND, '优惠券不存在');
    if (!usableInStore(current.usage)) throw failWith(STORE_ERRORS.COUPON_NOT_IN_STORE, '该优惠券仅限线上使用');
    if (current.counterCode || current.status !== 'UNUSED') return current;
    const counterCode = newCounterCode();
    if (!(await tx.update(COLLECTIONS.userCoupons, current._id, { status: 'UNUSED' }, { counterCode }))) throw failWith(STORE_ERRORS.BUSY, '请稍后重试');
    return { ...current, counterCode };
  });
  if (!coupon.counterCode) throw failWith(STORE_ERRORS.COUPON_ALREADY_USED);
  const refusal = counterUseRefusal(coupon, nowMs);
  return {
    couponId: coupon._id,
    name: coupon.name,
    code: coupon.counterCode,
    qrDataUrl: await QRCode.toDataURL(coupon.counterCode, { margin: 1, width: 240 }),
    state: refusal === null ? 'READY' : refusal === 'ONLINE_ONLY' ? 'USED' : refusal,
    validFrom: coupon.validFrom,
    validTo: coupon.validTo,
    usedInStore: coupon.counterUse ? { storeName: coupon.counterUse.storeName, at: coupon.counterUse.at } : null,
  };
});
