import { Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import { PAGES } from '@/contracts/pages';
import type { ReservationView, StoreView } from '@/contracts/stores';
import { shanghaiDay } from '@/domain/shared/shanghai-day';
import { runAction } from '@/components/ui-kit/run-action';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { StorePhotos } from '@/components/store-photos';
import { EmptyState } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';
import { useRemote } from '@/hooks/use-remote';
import { getStore, listSlots, reserveSlot } from '@/services/stores';
import { newRequestId } from '@/services/request-id';
import './index.scss';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Offered in the picker; the server accepts up to 30 days ahead. */
const DAYS_SHOWN = 7;

/**
 * 到店预约: a day and a slot of the store's service times (capacity per slot, never overbooked). Opened from a paid
 * order (`orderId`) the booking is already paid online (one booking per order); otherwise it is paid in store.
 */
function ReserveForm({ store, orderId }: { store: StoreView; orderId: string | null }) {
  const days = Array.from({ length: DAYS_SHOWN }, (_, i) => shanghaiDay(Date.now() + i * DAY_MS));
  const [date, setDate] = useState(days[1] ?? days[0] ?? '');
  const [time, setTime] = useState<string | null>(null);
  const [booked, setBooked] = useState<ReservationView | null>(null);
  const requestId = useRef(newRequestId('rv'));
  const slots = useRemote(() => listSlots(store.id, date), `${store.id}:${date}:${booked?.id ?? ''}`);

  const book = () =>
    void runAction('正在预约…', '预约成功', async () => {
      if (!time) throw new Error('请选择时段');
      setBooked(await reserveSlot({ requestId: requestId.current, storeId: store.id, date, time, ...(orderId ? { payMode: 'ONLINE', orderId } : { payMode: 'IN_STORE' }) }));
      requestId.current = newRequestId('rv');
    });

  return (
    <View className="reserve">
      <View className="card">
        <Text className="card-title">{store.name}</Text>
        <StorePhotos id="store-photos" photos={store.photos} size="large" />
        <Text className="muted">{store.address}</Text>
        <Text className="muted">
          营业时间 {store.hours.open}–{store.hours.close} · 电话 {store.phone}
        </Text>
      </View>
      <View className="card">
        <Text className="card-title">选择日期</Text>
        <View className="reserve__chips">
          {days.map((d) => (
            <View key={d} className={`reserve__chip${d === date ? ' reserve__chip--on' : ''}`} onClick={() => (setDate(d), setTime(null))}>
              <Text>{d.slice(5)}</Text>
            </View>
          ))}
        </View>
        <Text className="card-title">选择时段</Text>
        <View className="reserve__chips">
          {(slots.data ?? []).map((s) => {
            const full = s.taken >= s.capacity;
            return (
              <View key={s.time} id={`slot-${s.time.replace(':', '')}`} className={`reserve__chip${s.time === time ? ' reserve__chip--on' : ''}${full ? ' reserve__chip--full' : ''}`} onClick={() => !full && setTime(s.time)}>
                <Text>{s.time}</Text>
                <Text className="muted">{full ? '已约满' : `余 ${s.capacity - s.taken}`}</Text>
              </View>
            );
          })}
        </View>
        <Text className="muted">{orderId ? `已在线支付（订单 ${orderId.slice(-8)}），到店出示签到码即可` : '到店支付；在线购买的服务可在订单详情中预约。'}</Text>
      </View>
      {booked ? (
        <View id="reservation-done" className="card">
          <Text className="card-title">已预约 {booked.date} {booked.time}</Text>
          <Text>
            到店出示签到码：<Text id="reservation-code">{booked.code}</Text>
          </Text>
        </View>
      ) : null}
      <View className="card">
        <Button id="reserve-submit" type="primary" block disabled={!time} onClick={book}>
          确认预约
        </Button>
      </View>
    </View>
  );
}

function ReserveContent({ storeId, orderId }: { storeId: string; orderId: string | null }) {
  const store = useRemote(() => getStore(storeId), storeId);
  return <RemoteView remote={store}>{(data) => <ReserveForm store={data} orderId={orderId} />}</RemoteView>;
}

export default function ReservePage() {
  return <PageShell page={PAGES.reserve}>{(params) => (params.storeId ? <ReserveContent storeId={params.storeId} orderId={params.orderId ?? null} /> : <EmptyState text="缺少门店" />)}</PageShell>;
}
