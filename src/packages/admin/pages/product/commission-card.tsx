import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ProductCommissionView } from '@/contracts/distribution-admin';
import type { CommissionOverride } from '@/domain/distribution/distribution-policy';
import { confirmAction } from '@/components/ui-kit/confirm-action';
import { SaveBar } from '@/components/ui-kit/save-bar';
import { parsePercent, percentText } from '@/components/ui-kit/percent';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { levelLabel } from '@/components/labels';
import { showError } from '@/components/show-error';
import { formatFen } from '@/domain/money/format-fen';
import { toFen } from '@/domain/money/fen';
import { useRemote } from '@/hooks/use-remote';
import { getProductCommission, setProductCommission } from '@/services/distribution-admin';


function describe(o: CommissionOverride): string {
  if (o.kind === 'NONE') return '不分佣';
  if (o.kind === 'RATE') return o.ratesBps.map((r) => `${percentText(r)}%`).join(' / ');
  return o.amountsFen.map((f) => `每件 ${formatFen(toFen(f))}`).join(' / ');
}

/** A SKU's own rates as typed: all empty = no own rate (the policy or grade rates apply). */
const ratesOf = (o: CommissionOverride | null, levels: number) => Array.from({ length: levels }, (_, i) => (o?.kind === 'RATE' ? percentText(o.ratesBps[i] ?? 0) : ''));

function CommissionEditor({ view, onSaved }: { view: ProductCommissionView; onSaved: () => void }) {
  const [distribution, setDistribution] = useState(view.distribution);
  const [rates, setRates] = useState<Record<string, string[]>>(() => Object.fromEntries(view.skus.map((s) => [s.skuId, ratesOf(s.override, view.levels)])));
  const setRate = (skuId: string, i: number, v: string) => setRates({ ...rates, [skuId]: (rates[skuId] ?? []).map((x, j) => (j === i ? v : x)) });

  const save = async () => {
    const skuRates: Record<string, number[] | null> = {};
    if (distribution) {
      for (const s of view.skus) {
        const typed = rates[s.skuId] ?? [];
        // A FIXED_PER_UNIT set in the policy form stays unless a rate is typed here.
        if (typed.every((t) => t.trim() === '')) {
          if (s.override?.kind === 'RATE') skuRates[s.skuId] = null;
          continue;
        }
        const parsed = typed.map(parsePercent);
        if (parsed.some((p) => p === null)) return showError(new Error('规格佣金请填写百分比，最多两位小数；不单独设置请全部留空'));
        skuRates[s.skuId] = parsed as number[];
      }
    } else if (!(await confirmAction('不参与分销', '此商品之后付款的订单不再产生佣金，规格单独设置的佣金也会清除。已付款订单不受影响。'))) {
      return;
    }
    const ok = await runAction('正在保存…', '佣金设置已保存', () => setProductCommission({ productId: view.productId, expectedVersion: view.policyVersion, distribution, skuRates }));
    if (ok) onSaved();
  };

  return (
    <View id="product-commission" className="card">
      <Text className="card-title">分销佣金</Text>
      <View className="policy__row">
        <Text className="policy__label">参与分销</Text>
        <View className="policy__chips">
          {[true, false].map((on) => (
            <View key={String(on)} id={`product-distribution-${on ? 'on' : 'off'}`} className={`policy__chip${distribution === on ? ' policy__chip--on' : ''}`} onClick={() => setDistribution(on)}>
              {on ? '参与（产生佣金）' : '不参与（不产生佣金）'}
            </View>
          ))}
        </View>
      </View>
      {distribution ? (
        <View>
          <Text className="admin-note">
            默认按分销设置：{view.policyRatesBps.map((r, i) => `${levelLabel(i + 1)} ${percentText(r)}%`).join('、')}（有等级的分销商按等级比例）。
            {view.productOverride ? `整件商品已单独设置：${describe(view.productOverride)}。` : ''}
            规格单独设置的比例对所有分销商生效，各级合计不超过 100%。
          </Text>
          {view.skus.map((s) => (
            <View key={s.skuId} className="admin-product__sku">
              <Text className="policy__label">
                {s.specs}
                {s.override && s.override.kind !== 'RATE' ? `（当前：${describe(s.override)}）` : ''}
              </Text>
              {(rates[s.skuId] ?? []).map((r, i) => (
                <TextField key={i} id={`sku-rate-${s.skuId}-${i + 1}`} label={`${levelLabel(i + 1)}比例 %`} type="digit" value={r} placeholder="留空按默认" onChange={(v) => setRate(s.skuId, i, v)} />
              ))}
            </View>
          ))}
        </View>
      ) : (
        <Text className="admin-note">不参与分销的商品不产生任何佣金。</Text>
      )}
      <SaveBar id="product-commission-save" label="保存佣金设置" onSave={save} />
    </View>
  );
}

/**
 * The product's commission settings (stored in the distribution policy, so it needs the 分销 permission): staff
 * without it see nothing here rather than an error.
 */
export function ProductCommissionCard({ productId }: { productId: string }) {
  const [round, setRound] = useState(0);
  const data = useRemote(() => getProductCommission(productId), `${productId}-${round}`);
  if (data.data === null) return null;
  return <CommissionEditor key={data.data.policyVersion} view={data.data} onSaved={() => setRound((r) => r + 1)} />;
}
