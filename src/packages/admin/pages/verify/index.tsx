import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { PAGES } from '@/contracts/pages';
import { TextField } from '@/components/admin-ui/text-field';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { Price } from '@/components/price';
import { formatTime } from '@/components/format-time';
import { errorMessage } from '@/hooks/use-remote';
import { checkInReservation, verifyPickup } from '@/services/store-admin';
import type { ReservationView, VerifyPickupResult } from '@/contracts/stores';
import '../admin.scss';

type Outcome = { kind: 'pickup'; result: VerifyPickupResult } | { kind: 'reservation'; result: ReservationView } | { kind: 'refused'; message: string };

/**
 * 门店核销: scan (WeChat) or type the shopper's pickup code to hand the goods over, or a booking's code to check it
 * in. Each code works once; a second attempt shows the refusal here, in the page, not only in a toast.
 */
function VerifyContent() {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async (kind: 'pickup' | 'reservation') => {
    const value = code.trim();
    if (!value || busy) return;
    setBusy(true);
    try {
      setOutcome(kind === 'pickup' ? { kind, result: await verifyPickup(value) } : { kind, result: await checkInReservation(value) });
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
        <TextField id="verify-code" label="核销码" value={code} onChange={setCode} placeholder="扫码或输入自提码 / 预约签到码" maxlength={24} />
        <View className="admin-actions">
          {process.env.TARO_ENV === 'weapp' ? (
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
        </View>
      </View>
      {outcome?.kind === 'pickup' ? (
        <View id="verify-result" className="card">
          <Text className="card-title">核销成功：{outcome.result.storeName}</Text>
          <Text>订单 {outcome.result.orderId} · 顾客 {outcome.result.buyerName}</Text>
          <Price fen={outcome.result.totalFen} size="small" />
          <Text className="muted">{formatTime(outcome.result.verifiedAt)}，订单已确认收货</Text>
        </View>
      ) : null}
      {outcome?.kind === 'reservation' ? (
        <View id="verify-result" className="card">
          <Text className="card-title">签到成功：{outcome.result.storeName}</Text>
          <Text>
            {outcome.result.date} {outcome.result.time} · {outcome.result.payMode === 'IN_STORE' ? '到店支付，请收款' : '已在线支付'}
          </Text>
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
