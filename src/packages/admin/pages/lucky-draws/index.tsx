import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { MAX_PRIZE_VALUE_FEN, type DrawPrizeKind, type DrawStyle, type LuckyDrawAdminView, type SaveLuckyDrawInput } from '@/contracts/lucky-draw';
import { PAGES } from '@/contracts/pages';
import { formatFen } from '@/domain/money/format-fen';
import { parseYuan } from '@/domain/money/parse-yuan';
import { Chips } from '@/components/ui-kit/chips';
import { confirmAction } from '@/components/ui-kit/confirm-action';
import { newRequestId } from '@/services/request-id';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { formatTime } from '@/components/format-time';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { showError } from '@/components/show-error';
import { RemoteView } from '@/components/remote-view';
import { useRemote } from '@/hooks/use-remote';
import { listCouponTemplates, listDrawRecords, listLuckyDraws, saveLuckyDraw, stopLuckyDraw } from '@/services/marketing-admin';
import '../admin.scss';

const DAY_MS = 24 * 60 * 60 * 1000;
const KINDS: ReadonlyArray<{ value: DrawPrizeKind; label: string }> = [
  { value: 'COUPON', label: '优惠券' },
  { value: 'POINTS', label: '积分' },
  { value: 'NONE', label: '谢谢参与' },
];
const blankPrize = (kind: DrawPrizeKind) => ({ kind, name: kind === 'NONE' ? '谢谢参与' : '', couponTemplateId: '', points: '', value: '', stock: '', weight: kind === 'NONE' ? '70' : '10' });
type PrizeForm = ReturnType<typeof blankPrize>;

function Records({ drawId }: { drawId: string }) {
  const records = useRemote(() => listDrawRecords(drawId), `draw-records:${drawId}`);
  const items = records.data?.items ?? [];
  if (items.length === 0) return <Text className="muted">还没有抽奖记录</Text>;
  return (
    <View id={`draw-records-${drawId}`}>
      {items.map((r) => (
        <Text key={r.id} className="muted">
          {formatTime(r.at)} · {r.userId} · {r.prizeName}
          {r.grantNote ? `（未发放：${r.grantNote}）` : ''}
        </Text>
      ))}
    </View>
  );
}

