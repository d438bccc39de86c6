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
} as const;

export type PagePath = (typeof PAGES)[keyof typeof PAGES];

/** Pages a scene code may point at: what a shared card or code opens. */
export const SCENE_TARGET_PAGES = [PAGES.home, PAGES.product] as const;
export type SceneTargetPage = (typeof SCENE_TARGET_PAGES)[number];
