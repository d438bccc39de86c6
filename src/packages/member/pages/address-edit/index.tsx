import { Input, Switch, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { AddressView } from '@/contracts/member';
import { PAGES } from '@/contracts/pages';
import { isMainlandMobile } from '@/domain/member/mainland-mobile';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { RegionPicker } from '@/components/region-picker';
import { showInfo } from '@/components/show-error';
import { ErrorView } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';
import { useRemote } from '@/hooks/use-remote';
import { useBusy } from '@/hooks/use-busy';
import { listAddresses, saveAddress } from '@/services/member';
import { CAN_IMPORT_WECHAT_ADDRESS, importWechatAddress } from '@/services/region-picker';
import '@/components/address-fields/index.scss';
import './index.scss';

/** A new address's id, chosen here so a retried save edits the same entry. */
function newAddressId(): string {
  return `ad${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

type Draft = Omit<AddressView, 'id'>;

/** What the form refuses before saving (the server checks again, the phone with ADDRESS.PHONE_INVALID). */
function problemOf(d: Draft): string | null {
  if (!d.name.trim()) return '请填写收货人';
  if (!isMainlandMobile(d.phone.trim())) return '请输入正确的 11 位手机号';
  if (d.region.trim().split(/\s+/).length < 2) return '请选择所在地区';
  if (d.detail.trim().length < 2) return '请填写详细地址';
  return null;
}

function AddressForm({ existing }: { existing: AddressView | null }) {
  const id = useRef(existing?.id ?? newAddressId()).current;
  const [draft, setDraft] = useState<Draft>(existing ?? { name: '', phone: '', region: '', detail: '', isDefault: false });
  const [saving, runSaving] = useBusy();
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const importFromWechat = async () => {
    const imported = await importWechatAddress();
    if (imported) set(imported);
  };

  const save = async () => {
    const problem = problemOf(draft);
    if (problem) return showInfo(problem);
    await runSaving(async () => {
      await saveAddress({ addressId: id, name: draft.name.trim(), phone: draft.phone.trim(), region: draft.region.trim(), detail: draft.detail.trim(), isDefault: draft.isDefault });
      showInfo('已保存');
      await Taro.navigateBack();
    });
  };

  return (
    <View className="address-edit with-bottom-bar">
      {CAN_IMPORT_WECHAT_ADDRESS ? (
        <View id="address-import" className="card address-edit__import" onClick={() => void importFromWechat()}>
          从微信收货地址导入 ›
        </View>
      ) : null}
      <View className="card">
        <View className="address-fields__field">
          <Text className="address-fields__label">收货人</Text>
          <Input id="address-name" className="address-fields__input" value={draft.name} maxlength={20} placeholder="请输入收货人姓名" onInput={(e) => set({ name: e.detail.value })} />
        </View>
        <View className="address-fields__field">
          <Text className="address-fields__label">手机号</Text>
          <Input id="address-phone" className="address-fields__input" type="number" value={draft.phone} maxlength={11} placeholder="请输入 11 位手机号" onInput={(e) => set({ phone: e.detail.value })} />
        </View>
        <View className="address-fields__field">
          <Text className="address-fields__label">所在地区</Text>
          <View className="address-fields__input">
            <RegionPicker value={draft.region} onChange={(region) => set({ region })} />
          </View>
        </View>
        <View className="address-fields__field">
          <Text className="address-fields__label">详细地址</Text>
          <Input id="address-detail" className="address-fields__input" value={draft.detail} maxlength={120} placeholder="街道、楼牌号等" onInput={(e) => set({ detail: e.detail.value })} />
        </View>
        <View className="address-fields__field">
          <Text className="address-fields__label">设为默认</Text>
          <View className="address-fields__input address-edit__switch">
            <Switch id="address-default" checked={draft.isDefault} color="#d4380d" onChange={(e) => set({ isDefault: e.detail.value })} />
          </View>
        </View>
      </View>
      <View className="bottom-bar">
        <Button id="address-save" type="primary" block loading={saving} disabled={saving} onClick={() => void save()}>
          保存
        </Button>
      </View>
    </View>
  );
}

function AddressEditContent({ addressId }: { addressId: string | undefined }) {
  const book = useRemote(() => (addressId ? listAddresses() : Promise.resolve([])), addressId ?? 'new');
  if (book.data === null) return <RemoteView remote={book} />;
  const existing = addressId ? (book.data.find((a) => a.id === addressId) ?? null) : null;
  if (addressId && !existing) return <ErrorView message="地址不存在" />;
  return <AddressForm existing={existing} />;
}

export default function AddressEditPage() {
  return <PageShell page={PAGES.addressEdit}>{(params) => <AddressEditContent addressId={params.addressId} />}</PageShell>;
}
