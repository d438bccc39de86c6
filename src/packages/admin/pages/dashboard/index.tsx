import { Text, View } from '@tarojs/components';
import { usePullDownRefresh, stopPullDownRefresh } from '@tarojs/taro';
import { useState, type ReactNode } from 'react';
import type { DashboardView } from '@/contracts/finance';
import { PAGES } from '@/contracts/pages';
import { FilterTabs } from '@/components/ui-kit/filter-tabs';
import { PageShell } from '@/components/page-shell';
import { Price } from '@/components/price';
import { EmptyState } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';
import { formatFen } from '@/domain/money/format-fen';
import { useRemote } from '@/hooks/use-remote';
import { getDashboard } from '@/services/finance';
import '../admin.scss';
import './index.scss';

type Period = keyof DashboardView['periods'];
const PERIOD_TABS: { value: Period; label: string }[] = [
  { value: 'today', label: '今日' },
  { value: 'days7', label: '近 7 天' },
  { value: 'days30', label: '近 30 天' },
];

/** Net sales per day as bars: plain views, so it draws the same in H5 and the mini program without a chart library. */
function DailyChart({ daily }: { daily: DashboardView['daily'] }) {
  const max = Math.max(1, ...daily.map((d) => d.netFen));
  return (
    <View className="dash__chart">
      {daily.map((d) => (
        <View key={d.day} className="dash__bar-col">
          <View className="dash__bar" style={{ height: `${Math.round((d.netFen / max) * 100)}%` }} />
          <Text className="dash__bar-label">{d.day.slice(5)}</Text>
        </View>
      ))}
    </View>
  );
}

function Cell({ id, label, children }: { id?: string; label: string; children: ReactNode }) {
  return (
    <View className="dash__cell">
      <Text id={id} className="dash__value">
        {children}
      </Text>
      <Text className="muted">{label}</Text>
    </View>
  );
}

function DashboardContent() {
  const [period, setPeriod] = useState<Period>('today');
  const [round, setRound] = useState(0);
  const data = useRemote(getDashboard, `dashboard-${round}`);
  usePullDownRefresh(() => {
    setRound((r) => r + 1);
    stopPullDownRefresh();
  });
  if (data.data === null) return <RemoteView remote={data} />;
  const d = data.data;
  const p = d.periods[period];
  return (
    <View>
      <FilterTabs idPrefix="dash-period" tabs={PERIOD_TABS} value={period} onChange={setPeriod} />
      <View className="card">
        <View className="dash__grid">
          <Cell id="dash-net" label="销售额（扣退款）">{formatFen(p.netFen)}</Cell>
          <Cell id="dash-orders" label="付款订单">{p.paidOrders}</Cell>
          <Cell label="客单价">{formatFen(p.averageOrderFen)}</Cell>
          <Cell label="退款">{formatFen(p.refundedFen)}</Cell>
          <Cell label="新顾客">{p.newShoppers}</Cell>
          <Cell label="新分销商">{p.newDistributors}</Cell>
        </View>
      </View>
      <View className="card">
        <Text className="card-title">近 7 天销售额</Text>
        <DailyChart daily={d.daily} />
      </View>
      <View className="card">
        <Text className="card-title">佣金</Text>
        <View className="dash__grid">
          <Cell label="待结算">{formatFen(d.commission.pendingFen)}</Cell>
          <Cell label="已结算未提">{formatFen(d.commission.settledUnpaidFen)}</Cell>
          <Cell label="已打款">{formatFen(d.commission.paidOutFen)}</Cell>
        </View>
      </View>
      <View className="card">
        <Text className="card-title">热销商品（近 30 天）</Text>
        {d.topProducts.length === 0 ? (
          <EmptyState text="近 30 天暂无销售" />
        ) : (
          d.topProducts.map((t, i) => (
            <View key={t.productId} className="admin-card__line">
              <Text>
                {i + 1}. {t.title} · {t.units} 件
              </Text>
              <Price fen={t.amountFen} size="small" />
            </View>
          ))
        )}
      </View>
      <View className="card">
        <Text className="card-title">分销商佣金榜（近 30 天）</Text>
        {d.topDistributors.length === 0 ? (
          <EmptyState text="近 30 天暂无佣金" />
        ) : (
          d.topDistributors.map((t, i) => (
            <View key={t.userId} className="admin-card__line">
              <Text>
                {i + 1}. {t.nickname}
              </Text>
              <Price fen={t.amountFen} size="small" />
            </View>
          ))
        )}
      </View>
      {d.complete ? null : <Text className="muted admin-note">数据量较大，以上为部分统计。</Text>}
    </View>
  );
}

export default function AdminDashboardPage() {
  return <PageShell page={PAGES.adminDashboard}>{() => <DashboardContent />}</PageShell>;
}
