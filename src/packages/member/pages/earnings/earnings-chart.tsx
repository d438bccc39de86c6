import { Text, View } from '@tarojs/components';
import type { EarningsChart as EarningsChartData } from '@/contracts/commission';
import { formatFen } from '@/domain/money/format-fen';

/** Plain bars (no chart library): height relative to the best day; negative days (refunds) show as an empty bar. */
export function EarningsChart({ chart }: { chart: EarningsChartData }) {
  const max = Math.max(1, ...chart.days.map((d) => d.fen));
  const labelEvery = chart.days.length > 7 ? 5 : 1;
  return (
    <View id="earnings-chart" className="earn-chart">
      <View className="earn-chart__bars">
        {chart.days.map((d, i) => (
          <View key={d.day} className="earn-chart__col">
            <View className="earn-chart__bar" style={{ height: `${Math.max(0, (d.fen / max) * 100)}%` }} />
            <Text className="earn-chart__day">{i % labelEvery === 0 || i === chart.days.length - 1 ? d.day.slice(5) : ''}</Text>
          </View>
        ))}
      </View>
      <Text className="muted">合计 {formatFen(chart.totalFen)}（按佣金产生日，已扣除退款冲回）</Text>
    </View>
  );
}
