import { View } from '@tarojs/components';
import { useState } from 'react';
import { PAGES } from '@/contracts/pages';
import type { UserCouponView } from '@/contracts/marketing';
import { PagedListView } from '@/components/ui-kit/paged-list-view';
import { CouponCard } from '@/components/coupon-card';
import { CouponCounterCode } from '@/components/coupon-counter-code';
import { Button } from '@/components/nut/button';
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

function noteOf(c: UserCouponView): string | null {
  if (c.orderId) return `已用于订单 ${c.orderId}`;
  if (c.usedInStore) return `已在 ${c.usedInStore.storeName} 到店使用`;
  const where = c.usage === 'IN_STORE' ? '仅限到店使用' : c.usage === 'BOTH' ? '线上或到店可用' : null;
  return [where, c.source === 'ISSUE' ? '商家赠送' : null].filter(Boolean).join(' · ') || null;
}

/** 我的优惠券: usable, used (with its order, or the store) and expired; an in-store coupon shows its counter code. */
function MyCouponsContent() {
  const [tab, setTab] = useState<Tab>('UNUSED');
  const list = usePagedList((cursor) => listMyCoupons({ status: tab, cursor }), tab);
  // The in-store coupon whose counter code is shown (到店使用).
  const [showing, setShowing] = useState<string | null>(null);
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
          <View key={c.id}>
            <CouponCard
              id={`coupon-${c.id}`}
              name={c.name}
              rule={c.rule}
              scope={c.scope}
              validFrom={c.validFrom}
              validTo={c.validTo}
              dimmed={tab !== 'UNUSED'}
              note={noteOf(c)}
              onClick={c.orderId ? () => void openPage(PAGES.order, { orderId: c.orderId ?? '' }) : undefined}
              action={
                tab === 'UNUSED' && c.usage !== 'ONLINE' ? (
                  <Button id={`counter-open-${c.id}`} size="small" type="primary" onClick={() => setShowing(showing === c.id ? null : c.id)}>
                    {showing === c.id ? '收起' : '到店使用'}
                  </Button>
                ) : undefined
              }
            />
            {showing === c.id ? <CouponCounterCode couponId={c.id} /> : null}
          </View>
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
