import { Text, View } from '@tarojs/components';
import { useShareAppMessage } from '@tarojs/taro';
import { useState } from 'react';
import type { GroupStatus, GroupView } from '@/contracts/activities';
import { PAGES } from '@/contracts/pages';
import { ActivityCheckout } from '@/components/activity-checkout';
import { ResourcePage } from '@/components/resource-page';
import { formatTime } from '@/components/format-time';
import { Button } from '@/components/nut/button';
import { pageUrl } from '@/hooks/navigation';
import { getGroup, joinGroup } from '@/services/activities';
import { ActivityHero } from '../activity-hero';
import { rememberGroup } from '../my-groups';
import '../activity.scss';

const STATUS: Record<GroupStatus, string> = { OPEN: '拼团中', FULL: '已成团', SUCCEEDED: '拼团成功', EXPIRED: '未成团，已全额退款' };

/**
 * What a group's share card opens: its places and deadline, and a friend may join at the group price. The card
 * carries only the group id: nobody earns anything for sharing it.
 */
function Group({ group }: { group: GroupView }) {
  const [joining, setJoining] = useState(false);
  useShareAppMessage(() => ({ title: `还差 ${group.placesLeft} 人，一起拼「${group.activity.title}」`, imageUrl: group.activity.imageUrl, path: pageUrl(PAGES.group, { groupId: group.id }) }));
  const canJoin = group.status === 'OPEN' && !group.iAmMember;
  return (
    <View className="activity-page">
      <ActivityHero {...group.activity} badge={`${group.requiredMembers}人团`} />
      <View className="card">
        <View className="row-between">
          <Text id="group-status" className="card-title">{STATUS[group.status]}</Text>
          <Text className="muted">截止 {formatTime(group.expiresAt)}</Text>
        </View>
        <View className="activity-progress">
          <View className="activity-progress__bar" style={{ width: `${Math.round(((group.requiredMembers - group.placesLeft) / group.requiredMembers) * 100)}%` }} />
        </View>
        {group.members.map((m, i) => (
          <View key={i} className="activity-row">
            <Text>{m.nickname}</Text>
            <Text className="muted">{m.leader ? '团长' : '团员'}</Text>
          </View>
        ))}
        {group.status === 'OPEN' ? <Text id="group-places-left" className="muted">还差 {group.placesLeft} 人成团</Text> : null}
      </View>
      {group.iAmMember && group.status === 'OPEN' ? (
        <View className="activity-actions">
          <Button id="group-share" type="primary" openType="share" block>
            邀请好友参团
          </Button>
        </View>
      ) : null}
      {canJoin && !joining ? (
        <View className="activity-actions">
          <Button id="group-join" type="primary" block onClick={() => setJoining(true)}>
            参与拼团
          </Button>
        </View>
      ) : null}
      {canJoin && joining ? (
        <ActivityCheckout
          priceFen={group.activity.priceFen}
          label="支付参团"
          submit={async (requestId, address) => {
            const joined = await joinGroup({ requestId, address, groupId: group.id });
            rememberGroup(group.id, group.activity.id);
            return joined.order;
          }}
          after={() => ({ page: PAGES.group, params: { groupId: group.id } })}
        />
      ) : null}
      <Text className="activity-note">分享仅为邀请好友拼团，分享本身没有任何奖励。</Text>
    </View>
  );
}

export default function GroupPage() {
  return <ResourcePage page={PAGES.group} param="groupId" missing="拼团不存在" load={getGroup}>{(group) => <Group group={group} />}</ResourcePage>;
}
