import { View } from '@tarojs/components';
import { useState } from 'react';
import { PAGES } from '@/contracts/pages';
import { COUPON_USAGE_LABELS } from '@/domain/promotions/coupon-usage';
import { CouponCard } from '@/components/coupon-card';
import { newRequestId } from '@/services/request-id';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { showError, showInfo } from '@/components/show-error';
import { EmptyState } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';
import { openPage } from '@/hooks/navigation';
import { useRemote } from '@/hooks/use-remote';
import { claimCoupon, listCouponCentre } from '@/services/marketing';
import './index.scss';

/** 领券中心: coupons the shop offers; one tap claims (the server holds the per-person limit). */
function CouponCentreContent() {
  const centre = useRemote(listCouponCentre, 'coupon-centre');
  // One request id per coupon per visit: a double tap or a retry claims once.
  const [requestIds] = useState(() => new Map<string, string>());
  const [claiming, setClaiming] = useState<string | null>(null);
  const claim = async (templateId: string) => {
    const requestId = requestIds.get(templateId) ?? newRequestId('cl');
    requestIds.set(templateId, requestId);
    setClaiming(templateId);
    try {
      await claimCoupon(templateId, requestId);
      requestIds.delete(templateId);
      showInfo('领取成功');
      centre.reload();
    } catch (err) {
      showError(err);
    } finally {
      setClaiming(null);
    }
  };
  if (centre.data === null) return <RemoteView remote={centre} />;
  if (centre.data.length === 0) return <EmptyState text="暂时没有可领的优惠券" />;
  return (
    <View className="coupon-page">
      {centre.data.map(({ template: t, claimedByMe, canClaim }) => (
        <CouponCard
          key={t.id}
          id={`centre-${t.id}`}
          name={t.name}
          rule={t.rule}
          scope={t.scope}
          validFrom={t.validFrom}
          validTo={t.validTo}
          note={(claimedByMe > 0 ? `已领 ${claimedByMe} 张（每人限 ${t.perUserLimit} 张）` : `每人限 ${t.perUserLimit} 张`) + (t.usage === 'ONLINE' ? '' : ` · ${COUPON_USAGE_LABELS[t.usage]}`)}
          action={
            <Button id={`claim-${t.id}`} type="primary" size="small" disabled={!canClaim} loading={claiming === t.id} onClick={() => void claim(t.id)}>
              {canClaim ? '领取' : claimedByMe >= t.perUserLimit ? '已领' : '已抢光'}
            </Button>
          }
        />
      ))}
      <View className="coupon-page__link" onClick={() => void openPage(PAGES.myCoupons)}>
        查看我的优惠券 ›
      </View>
    </View>
  );
}

export default function CouponCentrePage() {
  return <PageShell page={PAGES.couponCentre}>{() => <CouponCentreContent />}</PageShell>;
}
