import { View } from '@tarojs/components';
import './index.scss';

export interface FilterTab<T> {
  value: T;
  label: string;
}

/** A row of filters above a list (order state, withdrawal state, distributor state …). */
export function FilterTabs<T extends string | null>({ tabs, value, onChange, idPrefix }: { tabs: FilterTab<T>[]; value: T; onChange: (v: T) => void; idPrefix: string }) {
  return (
    <View className="admin-tabs">
      {tabs.map((t) => (
        <View
          key={t.label}
          id={`${idPrefix}-${t.value ?? 'all'}`}
          className={`admin-tabs__tab${t.value === value ? ' admin-tabs__tab--active' : ''}`}
          onClick={() => onChange(t.value)}
        >
          {t.label}
        </View>
      ))}
    </View>
  );
}
