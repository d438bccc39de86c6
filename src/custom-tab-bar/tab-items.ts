import { PAGES } from '../contracts/pages';

/**
 * The tab bar, one list for both targets: app.config.ts declares it (Taro H5 draws it from there) and the weapp
 * custom tab bar renders it. The admin tab is last and shown only to staff: weapp leaves it out of the custom tab
 * bar, H5 hides the 5th item by CSS until the role check marks the document (see src/hooks/admin-tab.ts).
 */
export const TAB_ITEMS = [
  { pagePath: PAGES.home, text: '首页', iconPath: 'components/tab-icons/home.png', selectedIconPath: 'components/tab-icons/home-active.png' },
  { pagePath: PAGES.category, text: '分类', iconPath: 'components/tab-icons/category.png', selectedIconPath: 'components/tab-icons/category-active.png' },
  { pagePath: PAGES.cart, text: '购物车', iconPath: 'components/tab-icons/cart.png', selectedIconPath: 'components/tab-icons/cart-active.png' },
  { pagePath: PAGES.me, text: '我的', iconPath: 'components/tab-icons/me.png', selectedIconPath: 'components/tab-icons/me-active.png' },
  { pagePath: PAGES.admin, text: '管理', iconPath: 'components/tab-icons/admin.png', selectedIconPath: 'components/tab-icons/admin-active.png' },
] as const;

export const ADMIN_TAB_INDEX = TAB_ITEMS.length - 1;
