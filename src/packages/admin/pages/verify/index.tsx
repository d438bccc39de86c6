import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { PAGES } from '@/contracts/pages';
import { TextField } from '@/components/ui-kit/text-field';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { Price } from '@/components/price';
import { formatFen } from '@/domain/money/format-fen';
import { formatTime } from '@/components/format-time';
import { errorMessage, useRemote } from '@/hooks/use-remote';
import { Chips } from '@/components/ui-kit/chips';
import { describeCouponRule } from '@/components/coupon-card/describe';
import { cancelReservationByCode, checkInReservation, verifyCoupon, verifyPickup } from '@/services/store-admin';
import { confirmAction } from '@/components/ui-kit/confirm-action';
import { listNearbyStores } from '@/services/stores';
import { scansCodes } from '@/services/runtime';
import type { ReservationView, VerifyCouponResult, VerifyPickupResult } from '@/contracts/stores';
import '../admin.scss';

type Outcome =
  | { kind: 'pickup'; result: VerifyPickupResult }
  | { kind: 'reservation'; result: ReservationView }
  | { kind: 'cancelled'; result: ReservationView }
  | { kind: 'coupon'; result: VerifyCouponResult }
  | { kind: 'refused'; message: string };

/**
 * 门店核销: scan (WeChat) or type the shopper's pickup code to hand the goods over, or a booking's code to check it
 * in, or an in-store coupon's code (到店使用) to give its discount at the till — at the store chosen here. Each code
 * works once; a second attempt shows the refusal here, in the page, not only in a toast.
 */
function VerifyContent() {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The counter a coupon is verified at (pickups and bookings carry their own store).
  const stores = useRemote(() => listNearbyStores(), 'stores');
  const [storeId, setStoreId] = useState('');
  // One open store: it is the counter. Several: staff pick one explicitly (no silent default to the first).
  const counterStore = stores.data?.length === 1 ? (stores.data[0]?.id ?? '') : storeId;

  const cancelBooking = async () => {
    const value = code.trim();
    if (!value || busy) return;
    if (!(await confirmAction('取消预约', '取消这个预约并释放名额？顾客需要重新预约。'))) return;
    setBusy(true);
    try {
      setOutcome({ kind: 'cancelled', result: await cancelReservationByCode(value) });
    } catch (err) {
      setOutcome({ kind: 'refused', message: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  const run = async (kind: 'pickup' | 'reservation' | 'coupon') => {
    const value = code.trim();
    if (!value || busy) return;
    setBusy(true);
    try {
      setOutcome(
        kind === 'pickup'
          ? { kind, result: await verifyPickup(value) }
          : kind === 'reservation'
            ? { kind, result: await checkInReservation(value) }
            : { kind, result: await verifyCoupon(value, counterStore) },
      );
    } catch (err) {
      setOutcome({ kind: 'refused', message: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  const scan = async () => {
    try {
      const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      setCode(result.trim());
    } catch {
      // Cancelled: nothing to do.
    }
  };

  return (
    <View>
      <View className="card">
        <TextField id="verify-code" label="核销码" value={code} onChange={setCode} placeholder="扫码或输入自提码 / 预约签到码 / 优惠券码" maxlength={24} />
        <View className="admin-actions">
          {scansCodes() ? (
            <Button size="small" fill="outline" onClick={() => void scan()}>
              扫码
            </Button>
          ) : null}
          <Button id="verify-pickup" type="primary" size="small" loading={busy} disabled={!code.trim()} onClick={() => void run('pickup')}>
            核销自提
          </Button>
          <Button id="check-in" size="small" fill="outline" disabled={!code.trim()} onClick={() => void run('reservation')}>
            预约签到
          </Button>
          <Button id="verify-coupon" size="small" fill="outline" disabled={!code.trim() || !counterStore} onClick={() => void run('coupon')}>
            核销优惠券
          </Button>
          <Button id="cancel-booking" size="small" fill="outline" disabled={!code.trim()} onClick={() => void cancelBooking()}>
            取消预约
          </Button>
        </View>
        {stores.data && stores.data.length > 1 ? (
          <View>
            <Text className="muted">{counterStore ? '优惠券核销门店' : '请先选择优惠券核销门店'}</Text>
            <Chips id="verify-store" options={stores.data.map((st) => ({ value: st.id, label: st.name }))} value={counterStore} onChange={setStoreId} />
          </View>
        ) : null}
        {stores.error ? <Text className="muted">{stores.error}</Text> : null}
        {stores.data && stores.data.length === 0 ? <Text className="muted">没有营业中的门店，不能核销优惠券</Text> : null}
      </View>
      {outcome?.kind === 'pickup' ? (
        <View id="verify-result" className="card">
          <Text className="card-title">核销成功：{outcome.result.storeName}</Text>
          <Text>订单 {outcome.result.orderId} · 顾客 {outcome.result.buyerName}</Text>
          <Price fen={outcome.result.totalFen} size="small" />
          {outcome.result.refundedFen > 0 ? (
            <Text id="verify-refund-warning" className="admin-status">
              注意：本单已部分退款（已退 {formatFen(outcome.result.refundedFen)}），已退款的商品不要交给顾客
            </Text>
          ) : null}
          {outcome.result.lines.map((l) => (
            <View key={l.lineId} className="admin-card__line">
              <Text>
                {l.title}
                {l.specs ? `（${l.specs}）` : ''} · 交付 {l.handOverUnits} 件
              </Text>
              {l.refundedUnits > 0 ? (
                <Text className="admin-status">
                  {' '}
                  已退 {l.refundedUnits}/{l.quantity} 件（{formatFen(l.refundedFen)}），不交付
                </Text>
              ) : null}
            </View>
          ))}
          <Text className="muted">{formatTime(outcome.result.verifiedAt)}，订单已确认收货</Text>
        </View>
      ) : null}
      {outcome?.kind === 'reservation' ? (
        <View id="verify-result" className="card">
          <Text className="card-title">签到成功：{outcome.result.storeName}</Text>
          <Text>
            {outcome.result.date} {outcome.result.time} ·{' '}
            {outcome.result.payMode === 'IN_STORE' ? '到店支付，请收款' : outcome.result.orderRefunded ? '在线订单已退款，请到店收款' : '已在线支付'}
          </Text>
        </View>
      ) : null}
      {outcome?.kind === 'cancelled' ? (
        <View id="verify-result" className="card">
          <Text className="card-title">预约已取消：{outcome.result.storeName}</Text>
          <Text>
            {outcome.result.date} {outcome.result.time}，名额已释放
          </Text>
        </View>
      ) : null}
      {outcome?.kind === 'coupon' ? (
        <View id="verify-result" className="card">
          <Text className="card-title">优惠券已核销：{outcome.result.storeName}</Text>
          <Text>
            {outcome.result.name} · {describeCouponRule(outcome.result.rule)} · 顾客 {outcome.result.buyerName}
          </Text>
          <Text className="muted">{formatTime(outcome.result.verifiedAt)}，请在收银时给予优惠</Text>
        </View>
      ) : null}
      {outcome?.kind === 'refused' ? (
        <View id="verify-refused" className="card">
          <Text className="card-title">未核销</Text>
          <Text>{outcome.message}</Text>
        </View>
      ) : null}
    </View>
  );
}

export default function AdminVerifyPage() {
  return <PageShell page={PAGES.adminVerify}>{() => <VerifyContent />}</PageShell>;
}
