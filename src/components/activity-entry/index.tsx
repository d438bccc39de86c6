import { Text, View } from '@tarojs/components';
import { PAGES } from '@/contracts/pages';
import { openPage } from '@/hooks/navigation';
import './index.scss';

/** The home page's way into 秒杀 / 拼团 / 砍价 (the pages live in the activity subpackage). */
export function ActivityEntry() {
  return (
    <View id="activity-entry" className="activity-entry" onClick={() => void openPage(PAGES.activities)}>
      <Text className="activity-entry__title">限时活动</Text>
      <Text className="activity-entry__hint">秒杀 · 拼团 · 砍价 ›</Text>
    </View>
  );
}
