import { Image, Text, View } from '@tarojs/components';
import type { CouponCounterCodeView } from '@/contracts/stores';
import { formatTime } from '@/components/format-time';
import { useRemote } from '@/hooks/use-remote';
import { getMyCouponCode } from '@/services/stores';
import './index.scss';

const STATE_TEXT: Record<CouponCounterCodeView['state'], string> = {
  READY: '到店结账时出示此码，店员扫码或输入核销后享受优惠',
  USED: '已使用',
  EXPIRED: '已过期，不能再使用',
  NOT_STARTED: '未到使用时间',
};

/** 到店使用: an in-store coupon's counter code and QR, made on the first reveal and the same afterwards. */
export function CouponCounterCode({ couponId }: { couponId: string }) {
  const remote = useRemote(() => getMyCouponCode(couponId), couponId);
  if (remote.error) return <Text className="muted">{remote.error}</Text>;
  const c = remote.data;
  if (!c) return <Text className="muted">正在生成券码…</Text>;
  return (
    <View id={`counter-${couponId}`} className="card counter-code">
      <Text className="card-title">到店使用 · {c.name}</Text>
      {c.state === 'READY' ? <Image className="counter-code__qr" src={c.qrDataUrl} mode="aspectFit" /> : null}
      <Text id="counter-code" className={`counter-code__code${c.state === 'READY' ? '' : ' counter-code__code--used'}`}>
        {c.code}
      </Text>
      <Text id="counter-state" className="muted">
        {STATE_TEXT[c.state]}
        {c.usedInStore ? ` · ${c.usedInStore.storeName} ${formatTime(c.usedInStore.at)}` : ''}
      </Text>
    </View>
  );
}
