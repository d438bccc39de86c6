import { View } from '@tarojs/components';
import './index.scss';

/** A one-of-few choice as chips. */
export function Chips<T extends string | number | boolean>({ id, options, value, onChange }: { id: string; options: ReadonlyArray<{ value: T; label: string }>; value: T; onChange: (v: T) => void }) {
  return (
    <View className="policy__chips">
      {options.map((o) => (
        <View key={String(o.value)} id={`${id}-${String(o.value)}`} className={`policy__chip${o.value === value ? ' policy__chip--on' : ''}`} onClick={() => onChange(o.value)}>
          {o.label}
        </View>
      ))}
    </View>
  );
}
