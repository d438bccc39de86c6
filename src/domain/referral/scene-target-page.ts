/**
 * Pages a scene code may point at (mini-program paths): what a shared card or code opens — the shop's home, a product,
 * a distributor's shop. src/contracts/pages.ts names the same paths (PAGES.home, PAGES.product, PAGES.shop).
 */
export const SCENE_TARGET_PAGES = ['pages/home/index', 'packages/store/pages/product/index', 'packages/shop/pages/home/index'] as const;
export type SceneTargetPage = (typeof SCENE_TARGET_PAGES)[number];
