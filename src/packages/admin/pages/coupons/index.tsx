import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { CouponTemplateView, SaveCouponTemplateInput } from '@/contracts/marketing';
import { PAGES } from '@/contracts/pages';
import { parseYuan } from '@/domain/money/parse-yuan';
import { COUPON_USAGE_LABELS, type CouponUsage } from '@/domain/promotions/coupon-usage';
import { Chips } from '@/components/ui-kit/chips';
import { FilterTabs } from '@/components/ui-kit/filter-tabs';
import { newRequestId } from '@/services/request-id';
import { PagedListView } from '@/components/ui-kit/paged-list-view';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { ProductsPicker } from '@/components/ui-kit/sku-picker';
import { describeCouponRule, describeCouponScope, formatDay, lastDay, yuan } from '@/components/coupon-card/describe';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { showError } from '@/components/show-error';
import { usePagedList } from '@/hooks/use-paged-list';
import { issueCoupon, listCouponTemplates, saveCouponTemplate, setCouponTemplateStatus } from '@/services/marketing-admin';
import '../admin.scss';
import { shanghaiDay } from '@/domain/shared/shanghai-day';

type Status = 'ACTIVE' | 'STOPPED';
const TABS: Array<{ value: Status; label: string }> = [
  { value: 'ACTIVE', label: '发放中' },
  { value: 'STOPPED', label: '已停发' },
];

interface Form {
  name: string;
  kind: 'FIXED' | 'PERCENT';
  amount: string;
  zhe: string;
  cap: string;
  threshold: string;
  scope: 'ALL' | 'PRODUCTS' | 'CATEGORIES';
  ids: string;
  from: string;
  to: string;
  perUserLimit: string;
  total: string;
  claimable: boolean;
  usage: CouponUsage;
}

const today = (offsetDays = 0) => shanghaiDay(Date.now() + offsetDays * 86_400_000);
const EMPTY: Form = { name: '', kind: 'FIXED', amount: '', zhe: '9', cap: '', threshold: '0', scope: 'ALL', ids: '', from: today(), to: today(30), perUserLimit: '1', total: '', claimable: true, usage: 'ONLINE' };

function toForm(t: CouponTemplateView): Form {
  const r = t.rule;
  return {
    name: t.name,
    kind: r.kind,
    amount: r.kind === 'FIXED' ? yuan(r.amountFen) : '',
    zhe: r.kind === 'PERCENT' ? String((10000 - r.offBps) / 1000) : '9',
    cap: r.kind === 'PERCENT' && r.capFen !== null ? yuan(r.capFen) : '',
    threshold: yuan(r.thresholdFen),
    scope: t.scope.kind,
    ids: t.scope.kind === 'PRODUCTS' ? t.scope.productIds.join(',') : t.scope.kind === 'CATEGORIES' ? t.scope.categoryIds.join(',') : '',
    from: formatDay(t.validFrom),
    to: lastDay(t.validTo),
    perUserLimit: String(t.perUserLimit),
    total: t.totalQuantity === null ? '' : String(t.totalQuantity),
    claimable: t.claimable,
    usage: t.usage,
  };
}

/** Beijing-day dates typed as YYYY-MM-DD: valid from 00:00 of the first to 00:00 after the last (Beijing). */
const dayStart = (day: string, plusDays = 0) => new Date(Date.parse(`${day}T00:00:00+08:00`) + plusDays * 86_400_000).toISOString();

const splitIds = (text: string) => text.split(/[,，\s]+/).map((s) => s.trim()).filter(Boolean);

