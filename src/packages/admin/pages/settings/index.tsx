import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { PolicyView } from '@/contracts/distribution-admin';
import { PAGES } from '@/contracts/pages';
import { WITHDRAWAL_METHODS, type LevelCount, type WithdrawalMethod } from '@/domain/distribution/distribution-policy';
import { confirmAction } from '@/components/ui-kit/confirm-action';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { levelLabel, WITHDRAWAL_METHOD_LABELS } from '@/components/labels';
import { formatTime } from '@/components/format-time';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { showError } from '@/components/show-error';
import { RemoteView } from '@/components/remote-view';
import { openPage } from '@/hooks/navigation';
import { useRemote } from '@/hooks/use-remote';
import { getPolicy, updatePolicy } from '@/services/distribution-admin';
import { fromPolicyForm, toPolicyForm, type PolicyForm } from './policy-form';
import { GradesEditor } from './grades-editor';
import '../admin.scss';
import { Chips } from '@/components/ui-kit/chips';

const QUALIFICATIONS: { value: PolicyForm['qualification']; label: string }[] = [
  { value: 'UNCONDITIONAL', label: '所有人可加入' },
  { value: 'FIRST_PAID_ORDER', label: '首单付款后' },
  { value: 'SPEND_AT_LEAST', label: '累计消费满额' },
  { value: 'APPLICATION', label: '申请审核' },
  { value: 'STAFF_ONLY', label: '仅店员指定' },
];
const BIND_RULES: { value: PolicyForm['bindRule']; label: string }[] = [
  { value: 'FIRST_TOUCH', label: '首次绑定永久有效' },
  { value: 'PROTECTED', label: '保护期 + 有效期' },
  { value: 'ALWAYS_OVERRIDE', label: '最后分享者优先' },
];

const YES_NO = [
  { value: true, label: '是' },
  { value: false, label: '否' },
];

