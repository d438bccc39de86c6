import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { MarketingRulesView } from '@/contracts/marketing';
import { PAGES } from '@/contracts/pages';
import { toBps, toFen } from '@/domain/money/fen';
import { parseYuan } from '@/domain/money/parse-yuan';
import { runAction } from '@/components/ui-kit/run-action';
import { SaveBar } from '@/components/ui-kit/save-bar';
import { TextField } from '@/components/ui-kit/text-field';
import { yuan } from '@/components/coupon-card/describe';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { showError } from '@/components/show-error';
import { RemoteView } from '@/components/remote-view';
import { useRemote } from '@/hooks/use-remote';
import { getMarketingRules, updateMemberLevels, updatePointsRules } from '@/services/marketing-admin';
import '../admin.scss';

const whole = (text: string) => (/^\d{1,7}$/.test(text.trim()) ? Number(text.trim()) : null);
/** "9.5" 折 → 500 bps off; "" or "10" → no discount. */
const zheToOffBps = (text: string) => {
  const t = text.trim();
  if (t === '' || t === '10') return 0;
  return /^\d(\.\d{1,2})?$/.test(t) && Number(t) >= 1 ? Math.round((10 - Number(t)) * 1000) : null;
};

function PointsForm({ rules, onSaved }: { rules: MarketingRulesView; onSaved: () => void }) {
  const p = rules.points;
  const [earn, setEarn] = useState(String(p.earnBps / 100));
  const [pointsPerYuan, setPointsPerYuan] = useState(String(100 / p.fenPerPoint));
  const [cap, setCap] = useState(String(p.maxDeductionBps / 100));
  const [signIn, setSignIn] = useState(String(p.signInPoints));
  const [bonuses, setBonuses] = useState(p.streakBonuses.map((b) => [b.day, b.points, ...(b.couponTemplateId ? [b.couponTemplateId] : [])].join(':')).join(','));
  const save = async () => {
    const earnPerYuan = Number(earn);
    const perYuan = whole(pointsPerYuan);
    const capPct = whole(cap);
    const signInPoints = whole(signIn);
    const streakBonuses = bonuses
      .split(/[,，\s]+/)
      .filter(Boolean)
      .map((b) => b.split(/[:：]/))
      .map(([day = '', points = '', couponTemplateId = '']) => ({ day: Number(day), points: Number(points), ...(couponTemplateId ? { couponTemplateId } : {}) }));
    if (!(earnPerYuan >= 0 && earnPerYuan <= 100) || !/^\d+(\.\d{1,2})?$/.test(earn.trim())) return showError(new Error('每元得积分请填 0–100'));
    if (perYuan === null || ![1, 2, 4, 5, 10, 20, 25, 50, 100].includes(perYuan)) return showError(new Error('多少积分抵 1 元：请填 1、2、4、5、10、20、25、50 或 100'));
    if (capPct === null || capPct > 100 || signInPoints === null) return showError(new Error('请填写整数，抵扣上限 0–100'));
    if (streakBonuses.some((b) => !Number.isInteger(b.day) || !Number.isInteger(b.points))) return showError(new Error('连续签到奖励格式：天数:积分[:优惠券编号]，如 7:20 或 7:0:CTxxxx'));
    const points = {
      earnBps: toBps(Math.round(earnPerYuan * 100)),
      fenPerPoint: 100 / perYuan,
      maxDeductionBps: toBps(capPct * 100),
      signInPoints,
      streakBonuses,
    };
    if (await runAction('正在保存…', '已保存', () => updatePointsRules(rules.version, points))) onSaved();
  };
  return (
    <View className="card">
      <Text className="card-title">积分与签到</Text>
      <TextField id="points-earn" label="每实付 1 元得积分（0 为不送）" type="digit" value={earn} onChange={setEarn} />
      <TextField id="points-per-yuan" label="多少积分抵 1 元" type="number" value={pointsPerYuan} onChange={setPointsPerYuan} />
      <TextField id="points-cap" label="积分最多抵商品金额的（%）" type="number" value={cap} onChange={setCap} />
      <TextField id="points-sign-in" label="每日签到得积分" type="number" value={signIn} onChange={setSignIn} />
      <TextField id="points-bonuses" label="连续签到奖励（天数:积分[:优惠券编号]，逗号分隔）" value={bonuses} onChange={setBonuses} placeholder="3:10,7:30:CT券编号" />
      <Text className="muted">积分按实付金额（不含运费）计算，退款时按比例扣回；下单抵扣的积分在取消订单或退款时按比例退回。分享本身不送积分。</Text>
      <SaveBar id="points-save" label="保存积分规则" onSave={save} />
    </View>
  );
}

