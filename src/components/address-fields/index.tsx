import { Input, Text, View } from '@tarojs/components';
import type { AddressInput } from '@/contracts/orders';
import './index.scss';

type AddressKey = keyof AddressInput;

const FIELDS: { key: AddressKey; label: string; placeholder: string; type: 'text' | 'number' }[] = [
  { key: 'name', label: '收货人', placeholder: '请输入收货人姓名', type: 'text' },
  { key: 'phone', label: '手机号', placeholder: '请输入 11 位手机号', type: 'number' },
  { key: 'region', label: '所在地区', placeholder: '省 市 区，如 浙江省 杭州市 西湖区', type: 'text' },
  { key: 'detail', label: '详细地址', placeholder: '街道、楼牌号等', type: 'text' },
];

/** What the form refuses before submitting (the server checks again): a Chinese message, or null when fine. */
export function checkAddress(a: AddressInput): string | null {
  if (!a.name.trim()) return '请填写收货人';
  if (!/^1\d{10}$/.test(a.phone)) return '请输入 11 位手机号';
  if (a.region.trim().length < 2) return '请填写所在地区';
  if (a.detail.trim().length < 2) return '请填写详细地址';
  return null;
}

/** The address inputs of every checkout (ids `addr-<field>`); `only` limits them, e.g. name and phone for pickup. */
export function AddressFields(props: { address: AddressInput; onChange: (next: AddressInput) => void; only?: readonly AddressKey[] }) {
  const { address, onChange, only } = props;
  return (
    <>
      {FIELDS.filter((f) => !only || only.includes(f.key)).map((f) => (
        <View key={f.key} className="address-fields__field">
          <Text className="address-fields__label">{f.label}</Text>
          <Input
            id={`addr-${f.key}`}
            className="address-fields__input"
            type={f.type}
            value={address[f.key]}
            placeholder={f.placeholder}
            maxlength={f.key === 'phone' ? 11 : f.key === 'detail' ? 120 : 60}
            onInput={(e) => onChange({ ...address, [f.key]: e.detail.value })}
          />
        </View>
      ))}
    </>
  );
}
