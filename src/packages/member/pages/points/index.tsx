import { Text, View } from '@tarojs/components';
import type { PointsChangeView } from '@/contracts/marketing';
import { PAGES } from '@/contracts/pages';
import { formatTime } from '@/components/format-time';
import { PagedListView } from '@/components/ui-kit/paged-list-view';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { showInfo } from '@/components/show-error';
import { RemoteView } from '@/components/remote-view';
import { usePagedList } from '@/hooks/use-paged-list';
import { useBusy } from '@/hooks/use-busy';
import { useRemote } from '@/hooks/use-remote';
import { getPointsAccount, signIn } from '@/services/marketing';
import './index.scss';

/** 签到与积分: today's sign-in, the streak, the balance, how points are earned and used, and the history. */
function PointsContent() {
  const account = useRemote(() => getPointsAccount({ limit: 1 }), 'points');
  const history = usePagedList((cursor) => getPointsAccount({ cursor }).then((a) => a.history), 'points-history');
  const [signing, runSigning] = useBusy();
  const sign = async () => {
    await runSigning(async () => {
      const result = await signIn();
      showInfo(result.alreadySignedIn ? '今天已经签过到了' : `签到成功，+${result.pointsEarned} 积分`);
      account.reload();
      history.reload();
    });
  };
  if (account.data === null) return <RemoteView remote={account} />;
  const a = account.data;
  const r = a.rules;
  return (
    <View className="points-page">
      <View className="card points-page__head">
        <Text className="muted">我的积分</Text>
        <Text id="points-balance" className="points-page__balance">
          {a.balance}
        </Text>
        <Text className="muted">已连续签到 {a.streak} 天</Text>
        <Button id="sign-in" type="primary" block disabled={a.signedInToday} loading={signing} onClick={() => void sign()}>
          {a.signedInToday ? '今日已签到' : `签到 +${a.todayPoints} 积分`}
        </Button>
      </View>
      <View className="card">
        <Text className="card-title">积分规则</Text>
        <Text className="points-page__rule">· 每日签到得 {r.signInPoints} 积分{r.streakBonuses.map((b) => `，连续 ${b.day} 天额外 +${b.points}`).join('')}（按北京时间计日）</Text>
        {r.earnBps > 0 ? <Text className="points-page__rule">· 每实付 1 元得 {r.earnBps / 100} 积分（不含运费），退款时按比例扣回</Text> : null}
        <Text className="points-page__rule">
          · 下单可用积分抵扣：{100 / r.fenPerPoint} 积分抵 1 元，最多抵商品金额的 {r.maxDeductionBps / 100}%
        </Text>
      </View>
      <View className="card">
        <Text className="card-title">积分明细</Text>
        <PagedListView list={history} empty="还没有积分记录">
          {(c: PointsChangeView) => (
            <View key={c.id} className="row-between points-page__change">
              <View className="points-page__change-body">
                <Text>{c.note}</Text>
                <Text className="muted">{formatTime(c.at)}</Text>
              </View>
              <Text className={c.delta >= 0 ? 'points-page__plus' : 'points-page__minus'}>{c.delta >= 0 ? `+${c.delta}` : c.delta}</Text>
            </View>
          )}
        </PagedListView>
      </View>
    </View>
  );
}

export default function PointsPage() {
  return <PageShell page={PAGES.points}>{() => <PointsContent />}</PageShell>;
}
