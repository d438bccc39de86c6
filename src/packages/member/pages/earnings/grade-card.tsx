import { Text, View } from '@tarojs/components';
import type { GradeCard as GradeCardData, GradeConditionKey } from '@/contracts/distributor';
import type { Fen } from '@/domain/money/fen';
import { formatFen } from '@/domain/money/format-fen';

const CONDITION_LABELS: Record<GradeConditionKey, string> = {
  ownSpendFen: '自购金额',
  settledCommissionFen: '已结算佣金',
  orderCount: '付款订单数',
};
const MONEY: readonly GradeConditionKey[] = ['ownSpendFen', 'settledCommissionFen'];

const percent = (bps: number) => `${bps / 100}%`;
const figure = (key: GradeConditionKey, n: number) => (MONEY.includes(key) ? formatFen(n as Fen) : String(n));

/** Current grade and its rates, then the next grade with a bar per upgrade condition. */
export function GradeCard({ card }: { card: GradeCardData }) {
  const rates = card.current?.ratesBps ?? card.baseRatesBps;
  return (
    <View id="grade-card" className="card grade-card">
      <View className="row-between">
        <Text className="card-title">我的等级：{card.current?.name ?? '普通分销商'}</Text>
        <Text className="muted">{rates.map((r, i) => `${i + 1}级 ${percent(r)}`).join(' · ')}</Text>
      </View>
      {card.next === null ? (
        <Text className="muted">{card.current === null ? '本店暂未设置可自动升级的等级' : '已是最高等级'}</Text>
      ) : (
        <View>
          <Text className="grade-card__next">
            升级到「{card.next.name}」（{card.next.ratesBps.map((r, i) => `${i + 1}级 ${percent(r)}`).join(' · ')}），{card.next.mode === 'ANY' ? '满足任一条件' : '需全部满足'}：
          </Text>
          {card.next.conditions.map((c) => (
            <View key={c.key} className="grade-card__cond">
              <View className="row-between">
                <Text>{CONDITION_LABELS[c.key]}</Text>
                <Text className={c.met ? 'grade-card__met' : 'muted'}>
                  {figure(c.key, c.current)} / {figure(c.key, c.target)}
                  {c.met ? ' ✓' : ''}
                </Text>
              </View>
              <View className="grade-card__track">
                <View className="grade-card__fill" style={{ width: `${Math.min(100, Math.max(0, (c.current / Math.max(1, c.target)) * 100))}%` }} />
              </View>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
