import { Image, Text, View } from '@tarojs/components';
import type { PickupCodeView } from '@/contracts/stores';
import { PAGES } from '@/contracts/pages';
import { formatTime } from '@/components/format-time';
import { openPage } from '@/hooks/navigation';
import { useRemote } from '@/hooks/use-remote';
import { getMyPickupCode } from '@/services/stores';
import './index.scss';

const STATE_TEXT: Record<PickupCodeView['state'], string> = {
  WAITING_PAYMENT: '付款后即可凭码到店取货',
  READY: '请到店出示自提码，店员扫码核销后取货',
  VERIFIED: '已核销取货',
  REFUNDED: '订单已全部退款，无需到店取货',
  CLOSED: '订单已关闭',
};

/** A pickup order's counter code and QR (自提码), for the buyer to show at the store. */
export function PickupCard({ orderId, status }: { orderId: string; status: string }) {
  const remote = useRemote(() => getMyPickupCode(orderId), `${orderId}:${status}`);
  const pickup = remote.data;
  if (!pickup) return null;
  return (
    <View className="card pickup-card">
      <Text className="card-title">门店自提 · {pickup.storeName}</Text>
      {pickup.state === 'READY' ? <Image id="pickup-qr" className="pickup-card__qr" src={pickup.qrDataUrl} mode="aspectFit" /> : null}
      <Text id="pickup-code" className={`pickup-card__code${pickup.state === 'VERIFIED' || pickup.state === 'REFUNDED' ? ' pickup-card__code--used' : ''}`}>
        {pickup.code}
      </Text>
      <Text id="pickup-state" className="muted">
        {STATE_TEXT[pickup.state]}
        {pickup.verifiedAt ? ` · ${formatTime(pickup.verifiedAt)}` : ''}
      </Text>
      {pickup.state === 'READY' || pickup.state === 'VERIFIED' ? (
        <Text id="pickup-reserve" className="pickup-card__link" onClick={() => void openPage(PAGES.reserve, { storeId: pickup.storeId, orderId })}>
          购买的是到店服务？预约到店时段 ›
        </Text>
      ) : null}
    </View>
  );
}
