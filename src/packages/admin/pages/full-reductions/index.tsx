import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { FullReductionView, SaveFullReductionInput } from '@/contracts/marketing';
import { PAGES } from '@/contracts/pages';
import { parseYuan } from '@/domain/money/parse-yuan';
import { Chips } from '@/components/ui-kit/chips';
import { FilterTabs } from '@/components/ui-kit/filter-tabs';
import { newRequestId } from '@/services/request-id';
import { PagedListView } from '@/components/ui-kit/paged-list-view';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { formatDay, lastDay, yuan } from '@/components/coupon-card/describe';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { showError } from '@/components/show-error';
import { usePagedList } from '@/hooks/use-paged-list';
import { listFullReductions, saveFullReduction, setFullReductionStatus } from '@/services/marketing-admin';
import '../admin.scss';
import { shanghaiDay } from '@/domain/shared/shanghai-day';

type Status = 'ACTIVE' | 'STOPPED';
const TABS: Array<{ value: Status; label: string }> = [
  { value: 'ACTIVE', label: '进行中' },
  { value: 'STOPPED', label: '已停止' },
];

interface Form {
  name: string;
  tiers: Array<{ threshold: string; reduction: string }>;
  allProducts: boolean;
  productIds: string;
  from: string;
  to: string;
}

const today = (offsetDays = 0) => shanghaiDay(Date.now() + offsetDays * 86_400_000);
const dayStart = (day: string, plusDays = 0) => new Date(Date.parse(`${day}T00:00:00+08:00`) + plusDays * 86_400_000).toISOString();
const tiersText = (a: FullReductionView) => a.tiers.map((t) => `满${yuan(t.thresholdFen)}减${yuan(t.reductionFen)}`).join('，');

function toInput(f: Form, editing: FullReductionView | null, requestId: string): SaveFullReductionInput | string {
  const tiers: SaveFullReductionInput['tiers'] = [];
  for (const t of f.tiers) {
    if (!t.threshold.trim() && !t.reduction.trim()) continue;
    const thresholdFen = parseYuan(t.threshold);
    const reductionFen = parseYuan(t.reduction);
    if (thresholdFen === null || reductionFen === null || reductionFen <= 0 || reductionFen >= thresholdFen) return '每档请填门槛和减免金额，减免须小于门槛';
    tiers.push({ thresholdFen, reductionFen });
  }
  if (tiers.length === 0) return '至少填写一档满减';
  const ids = f.productIds.split(/[,，\s]+/).map((s) => s.trim()).filter(Boolean);
  if (!f.allProducts && ids.length === 0) return '请填写适用商品编号';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.from) || !/^\d{4}-\d{2}-\d{2}$/.test(f.to)) return '日期格式为 2026-12-01';
  return {
    requestId,
    ...(editing ? { activityId: editing.id, expectedVersion: editing.version } : {}),
    name: f.name.trim(),
    tiers,
    productIds: f.allProducts ? null : ids,
    startAt: dayStart(f.from),
    endAt: dayStart(f.to, 1),
  };
}

