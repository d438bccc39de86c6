import { LOCAL_ONLY_PAGES, PAGES, type PagePath } from './contracts/pages';
import { TAB_ITEMS } from './custom-tab-bar/tab-items';

/** Main package: tab pages only. Each subpackage lists its pages relative to its root. */
const STORE_ROOT = 'packages/store/';
const ACTIVITY_ROOT = 'packages/activity/';
const MEMBER_ROOT = 'packages/member/';
const SHOP_ROOT = 'packages/shop/';
const ADMIN_ROOT = 'packages/admin/';

/** The mini program leaves out the local shop's own pages (persona switch, simulated pay). */
const isInThisBuild = (page: string) => process.env.TARO_ENV !== 'weapp' || !LOCAL_ONLY_PAGES.includes(page as PagePath);

function underRoot(root: string, paths: readonly string[]): string[] {
  return paths.filter(isInThisBuild).map((p) => {
    if (!p.startsWith(root)) throw new Error(`${p} is not under ${root}`);
    return p.slice(root.length);
  });
}

export default defineAppConfig({
  pages: [PAGES.home, PAGES.category, PAGES.cart, PAGES.me, PAGES.admin],
  subPackages: [
    { root: STORE_ROOT.slice(0, -1), pages: underRoot(STORE_ROOT, [PAGES.product, PAGES.checkout, PAGES.pay, PAGES.stores, PAGES.reserve, PAGES.search, PAGES.productReviews, PAGES.counter]) },
    { root: MEMBER_ROOT.slice(0, -1), pages: underRoot(MEMBER_ROOT, [PAGES.orders, PAGES.order, PAGES.persona, PAGES.team, PAGES.earnings, PAGES.ranking, PAGES.couponCentre, PAGES.myCoupons, PAGES.points, PAGES.memberLevel, PAGES.distributorApply, PAGES.afterSaleApply, PAGES.afterSale, PAGES.writeReview, PAGES.stampCards, PAGES.favourites, PAGES.history, PAGES.addresses, PAGES.addressEdit]) },
    { root: SHOP_ROOT.slice(0, -1), pages: underRoot(SHOP_ROOT, [PAGES.shop, PAGES.myShop]) },
    {
      root: ADMIN_ROOT.slice(0, -1),
      pages: underRoot(ADMIN_ROOT, [
        PAGES.adminDashboard,
        PAGES.adminProducts,
        PAGES.adminProduct,
        PAGES.adminOrders,
        PAGES.adminOrder,
        PAGES.adminDistribution,
        PAGES.adminBindings,
        PAGES.adminFinance,
        PAGES.adminSettings,
        PAGES.adminShopSettings,
        PAGES.adminCompliance,
        PAGES.adminStaff,
        PAGES.adminAudit,
        PAGES.adminCustomers,
        PAGES.adminCustomer,
        PAGES.adminExports,
        PAGES.adminImport,
        PAGES.adminActivities,
        PAGES.adminCategories,
        PAGES.adminCoupons,
        PAGES.adminFullReductions,
        PAGES.adminMarketingRules,
        PAGES.adminVerify,
        PAGES.adminStores,
        PAGES.adminReviews,
        PAGES.adminCounter,
        PAGES.adminLuckyDraws,
        PAGES.adminStampCards,
      ]),
    },
    {
      root: ACTIVITY_ROOT.slice(0, -1),
      pages: underRoot(ACTIVITY_ROOT, [PAGES.activities, PAGES.flashSale, PAGES.groupBuy, PAGES.group, PAGES.bargain, PAGES.bargainHelp, PAGES.friendPay, PAGES.luckyDraw]),
    },
  ],
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#f5f6f8',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '商城',
    navigationBarTextStyle: 'black',
  },
  tabBar: {
    color: '#8a8f99',
    selectedColor: '#fa2c19',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    // weapp draws src/custom-tab-bar (the admin tab for staff only); Taro H5 has no custom tab bar and draws this list.
    custom: process.env.TARO_ENV === 'weapp',
    list: TAB_ITEMS.map((item) => ({ ...item })),
  },
  // WeChat only: privacy-scoped APIs first show the privacy popup for the 用户隐私保护指引 filled in the console; the
  // list is in docs/deploy.md (tests/weapp/privacy.test.ts keeps it, and this, in step with the bundle). Location and
  // address APIs must also be listed in requiredPrivateInfos: getLocation (附近门店, asked only after the shopper agrees) and
  // chooseAddress (地址簿's 从微信导入).
  ...(process.env.TARO_ENV === 'weapp'
    ? { __usePrivacyCheck__: true, requiredPrivateInfos: ['getLocation', 'chooseAddress'], permission: { 'scope.userLocation': { desc: '用于按距离为你排序附近门店' } } }
    : {}),
  // Subpackages are downloaded when first opened; the product page is where most shares land, so fetch it early.
  preloadRule: {
    [PAGES.home]: { network: 'all', packages: [STORE_ROOT.slice(0, -1)] },
  },
});
