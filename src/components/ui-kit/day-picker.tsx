import { Picker, Text, View } from '@tarojs/components';

/** A labelled Beijing-day picker ("YYYY-MM-DD"); an empty value shows `placeholder`. */
export function DayPicker({ id, label, value, onChange, placeholder = '不限' }: { id: string; label: string; value: string; onChange: (v: string) => void; placeholder?: string }) {
  return (
    <Picker id={id} mode="date" value={value} onChange={(e) => onChange(String(e.detail.value))}>
      <View className="admin-kv">
        <Text className="admin-kv__key">{label}</Text>
        <Text>{value || placeholder}</Text>
      </View>
    </Picker>
  );
}
