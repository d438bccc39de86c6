import { Text, View } from '@tarojs/components';
import { PAGES } from '@/contracts/pages';
import { formatFen } from '@/domain/money/format-fen';
import { PageShell } from '@/components/page-shell';
import { RemoteView } from '@/components/remote-view';
import { useRemote } from '@/hooks/use-remote';
import { getMyMemberLevel } from '@/services/marketing';
import '../points/index.scss';

const discountText = (offBps: number) => (offBps === 0 ? '会员价商品享会员价' : `全场 ${(10000 - offBps) / 1000} 折（秒杀、拼团、砍价除外）`);

/** 会员等级: the level cumulative spend reached, what the next one needs, and every level's benefit. */
function MemberLevelContent() {
  const mine = useRemote(getMyMemberLevel, 'member-level');
  if (mine.data === null) return <RemoteView remote={mine} />;
  const m = mine.data;
  return (
    <View className="points-page">
      <View className="card points-page__head">
        <Text className="muted">我的等级</Text>
        <Text id="member-level-name" className="points-page__balance">
          {m.level?.name ?? '普通会员'}
        </Text>
        <Text className="muted">累计消费 {formatFen(m.spendFen)}</Text>
        {m.next ? (
          <Text>
            再消费 {formatFen(m.next.missingFen)} 升级为 {m.next.level.name}
          </Text>
        ) : m.level ? (
          <Text>已是最高等级</Text>
        ) : null}
      </View>
      <View className="card">
        <Text className="card-title">等级权益</Text>
        {m.levels.length === 0 ? <Text className="muted">商家暂未设置会员等级</Text> : null}
        {m.levels.map((l) => (
          <View key={l.id} className="row-between points-page__change">
            <View className="points-page__change-body">
              <Text>{l.name}</Text>
              <Text className="muted">累计消费满 {formatFen(l.minSpendFen)}</Text>
            </View>
            <Text className="points-page__plus">{discountText(l.offBps)}</Text>
          </View>
        ))}
        <Text className="points-page__rule">累计消费按实付金额（含运费）计算，退款会相应扣减。</Text>
      </View>
    </View>
  );
}

export default function MemberLevelPage() {
  return <PageShell page={PAGES.memberLevel}>{() => <MemberLevelContent />}</PageShell>;
}
