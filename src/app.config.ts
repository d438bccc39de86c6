import { PAGES } from './contracts/pages';

/** Main package: tab pages only. Each subpackage lists its pages relative to its root. */
const STORE_ROOT = 'packages/store/';
const MEMBER_ROOT = 'packages/member/';

function underRoot(root: string, paths: readonly string[]): string[] {
  return paths.map((p) => {
    if (!p.startsWith(root)) throw new Error(`${p} is not under ${root}`);
    return p.slice(root.length);
  });
}

export default defineAppConfig({
  pages: [PAGES.home, PAGES.category, PAGES.cart, PAGES.me],
  subPackages: [
    { root: STORE_ROOT.slice(0, -1), pages: underRoot(STORE_ROOT, [PAGES.product, PAGES.checkout, PAGES.pay]) },
    { root: MEMBER_ROOT.slice(0, -1), pages: underRoot(MEMBER_ROOT, [PAGES.orders, PAGES.order, PAGES.persona]) },
  ],
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#f5f6f8',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '微分销商城',
    navigationBarTextStyle: 'black',
  },
  tabBar: {
    color: '#8a8f99',
    selectedColor: '#fa2c19',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: PAGES.home, text: '首页', iconPath: 'components/tab-icons/home.png', selectedIconPath: 'components/tab-icons/home-active.png' },
      { pagePath: PAGES.category, text: '分类', iconPath: 'components/tab-icons/category.png', selectedIconPath: 'components/tab-icons/category-active.png' },
      { pagePath: PAGES.cart, text: '购物车', iconPath: 'components/tab-icons/cart.png', selectedIconPath: 'components/tab-icons/cart-active.png' },
      { pagePath: PAGES.me, text: '我的', iconPath: 'components/tab-icons/me.png', selectedIconPath: 'components/tab-icons/me-active.png' },
    ],
  },
  // Subpackages are downloaded when first opened; the product page is where most shares land, so fetch it early.
  preloadRule: {
    [PAGES.home]: { network: 'all', packages: [STORE_ROOT.slice(0, -1)] },
  },
});
