import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { RankingKind, RankingPeriod } from '@/contracts/distributor';
import { PAGES } from '@/contracts/pages';
import type { Fen } from '@/domain/money/fen';
import { formatFen } from '@/domain/money/format-fen';
import { PageShell } from '@/components/page-shell';
import { EmptyState } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';
import { useRemote } from '@/hooks/use-remote';
import { getRanking } from '@/services/distributor';
import './index.scss';

const KINDS: ReadonlyArray<{ kind: RankingKind; label: string }> = [
  { kind: 'SETTLED_COMMISSION', label: '结算佣金榜' },
  { kind: 'NEW_PAYING_DOWNLINES', label: '新增付费客户榜' },
];
const PERIODS: ReadonlyArray<{ period: RankingPeriod; label: string }> = [
  { period: 'WEEK', label: '本周' },
  { period: 'MONTH', label: '本月' },
];

/** Top distributors this week / month; names masked, the viewer's own row highlighted. */
function RankingContent() {
  const [kind, setKind] = useState<RankingKind>('SETTLED_COMMISSION');
  const [period, setPeriod] = useState<RankingPeriod>('WEEK');
  const ranking = useRemote(() => getRanking(kind, period), `${kind}-${period}`);
  const value = (n: number) => (kind === 'SETTLED_COMMISSION' ? formatFen(n as Fen) : `${n} 人`);

  return (
    <View className="ranking">
      <View className="ranking__kinds">
        {KINDS.map((k) => (
          <View key={k.kind} id={`ranking-${k.kind}`} className={`ranking__kind${k.kind === kind ? ' ranking__kind--on' : ''}`} onClick={() => setKind(k.kind)}>
            {k.label}
          </View>
        ))}
      </View>
      <View className="row ranking__periods">
        {PERIODS.map((p) => (
          <View key={p.period} className={`ranking__period${p.period === period ? ' ranking__period--on' : ''}`} onClick={() => setPeriod(p.period)}>
            {p.label}
          </View>
        ))}
      </View>
      {ranking.data === null ? (
        <RemoteView remote={ranking} />
      ) : ranking.data.rows.length === 0 ? (
        <EmptyState text="本期还没有上榜的分销商" />
      ) : (
        <View id="ranking-list" className="card">
          {ranking.data.myRank === null ? <Text className="muted">你暂未上榜，继续加油</Text> : <Text className="ranking__me">你排在第 {ranking.data.myRank} 名</Text>}
          {ranking.data.rows.map((r) => (
            <View key={r.rank} className={`ranking-row${r.isMe ? ' ranking-row--me' : ''}`}>
              <Text className={`ranking-row__rank ranking-row__rank--${Math.min(r.rank, 4)}`}>{r.rank}</Text>
              <Text className="ranking-row__name">{r.isMe ? `${r.maskedName}（我）` : r.maskedName}</Text>
              <Text className="ranking-row__value">{value(r.value)}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

export default function RankingPage() {
  return <PageShell page={PAGES.ranking}>{() => <RankingContent />}</PageShell>;
}
