import { View } from '@tarojs/components';
import { useState } from 'react';
import { PAGES } from '@/contracts/pages';
import type { UserCouponView } from '@/contracts/marketing';
import { PagedListView } from '@/components/admin-ui/paged-list-view';
import { CouponCard } from '@/components/coupon-card';
import { PageShell } from '@/components/page-shell';
import { openPage } from '@/hooks/navigation';
import { usePagedList } from '@/hooks/use-paged-list';
import { listMyCoupons } from '@/services/marketing';
import '../coupon-centre/index.scss';

const TABS = [
  { status: 'UNUSED', label: '未使用' },
  { status: 'USED', label: '已使用' },
  { status: 'EXPIRED', label: '已过期' },
] as const;
type Tab = (typeof TABS)[number]['status'];

/** 我的优惠券: usable, used (with its order) and expired. */
function MyCouponsContent() {
  const [tab, setTab] = useState<Tab>('UNUSED');
  const list = usePagedList((cursor) => listMyCoupons({ status: tab, cursor }), tab);
  return (
    <View className="coupon-page">
      <View className="coupon-page__tabs">
        {TABS.map((t) => (
          <View key={t.status} id={`coupons-${t.status}`} className={`coupon-page__tab${t.status === tab ? ' coupon-page__tab--on' : ''}`} onClick={() => setTab(t.status)}>
            {t.label}
          </View>
        ))}
      </View>
      <PagedListView list={list} empty="这里还没有优惠券">
        {(c: UserCouponView) => (
          <CouponCard
            key={c.id}
            id={`coupon-${c.id}`}
            name={c.name}
            rule={c.rule}
            scope={c.scope}
            validFrom={c.validFrom}
            validTo={c.validTo}
            dimmed={tab !== 'UNUSED'}
            note={c.orderId ? `已用于订单 ${c.orderId}` : c.source === 'ISSUE' ? '商家赠送' : null}
            onClick={c.orderId ? () => void openPage(PAGES.order, { orderId: c.orderId ?? '' }) : undefined}
          />
        )}
      </PagedListView>
      <View className="coupon-page__link" onClick={() => void openPage(PAGES.couponCentre)}>
        去领券中心 ›
      </View>
    </View>
  );
}

export default function MyCouponsPage() {
  return <PageShell page={PAGES.myCoupons}>{() => <MyCouponsContent />}</PageShell>;
}
