import { Text, View } from '@tarojs/components';
import { useShareAppMessage } from '@tarojs/taro';
import { useState } from 'react';
import type { BargainStatus, BargainView } from '@/contracts/activities';
import { PAGES } from '@/contracts/pages';
import { ActivityCheckout } from '@/components/activity-checkout';
import { formatTime } from '@/components/format-time';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { Price } from '@/components/price';
import { EmptyState } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';
import { openPage, pageUrl } from '@/hooks/navigation';
import { useBusy } from '@/hooks/use-busy';
import { useRemote } from '@/hooks/use-remote';
import { buyBargain, getBargain, getBargainActivity, startBargain } from '@/services/activities';
import { ActivityHero } from '../activity-hero';
import '../activity.scss';

const STATUS: Record<BargainStatus, string> = { OPEN: '砍价中', FLOORED: '已砍到底价', BOUGHT: '已下单', EXPIRED: '砍价已结束' };

/** The starter's bargain: the price so far, who helped, the share card for friends, and buying at the current price. */
export function BargainProgress({ bargain }: { bargain: BargainView }) {
  const [buying, setBuying] = useState(false);
  useShareAppMessage(() => ({ title: `帮我砍一刀，「${bargain.activity.title}」最低 ${(bargain.activity.floorFen / 100).toFixed(2)} 元`, imageUrl: bargain.activity.imageUrl, path: pageUrl(PAGES.bargainHelp, { bargainId: bargain.id }) }));
  const cut = bargain.activity.listPriceFen - bargain.currentFen;
  const total = bargain.activity.listPriceFen - bargain.activity.floorFen;
  const canBuy = bargain.status === 'OPEN' || bargain.status === 'FLOORED';
  return (
    <View className="activity-page">
      <ActivityHero {...bargain.activity} priceFen={bargain.currentFen} badge="砍价" />
      <View className="card">
        <View className="row-between">
          <Text id="bargain-status" className="card-title">{STATUS[bargain.status]}</Text>
          <Text className="muted">截止 {formatTime(bargain.expiresAt)}</Text>
        </View>
        <View className="row-between">
          <Text>当前价</Text>
          <Price id="bargain-price" fen={bargain.currentFen} size="large" />
        </View>
        <View className="activity-progress">
          <View className="activity-progress__bar" style={{ width: `${total > 0 ? Math.round((cut / total) * 100) : 100}%` }} />
        </View>
        <Text id="bargain-helps" className="muted">
          已有 {bargain.helpsDone} / {bargain.helpsNeeded} 位好友帮砍
        </Text>
        {bargain.helpers.map((h, i) => (
          <View key={i} className="activity-row">
            <Text>{h.nickname}</Text>
            <Text>
              砍掉 <Price fen={h.cutFen} size="small" />
            </Text>
          </View>
        ))}
      </View>
      {bargain.status === 'OPEN' ? (
        <View className="activity-actions">
          <Button id="bargain-share" openType="share" block>
            邀请好友帮砍
          </Button>
        </View>
      ) : null}
      {bargain.orderId ? (
        <View className="activity-actions">
          <Button id="bargain-order" block onClick={() => void openPage(PAGES.order, { orderId: bargain.orderId ?? '' })}>
            查看订单
          </Button>
        </View>
      ) : null}
      {canBuy && !buying ? (
        <View className="activity-actions">
          <Button id="bargain-buy" type="primary" block onClick={() => setBuying(true)}>
            以当前价购买
          </Button>
        </View>
      ) : null}
      {canBuy && buying ? (
        <ActivityCheckout priceFen={bargain.currentFen} label="立即购买" submit={(requestId, address) => buyBargain({ requestId, address, bargainId: bargain.id })} />
      ) : null}
      <Text className="activity-note">邀请好友帮砍完全自愿；不分享也可以随时以当前价购买。</Text>
    </View>
  );
}

function FromActivity({ activityId }: { activityId: string }) {
  const loaded = useRemote(() => getBargainActivity(activityId), activityId);
  const [started, setStarted] = useState<BargainView | null>(null);
  const [busy, runBusy] = useBusy();
  if (started) return <BargainProgress bargain={started} />;
  if (loaded.data === null) return <RemoteView remote={loaded} />;
  if (loaded.data.myBargainId) return <FromBargain bargainId={loaded.data.myBargainId} />;
  const { activity } = loaded.data;
  const start = async () => {
    await runBusy(async () => {
      setStarted(await startBargain(activity.id));
    });
  };
  return (
    <View className="activity-page">
      <ActivityHero {...activity} priceFen={activity.floorFen} badge="砍价">
        <Text className="muted">
          {activity.helps} 位好友帮砍即可砍到底价，{activity.hours} 小时内有效
        </Text>
      </ActivityHero>
      {activity.phase === 'ON' ? (
        <View className="activity-actions">
          <Button id="bargain-start" type="primary" block loading={busy} disabled={busy} onClick={() => void start()}>
            发起砍价
          </Button>
        </View>
      ) : (
        <EmptyState text={activity.phase === 'UPCOMING' ? '活动尚未开始' : '活动已结束'} />
      )}
    </View>
  );
}

function FromBargain({ bargainId }: { bargainId: string }) {
  const bargain = useRemote(() => getBargain(bargainId), bargainId);
  return <RemoteView remote={bargain}>{(data) => <BargainProgress bargain={data} />}</RemoteView>;
}

export default function BargainPage() {
  return (
    <PageShell page={PAGES.bargain}>
      {(params) =>
        params.bargainId ? <FromBargain bargainId={params.bargainId} /> : params.activityId ? <FromActivity activityId={params.activityId} /> : <EmptyState text="活动不存在" />
      }
    </PageShell>
  );
}
