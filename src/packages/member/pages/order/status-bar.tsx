import { Text, View } from '@tarojs/components';
import type { OrderDetailView } from '@/contracts/orders';
import { daysUntilAutoReceipt } from '@/domain/order/auto-receipt';
import { REFUND_STATE_LABELS, type RefundState } from '@/domain/order/line-refund-state';
import { ORDER_STATUS_LABELS } from '@/domain/order/order-status';
import { formatFen } from '@/domain/money/format-fen';
import type { Fen } from '@/domain/money/fen';
import { formatTime } from '@/components/format-time';
import { useServerClock } from '@/hooks/use-server-clock';
import { countdownText } from './countdown-text';

/** The order's state in one line, and what happens next: the pay countdown, the automatic receipt, the refund. */
export function StatusBar({ order, refund }: { order: OrderDetailView; refund: { state: RefundState; fen: Fen } }) {
  const pending = order.status === 'PENDING_PAY';
  const now = useServerClock(order.asOf, pending ? 1000 : null);
  const label = order.pickupStore && order.status === 'PAID' ? '已付款（待自提）' : ORDER_STATUS_LABELS[order.status];
  const remainingMs = Date.parse(order.payDeadline) - now();
  return (
    <View className={`order-detail__status order-detail__status--${order.status.toLowerCase()}`}>
      <Text id="order-status" className="order-detail__status-text">
        {label}
      </Text>
      {pending ? (
        <Text id="order-pay-countdown" className="order-detail__deadline">
          {remainingMs > 0 ? `剩余 ${countdownText(remainingMs)} 自动取消` : '已超过支付时限，订单即将取消'}
        </Text>
      ) : null}
      {order.status === 'CANCELLED' ? <Text className="order-detail__deadline">订单已取消，未产生支付</Text> : null}
      {order.status === 'SHIPPED' && order.autoReceiveAt ? (
        <Text id="order-auto-receipt" className="order-detail__deadline">
          {`${daysUntilAutoReceipt(order.autoReceiveAt, now())} 天后自动确认收货`}
        </Text>
      ) : null}
      {refund.state !== 'NONE' ? (
        <Text id="order-refund-state" className="order-detail__deadline">
          {REFUND_STATE_LABELS[refund.state]} {formatFen(refund.fen)}
          {order.closedAt ? ` · ${formatTime(order.closedAt)} 全部退款，交易关闭` : ''}
        </Text>
      ) : null}
    </View>
  );
}
