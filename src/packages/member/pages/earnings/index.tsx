import { Text, View } from '@tarojs/components';
import { useReachBottom } from '@tarojs/taro';
import { useState } from 'react';
import type { ChartDays } from '@/contracts/commission';
import { PAGES } from '@/contracts/pages';
import { formatTime } from '@/components/format-time';
import { PageShell } from '@/components/page-shell';
import { Price } from '@/components/price';
import { EmptyState, ErrorView, LoadingView } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';
import { usePagedList, type PagedList } from '@/hooks/use-paged-list';
import { useRemote } from '@/hooks/use-remote';
import { getMyBalance, getMyEarningsChart, listMyEntries, listMySkips, listMyWithdrawals } from '@/services/commission';
import { getMyGrade } from '@/services/distributor';
import { EarningsChart } from './earnings-chart';
import { GradeCard } from './grade-card';
import { ENTRY_STATE_LABELS, levelLabel, SKIP_REASONS, WITHDRAWAL_METHOD_LABELS, WITHDRAWAL_STATUS_LABELS } from '@/components/labels';
import { settleText } from './settle-text';
import { WithdrawForm } from './withdraw-form';
import './index.scss';

type Tab = 'entries' | 'skips' | 'withdrawals';
const TABS: ReadonlyArray<{ key: Tab; label: string }> = [
  { key: 'entries', label: '佣金明细' },
  { key: 'skips', label: '未获佣金' },
  { key: 'withdrawals', label: '提现' },
];

function ListState<T>({ list, empty }: { list: PagedList<T>; empty: string }) {
  if (list.loading) return <LoadingView />;
  if (list.error !== null && list.items.length === 0) return <ErrorView message={list.error} onRetry={list.reload} />;
  if (list.items.length === 0) return <EmptyState text={empty} />;
  return list.hasMore ? (
    <View className="earn__more" onClick={list.loadMore}>
      {list.loadingMore ? '加载中…' : '加载更多'}
    </View>
  ) : null;
}

function EarningsContent() {
  const [round, setRound] = useState(0);
  const [tab, setTab] = useState<Tab>('entries');
  const [days, setDays] = useState<ChartDays>(7);
  const balance = useRemote(getMyBalance, `balance-${round}`);
  const chart = useRemote(() => getMyEarningsChart(days), `chart-${days}`);
  const grade = useRemote(getMyGrade, 'grade');
  const entries = usePagedList((cursor) => listMyEntries({ cursor, limit: 20 }), 'entries');
  const skips = usePagedList((cursor) => listMySkips({ cursor, limit: 20 }), 'skips');
  const withdrawals = usePagedList((cursor) => listMyWithdrawals({ cursor, limit: 20 }), `withdrawals-${round}`);
  useReachBottom(() => (tab === 'entries' ? entries : tab === 'skips' ? skips : withdrawals).loadMore());

  const b = balance.data;
  return (
    <View className="earn">
      <View className="earn__balance">
        <View className="earn__main">
          <Text className="earn__main-label">可提现</Text>
          {b ? <Price id="earn-available" fen={b.availableFen} size="large" /> : <Text>—</Text>}
        </View>
        <View className="earn__states">
          {(
            [
              ['earn-pending', '待结算', b?.pendingFen],
              ['earn-settled', '已结算', b?.settledFen],
              ['earn-in-withdrawal', '提现中', b?.inWithdrawalFen],
              ['earn-withdrawn', '已提现', b?.withdrawnFen],
              ['earn-clawed-back', '退款扣回', b?.clawedBackFen],
            ] as const
          ).map(([id, label, fen]) => (
            <View key={id} className="earn__state">
              {fen === undefined ? <Text>—</Text> : <Price id={id} fen={fen} size="small" />}
              <Text className="earn__state-label">{label}</Text>
            </View>
          ))}
        </View>
      </View>

      {grade.data ? <GradeCard card={grade.data} /> : null}

      <View className="card">
        <View className="row-between">
          <Text className="card-title">收益走势</Text>
          <View className="row">
            {([7, 30] as const).map((d) => (
              <View key={d} id={`chart-${d}`} className={`earn__chip${d === days ? ' earn__chip--on' : ''}`} onClick={() => setDays(d)}>
                {d} 天
              </View>
            ))}
          </View>
        </View>
        <RemoteView remote={chart}>{(data) => <EarningsChart chart={data} />}</RemoteView>
      </View>

      <View className="earn__tabs">
        {TABS.map((t) => (
          <View key={t.key} id={`earn-tab-${t.key}`} className={`earn__tab${t.key === tab ? ' earn__tab--on' : ''}`} onClick={() => setTab(t.key)}>
            {t.label}
          </View>
        ))}
      </View>

      {tab === 'entries' ? (
        <View id="earn-entries" className="card">
          {entries.items.map((e) => (
            <View key={e.id} className="earn-entry">
              <View className="earn-entry__main">
                <Text className="earn-entry__title">{e.productTitle}</Text>
                <Text className="muted">
                  订单 {e.orderId.slice(-8)} · {levelLabel(e.level)} · {e.kind === 'COMMISSION' ? ENTRY_STATE_LABELS[e.state] : e.kind === 'REVERSAL' ? '退款冲回' : '结算后退款追回'}
                </Text>
                <Text className="earn-entry__settle">{settleText(e.settle)}</Text>
              </View>
              <Price fen={e.amountFen} size="small" />
            </View>
          ))}
          <ListState list={entries} empty="还没有佣金记录，分享商品给好友试试吧" />
        </View>
      ) : null}

      {tab === 'skips' ? (
        <View id="earn-skips" className="card">
          <Text className="muted">好友下单但你没有获得佣金的记录，以及原因</Text>
          {skips.items.map((s) => (
            <View key={s.id} className="earn-entry">
              <View className="earn-entry__main">
                <Text className="earn-entry__title">{s.productTitle || '商品'}</Text>
                <Text className="muted">
                  订单 {s.orderId.slice(-8)} · {levelLabel(s.level)} · {formatTime(s.createdAt)}
                </Text>
              </View>
              <Text className="earn-entry__reason">{SKIP_REASONS[s.reason]}</Text>
            </View>
          ))}
          <ListState list={skips} empty="没有未获佣金的记录" />
        </View>
      ) : null}

      {tab === 'withdrawals' ? (
        <View>
          <WithdrawForm onDone={() => setRound((r) => r + 1)} />
          <View id="earn-withdrawals" className="card">
            <Text className="card-title">提现记录</Text>
            {withdrawals.items.map((w) => (
              <View key={w.id} className="earn-entry">
                <View className="earn-entry__main">
                  <Text className="earn-entry__title">
                    {WITHDRAWAL_METHOD_LABELS[w.method]} {w.accountMasked}
                  </Text>
                  <Text className="muted">
                    {formatTime(w.requestedAt)} · {WITHDRAWAL_STATUS_LABELS[w.status]}
                    {w.rejectReason ? ` · ${w.rejectReason}` : ''}
                    {w.failureReason ? ` · ${w.failureReason}` : ''}
                  </Text>
                </View>
                <Price fen={w.amountFen} size="small" />
              </View>
            ))}
            <ListState list={withdrawals} empty="还没有提现记录" />
          </View>
        </View>
      ) : null}
    </View>
  );
}

export default function EarningsPage() {
  return <PageShell page={PAGES.earnings}>{() => <EarningsContent />}</PageShell>;
}
