import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { BargainView } from '@/contracts/activities';
import type { Fen } from '@/domain/money/fen';
import { PAGES } from '@/contracts/pages';
import { Button } from '@/components/nut/button';
import { ResourcePage } from '@/components/resource-page';
import { Price } from '@/components/price';
import { EmptyState, LoadingView } from '@/components/status-view';
import { openPage, replacePage } from '@/hooks/navigation';
import { useBusy } from '@/hooks/use-busy';
import { getBargain, helpBargain } from '@/services/activities';
import { ActivityHero } from '../activity-hero';
import '../activity.scss';

/** A friend's view of a bargain share card: one tap cuts the price (the amount comes from the server). */
function Help({ initial }: { initial: BargainView }) {
  const [bargain, setBargain] = useState(initial);
  const [cut, setCut] = useState<Fen | null>(initial.myCutFen);
  const [busy, runBusy] = useBusy();
  // The starter opening their own card sees their bargain instead.
  useEffect(() => {
    if (bargain.isMine) void replacePage(PAGES.bargain, { bargainId: bargain.id });
  }, [bargain.isMine, bargain.id]);
  if (bargain.isMine) return <LoadingView />;
  const help = async () => {
    await runBusy(async () => {
      const res = await helpBargain(bargain.id);
      setCut(res.cutFen);
      setBargain(res.bargain);
    });
  };
  return (
    <View className="activity-page">
      <View className="card">
        <Text className="card-title">{bargain.starterNickname} 请你帮忙砍一刀</Text>
        <View className="row-between">
          <Text>当前价</Text>
          <Price id="help-price" fen={bargain.currentFen} size="large" />
        </View>
        <Text className="muted">
          已有 {bargain.helpsDone} / {bargain.helpsNeeded} 位好友帮砍
        </Text>
      </View>
      <ActivityHero {...bargain.activity} priceFen={bargain.activity.floorFen} badge="砍价" />
      {cut !== null ? (
        <View className="card">
          <Text id="help-result">
            你帮 TA 砍掉了 <Price fen={cut} size="normal" />
          </Text>
        </View>
      ) : bargain.status === 'OPEN' ? (
        <View className="activity-actions">
          <Button id="help-cut" type="primary" block loading={busy} disabled={busy} onClick={() => void help()}>
            帮 TA 砍一刀
          </Button>
        </View>
      ) : (
        <EmptyState text={bargain.status === 'EXPIRED' ? '砍价已结束' : '已经砍到底价啦'} />
      )}
      <View className="activity-actions">
        <Button id="help-own" block onClick={() => void openPage(PAGES.bargain, { activityId: bargain.activity.id })}>
          我也要砍价
        </Button>
      </View>
    </View>
  );
}

export default function BargainHelpPage() {
  return <ResourcePage page={PAGES.bargainHelp} param="bargainId" missing="砍价不存在" load={getBargain}>{(bargain) => <Help initial={bargain} />}</ResourcePage>;
}