function toInput(f: Form, editing: CouponTemplateView | null, requestId: string): SaveCouponTemplateInput | string {
  const threshold = parseYuan(f.threshold || '0');
  if (threshold === null) return '请填写正确的使用门槛';
  let rule: SaveCouponTemplateInput['rule'];
  if (f.kind === 'FIXED') {
    const amount = parseYuan(f.amount);
    if (amount === null || amount <= 0) return '请填写减免金额';
    rule = { kind: 'FIXED', amountFen: amount, thresholdFen: threshold };
  } else {
    const zhe = Number(f.zhe);
    if (!(zhe > 0 && zhe < 10) || !/^\d(\.\d{1,2})?$/.test(f.zhe.trim())) return '折扣请填 0.1–9.9 之间，如 8.5';
    const cap = f.cap.trim() ? parseYuan(f.cap) : null;
    if (f.cap.trim() && (cap === null || cap <= 0)) return '请填写正确的最高优惠';
    rule = { kind: 'PERCENT', offBps: Math.round((10 - zhe) * 1000), capFen: cap, thresholdFen: threshold };
  }
  const ids = splitIds(f.ids);
  if (f.scope === 'PRODUCTS' && ids.length === 0) return '请选择适用的商品';
  if (f.scope === 'CATEGORIES' && ids.length === 0) return '请填写适用的分类编号';
  const scope: SaveCouponTemplateInput['scope'] = f.scope === 'ALL' ? { kind: 'ALL' } : f.scope === 'PRODUCTS' ? { kind: 'PRODUCTS', productIds: ids } : { kind: 'CATEGORIES', categoryIds: ids };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.from) || !/^\d{4}-\d{2}-\d{2}$/.test(f.to)) return '日期格式为 2026-12-01';
  const perUserLimit = Number(f.perUserLimit);
  const total = f.total.trim() ? Number(f.total) : null;
  if (!Number.isInteger(perUserLimit) || (total !== null && !Number.isInteger(total))) return '数量请填整数';
  return {
    requestId,
    ...(editing ? { templateId: editing.id, expectedVersion: editing.version } : {}),
    name: f.name.trim(),
    rule,
    scope,
    validFrom: dayStart(f.from),
    validTo: dayStart(f.to, 1),
    perUserLimit,
    totalQuantity: total,
    claimable: f.claimable,
    usage: f.usage,
  };
}

function TemplateForm({ editing, onDone }: { editing: CouponTemplateView | null; onDone: () => void }) {
  const [f, setF] = useState<Form>(editing ? toForm(editing) : EMPTY);
  const [requestId] = useState(() => newRequestId('ct'));
  const set = <K extends keyof Form>(k: K) => (v: Form[K]) => setF((x) => ({ ...x, [k]: v }));
  const save = async () => {
    const input = toInput(f, editing, requestId);
    if (typeof input === 'string') return showError(new Error(input));
    if (await runAction('正在保存…', '已保存', () => saveCouponTemplate(input))) onDone();
  };
  return (
    <View className="card">
      <Text className="card-title">{editing ? '编辑优惠券' : '新建优惠券'}</Text>
      <TextField id="coupon-name" label="名称" value={f.name} onChange={set('name')} maxlength={20} placeholder="如 新人满100减10" />
      <Chips id="coupon-kind" options={[{ value: 'FIXED' as const, label: '满减券' }, { value: 'PERCENT' as const, label: '折扣券' }]} value={f.kind} onChange={set('kind')} />
      {f.kind === 'FIXED' ? (
        <TextField id="coupon-amount" label="减免金额（元）" type="digit" value={f.amount} onChange={set('amount')} />
      ) : (
        <>
          <TextField id="coupon-zhe" label="折扣（折）" type="digit" value={f.zhe} onChange={set('zhe')} placeholder="如 8.5" />
          <TextField id="coupon-cap" label="最高优惠（元，选填）" type="digit" value={f.cap} onChange={set('cap')} />
        </>
      )}
      <TextField id="coupon-threshold" label="使用门槛（元，0 为无门槛）" type="digit" value={f.threshold} onChange={set('threshold')} />
      <Chips
        id="coupon-scope"
        options={[{ value: 'ALL' as const, label: '全场' }, { value: 'PRODUCTS' as const, label: '指定商品' }, { value: 'CATEGORIES' as const, label: '指定分类' }]}
        value={f.scope}
        onChange={(scope) => setF((x) => ({ ...x, scope, ids: scope === x.scope ? x.ids : '' }))}
      />
      {f.scope === 'PRODUCTS' ? <ProductsPicker id="coupon-products" value={splitIds(f.ids)} onChange={(ids) => set('ids')(ids.join(','))} /> : null}
      {f.scope === 'CATEGORIES' ? <TextField id="coupon-ids" label="分类编号（逗号分隔）" value={f.ids} onChange={set('ids')} maxlength={2000} /> : null}
      <TextField id="coupon-from" label="生效日期" value={f.from} onChange={set('from')} placeholder="2026-12-01" />
      <TextField id="coupon-to" label="截止日期（含当天）" value={f.to} onChange={set('to')} placeholder="2026-12-31" />
      <TextField id="coupon-limit" label="每人限领（1–10 张）" type="number" value={f.perUserLimit} onChange={set('perUserLimit')} />
      <TextField id="coupon-total" label="发放总量（选填，不填不限）" type="number" value={f.total} onChange={set('total')} />
      <Chips id="coupon-claimable" options={[{ value: true, label: '领券中心可领' }, { value: false, label: '仅商家发放' }]} value={f.claimable} onChange={set('claimable')} />
      <Chips
        id="coupon-usage"
        options={[
          { value: 'ONLINE' as const, label: COUPON_USAGE_LABELS.ONLINE },
          { value: 'IN_STORE' as const, label: COUPON_USAGE_LABELS.IN_STORE },
          { value: 'BOTH' as const, label: COUPON_USAGE_LABELS.BOTH },
        ]}
        value={f.usage}
        onChange={set('usage')}
      />
      {f.usage !== 'ONLINE' ? <Text className="muted">到店使用：顾客在「我的优惠券」出示券码，店员在「门店核销」扫码或输入核销。</Text> : null}
      <View className="admin-actions">
        <Button id="coupon-save" type="primary" size="small" disabled={!f.name.trim()} onClick={() => void save()}>
          保存
        </Button>
        <Button size="small" onClick={onDone}>
          取消
        </Button>
      </View>
    </View>
  );
}

