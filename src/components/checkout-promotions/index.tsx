import { ScrollView, Switch, Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import { CHECKOUT_PROMOTION_NOTE, DISCOUNT_LABELS, type CheckoutPreview } from '@/contracts/marketing';
import { formatFen } from '@/domain/money/format-fen';
import { CouponCard } from '@/components/coupon-card';
import { describeCouponRule, yuan } from '@/components/coupon-card/describe';
import { Popup } from '@/components/nut/popup';
import { previewCheckout } from '@/services/marketing';
import './index.scss';

const REASONS: Record<string, string> = {
  NOT_STARTED: '未到使用时间',
  EXPIRED: '已过期',
  USER_LIMIT_REACHED: '已达使用上限',
  NO_ELIGIBLE_GOODS: '本单没有适用商品',
  BELOW_THRESHOLD: '未达使用门槛',
  ZERO_DISCOUNT: '本单无优惠',
};

export interface CheckoutChoice {
  couponId: string | undefined;
  usePoints: boolean;
}

/**
 * The server's price of this cart with the customer's choices (coupon, points): the same pricing createOrder
 * applies. The best usable coupon is picked once at the start; after that the customer's choice stands.
 */
export function useCheckoutPreview(lines: ReadonlyArray<{ skuId: string; quantity: number }>) {
  const [choice, setChoice] = useState<CheckoutChoice>({ couponId: undefined, usePoints: false });
  const [preview, setPreview] = useState<CheckoutPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const autoPicked = useRef(false);
  const key = JSON.stringify({ lines, choice });
  useEffect(() => {
    // Everything the preview depends on is in the key: a new lines array with the same content asks nothing again.
    const { lines, choice } = JSON.parse(key) as { lines: Array<{ skuId: string; quantity: number }>; choice: CheckoutChoice };
    let live = true;
    previewCheckout({ lines: lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity })), ...(choice.couponId ? { couponId: choice.couponId } : {}), usePoints: choice.usePoints }).then(
      (p) => {
        if (!live) return;
        setPreview(p);
        setError(null);
        const best = p.coupons[0];
        if (!autoPicked.current) {
          autoPicked.current = true;
          if (best?.usable && choice.couponId === undefined) setChoice((c) => ({ ...c, couponId: best.coupon.id }));
        }
      },
      (err: unknown) => {
        if (!live) return;
        setError(err instanceof Error ? err.message : '优惠计算失败');
        // A coupon that became unusable meanwhile is dropped rather than blocking checkout.
        if (choice.couponId) setChoice((c) => ({ ...c, couponId: undefined }));
      },
    );
    return () => {
      live = false;
    };
  }, [key]);
  return { preview, error, choice, setChoice };
}

/** Coupon picker, points toggle, 满减 hint, the breakdown and the stacking rule. */
export function CheckoutPromotions({ preview, choice, onChange }: { preview: CheckoutPreview; choice: CheckoutChoice; onChange: (c: CheckoutChoice) => void }) {
  const [picking, setPicking] = useState(false);
  const usable = preview.coupons.filter((c) => c.usable);
  const chosen = preview.coupons.find((c) => c.coupon.id === choice.couponId);
  const hint = preview.fullReductionHint;
  return (
    <View className="card checkout-promotions">
      <Text className="card-title">优惠</Text>
      {preview.memberLevel ? (
        <View className="row-between checkout-promotions__row">
          <Text>会员等级</Text>
          <Text id="checkout-member-level">{preview.memberLevel.name}</Text>
        </View>
      ) : null}
      {hint ? (
        <View id="checkout-full-reduction-hint" className="checkout-promotions__hint">
          <Text className="checkout-promotions__tag">满减</Text>
          <Text>
            {hint.tiers.map((t) => `满${yuan(t.thresholdFen)}减${yuan(t.reductionFen)}`).join('，')}
            {hint.missingFen !== null && hint.nextReductionFen !== null ? `；再买${formatFen(hint.missingFen)}可减${formatFen(hint.nextReductionFen)}` : '；已享最高档'}
          </Text>
        </View>
      ) : null}
      <View id="checkout-coupon" className="row-between checkout-promotions__row" onClick={() => setPicking(true)}>
        <Text>优惠券</Text>
        <Text className={chosen ? 'checkout-promotions__chosen' : 'muted'}>
          {chosen ? `${describeCouponRule(chosen.coupon.rule)} -${formatFen(chosen.discountFen)}` : usable.length > 0 ? `${usable.length} 张可用` : '暂无可用'} ›
        </Text>
      </View>
      <View className="row-between checkout-promotions__row">
        <Text>
          积分抵扣 <Text className="muted">（共 {preview.points.balance} 积分）</Text>
        </Text>
        <Switch id="checkout-use-points" checked={choice.usePoints} disabled={preview.points.balance === 0} color="#fa2c19" onChange={(e) => onChange({ ...choice, usePoints: e.detail.value })} />
      </View>
      {preview.discounts.map((d) => (
        <View key={d.kind} className="row-between checkout-promotions__row">
          <Text>{DISCOUNT_LABELS[d.kind]}</Text>
          <Text className="checkout-promotions__minus" id={`checkout-discount-${d.kind}`}>
            -{formatFen(d.amountFen)}
          </Text>
        </View>
      ))}
      {preview.pointsUsed > 0 ? <Text className="muted">本单使用 {preview.pointsUsed} 积分</Text> : null}
      <Text id="checkout-promotion-note" className="checkout-promotions__rule">
        {CHECKOUT_PROMOTION_NOTE}
      </Text>

      <Popup visible={picking} position="bottom" round closeable title="选择优惠券" onClose={() => setPicking(false)}>
        <ScrollView scrollY className="checkout-promotions__list">
          <View
            id="coupon-none"
            className="checkout-promotions__none"
            onClick={() => {
              onChange({ ...choice, couponId: undefined });
              setPicking(false);
            }}
          >
            不使用优惠券
          </View>
          {preview.coupons.map((c) => (
            <CouponCard
              key={c.coupon.id}
              id={`pick-${c.coupon.id}`}
              name={c.coupon.name}
              rule={c.coupon.rule}
              scope={c.coupon.scope}
              validFrom={c.coupon.validFrom}
              validTo={c.coupon.validTo}
              dimmed={!c.usable}
              selected={c.coupon.id === choice.couponId}
              note={c.usable ? `本单可减 ${formatFen(c.discountFen)}` : (REASONS[c.reason ?? ''] ?? '不可用')}
              onClick={() => {
                if (!c.usable) return;
                onChange({ ...choice, couponId: c.coupon.id });
                setPicking(false);
              }}
            />
          ))}
          {preview.coupons.length === 0 ? <Text className="muted">还没有优惠券，去领券中心看看</Text> : null}
        </ScrollView>
      </Popup>
    </View>
  );
}
