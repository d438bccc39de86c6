import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { DrawResultView, LuckyDrawView } from '@/contracts/lucky-draw';
import { PAGES } from '@/contracts/pages';
import { formatFen } from '@/domain/money/format-fen';
import { formatTime } from '@/components/format-time';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { EmptyState } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';
import { useRemote } from '@/hooks/use-remote';
import { useBusy } from '@/hooks/use-busy';
import { drawPrize, getLuckyDraw, listMyDrawRecords, listOpenLuckyDraws } from '@/services/marketing';
import './index.scss';

function sourcesText(draw: LuckyDrawView): string {
  const ways = [draw.chanceFromSignIn ? '每日签到得 1 次' : '', draw.chancePerPaidOrder ? '当天每笔付款订单得 1 次' : ''].filter(Boolean);
  return `${ways.join('，')}；每天最多 ${draw.chancesPerDay} 次。抽奖不收取任何费用。`;
}

/** The prizes as the wheel's cells (大转盘) or a card to scratch (刮刮卡); the draw itself is the server's. */
function Board({ draw, result }: { draw: LuckyDrawView; result: DrawResultView | null }) {
  if (draw.style === 'SCRATCH') {
    return (
      <View id="lucky-scratch" className={`lucky__scratch${result ? ' lucky__scratch--open' : ''}`}>
        {result ? (result.won ? `恭喜获得 ${result.prizeName}` : result.prizeName) : '点击下方按钮刮开'}
      </View>
    );
  }
  return (
    <View className="lucky__grid">
      {draw.prizes.map((p) => (
        <View key={p.id} id={`lucky-prize-${p.id}`} className={`lucky__cell${result?.prizeId === p.id ? ' lucky__cell--won' : ''}`}>
          <Text>{p.name}</Text>
        </View>
      ))}
    </View>
  );
}

function MyPrizes({ version }: { version: number }) {
  const records = useRemote(() => listMyDrawRecords({ limit: 20 }), `my-draws:${version}`);
  const items = records.data?.items ?? [];
  return (
    <View id="lucky-my-prizes" className="card">
      <Text className="card-title">我的奖品</Text>
      {items.length === 0 ? <Text className="muted">还没有抽奖记录</Text> : null}
      {items.map((r) => (
        <View key={r.id} className="row-between">
          <Text>
            {r.drawName} · {r.prizeName}
            {r.grantNote ? `（${r.grantNote}）` : ''}
          </Text>
          <Text className="muted">{formatTime(r.at)}</Text>
        </View>
      ))}
    </View>
  );
}

function DrawContent({ drawId }: { drawId: string }) {
  const [version, setVersion] = useState(0);
  const [result, setResult] = useState<DrawResultView | null>(null);
  const [busy, runBusy] = useBusy();
  const draw = useRemote(() => getLuckyDraw(drawId), `${drawId}:${version}`);
  if (draw.data === null) return <RemoteView remote={draw} />;
  const d = draw.data;
  const go = async () => {
    await runBusy(async () => {
      setResult(await drawPrize(drawId));
      setVersion((v) => v + 1);
    });
  };
  return (
    <View className="lucky">
      <View className="card">
        <Text className="card-title">{d.name}</Text>
        <Text className="muted">
          {formatTime(d.startAt)} – {formatTime(d.endAt)}
        </Text>
        <Board draw={d} result={result} />
        {result ? (
          <View id="lucky-result" className="lucky__result">
            {result.won ? `恭喜获得 ${result.prizeName}` : result.prizeName}
          </View>
        ) : null}
        <View id="lucky-chances" className="muted">
          {d.open ? `今日剩余 ${d.chancesLeft} 次机会` : '活动未开始或已结束'}
        </View>
        <Button id="lucky-draw" type="primary" block disabled={!d.open || d.chancesLeft <= 0 || busy} onClick={() => void go()}>
          {d.style === 'SCRATCH' ? '刮一刮' : '开始抽奖'}
        </Button>
      </View>
      <View id="lucky-rules" className="card">
        <Text className="card-title">活动规则</Text>
        <View className="lucky__rules">{d.rulesText}</View>
        <View className="muted">{sourcesText(d)}</View>
        <Text className="card-title">奖项与中奖概率</Text>
        {d.prizes.map((p) => (
          <View key={p.id} className="row-between">
            <Text>
              {p.name}
              {p.valueFen > 0 ? `（价值 ${formatFen(p.valueFen)}）` : ''}
            </Text>
            <Text>{p.percent}%</Text>
          </View>
        ))}
        <Text className="muted">奖品抽完后该奖项不再参与抽奖；概率按当时仍有库存的奖项计算。</Text>
      </View>
      <MyPrizes version={version} />
    </View>
  );
}

/** Opened without a game id: the first game running now. */
function FirstOpenDraw() {
  const draws = useRemote(listOpenLuckyDraws, 'open-draws');
  if (draws.data === null) return <RemoteView remote={draws} />;
  const first = draws.data[0];
  return first ? <DrawContent drawId={first.id} /> : <EmptyState text="暂无进行中的抽奖活动" />;
}

export default function LuckyDrawPage() {
  return <PageShell page={PAGES.luckyDraw}>{(params) => (params.drawId ? <DrawContent drawId={params.drawId} /> : <FirstOpenDraw />)}</PageShell>;
}