function PolicyEditor({ view, onSaved }: { view: PolicyView; onSaved: (v: PolicyView) => void }) {
  const [form, setForm] = useState<PolicyForm>(() => toPolicyForm(view.policy));
  const [ackThree, setAckThree] = useState(false);
  const set = <K extends keyof PolicyForm>(key: K, value: PolicyForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setLevels = (levels: LevelCount) =>
    setForm((f) => ({
      ...f,
      levels,
      ratesPercent: Array.from({ length: levels }, (_, i) => f.ratesPercent[i] ?? '0'),
      // Every grade has one rate per level too.
      grades: f.grades.map((g) => ({ ...g, ratesPercent: Array.from({ length: levels }, (_, i) => g.ratesPercent[i] ?? '0') })),
    }));
  const toggleMethod = (m: WithdrawalMethod) => set('methods', form.methods.includes(m) ? form.methods.filter((x) => x !== m) : [...form.methods, m]);
  const needsAck = form.levels === 3 && !view.policy.threeLevelAck;

  const save = async () => {
    const built = fromPolicyForm(form, view.policy);
    if ('problem' in built) return showError(new Error(built.problem));
    if (needsAck && !ackThree) return showError(new Error('三级分销需先阅读合规说明并勾选确认'));
    if (!(await confirmAction('保存分销设置', '新设置只影响之后付款的订单，已付款订单按原设置计算佣金。'))) return;
    let saved: PolicyView | null = null;
    const ok = await runAction('正在保存…', '已保存', async () => {
      saved = await updatePolicy({ policy: built.edit, expectedVersion: view.policy.version, ...(needsAck ? { acknowledgeThreeLevels: true } : {}) });
    });
    if (ok && saved) onSaved(saved);
  };

  return (
    <View>
      <View className="card">
        <View className="row-between">
          <Text className="card-title">佣金层级与比例</Text>
          <Text id="open-compliance" className="policy__link" onClick={() => void openPage(PAGES.adminCompliance)}>
            合规说明 ›
          </Text>
        </View>
        <View className="policy__row">
          <Text className="policy__label">分佣层级（微信规则建议不超过两级）</Text>
          <Chips id="policy-levels" options={[1, 2, 3].map((n) => ({ value: n as LevelCount, label: `${n} 级` }))} value={form.levels} onChange={setLevels} />
        </View>
        {needsAck ? (
          <View className="policy__row">
            <View className="policy__chips">
              <View id="policy-ack-three" className={`policy__chip${ackThree ? ' policy__chip--on' : ''}`} onClick={() => setAckThree(!ackThree)}>
                {ackThree ? '✓ ' : ''}我已阅读合规说明，确认开启三级分销
              </View>
            </View>
          </View>
        ) : null}
        {form.ratesPercent.map((r, i) => (
          <TextField
            key={i}
            id={`policy-rate-${i + 1}`}
            label={`${levelLabel(i + 1)}比例 %`}
            type="digit"
            value={r}
            onChange={(v) => set('ratesPercent', form.ratesPercent.map((x, j) => (j === i ? v : x)))}
          />
        ))}
        <View className="policy__row">
          <Text className="policy__label">自购返佣（分销商自己下单也拿一级佣金）</Text>
          <Chips id="policy-self" options={YES_NO} value={form.selfPurchase} onChange={(v) => set('selfPurchase', v)} />
        </View>
      </View>

      <GradesEditor form={form} onChange={(grades) => set('grades', grades)} />

      <View className="card">
        <Text className="card-title">成为分销商（永远免费，不可要求购买）</Text>
        <Chips id="policy-qualification" options={QUALIFICATIONS} value={form.qualification} onChange={(v) => set('qualification', v)} />
        {form.qualification === 'SPEND_AT_LEAST' ? (
          <TextField id="policy-threshold" label="累计消费（元）" type="digit" value={form.spendThresholdYuan} onChange={(v) => set('spendThresholdYuan', v)} />
        ) : null}
      </View>

      <View className="card">
        <Text className="card-title">客户绑定</Text>
        <Chips id="policy-bind" options={BIND_RULES} value={form.bindRule} onChange={(v) => set('bindRule', v)} />
        {form.bindRule === 'PROTECTED' ? (
          <View>
            <TextField id="policy-protection" label="保护期（天）" type="number" value={form.protectionDays} onChange={(v) => set('protectionDays', v)} />
            <TextField id="policy-validity" label="有效期（天）" type="number" value={form.validityDays} onChange={(v) => set('validityDays', v)} placeholder="留空为永久" />
          </View>
        ) : null}
        <View className="policy__row">
          <Text className="policy__label">绑定时机</Text>
          <Chips id="policy-trigger" options={[{ value: 'OPEN' as const, label: '打开分享即绑定' }, { value: 'FIRST_ORDER' as const, label: '首次下单时绑定' }]} value={form.trigger} onChange={(v) => set('trigger', v)} />
        </View>
        <View className="policy__row">
          <Text className="policy__label">仅绑定新客户（未付款过）</Text>
          <Chips id="policy-only-new" options={YES_NO} value={form.onlyNewUsers} onChange={(v) => set('onlyNewUsers', v)} />
        </View>
      </View>

      <View className="card">
        <Text className="card-title">结算与提现</Text>
        <TextField id="policy-freeze" label="冻结天数" type="number" value={form.freezeDays} onChange={(v) => set('freezeDays', v)} />
        <TextField id="policy-min" label="单笔最低（元）" type="digit" value={form.minYuan} onChange={(v) => set('minYuan', v)} />
        <TextField id="policy-max" label="单笔最高（元）" type="digit" value={form.maxYuan} onChange={(v) => set('maxYuan', v)} />
        <TextField id="policy-daily" label="每日上限（元）" type="digit" value={form.dailyCapYuan} onChange={(v) => set('dailyCapYuan', v)} />
        <TextField id="policy-fee" label="手续费 %" type="digit" value={form.feePercent} onChange={(v) => set('feePercent', v)} />
        <View className="policy__row">
          <Text className="policy__label">提现方式</Text>
          <View className="policy__chips">
            {WITHDRAWAL_METHODS.map((m) => (
              <View key={m} className={`policy__chip${form.methods.includes(m) ? ' policy__chip--on' : ''}`} onClick={() => toggleMethod(m)}>
                {WITHDRAWAL_METHOD_LABELS[m]}
              </View>
            ))}
          </View>
        </View>
      </View>

      <Text className="muted policy__save">
        版本 {view.policy.version} · {view.updatedAt ? `最后保存于 ${formatTime(view.updatedAt)}` : '使用默认设置'}
      </Text>
      <View className="policy__save">
        <Button id="policy-save" type="primary" block onClick={() => void save()}>
          保存设置
        </Button>
      </View>
    </View>
  );
}

function SettingsContent() {
  const [round, setRound] = useState(0);
  const policy = useRemote(getPolicy, `policy-${round}`);
  if (policy.data === null) return <RemoteView remote={policy} />;
  // Re-mount the editor on every saved version so the form shows what the server stored.
  return <PolicyEditor key={policy.data.policy.version} view={policy.data} onSaved={() => setRound((r) => r + 1)} />;
}

export default function AdminSettingsPage() {
  return <PageShell page={PAGES.adminSettings}>{() => <SettingsContent />}</PageShell>;
}
