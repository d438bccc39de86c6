import { Text, View } from '@tarojs/components';
import { useReachBottom } from '@tarojs/taro';
import { useState } from 'react';
import type { TeamLevel } from '@/contracts/distributor';
import { PAGES } from '@/contracts/pages';
import { formatTime } from '@/components/format-time';
import { listStatus } from '@/components/ui-kit/paged-list-view';
import { PageShell } from '@/components/page-shell';
import { Price } from '@/components/price';
import { usePagedList } from '@/hooks/use-paged-list';
import { useRemote } from '@/hooks/use-remote';
import { getMyTeamCounts, listMyTeam } from '@/services/distributor';
import './index.scss';

const LEVELS: ReadonlyArray<{ level: TeamLevel; label: string }> = [
  { level: 1, label: '一级（直属）' },
  { level: 2, label: '二级' },
];

/** Level-1 and level-2 downlines, newest first, masked, each with what they bought and earned me. */
function TeamContent() {
  const [level, setLevel] = useState<TeamLevel>(1);
  const counts = useRemote(getMyTeamCounts, 'team-counts');
  const members = usePagedList((cursor) => listMyTeam({ level, cursor, limit: 20 }), `level-${level}`);
  useReachBottom(() => members.loadMore());

  return (
    <View className="team">
      <View className="team__tabs">
        {LEVELS.map((l) => (
          <View key={l.level} id={`team-tab-${l.level}`} className={`team__tab${l.level === level ? ' team__tab--on' : ''}`} onClick={() => setLevel(l.level)}>
            <Text id={`team-level${l.level}-count`} className="team__count">
              {counts.data ? counts.data[l.level === 1 ? 'level1' : 'level2'] : '—'}
            </Text>
            <Text className="team__tab-label">{l.label}</Text>
          </View>
        ))}
      </View>
      <Text className="muted team__note">团队成员为通过你（或你的直属成员）分享进入并绑定的用户；昵称已脱敏</Text>

      {listStatus(members, level === 1 ? '还没有直属成员，分享店铺码邀请好友吧' : '还没有二级成员') ?? (
        <View id="team-list" className="card team__list">
          {members.items.map((m) => (
            <View key={m.key} className="team-member">
              <View className="team-member__avatar">{Array.from(m.maskedName)[0] ?? '友'}</View>
              <View className="team-member__main">
                <Text className="team-member__name">{m.maskedName}</Text>
                <Text className="muted">加入于 {formatTime(m.joinedAt)}</Text>
              </View>
              <View className="team-member__figures">
                <Text className="muted">付款订单 {m.paidOrderCount}</Text>
                <View className="row">
                  <Text className="muted">为我贡献 </Text>
                  <Price fen={m.commissionFen} size="small" />
                </View>
              </View>
            </View>
          ))}
          {members.hasMore ? (
            <View className="team__more" onClick={members.loadMore}>
              {members.loadingMore ? '加载中…' : '加载更多'}
            </View>
          ) : null}
        </View>
      )}
    </View>
  );
}

export default function TeamPage() {
  return <PageShell page={PAGES.team}>{() => <TeamContent />}</PageShell>;
}
