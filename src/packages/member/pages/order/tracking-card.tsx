import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { OrderView } from '@/contracts/orders';
import { TRACK_STAGE_LABELS } from '@/domain/shipping/track-stage';
import { formatTime } from '@/components/format-time';
import { showInfo } from '@/components/show-error';
import { useRemote } from '@/hooks/use-remote';
import { getOrderTracking } from '@/services/orders';

/** 物流: carrier, the tracking number with a copy button, and the parcel's track, newest first. */
export function TrackingCard({ order }: { order: OrderView }) {
  const remote = useRemote(() => getOrderTracking(order.id), `${order.id}:${order.status}`);
  const shipment = order.shipment;
  if (!shipment) return null;
  const copy = () => void Taro.setClipboardData({ data: shipment.trackingNo }).then(() => showInfo('单号已复制'));
  const tracking = remote.data;
  return (
    <View id="order-tracking" className="card order-tracking">
      <View className="row-between">
        <Text id="order-tracking-carrier" className="card-title">
          物流 · {shipment.carrier}
        </Text>
      </View>
      <View className="row-between">
        <Text id="order-tracking-no" className="order-detail__meta-value">
          运单号 {shipment.trackingNo}
        </Text>
        <View id="order-tracking-copy" className="order-tracking__copy" onClick={copy}>
          复制
        </View>
      </View>
      {tracking === null ? (
        <Text className="muted">{remote.error ?? '正在查询物流…'}</Text>
      ) : tracking.nodes.length === 0 ? (
        <Text className="muted">{tracking.unavailable ?? '暂无物流轨迹'}</Text>
      ) : (
        tracking.nodes.map((n, i) => (
          <View key={`${n.at}-${i}`} className={`order-tracking__node${i === 0 ? ' order-tracking__node--latest' : ''}`}>
            <Text className="order-tracking__text">
              【{TRACK_STAGE_LABELS[n.stage]}】{n.text}
            </Text>
            <Text className="muted">{formatTime(n.at)}</Text>
          </View>
        ))
      )}
    </View>
  );
}
