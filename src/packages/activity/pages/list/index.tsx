import { Text, View } from '@tarojs/components';
import { PAGES } from '@/contracts/pages';
import { PageShell } from '@/components/page-shell';
import { Price } from '@/components/price';
import { EmptyState } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';
import { openPage } from '@/hooks/navigation';
import { useRemote } from '@/hooks/use-remote';
import { listActivities } from '@/services/activities';
import { ActivityHero } from '../activity-hero';
import '../activity.scss';

/** 活动: 秒杀, 拼团 and 砍价 on now or soon. */
function ListContent() {
  const list = useRemote(listActivities, 'activities');
  if (list.data === null) return <RemoteView remote={list} />;
  const { flashSales, groupBuys, bargains } = list.data;
  if (flashSales.length + groupBuys.length + bargains.length === 0) return <EmptyState text="暂时没有进行中的活动" />;
  return (
    <View className="activity-page">
      {flashSales.map((s) => (
        <View key={s.id} id={`flash-${s.id}`} onClick={() => void openPage(PAGES.flashSale, { saleId: s.id })}>
          <ActivityHero {...s} badge="限时秒杀">
            <Text className="muted">剩余 {s.stockLeft} 件</Text>
          </ActivityHero>
        </View>
      ))}
      {groupBuys.map((g) => (
        <View key={g.id} id={`group-buy-${g.id}`} onClick={() => void openPage(PAGES.groupBuy, { activityId: g.id })}>
          <ActivityHero {...g} badge={`${g.requiredMembers}人团`} />
        </View>
      ))}
      {bargains.map((b) => (
        <View key={b.id} id={`bargain-${b.id}`} onClick={() => void openPage(PAGES.bargain, { activityId: b.id })}>
          <ActivityHero {...b} priceFen={b.floorFen} badge="砍价">
            <Text className="muted">
              最低砍至 <Price fen={b.floorFen} size="small" />
            </Text>
          </ActivityHero>
        </View>
      ))}
    </View>
  );
}

export default function ActivitiesPage() {
  return <PageShell page={PAGES.activities}>{() => <ListContent />}</PageShell>;
}
