import { Text, View } from '@tarojs/components';
import { MAX_GRADES } from '@/domain/distribution/distribution-policy';
import { confirmAction } from '@/components/ui-kit/confirm-action';
import { TextField } from '@/components/ui-kit/text-field';
import { levelLabel } from '@/components/labels';
import { Button } from '@/components/nut/button';
import { newGradeForm, type GradeForm, type PolicyForm } from './policy-form';


/**
 * 分销等级: name, rates per level, and the upgrade conditions (ANY / ALL of the filled ones). Saved with the rest of
 * the policy (one version); the server judges the values (unique weights, rates ≤ 100%, ≤ 10 grades …).
 */
export function GradesEditor({ form, onChange }: { form: PolicyForm; onChange: (grades: GradeForm[]) => void }) {
  const set = (i: number, patch: Partial<GradeForm>) => onChange(form.grades.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  const remove = async (g: GradeForm) => {
    const ok = await confirmAction('删除等级', `删除「${g.name || g.id}」后，该等级的分销商按默认比例计佣（保存设置后生效，已付款订单不受影响）。`);
    if (ok) onChange(form.grades.filter((x) => x.id !== g.id));
  };
  return (
    <View id="policy-grades" className="card">
      <Text className="card-title">分销等级</Text>
      <Text className="admin-note">分销商满足升级条件后自动升到符合条件的最高等级（权重越大等级越高），按等级比例计佣。留空的条件不参与判断；全部留空的等级只能由店员指定。升级条件只看分销商本人的业绩，不能按发展人数设置（见合规说明）。</Text>
      {form.grades.length === 0 ? <Text className="admin-note">暂无等级，所有分销商按上面的默认比例计佣。</Text> : null}
      {form.grades.map((g, i) => (
        <View key={g.id} id={`grade-${g.id}`} className="admin-product__sku">
          <TextField id={`grade-name-${i}`} label="等级名称" value={g.name} onChange={(v) => set(i, { name: v })} maxlength={20} placeholder="如：银牌分销商" />
          <TextField id={`grade-weight-${i}`} label="权重（越大越高）" type="number" value={g.weight} onChange={(v) => set(i, { weight: v })} />
          {g.ratesPercent.map((r, k) => (
            <TextField
              key={k}
              id={`grade-rate-${i}-${k + 1}`}
              label={`${levelLabel(k + 1)}比例 %`}
              type="digit"
              value={r}
              onChange={(v) => set(i, { ratesPercent: g.ratesPercent.map((x, j) => (j === k ? v : x)) })}
            />
          ))}
          <View className="policy__row">
            <Text className="policy__label">升级条件</Text>
            <View className="policy__chips">
              {(['ANY', 'ALL'] as const).map((mode) => (
                <View key={mode} id={`grade-mode-${i}-${mode}`} className={`policy__chip${g.mode === mode ? ' policy__chip--on' : ''}`} onClick={() => set(i, { mode })}>
                  {mode === 'ANY' ? '满足任一条件' : '满足全部条件'}
                </View>
              ))}
            </View>
          </View>
          <TextField id={`grade-spend-${i}`} label="自购消费满（元）" type="digit" value={g.ownSpendYuan} onChange={(v) => set(i, { ownSpendYuan: v })} placeholder="不限" />
          <TextField id={`grade-settled-${i}`} label="已结算佣金满（元）" type="digit" value={g.settledCommissionYuan} onChange={(v) => set(i, { settledCommissionYuan: v })} placeholder="不限" />
          <TextField id={`grade-orders-${i}`} label="付款订单满（单）" type="number" value={g.orderCount} onChange={(v) => set(i, { orderCount: v })} placeholder="不限" />
          <View className="admin-actions">
            <Button size="small" type="danger" onClick={() => void remove(g)}>
              删除等级
            </Button>
          </View>
        </View>
      ))}
      {form.grades.length < MAX_GRADES ? (
        <View className="admin-actions">
          <Button id="grade-add" size="small" fill="outline" onClick={() => onChange([...form.grades, newGradeForm(form)])}>
            添加等级
          </Button>
        </View>
      ) : null}
      <Text className="admin-note">直推客户只计已付款的顾客，不计单纯注册（不以拉人头为条件）。</Text>
    </View>
  );
}
