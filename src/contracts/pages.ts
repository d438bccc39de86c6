/**
 * Page paths shared by the client (navigation) and the server (scene targets, share paths).
 * Main package: tab pages only. Subpackages by audience.
 */
export const PAGES = {
  home: 'pages/home/index',
  category: 'pages/category/index',
  cart: 'pages/cart/index',
  me: 'pages/me/index',
  product: 'packages/store/pages/product/index',
  checkout: 'packages/store/pages/checkout/index',
  pay: 'packages/store/pages/pay/index',
  orders: 'packages/member/pages/orders/index',
  order: 'packages/member/pages/order/index',
  persona: 'packages/member/pages/persona/index',
  team: 'packages/member/pages/team/index',
  earnings: 'packages/member/pages/earnings/index',
  ranking: 'packages/member/pages/ranking/index',
  shop: 'packages/shop/pages/home/index',
  myShop: 'packages/shop/pages/edit/index',
  // The admin tab (shown to staff only) and the admin subpackage it opens.
  admin: 'pages/admin/index',
  adminDashboard: 'packages/admin/pages/dashboard/index',
  adminProducts: 'packages/admin/pages/products/index',
  adminProduct: 'packages/admin/pages/product/index',
  adminOrders: 'packages/admin/pages/orders/index',
  adminOrder: 'packages/admin/pages/order/index',
  adminDistribution: 'packages/admin/pages/distribution/index',
  adminBindings: 'packages/admin/pages/bindings/index',
  adminFinance: 'packages/admin/pages/finance/index',
  adminSettings: 'packages/admin/pages/settings/index',
  adminShopSettings: 'packages/admin/pages/shop-settings/index',
  adminCompliance: 'packages/admin/pages/compliance/index',
  adminStaff: 'packages/admin/pages/staff/index',
  adminAudit: 'packages/admin/pages/audit/index',
  adminCustomers: 'packages/admin/pages/customers/index',
  adminCustomer: 'packages/admin/pages/customer/index',
  adminExports: 'packages/admin/pages/exports/index',
  adminImport: 'packages/admin/pages/import/index',
  // 营销活动: the activity subpackage for shoppers and the admin page.
  activities: 'packages/activity/pages/list/index',
  flashSale: 'packages/activity/pages/flash-sale/index',
  groupBuy: 'packages/activity/pages/group-buy/index',
  group: 'packages/activity/pages/group/index',
  bargain: 'packages/activity/pages/bargain/index',
  bargainHelp: 'packages/activity/pages/bargain-help/index',
  friendPay: 'packages/activity/pages/friend-pay/index',
  adminActivities: 'packages/admin/pages/activities/index',
  adminCategories: 'packages/admin/pages/categories/index',
  // 营销: the customer's coupons, points and level; staff's coupons, 满减, levels and points rules.
  couponCentre: 'packages/member/pages/coupon-centre/index',
  myCoupons: 'packages/member/pages/coupons/index',
  points: 'packages/member/pages/points/index',
  memberLevel: 'packages/member/pages/member-level/index',
  /** 申请成为分销商 (申请审核 mode): the form, and the review state and note. */
  distributorApply: 'packages/member/pages/apply/index',
  /** 申请售后 of one order line (仅退款 / 退货退款), and one request's timeline with the shopper's next step. */
  afterSaleApply: 'packages/member/pages/after-sale-apply/index',
  afterSale: 'packages/member/pages/after-sale/index',
  adminCoupons: 'packages/admin/pages/coupons/index',
  adminFullReductions: 'packages/admin/pages/full-reductions/index',
  adminMarketingRules: 'packages/admin/pages/marketing-rules/index',
  // O2O: nearby stores and bookings (shoppers); pickup 核销 and store management (staff).
  stores: 'packages/store/pages/stores/index',
  reserve: 'packages/store/pages/reserve/index',
  adminVerify: 'packages/admin/pages/verify/index',
  adminStores: 'packages/admin/pages/stores/index',
  // 搜索 and 商品评价: search results, a product's reviews, writing one, staff's review management.
  search: 'packages/store/pages/search/index',
  productReviews: 'packages/store/pages/reviews/index',
  writeReview: 'packages/member/pages/write-review/index',
  adminReviews: 'packages/admin/pages/reviews/index',
  /** 优惠买单: what a store's counter code opens (the shopper types the bill and pays); staff's settings and payments. */
  counter: 'packages/store/pages/counter/index',
  adminCounter: 'packages/admin/pages/counter/index',
  /** 刮刮卡 / 大转盘: the game with its public rules and odds, and my prizes; staff's games, stock and draws. */
  luckyDraw: 'packages/activity/pages/lucky-draw/index',
  adminLuckyDraws: 'packages/admin/pages/lucky-draws/index',
  /** 集点卡: my cards with progress; staff's cards. */
  stampCards: 'packages/member/pages/stamp-cards/index',
  adminStampCards: 'packages/admin/pages/stamp-cards/index',
  // 我的: 收藏, 足迹 and the 地址簿 (also the address chooser of checkout, `select=1`).
  favourites: 'packages/member/pages/favourites/index',
  history: 'packages/member/pages/history/index',
  addresses: 'packages/member/pages/addresses/index',
  addressEdit: 'packages/member/pages/address-edit/index',
} as const;

export type PagePath = (typeof PAGES)[keyof typeof PAGES];

/**
 * Pages of the local H5 shop only, left out of the mini program: switching the local persona, and the simulated
 * WeChat Pay page (in WeChat, wx.requestPayment opens the real cashier).
 */
export const LOCAL_ONLY_PAGES: readonly PagePath[] = [PAGES.persona, PAGES.pay];

/** Pages a scene code may point at: what a shared card or code opens (the referral rules keep the list). */
export { SCENE_TARGET_PAGES, type SceneTargetPage } from '../domain/referral/scene-target-page';