function IssueBox({ template, onDone }: { template: CouponTemplateView; onDone: () => void }) {
  const [userId, setUserId] = useState('');
  const [requestId] = useState(() => newRequestId('ic'));
  const issue = async () => {
    if (await runAction('正在发券…', '已发放', () => issueCoupon({ templateId: template.id, userId: userId.trim(), requestId }))) onDone();
  };
  return (
    <View>
      <TextField id={`issue-user-${template.id}`} label="顾客编号（openid，可在顾客管理查看）" value={userId} onChange={setUserId} maxlength={128} />
      <Button id={`issue-${template.id}`} type="primary" size="small" disabled={!userId.trim()} onClick={() => void issue()}>
        发放
      </Button>
    </View>
  );
}

function CouponsContent() {
  const [status, setStatus] = useState<Status>('ACTIVE');
  const [round, setRound] = useState(0);
  const [editing, setEditing] = useState<CouponTemplateView | 'new' | null>(null);
  const [issuing, setIssuing] = useState<string | null>(null);
  const list = usePagedList((cursor) => listCouponTemplates({ status, cursor }), `${status}-${round}`);
  const done = () => {
    setEditing(null);
    setIssuing(null);
    setRound((r) => r + 1);
  };
  const toggle = (t: CouponTemplateView) =>
    void runAction('正在保存…', t.status === 'ACTIVE' ? '已停发' : '已恢复发放', () => setCouponTemplateStatus(t.id, t.status === 'ACTIVE' ? 'STOPPED' : 'ACTIVE')).then((ok) => ok && done());
  if (editing !== null) return <TemplateForm editing={editing === 'new' ? null : editing} onDone={done} />;
  return (
    <View>
      <View className="card">
        <Button id="coupon-new" type="primary" block onClick={() => setEditing('new')}>
          新建优惠券
        </Button>
      </View>
      <FilterTabs idPrefix="coupon-status" tabs={TABS} value={status} onChange={setStatus} />
      <PagedListView list={list} empty="还没有优惠券">
        {(t: CouponTemplateView) => (
          <View key={t.id} id={`template-${t.id}`} className="card admin-card">
            <View className="admin-card__head">
              <Text className="admin-card__title">{t.name}</Text>
              <Text className="muted">
                {t.claimable ? '可领取' : '仅发放'} · {COUPON_USAGE_LABELS[t.usage]}
              </Text>
            </View>
            <Text className="admin-card__line">
              {describeCouponRule(t.rule)} · {describeCouponScope(t.scope)}
            </Text>
            <Text className="admin-card__line muted">
              {formatDay(t.validFrom)} 至 {lastDay(t.validTo)} · 每人 {t.perUserLimit} 张 · 已发 {t.issuedCount}
              {t.totalQuantity !== null ? ` / ${t.totalQuantity}` : ''}
            </Text>
            {issuing === t.id ? <IssueBox template={t} onDone={done} /> : null}
            <View className="admin-actions">
              <Button size="small" onClick={() => setEditing(t)}>
                编辑
              </Button>
              <Button id={`toggle-${t.id}`} size="small" onClick={() => toggle(t)}>
                {t.status === 'ACTIVE' ? '停发' : '恢复'}
              </Button>
              {t.status === 'ACTIVE' ? (
                <Button id={`issue-open-${t.id}`} size="small" onClick={() => setIssuing(issuing === t.id ? null : t.id)}>
                  发给顾客
                </Button>
              ) : null}
            </View>
          </View>
        )}
      </PagedListView>
    </View>
  );
}

export default function AdminCouponsPage() {
  return <PageShell page={PAGES.adminCoupons}>{() => <CouponsContent />}</PageShell>;
}
