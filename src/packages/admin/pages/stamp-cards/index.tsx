import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { PAGES } from '@/contracts/pages';
import type { StampCardView } from '@/contracts/stamp-card';
import { toFen } from '@/domain/money/fen';
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
import { listCouponTemplates, listStampCards, saveStampCard, stopStampCard } from '@/services/marketing-admin';
import '../admin.scss';

const DAY_MS = 24 * 60 * 60 * 1000;

function CardRow({ card, onChanged }: { card: StampCardView; onChanged: () => void }) {
  const stop = async () => {
    if (!(await confirmAction('结束集点', `立即结束「${card.name}」？顾客已集的点和已得的券不变。`))) return;
    await runAction('正在结束…', '已结束', async () => (await stopStampCard(card.id), onChanged()));
  };
  return (
    <View id={`admin-stamp-card-${card.id}`} className="card">
      <View className="row-between">
        <Text className="card-title">{card.name}</Text>
        <Text className="admin-status">{card.running ? '进行中' : '已结束'}</Text>
      </View>
      <Text className="muted">
        集满 {card.goal} 点送「{card.rewardName}」· 商品 {card.productIds.join('、') || '无'} · 自提核销 {card.perPickup ? '计点' : '不计'} · 买单{' '}
        {card.counterMinFen === null ? '不计' : `满 ${formatFen(toFen(card.counterMinFen))} 计点`} · 至 {formatTime(card.endAt)}
      </Text>
      {card.running ? (
        <Button size="small" fill="outline" onClick={() => void stop()}>
          结束
        </Button>
      ) : null}
    </View>
  );
}

function NewCardForm({ onSaved }: { onSaved: () => void }) {
  const templates = useRemote(() => listCouponTemplates({ status: 'ACTIVE', limit: 50 }), 'stamp-reward-templates');
  const [f, setF] = useState({ name: '', goal: '10', rewardTemplateId: '', products: '', perPickup: true, counterMin: '', days: '30' });
  const set = <K extends keyof typeof f>(key: K) => (v: (typeof f)[K]) => setF((x) => ({ ...x, [key]: v }));
  const save = () => {
    const counterMinFen = f.counterMin.trim() ? parseYuan(f.counterMin) : null;
    if (f.counterMin.trim() && !counterMinFen) return showError(new Error('买单集点金额格式不正确'));
    const now = Date.now();
    void runAction('正在保存…', '已创建', async () => {
      await saveStampCard({
        requestId: newRequestId('sc'),
        name: f.name.trim(),
        goal: Number(f.goal) || 0,
        rewardTemplateId: f.rewardTemplateId,
        productIds: f.products.split(/[,，\s]+/).filter(Boolean),
        perPickup: f.perPickup,
        counterMinFen,
        startAt: new Date(now).toISOString(),
        endAt: new Date(now + (Number(f.days) || 1) * DAY_MS).toISOString(),
      });
      onSaved();
    });
  };
  return (
    <View id="stamp-card-form" className="card">
      <Text className="card-title">新建集点卡</Text>
      <TextField id="stamp-name" label="名称" value={f.name} onChange={set('name')} placeholder="如：集满 10 点送 1 杯" maxlength={30} />
      <TextField id="stamp-goal" label="集满点数" value={f.goal} onChange={set('goal')} type="number" />
      <Text className="muted">奖励优惠券：</Text>
      <Chips id="stamp-reward" value={f.rewardTemplateId} onChange={set('rewardTemplateId')} options={(templates.data?.items ?? []).map((t) => ({ value: t.id, label: t.name }))} />
      <TextField id="stamp-products" label="集点商品ID" value={f.products} onChange={set('products')} placeholder="如 p01,p03（每单每种 1 点）" />
      <Chips id="stamp-pickup" value={f.perPickup} onChange={set('perPickup')} options={[{ value: true, label: '自提核销得 1 点' }, { value: false, label: '核销不计点' }]} />
      <TextField id="stamp-counter-min" label="买单满（元）得 1 点" value={f.counterMin} onChange={set('counterMin')} type="digit" placeholder="留空为不计点" />
      <TextField id="stamp-days" label="持续天数" value={f.days} onChange={set('days')} type="number" />
      <View className="admin-actions">
        <Button id="stamp-save" size="small" type="primary" disabled={!f.rewardTemplateId} onClick={save}>
          创建
        </Button>
      </View>
    </View>
  );
}

/** 集点卡 (staff): define cards (N stamps → a reward coupon) and stop them. */
function StampCardsAdminContent() {
  const cards = useRemote(listStampCards, 'admin-stamp-cards');
  if (cards.data === null) return <RemoteView remote={cards} />;
  return (
    <View>
      {cards.data.length === 0 ? (
        <View className="card">
          <Text className="muted">还没有集点卡</Text>
        </View>
      ) : null}
      {cards.data.map((c) => (
        <CardRow key={c.id} card={c} onChanged={cards.reload} />
      ))}
      <NewCardForm onSaved={cards.reload} />
    </View>
  );
}

export default function AdminStampCardsPage() {
  return <PageShell page={PAGES.adminStampCards}>{() => <StampCardsAdminContent />}</PageShell>;
}
