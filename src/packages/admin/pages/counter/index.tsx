import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { CounterAdminView, CounterOffer, CounterPaymentView, CounterPaySettings } from '@/contracts/counter';
import { PAGES } from '@/contracts/pages';
import type { StoreAdminView, StoreCodeView } from '@/contracts/stores';
import { toFen } from '@/domain/money/fen';
import { formatFen } from '@/domain/money/format-fen';
import { parseYuan } from '@/domain/money/parse-yuan';
import { Chips } from '@/components/ui-kit/chips';
import { confirmAction } from '@/components/ui-kit/confirm-action';
import { newRequestId } from '@/services/request-id';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { showError } from '@/components/show-error';
import { EmptyState } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';
import { useRemote } from '@/hooks/use-remote';
import { refundOrderLine } from '@/services/order-admin';
import { createStoreCode, getCounterSettings, listCounterPayments, listStores, saveCounterSettings } from '@/services/store-admin';
import '../admin.scss';
import './index.scss';

const yuanText = (fen: number) => (fen / 100).toFixed(2).replace(/\.00$/, '');
const TIER_ROWS = 3;

/** The form's text fields from saved settings (amounts in 元, the rate in 折). */
function toForm(s: CounterPaySettings) {
  const tiers = s.offer.kind === 'TIERS' ? s.offer.tiers : [];
  return {
    enabled: s.enabled,
    kind: s.offer.kind,
    tiers: Array.from({ length: TIER_ROWS }, (_, i) => ({ threshold: tiers[i] ? yuanText(tiers[i].thresholdFen) : '', reduction: tiers[i] ? yuanText(tiers[i].reductionFen) : '' })),
    rate: s.offer.kind === 'RATE' ? String(s.offer.payBps / 1000) : '',
    from: s.window?.from ?? '',
    to: s.window?.to ?? '',
    limit: yuanText(s.limitFen),
    paysCommission: s.paysCommission,
  };
}
type Form = ReturnType<typeof toForm>;

/** The settings to send, or the reason they cannot be (the server checks them again). */
function fromForm(f: Form): CounterPaySettings | string {
  let offer: CounterOffer = { kind: 'NONE' };
  if (f.kind === 'TIERS') {
    const tiers = [];
    for (const t of f.tiers) {
      if (!t.threshold.trim() && !t.reduction.trim()) continue;
      const thresholdFen = parseYuan(t.threshold);
      const reductionFen = parseYuan(t.reduction);
      if (!thresholdFen || !reductionFen) return '满减金额格式不正确';
      tiers.push({ thresholdFen, reductionFen });
    }
    if (tiers.length === 0) return '请至少填写一档满减';
    offer = { kind: 'TIERS', tiers };
  } else if (f.kind === 'RATE') {
    const tenths = parseYuan(f.rate); // '8.8' → 880 (hundredths of 折)
    if (tenths === null) return '折扣格式不正确，如 8.8';
    offer = { kind: 'RATE', payBps: tenths * 10 };
  }
  const limitFen = parseYuan(f.limit);
  if (!limitFen) return '请填写单笔限额';
  const window = f.from.trim() || f.to.trim() ? { from: f.from.trim(), to: f.to.trim() } : null;
  return { enabled: f.enabled, offer, window, limitFen, paysCommission: f.paysCommission };
}

function SettingsCard({ saved, onSaved }: { saved: CounterAdminView; onSaved: () => void }) {
  const [f, setF] = useState(() => toForm(saved.settings));
  const set = <K extends keyof Form>(key: K) => (v: Form[K]) => setF((x) => ({ ...x, [key]: v }));
  const setTier = (i: number, key: 'threshold' | 'reduction') => (v: string) => setF((x) => ({ ...x, tiers: x.tiers.map((t, j) => (j === i ? { ...t, [key]: v } : t)) }));
  const save = () => {
    const settings = fromForm(f);
    if (typeof settings === 'string') return showError(new Error(settings));
    void runAction('正在保存…', '已保存', async () => {
      await saveCounterSettings({ storeId: saved.storeId, expectedVersion: saved.version, settings });
      onSaved();
    });
  };
  return (
    <View id="counter-settings" className="card">
      <Text className="card-title">{saved.storeName} · 买单设置</Text>
      <Chips id="counter-enabled" value={f.enabled} onChange={set('enabled')} options={[{ value: true, label: '开通' }, { value: false, label: '关闭' }]} />
      <Chips id="counter-kind" value={f.kind} onChange={set('kind')} options={[{ value: 'NONE', label: '无优惠' }, { value: 'TIERS', label: '满减' }, { value: 'RATE', label: '折扣' }]} />
      {f.kind === 'TIERS'
        ? f.tiers.map((t, i) => (
            <View key={i} className="counter-admin__tier">
              <TextField id={`counter-tier-${i}-threshold`} label={`满（元）`} value={t.threshold} onChange={setTier(i, 'threshold')} type="digit" />
              <TextField id={`counter-tier-${i}-reduction`} label="减（元）" value={t.reduction} onChange={setTier(i, 'reduction')} type="digit" />
            </View>
          ))
        : null}
      {f.kind === 'RATE' ? <TextField id="counter-rate" label="折扣（折）" value={f.rate} onChange={set('rate')} type="digit" placeholder="如 8.8" /> : null}
      <TextField id="counter-from" label="每天开始" value={f.from} onChange={set('from')} placeholder="HH:MM，留空为全天" maxlength={5} />
      <TextField id="counter-to" label="每天结束" value={f.to} onChange={set('to')} placeholder="HH:MM" maxlength={5} />
      <TextField id="counter-limit" label="单笔限额（元）" value={f.limit} onChange={set('limit')} type="digit" />
      <Text className="muted">买单付款是否给店员及顾客上级计佣（按分销规则，默认不计佣）：</Text>
      <Chips id="counter-commission" value={f.paysCommission} onChange={set('paysCommission')} options={[{ value: false, label: '不计佣' }, { value: true, label: '计佣' }]} />
      <Text className="muted">优惠只对“消费总额 − 不参与优惠金额”生效，实付金额由服务器计算。</Text>
      <View className="admin-actions">
        <Button id="counter-save" size="small" type="primary" onClick={save}>
          保存设置
        </Button>
      </View>
    </View>
  );
}

