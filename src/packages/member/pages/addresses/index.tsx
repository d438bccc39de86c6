import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import type { AddressView } from '@/contracts/member';
import { PAGES } from '@/contracts/pages';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { showError } from '@/components/show-error';
import { EmptyState } from '@/components/status-view';
import { openPage } from '@/hooks/navigation';
import { pickAddress } from '@/hooks/use-last-address';
import { RemoteView } from '@/components/remote-view';
import { useRemote } from '@/hooks/use-remote';
import { deleteAddress, listAddresses, setDefaultAddress } from '@/services/member';
import './index.scss';

/** 地址簿: every saved address, the default first; `select=1` (from checkout) picks one and goes back. */
function AddressesContent({ selecting }: { selecting: boolean }) {
  const book = useRemote(listAddresses, 'addresses');
  const firstShow = useRef(true);
  useDidShow(() => {
    // Back from adding or editing an address.
    if (firstShow.current) firstShow.current = false;
    else book.reload();
  });
  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      book.reload();
    } catch (err) {
      showError(err);
    }
  };
  const remove = async (a: AddressView) => {
    const { confirm } = await Taro.showModal({ title: '删除地址', content: `删除 ${a.name} ${a.region} ${a.detail}？`, confirmText: '删除' });
    if (confirm) await run(() => deleteAddress(a.id));
  };
  const choose = (a: AddressView) => {
    pickAddress({ name: a.name, phone: a.phone, region: a.region, detail: a.detail });
    void Taro.navigateBack();
  };

  if (book.data === null) return <RemoteView remote={book} />;
  return (
    <View className="addresses with-bottom-bar">
      {book.data.length === 0 ? <EmptyState text="还没有收货地址" /> : null}
      {book.data.map((a) => (
        <View key={a.id} id={`address-${a.id}`} className="card addresses__item">
          <View className="addresses__main" onClick={selecting ? () => choose(a) : undefined}>
            <View className="row">
              <Text className="addresses__name">{a.name}</Text>
              <Text className="addresses__phone">{a.phone}</Text>
              {a.isDefault ? <Text className="addresses__default">默认</Text> : null}
            </View>
            <Text className="addresses__line">
              {a.region} {a.detail}
            </Text>
          </View>
          <View className="addresses__actions">
            {a.isDefault ? (
              <Text className="addresses__hint">默认地址</Text>
            ) : (
              <Text id={`address-default-${a.id}`} className="addresses__action" onClick={() => void run(() => setDefaultAddress(a.id))}>
                设为默认
              </Text>
            )}
            <View className="row">
              <Text id={`address-edit-${a.id}`} className="addresses__action" onClick={() => void openPage(PAGES.addressEdit, { addressId: a.id })}>
                编辑
              </Text>
              <Text id={`address-delete-${a.id}`} className="addresses__action" onClick={() => void remove(a)}>
                删除
              </Text>
            </View>
          </View>
        </View>
      ))}
      <View className="bottom-bar">
        <Button id="address-add" type="primary" block onClick={() => void openPage(PAGES.addressEdit)}>
          新增收货地址
        </Button>
      </View>
    </View>
  );
}

export default function AddressesPage() {
  return <PageShell page={PAGES.addresses}>{(params) => <AddressesContent selecting={params.select === '1'} />}</PageShell>;
}