function ActivityForm({ editing, onDone }: { editing: FullReductionView | null; onDone: () => void }) {
  const [f, setF] = useState<Form>(() =>
    editing
      ? {
          name: editing.name,
          tiers: [...editing.tiers.map((t) => ({ threshold: yuan(t.thresholdFen), reduction: yuan(t.reductionFen) })), { threshold: '', reduction: '' }].slice(0, 5),
          allProducts: editing.productIds === null,
          productIds: (editing.productIds ?? []).join(','),
          from: formatDay(editing.startAt),
          to: lastDay(editing.endAt),
        }
      : { name: '', tiers: [{ threshold: '', reduction: '' }, { threshold: '', reduction: '' }], allProducts: true, productIds: '', from: today(), to: today(7) },
  );
  const [requestId] = useState(() => newRequestId('fr'));
  const setTier = (i: number, key: 'threshold' | 'reduction', v: string) => setF((x) => ({ ...x, tiers: x.tiers.map((t, k) => (k === i ? { ...t, [key]: v } : t)) }));
  const save = async () => {
    const input = toInput(f, editing, requestId);
    if (typeof input === 'string') return showError(new Error(input));
    if (await runAction('正在保存…', '已保存', () => saveFullReduction(input))) onDone();
  };
  return (
    <View className="card">
      <Text className="card-title">{editing ? '编辑满减活动' : '新建满减活动'}</Text>
      <TextField id="fr-name" label="活动名称" value={f.name} onChange={(v) => setF((x) => ({ ...x, name: v }))} maxlength={20} />
      {f.tiers.map((t, i) => (
        <View key={i} className="row">
          <TextField id={`fr-threshold-${i}`} label={`第 ${i + 1} 档 满（元）`} type="digit" value={t.threshold} onChange={(v) => setTier(i, 'threshold', v)} />
          <TextField id={`fr-reduction-${i}`} label="减（元）" type="digit" value={t.reduction} onChange={(v) => setTier(i, 'reduction', v)} />
        </View>
      ))}
      {f.tiers.length < 5 ? (
        <Button size="small" onClick={() => setF((x) => ({ ...x, tiers: [...x.tiers, { threshold: '', reduction: '' }] }))}>
          加一档
        </Button>
      ) : null}
      <Chips id="fr-scope" options={[{ value: true, label: '全部商品' }, { value: false, label: '指定商品' }]} value={f.allProducts} onChange={(v) => setF((x) => ({ ...x, allProducts: v }))} />
      {!f.allProducts ? <TextField id="fr-products" label="商品编号（逗号分隔）" value={f.productIds} onChange={(v) => setF((x) => ({ ...x, productIds: v }))} maxlength={2000} /> : null}
      <TextField id="fr-from" label="开始日期" value={f.from} onChange={(v) => setF((x) => ({ ...x, from: v }))} />
      <TextField id="fr-to" label="结束日期（含当天）" value={f.to} onChange={(v) => setF((x) => ({ ...x, to: v }))} />
      <Text className="muted">达到多档时只按最高档减（不累加）；秒杀、拼团、砍价商品不参与。同时进行多个满减时，结算按对本单最优惠的一个计算。</Text>
      <View className="admin-actions">
        <Button id="fr-save" type="primary" size="small" disabled={!f.name.trim()} onClick={() => void save()}>
          保存
        </Button>
        <Button size="small" onClick={onDone}>
          取消
        </Button>
      </View>
    </View>
  );
}

function FullReductionsContent() {
  const [status, setStatus] = useState<Status>('ACTIVE');
  const [round, setRound] = useState(0);
  const [editing, setEditing] = useState<FullReductionView | 'new' | null>(null);
  const list = usePagedList((cursor) => listFullReductions({ status, cursor }), `${status}-${round}`);
  const done = () => {
    setEditing(null);
    setRound((r) => r + 1);
  };
  const toggle = (a: FullReductionView) =>
    void runAction('正在保存…', a.status === 'ACTIVE' ? '已停止' : '已恢复', () => setFullReductionStatus(a.id, a.status === 'ACTIVE' ? 'STOPPED' : 'ACTIVE')).then((ok) => ok && done());
  if (editing !== null) return <ActivityForm editing={editing === 'new' ? null : editing} onDone={done} />;
  return (
    <View>
      <View className="card">
        <Button id="fr-new" type="primary" block onClick={() => setEditing('new')}>
          新建满减活动
        </Button>
      </View>
      <FilterTabs idPrefix="fr-status" tabs={TABS} value={status} onChange={setStatus} />
      <PagedListView list={list} empty="还没有满减活动">
        {(a: FullReductionView) => (
          <View key={a.id} id={`fr-${a.id}`} className="card admin-card">
            <View className="admin-card__head">
              <Text className="admin-card__title">{a.name}</Text>
              <Text className="muted">{a.productIds === null ? '全部商品' : `${a.productIds.length} 件商品`}</Text>
            </View>
            <Text className="admin-card__line">{tiersText(a)}</Text>
            <Text className="admin-card__line muted">
              {formatDay(a.startAt)} 起 · 至 {lastDay(a.endAt)}
            </Text>
            <View className="admin-actions">
              <Button size="small" onClick={() => setEditing(a)}>
                编辑
              </Button>
              <Button id={`fr-toggle-${a.id}`} size="small" onClick={() => toggle(a)}>
                {a.status === 'ACTIVE' ? '停止' : '恢复'}
              </Button>
            </View>
          </View>
        )}
      </PagedListView>
    </View>
  );
}

export default function AdminFullReductionsPage() {
  return <PageShell page={PAGES.adminFullReductions}>{() => <FullReductionsContent />}</PageShell>;
}
