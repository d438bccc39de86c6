import { Text, View } from '@tarojs/components';
import { useRef } from 'react';
import type { GroupBuyView } from '@/contracts/activities';
import { PAGES } from '@/contracts/pages';
import { ActivityCheckout } from '@/components/activity-checkout';
import { ResourcePage } from '@/components/resource-page';
import { Price } from '@/components/price';
import { EmptyState } from '@/components/status-view';
import { openPage } from '@/hooks/navigation';
import { getGroupBuy, openGroup } from '@/services/activities';
import { ActivityHero } from '../activity-hero';
import { readMyGroups, rememberGroup } from '../my-groups';
import '../activity.scss';

/** 拼团 detail: open a group as its leader (the 团长价 is a fixed price for opening, not a reward per friend). */
function GroupBuy({ activity }: { activity: GroupBuyView }) {
  const mine = readMyGroups(activity.id);
  const opened = useRef('');
  const leaderFen = activity.leaderPriceFen ?? activity.priceFen;
  return (
    <View className="activity-page">
      <ActivityHero {...activity} badge={`${activity.requiredMembers}人团`}>
        <Text className="muted">
          {activity.hours} 小时内凑齐 {activity.requiredMembers} 人成团，未成团自动全额退款
        </Text>
        {activity.leaderPriceFen !== null ? (
          <Text className="muted">
            团长价 <Price fen={activity.leaderPriceFen} size="small" />
          </Text>
        ) : null}
      </ActivityHero>
      {mine.length > 0 ? (
        <View className="card">
          <Text className="card-title">我的团</Text>
          {mine.map((groupId) => (
            <View key={groupId} className="activity-row" onClick={() => void openPage(PAGES.group, { groupId })}>
              <Text>拼团 {groupId}</Text>
              <Text className="muted">查看 ›</Text>
            </View>
          ))}
        </View>
      ) : null}
      {activity.phase === 'ON' ? (
        <ActivityCheckout
          priceFen={leaderFen}
          label="我要开团"
          submit={async (requestId, address) => {
            const result = await openGroup({ requestId, address, activityId: activity.id });
            rememberGroup(result.groupId, activity.id);
            opened.current = result.groupId;
            return result.order;
          }}
          after={() => ({ page: PAGES.group, params: { groupId: opened.current } })}
        />
      ) : (
        <EmptyState text={activity.phase === 'UPCOMING' ? '活动尚未开始' : '活动已结束'} />
      )}
    </View>
  );
}

export default function GroupBuyPage() {
  return <ResourcePage page={PAGES.groupBuy} param="activityId" missing="活动不存在" load={getGroupBuy}>{(activity) => <GroupBuy activity={activity} />}</ResourcePage>;
}
