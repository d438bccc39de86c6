import { Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import type { StoreView } from '@/contracts/stores';
import { formatDistance } from '@/domain/o2o/format-distance';
import { showError } from '@/components/show-error';
import { askLocation } from '@/hooks/ask-location';
import { readPreferredStore } from '@/hooks/preferred-store';
import { listNearbyStores } from '@/services/stores';
import './index.scss';

export type DeliveryChoice = { kind: 'EXPRESS' } | { kind: 'PICKUP'; store: StoreView };

/**
 * Checkout's 配送方式: express, or pickup (自提) at an open store — the store whose code the shopper scanned is
 * preselected; "按距离排序" asks for the location first (only with consent).
 */
export function DeliveryPicker({ value, onChange }: { value: DeliveryChoice; onChange: (next: DeliveryChoice) => void }) {
  const [stores, setStores] = useState<StoreView[] | null>(null);
  const preferred = readPreferredStore();

  const load = async (sorted: boolean) => {
    try {
      const location = sorted ? await askLocation() : undefined;
      const list = await listNearbyStores(location ?? undefined);
      setStores(list);
      return list;
    } catch (err) {
      showError(err);
      return null;
    }
  };

  // A shopper who scanned a store's code starts with pickup at that store; after that their own choice stands.
  const atStart = useRef({ preferred, onChange, load });
  useEffect(() => {
    const { preferred: scanned, onChange: choose, load: loadStores } = atStart.current;
    if (!scanned) return;
    void loadStores(false).then((list) => {
      const store = list?.find((s) => s.id === scanned);
      if (store) choose({ kind: 'PICKUP', store });
    });
  }, []);

  const choosePickup = async () => {
    const list = stores ?? (await load(false));
    const store = list?.find((s) => s.id === preferred) ?? list?.[0];
    if (!store) return showError(new Error('暂无可自提的门店'));
    onChange({ kind: 'PICKUP', store });
  };

  return (
    <View className="card delivery">
      <Text className="card-title">配送方式</Text>
      <View className="delivery__tabs">
        <View id="delivery-express" className={`delivery__tab${value.kind === 'EXPRESS' ? ' delivery__tab--on' : ''}`} onClick={() => onChange({ kind: 'EXPRESS' })}>
          <Text>快递配送</Text>
        </View>
        <View id="delivery-pickup" className={`delivery__tab${value.kind === 'PICKUP' ? ' delivery__tab--on' : ''}`} onClick={() => void choosePickup()}>
          <Text>门店自提</Text>
        </View>
      </View>
      {value.kind === 'PICKUP' ? (
        <View className="delivery__stores">
          {(stores ?? []).map((s) => (
            <View key={s.id} id={`pickup-store-${s.id}`} className={`delivery__store${s.id === value.store.id ? ' delivery__store--on' : ''}`} onClick={() => onChange({ kind: 'PICKUP', store: s })}>
              <View className="row-between">
                <Text className="delivery__store-name">{s.name}</Text>
                <Text className="muted">{formatDistance(s.distanceM)}</Text>
              </View>
              <Text className="muted">
                {s.address} · {s.hours.open}–{s.hours.close}
              </Text>
            </View>
          ))}
          <Text id="pickup-sort" className="delivery__sort" onClick={() => void load(true)}>
            按距离排序
          </Text>
          <Text id="pickup-store-name" className="muted">
            到「{value.store.name}」自提，无需运费；付款后凭自提码到店取货
          </Text>
        </View>
      ) : null}
    </View>
  );
}
