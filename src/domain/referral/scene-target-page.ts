/**
 * Pages a scene code may point at (mini-program paths): what a shared card or code opens — the shop's home, a product,
 * a distributor's shop, a store's 优惠买单 counter. src/contracts/pages.ts names the same paths (PAGES.home,
 * PAGES.product, PAGES.shop, PAGES.counter).
 */
export const SCENE_TARGET_PAGES = ['pages/home/index', 'packages/store/pages/product/index', 'packages/shop/pages/home/index', 'packages/store/pages/counter/index'] as const;
export type SceneTargetPage = (typeof SCENE_TARGET_PAGES)[number];