interface LevelRow {
  id: string;
  name: string;
  minSpend: string;
  zhe: string;
  memberPrices: string;
}

function LevelsForm({ rules, onSaved }: { rules: MarketingRulesView; onSaved: () => void }) {
  const [rows, setRows] = useState<LevelRow[]>(() =>
    rules.levels.map((l) => ({
      id: l.id,
      name: l.name,
      minSpend: yuan(l.minSpendFen),
      zhe: l.offBps === 0 ? '' : String((10000 - l.offBps) / 1000),
      memberPrices: Object.entries(l.memberPriceFenBySkuId)
        .map(([sku, fen]) => `${sku}:${yuan(fen)}`)
        .join(','),
    })),
  );
  const set = (i: number, key: keyof LevelRow, v: string) => setRows((rs) => rs.map((r, k) => (k === i ? { ...r, [key]: v } : r)));
  const save = async () => {
    const levels: MarketingRulesView['levels'] = [];
    for (const r of rows) {
      const minSpendFen = parseYuan(r.minSpend);
      const offBps = zheToOffBps(r.zhe);
      if (!r.name.trim() || minSpendFen === null || offBps === null) return showError(new Error('请填写等级名称、消费门槛（元）和折扣（如 9.5，可留空）'));
      const memberPriceFenBySkuId: Record<string, ReturnType<typeof toFen>> = {};
      for (const pair of r.memberPrices.split(/[,，\s]+/).filter(Boolean)) {
        const [sku = '', price = ''] = pair.split(/[:：]/);
        const fen = parseYuan(price);
        if (!sku || fen === null) return showError(new Error('会员价格式：规格编号:价格，如 p01-s1:35.9'));
        memberPriceFenBySkuId[sku] = fen;
      }
      levels.push({ id: r.id, name: r.name.trim(), minSpendFen, offBps: toBps(offBps), memberPriceFenBySkuId });
    }
    if (await runAction('正在保存…', '已保存', () => updateMemberLevels(rules.version, levels))) onSaved();
  };
  return (
    <View className="card">
      <Text className="card-title">会员等级</Text>
      <Text className="muted">按累计实付消费（含运费、扣除退款）自动定级；结算时会员价优先于等级折扣，秒杀、拼团、砍价商品不享受。</Text>
      {rows.map((r, i) => (
        <View key={r.id} className="admin-card" id={`level-${r.id}`}>
          <TextField id={`level-name-${i}`} label="等级名称" value={r.name} onChange={(v) => set(i, 'name', v)} maxlength={10} />
          <TextField id={`level-spend-${i}`} label="累计消费满（元）" type="digit" value={r.minSpend} onChange={(v) => set(i, 'minSpend', v)} />
          <TextField id={`level-zhe-${i}`} label="折扣（折，留空不打折）" type="digit" value={r.zhe} onChange={(v) => set(i, 'zhe', v)} />
          <TextField id={`level-prices-${i}`} label="会员价（规格编号:元，逗号分隔，选填）" value={r.memberPrices} onChange={(v) => set(i, 'memberPrices', v)} maxlength={4000} />
          <Button size="small" onClick={() => setRows((rs) => rs.filter((_, k) => k !== i))}>
            删除此等级
          </Button>
        </View>
      ))}
      <View className="admin-actions">
        {rows.length < 8 ? (
          <Button
            id="level-add"
            size="small"
            onClick={() => setRows((rs) => [...rs, { id: `lv${Date.now().toString(36)}`, name: '', minSpend: '', zhe: '', memberPrices: '' }])}
          >
            添加等级
          </Button>
        ) : null}
        <Button id="levels-save" type="primary" size="small" onClick={() => void save()}>
          保存会员等级
        </Button>
      </View>
    </View>
  );
}

function MarketingRulesContent() {
  const rules = useRemote(getMarketingRules, 'marketing-rules');
  if (rules.data === null) return <RemoteView remote={rules} />;
  // Keyed by version: after a save the forms restart from what the server stored.
  return (
    <View key={rules.data.version}>
      <PointsForm rules={rules.data} onSaved={rules.reload} />
      <LevelsForm rules={rules.data} onSaved={rules.reload} />
    </View>
  );
}

export default function AdminMarketingRulesPage() {
  return <PageShell page={PAGES.adminMarketingRules}>{() => <MarketingRulesContent />}</PageShell>;
}
