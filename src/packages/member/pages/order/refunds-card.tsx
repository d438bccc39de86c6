import { Text, View } from '@tarojs/components';
import type { OrderDetailView } from '@/contracts/orders';
import { formatTime } from '@/components/format-time';
import { Price } from '@/components/price';

/** Every refund of the order: which goods, how much, when, and whether the money has arrived. */
export function RefundsCard({ order }: { order: OrderDetailView }) {
  if (order.refunds.length === 0) return null;
  const titles = new Map(order.lines.map((l) => [l.lineId, l.title]));
  return (
    <View id="order-refunds" className="card">
      <Text className="card-title">退款记录</Text>
      {order.refunds.map((r) => (
        <View key={r.refundId} className="row-between order-detail__sum">
          <View className="order-detail__refund-row">
            <Text>
              {titles.get(r.lineId) ?? ''}
              {r.units ? ` ×${r.units}` : ' 仅退款'}
            </Text>
            <Text className="muted">
              {formatTime(r.at)} · {r.arrived ? '已原路退回' : '退款中'}
            </Text>
          </View>
          <Price fen={r.fen} size="small" />
        </View>
      ))}
    </View>
  );
}
