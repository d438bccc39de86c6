import { Text, View } from '@tarojs/components';
import { Chips } from '@/components/ui-kit/chips';
import { TextField } from '@/components/ui-kit/text-field';
import { CARRIER_OPTIONS, OTHER_CARRIER, type CarrierFormState } from './carrier-form';
import './index.scss';

/**
 * The carrier (from WeChat's carrier list; 其他: its code and name by hand) and the tracking number of a parcel.
 * `idPrefix` names the fields (`<prefix>-carrier`, `<prefix>-tracking` …) for tests.
 */
export function CarrierFields({ idPrefix, form, onChange }: { idPrefix: string; form: CarrierFormState; onChange: (patch: Partial<CarrierFormState>) => void }) {
  return (
    <View>
      <Text className="carrier-form__label">快递公司</Text>
      <Chips id={`${idPrefix}-carrier`} options={CARRIER_OPTIONS} value={form.picked} onChange={(picked) => onChange({ picked })} />
      {form.picked === OTHER_CARRIER ? (
        <View>
          <TextField id={`${idPrefix}-carrier-code`} label="运力编码" value={form.otherCode} onChange={(otherCode) => onChange({ otherCode })} placeholder="微信「运力 id 列表」中的编码" maxlength={32} />
          <TextField id={`${idPrefix}-carrier-name`} label="快递公司名称" value={form.otherName} onChange={(otherName) => onChange({ otherName })} maxlength={30} />
        </View>
      ) : null}
      <TextField id={`${idPrefix}-tracking`} label="快递单号" value={form.trackingNo} onChange={(trackingNo) => onChange({ trackingNo })} placeholder="4–40 位字母、数字或 -" maxlength={40} />
    </View>
  );
}
