import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { PAGES } from '@/contracts/pages';
import type { GeoPoint, ReservationView } from '@/contracts/stores';
import { formatDistance } from '@/domain/o2o/format-distance';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { StorePhotos } from '@/components/store-photos';
import { EmptyState } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';
import { askLocation } from '@/hooks/ask-location';
import { openPage } from '@/hooks/navigation';
import { useRemote } from '@/hooks/use-remote';
import { cancelReservation, listMyReservations, listNearbyStores } from '@/services/stores';
import { usePagedList } from '@/hooks/use-paged-list';
import { confirmAction } from '@/components/ui-kit/confirm-action';
import { runAction } from '@/components/ui-kit/run-action';
import './index.scss';


const PAGE_SIZE = 5;

function reservationStatusText(r: ReservationView): string {
  if (r.status === 'CHECKED_IN') return '已签到';
  if (r.status === 'CANCELLED') return '已取消';
  return r.payMode === 'IN_STORE' ? '到店支付' : '已在线支付';
}

/** A booking may be cancelled by its shopper until its slot starts (the server checks again). */
const beforeSlot = (r: ReservationView) => Date.parse(`${r.date}T${r.time}:00+08:00`) > Date.now();

/** 我的预约: newest first, a page at a time (更多), each cancellable before its slot. */
function MyReservations() {
  const mine = usePagedList((cursor) => listMyReservations({ cursor, limit: PAGE_SIZE }), 'my-reservations');
  const cancel = async (r: ReservationView) => {
    if (!(await confirmAction('取消预约', `取消 ${r.storeName} ${r.date} ${r.time} 的预约？名额会释放给其他顾客。`))) return;
    await runAction('正在取消…', '已取消预约', async () => {
      await cancelReservation(r.id);
      mine.reload();
    });
  };
  if (mine.items.length === 0) return null;
  return (
    <View id="my-reservations" className="card">
      <Text className="card-title">我的预约</Text>
      {mine.items.map((r) => (
        <View key={r.id} className="stores__reservation">
          <Text>
            {r.storeName} · {r.date} {r.time}
          </Text>
          <View className="row-between">
            <Text className="muted">
              签到码 {r.code} · {reservationStatusText(r)}
            </Text>
            {r.status === 'BOOKED' && beforeSlot(r) ? (
              <Button id={`reservation-cancel-${r.id}`} size="small" fill="outline" onClick={() => void cancel(r)}>
                取消预约
              </Button>
            ) : null}
          </View>
        </View>
      ))}
      {mine.hasMore ? (
        <Text id="my-reservations-more" className="link" onClick={mine.loadMore}>
          {mine.loadingMore ? '加载中…' : '更多预约 ›'}
        </Text>
      ) : null}
    </View>
  );
}

/** 附近门店: open stores, nearest first once the shopper agrees to share their location; booking from each store. */
function StoresContent() {
  const [location, setLocation] = useState<GeoPoint | null>(null);
  const stores = useRemote(() => listNearbyStores(location ?? undefined), location ? `${location.latitude},${location.longitude}` : 'none');
  const sortByDistance = async () => {
    const found = await askLocation();
    if (found) setLocation(found);
  };
  if (stores.data === null) return <RemoteView remote={stores} />;
  return (
    <View className="stores">
      <MyReservations />
      <View className="stores__bar">
        <Text className="muted">{location ? '已按距离排序' : '门店按商家顺序排列'}</Text>
        {location ? null : (
          <Button id="stores-sort" size="small" fill="outline" onClick={() => void sortByDistance()}>
            按距离排序
          </Button>
        )}
      </View>
      {stores.data.length === 0 ? <EmptyState text="暂无营业中的门店" /> : null}
      {stores.data.map((s) => (
        <View key={s.id} id={`store-${s.id}`} className="card stores__item">
          <View className="row-between">
            <Text className="stores__name">{s.name}</Text>
            <Text className="muted">{formatDistance(s.distanceM)}</Text>
          </View>
          <StorePhotos id={`store-photos-${s.id}`} photos={s.photos} />
          <Text className="muted">{s.address}</Text>
          <Text className="muted">
            营业时间 {s.hours.open}–{s.hours.close} · 电话 {s.phone}
          </Text>
          {s.slotTimes.length > 0 && s.slotCapacity > 0 ? (
            <View className="stores__actions">
              <Button id={`reserve-${s.id}`} size="small" type="primary" onClick={() => void openPage(PAGES.reserve, { storeId: s.id })}>
                预约到店
              </Button>
            </View>
          ) : null}
        </View>
      ))}
    </View>
  );
}

export default function StoresPage() {
  return <PageShell page={PAGES.stores}>{() => <StoresContent />}</PageShell>;
}
