import { marketingApi } from '../../../src/contracts/api/marketing';
import type { CheckoutPreview, CouponForCart } from '../../../src/contracts/marketing';
import { toFen } from '../../../src/domain/money/fen';
import { priceCart } from '../../../src/domain/pricing/price-cart';
import { FREE_SHIPPING } from '../../../src/domain/pricing/price-without-promotions';
import { usableOnline } from '../../../src/domain/promotions/coupon-usage';
import { memberBenefitOf } from '../../../src/domain/promotions/member-level';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { loadCartLines } from '../../shared/flows/marketing/load-cart-lines';
import { fullReductionHint, priceCheckout, toActivity, toCoupon, toDiscountLines } from '../../shared/flows/marketing/price-checkout';
import { toUserCouponView } from '../../shared/flows/marketing/to-marketing-views';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** Coupons judged per checkout: the newest usable ones. */
const COUPONS_JUDGED = 50;

/**
 * The checkout preview: the same pricing createOrder will apply (server data only), the customer's coupons judged
 * against this cart (usable with the discount, or why not), the 满减 hint and the points the cap allows.
 */
export const previewCheckout = defineAction(marketingApi.actions.previewCheckout, async (ctx, input): Promise<CheckoutPreview> => {
  const lines = await loadCartLines(ctx.store, input.lines);
  const nowIso = ctx.now.toISOString();
  const checkout = await priceCheckout(ctx.store, { buyerId: ctx.openid, lines, couponId: input.couponId, usePoints: input.usePoints, now: ctx.now, forOrder: false });
  const { priced, rules } = checkout;
  const held = await ctx.store.find(
    COLLECTIONS.userCoupons,
    { userId: ctx.openid, status: 'UNUSED', validTo: { $gt: nowIso } },
    { limit: COUPONS_JUDGED, orderBy: [{ field: 'claimedAt', direction: 'desc' }] },
  );
  const base = {
    lines,
    member: memberBenefitOf(checkout.level),
    fullReduction: checkout.fullReduction ? toActivity(checkout.fullReduction) : null,
    points: null,
    shipping: FREE_SHIPPING,
    nowMs: ctx.now.getTime(),
  };
  // In-store-only coupons are not offered at an online checkout (createOrder refuses them too).
  const coupons: CouponForCart[] = held
    .filter((doc) => usableOnline(doc.usage))
    .map((doc) => {
      const judged = priceCart({ ...base, coupon: { coupon: toCoupon(doc), usedByUserCount: 0 } });
      const applied = judged.applied.find((a) => a.kind === 'COUPON');
      const refused = judged.notApplied.find((n) => n.kind === 'COUPON');
      return { coupon: toUserCouponView(doc, nowIso), usable: applied !== undefined, discountFen: applied?.amountFen ?? toFen(0), reason: refused?.reason ?? null };
    })
    .sort((a, b) => Number(b.usable) - Number(a.usable) || b.discountFen - a.discountFen);
  const hintDoc = checkout.fullReduction ?? checkout.activeFullReductions[0] ?? null;
  return {
    goodsListFen: priced.goodsListFen,
    goodsPaidFen: priced.goodsPaidFen,
    shippingFen: priced.shippingFen,
    totalFen: priced.totalFen,
    discounts: toDiscountLines(checkout.pricing),
    notApplied: priced.notApplied,
    pointsUsed: priced.pointsUsed,
    points: { balance: checkout.pointsBalance, fenPerPoint: rules.points.fenPerPoint, maxDeductionBps: rules.points.maxDeductionBps },
    coupons,
    fullReductionHint: hintDoc ? fullReductionHint(hintDoc, priced, lines) : null,
    memberLevel: checkout.level ? { id: checkout.level.id, name: checkout.level.name } : null,
  };
});
