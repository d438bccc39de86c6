import { Text, View } from '@tarojs/components';
import type { AdminBargainRow, AdminGroupRow } from '@/contracts/activities';
import type { Fen } from '@/domain/money/fen';
import { formatTime } from '@/components/format-time';
import { Price } from '@/components/price';
import { useRemote } from '@/hooks/use-remote';
import * as admin from '@/services/activity-admin';
import { Listing } from './activity-form';

const GROUP_STATUS = { OPEN: '拼团中', FULL: '已满', SUCCEEDED: '成功', EXPIRED: '失败已退款' } as const;
const BARGAIN_STATUS = { OPEN: '砍价中', FLOORED: '已到底价', BOUGHT: '已下单', EXPIRED: '已过期' } as const;

export function GroupsTab() {
  const list = useRemote(admin.listGroups, 'groups');
  return (
    <Listing remote={list} render={(g: AdminGroupRow) => (
      <View key={g.id} className="card">
        <View className="row-between">
          <Text>{g.title}</Text>
          <Text className="muted">{GROUP_STATUS[g.status]}</Text>
        </View>
        <Text className="muted">
          团长 {g.leaderNickname} · {g.memberCount}/{g.requiredMembers} 人 · 截止 {formatTime(g.expiresAt)}
        </Text>
      </View>
    )} />
  );
}

export function BargainsTab() {
  const list = useRemote(admin.listBargains, 'bargains');
  return (
    <Listing remote={list} render={(b: AdminBargainRow) => (
      <View key={b.id} className="card">
        <View className="row-between">
          <Text>{b.title}</Text>
          <Text className="muted">{BARGAIN_STATUS[b.status]}</Text>
        </View>
        <Text className="muted">
          {b.starterNickname} · 当前 <Price fen={b.currentFen as Fen} size="small" /> · {b.helpsDone}/{b.helpsNeeded} 刀 · 截止 {formatTime(b.expiresAt)}
        </Text>
      </View>
    )} />
  );
}
