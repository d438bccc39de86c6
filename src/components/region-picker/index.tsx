import { Picker, Text, View } from '@tarojs/components';
import { regionOptions } from '@/domain/member/region-list';
import { HAS_NATIVE_REGION_PICKER } from '@/services/region-picker';
import './index.scss';

const parts = (region: string) => region.split(/\s+/).filter((p) => p !== '');

/** 所在地区 as "省 市 区": WeChat's region picker in the mini program, three short lists (省 → 市 → 区) in H5. */
export function RegionPicker({ value, onChange }: { value: string; onChange: (region: string) => void }) {
  const chosen = parts(value);
  if (HAS_NATIVE_REGION_PICKER) {
    return (
      <Picker id="region-picker" mode="region" value={chosen} onChange={(e) => onChange((e.detail.value as string[]).join(' '))}>
        <Text className={value ? 'region-picker__value' : 'region-picker__placeholder'}>{value || '请选择省 / 市 / 区'}</Text>
      </Picker>
    );
  }
  const options = regionOptions(chosen);
  const labels = ['省', '市', '区'];
  // Choosing a level keeps the levels above it and clears those below.
  const choose = (level: number, name: string) => onChange([...chosen.slice(0, level), name].join(' '));
  return (
    <View className="region-picker">
      {options.map((names, level) => {
        const disabled = names.length === 0;
        return (
          <Picker key={labels[level]} id={`region-${level}`} mode="selector" range={names} disabled={disabled} onChange={(e) => choose(level, names[Number(e.detail.value)] ?? '')}>
            <Text className={chosen[level] ? 'region-picker__value' : 'region-picker__placeholder'}>{chosen[level] ?? `选择${labels[level]}`}</Text>
          </Picker>
        );
      })}
    </View>
  );
}