function Codes({ store }: { store: StoreAdminView }) {
  const [code, setCode] = useState<StoreCodeView | null>(null);
  const show = (staffUserId?: string) => void createStoreCode(store.id, staffUserId, 'COUNTER').then(setCode, showError);
  return (
    <View className="card">
      <Text className="card-title">买单码</Text>
      <Text className="muted">顾客扫码打开本店的优惠买单页，并按绑定规则绑定到店员（或门店账号）。</Text>
      <View className="admin-actions">
        <Button id="counter-code-store" size="small" fill="outline" disabled={!store.distributorId} onClick={() => show()}>
          门店买单码
        </Button>
        {store.staff.map((s) => (
          <Button key={s.userId} id={`counter-code-${s.userId}`} size="small" fill="outline" onClick={() => show(s.userId)}>
            {s.title}的买单码
          </Button>
        ))}
      </View>
      {code ? (
        <View id="counter-code" className="admin-note">
          <Image src={code.imageUrl} style={{ width: '160px', height: '160px' }} />
          <Text className="muted">{code.h5Url || code.sharePath}</Text>
        </View>
      ) : null}
    </View>
  );
}

function Payments({ storeId }: { storeId: string }) {
  const payments = useRemote(() => listCounterPayments(storeId), `counter-payments:${storeId}`);
  const refund = async (p: CounterPaymentView) => {
    if (!(await confirmAction('退款', `将 ${formatFen(toFen(p.paidFen - p.refundedFen))} 原路退给 ${p.buyerName}？如计佣，佣金随之冲回。`))) return;
    await runAction('正在退款…', '已退款', async () => {
      await refundOrderLine({ requestId: newRequestId('ct'), orderId: p.orderId, lineId: p.lineId, units: 1, reason: '优惠买单退款' });
      payments.reload();
    });
  };
  return (
    <View id="counter-payments" className="card">
      <Text className="card-title">买单记录</Text>
      {payments.error ? <Text className="muted">{payments.error}</Text> : null}
      {(payments.data?.items ?? []).length === 0 ? <Text className="muted">还没有买单记录</Text> : null}
      {(payments.data?.items ?? []).map((p) => (
        <View key={p.orderId} id={`counter-payment-${p.orderId}`} className="admin-note">
          <View className="row-between">
            <Text>
              {p.buyerName} · 实付 {formatFen(p.paidFen)}
            </Text>
            {p.refundedFen < p.paidFen ? (
              <Button id={`counter-refund-${p.orderId}`} size="small" fill="outline" onClick={() => void refund(p)}>
                退款
              </Button>
            ) : (
              <Text className="admin-status">已退款</Text>
            )}
          </View>
          <Text className="muted">
            消费 {formatFen(p.billFen)} · 不参与优惠 {formatFen(p.excludedFen)} · 优惠 {formatFen(p.discountFen)}
            {p.refundedFen > 0 ? ` · 已退 ${formatFen(p.refundedFen)}` : ''} · {p.paidAt ? p.paidAt.slice(0, 16).replace('T', ' ') : ''}
          </Text>
        </View>
      ))}
    </View>
  );
}

function StoreCounter({ store }: { store: StoreAdminView }) {
  const settings = useRemote(() => getCounterSettings(store.id), `counter-settings:${store.id}`);
  if (settings.data === null) return <RemoteView remote={settings} />;
  return (
    <View>
      <SettingsCard key={settings.data.version} saved={settings.data} onSaved={settings.reload} />
      <Codes store={store} />
      <Payments storeId={store.id} />
    </View>
  );
}

/** 优惠买单 per store: the offer, window, limit and commission switch; the counter codes; the payments and refunds. */
function CounterAdminContent() {
  const stores = useRemote(listStores, 'admin-stores');
  const [storeId, setStoreId] = useState<string | null>(null);
  if (stores.data === null) return <RemoteView remote={stores} />;
  if (stores.data.length === 0) return <EmptyState text="请先在「门店与代理」中新建门店" />;
  const current = stores.data.find((s) => s.id === storeId) ?? stores.data[0]!;
  return (
    <View>
      <View className="card">
        <Chips id="counter-store" value={current.id} onChange={setStoreId} options={stores.data.map((s) => ({ value: s.id, label: s.name }))} />
      </View>
      <StoreCounter key={current.id} store={current} />
    </View>
  );
}

export default function AdminCounterPage() {
  return <PageShell page={PAGES.adminCounter}>{() => <CounterAdminContent />}</PageShell>;
}