function DrawCard({ draw, onChanged }: { draw: LuckyDrawAdminView; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  const stop = async () => {
    if (!(await confirmAction('结束活动', `立即结束「${draw.name}」？已抽出的奖品不变。`))) return;
    await runAction('正在结束…', '已结束', async () => (await stopLuckyDraw(draw.id), onChanged()));
  };
  return (
    <View id={`draw-${draw.id}`} className="card">
      <View className="row-between">
        <Text className="card-title">
          {draw.name} · {draw.style === 'WHEEL' ? '大转盘' : '刮刮卡'}
        </Text>
        <Text className="admin-status">{draw.open ? '进行中' : '未开始/已结束'}</Text>
      </View>
      <Text className="muted">
        {formatTime(draw.startAt)} – {formatTime(draw.endAt)} · 每天 {draw.chancesPerDay} 次 · 已抽 {draw.draws} 次
      </Text>
      {draw.prizesAdmin.map((p) => (
        <Text key={p.id} className="muted">
          {p.name} · 权重 {p.weight}（{p.percent}%）· 价值 {formatFen(p.valueFen)} · 库存 {p.stock === null ? '不限' : `${p.remaining}/${p.stock}`}
        </Text>
      ))}
      <View className="admin-actions">
        <Button size="small" fill="outline" onClick={() => setOpen(!open)}>
          {open ? '收起记录' : '中奖记录'}
        </Button>
        {draw.open ? (
          <Button id={`draw-stop-${draw.id}`} size="small" fill="outline" onClick={() => void stop()}>
            结束活动
          </Button>
        ) : null}
      </View>
      {open ? <Records drawId={draw.id} /> : null}
    </View>
  );
}

/**
 * A new game. Prizes: a coupon (an active template), points or 谢谢参与, each with its stock (blank = unlimited)
 * and weight; the odds shown to shoppers are the weights. 有奖销售: a prize worth more than ¥50,000 is refused here and
 * by the server.
 */
function NewDrawForm({ onSaved }: { onSaved: () => void }) {
  const templates = useRemote(() => listCouponTemplates({ status: 'ACTIVE', limit: 50 }), 'draw-coupon-templates');
  const [f, setF] = useState({ name: '', style: 'WHEEL' as DrawStyle, rulesText: '', chancesPerDay: '1', signIn: true, orders: true, days: '7' });
  const [prizes, setPrizes] = useState<PrizeForm[]>([blankPrize('POINTS'), blankPrize('NONE')]);
  const set = <K extends keyof typeof f>(key: K) => (v: (typeof f)[K]) => setF((x) => ({ ...x, [key]: v }));
  const setPrize = (i: number, patch: Partial<PrizeForm>) => setPrizes((ps) => ps.map((p, j) => (j === i ? { ...p, ...patch } : p)));

  const save = () => {
    const built: SaveLuckyDrawInput['prizes'] = [];
    for (const p of prizes) {
      const valueFen = p.kind === 'NONE' ? 0 : parseYuan(p.value || '0');
      if (valueFen === null) return showError(new Error(`「${p.name || '奖项'}」的价值格式不正确`));
      if (valueFen > MAX_PRIZE_VALUE_FEN) return showError(new Error(`「${p.name || '奖项'}」价值超过 ¥50,000，依法不得作为抽奖奖品`));
      const stock = p.stock.trim() ? Number(p.stock) : null;
      built.push({ kind: p.kind, name: p.name.trim(), couponTemplateId: p.kind === 'COUPON' ? p.couponTemplateId || null : null, points: p.kind === 'POINTS' ? Number(p.points) || 0 : 0, valueFen, stock, weight: Number(p.weight) || 0 });
    }
    const now = Date.now();
    void runAction('正在保存…', '已创建', async () => {
      await saveLuckyDraw({
        requestId: newRequestId('ld'),
        name: f.name.trim(),
        style: f.style,
        rulesText: f.rulesText.trim(),
        prizes: built,
        chancesPerDay: Number(f.chancesPerDay) || 0,
        chanceFromSignIn: f.signIn,
        chancePerPaidOrder: f.orders,
        startAt: new Date(now).toISOString(),
        endAt: new Date(now + (Number(f.days) || 1) * DAY_MS).toISOString(),
      });
      onSaved();
    });
  };

  return (
    <View id="draw-form" className="card">
      <Text className="card-title">新建抽奖</Text>
      <TextField id="draw-name" label="名称" value={f.name} onChange={set('name')} placeholder="如：幸运大转盘" maxlength={30} />
      <Chips id="draw-style" value={f.style} onChange={set('style')} options={[{ value: 'WHEEL', label: '大转盘' }, { value: 'SCRATCH', label: '刮刮卡' }]} />
      <TextField id="draw-rules" label="活动规则" value={f.rulesText} onChange={set('rulesText')} placeholder="公示给顾客的规则" maxlength={1000} />
      {prizes.map((p, i) => (
        <View key={i} className="admin-note">
          <Chips id={`draw-prize-${i}-kind`} value={p.kind} onChange={(kind) => setPrize(i, blankPrize(kind))} options={KINDS} />
          <TextField id={`draw-prize-${i}-name`} label="奖品名称" value={p.name} onChange={(name) => setPrize(i, { name })} maxlength={20} />
          {p.kind === 'COUPON' ? (
            <Chips id={`draw-prize-${i}-coupon`} value={p.couponTemplateId} onChange={(couponTemplateId) => setPrize(i, { couponTemplateId })} options={(templates.data?.items ?? []).map((t) => ({ value: t.id, label: t.name }))} />
          ) : null}
          {p.kind === 'POINTS' ? <TextField id={`draw-prize-${i}-points`} label="积分" value={p.points} onChange={(points) => setPrize(i, { points })} type="number" /> : null}
          {p.kind !== 'NONE' ? <TextField id={`draw-prize-${i}-value`} label="价值（元）" value={p.value} onChange={(value) => setPrize(i, { value })} type="digit" placeholder="不超过 50000" /> : null}
          <TextField id={`draw-prize-${i}-stock`} label="库存" value={p.stock} onChange={(stock) => setPrize(i, { stock })} type="number" placeholder="留空为不限" />
          <TextField id={`draw-prize-${i}-weight`} label="权重" value={p.weight} onChange={(weight) => setPrize(i, { weight })} type="number" />
        </View>
      ))}
      <View className="admin-actions">
        <Button id="draw-add-prize" size="small" fill="outline" disabled={prizes.length >= 8} onClick={() => setPrizes((ps) => [...ps, blankPrize('POINTS')])}>
          添加奖项
        </Button>
      </View>
      <TextField id="draw-chances" label="每人每天次数" value={f.chancesPerDay} onChange={set('chancesPerDay')} type="number" />
      <Text className="muted">机会来源（不能付费购买抽奖机会）：</Text>
      <Chips id="draw-from-sign-in" value={f.signIn} onChange={set('signIn')} options={[{ value: true, label: '签到得 1 次' }, { value: false, label: '签到不得' }]} />
      <Chips id="draw-from-orders" value={f.orders} onChange={set('orders')} options={[{ value: true, label: '每笔付款订单得 1 次' }, { value: false, label: '下单不得' }]} />
      <TextField id="draw-days" label="持续天数" value={f.days} onChange={set('days')} type="number" />
      <View className="admin-actions">
        <Button id="draw-save" size="small" type="primary" onClick={save}>
          创建
        </Button>
      </View>
    </View>
  );
}

function LuckyDrawsContent() {
  const draws = useRemote(listLuckyDraws, 'admin-lucky-draws');
  if (draws.data === null) return <RemoteView remote={draws} />;
  return (
    <View>
      {draws.data.length === 0 ? (
        <View className="card">
          <Text className="muted">还没有抽奖活动</Text>
        </View>
      ) : null}
      {draws.data.map((d) => (
        <DrawCard key={d.id} draw={d} onChanged={draws.reload} />
      ))}
      <NewDrawForm onSaved={draws.reload} />
    </View>
  );
}

export default function AdminLuckyDrawsPage() {
  return <PageShell page={PAGES.adminLuckyDraws}>{() => <LuckyDrawsContent />}</PageShell>;
}
