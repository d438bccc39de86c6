import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { isStaff, useMyRole } from '@/hooks/admin-tab';
import { ADMIN_TAB_INDEX, TAB_ITEMS } from './tab-items';
import './index.scss';

/** The page this tab bar instance belongs to: weapp gives every tab page its own instance. */
function currentRoute(): string {
  const pages = Taro.getCurrentPages();
  return pages[pages.length - 1]?.route ?? '';
}

/** Weapp custom tab bar (app.config `tabBar.custom`): the shop's four tabs, plus 管理 for staff. */
export default function CustomTabBar() {
  const role = useMyRole();
  const route = currentRoute();
  const items = TAB_ITEMS.filter((_, i) => i !== ADMIN_TAB_INDEX || isStaff(role));
  return (
    <View className="wfx-tab-bar">
      {items.map((item) => {
        const on = route === item.pagePath;
        return (
          <View key={item.pagePath} className="wfx-tab-bar__item" onClick={() => void Taro.switchTab({ url: `/${item.pagePath}` })}>
            <Image className="wfx-tab-bar__icon" src={`/${on ? item.selectedIconPath : item.iconPath}`} />
            <Text className={`wfx-tab-bar__text${on ? ' wfx-tab-bar__text--on' : ''}`}>{item.text}</Text>
          </View>
        );
      })}
    </View>
  );
}
