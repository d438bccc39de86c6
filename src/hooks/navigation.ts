import Taro from '@tarojs/taro';
import { PAGES, type PagePath } from '@/contracts/pages';

export type PageParams = Record<string, string>;

const TAB_PAGES: readonly PagePath[] = [PAGES.home, PAGES.category, PAGES.cart, PAGES.me, PAGES.admin];

export function isTabPage(page: PagePath): boolean {
  return TAB_PAGES.includes(page);
}

/** "/packages/store/pages/product/index?productId=p1" — every navigation goes through PAGES, never a typed path. */
export function pageUrl(page: PagePath, params: PageParams = {}): string {
  const query = Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  return `/${page}${query ? `?${query}` : ''}`;
}

/** Opens a page on top of the current one; tab pages are switched to (they cannot take a query). */
export function openPage(page: PagePath, params: PageParams = {}): Promise<unknown> {
  if (isTabPage(page)) return Taro.switchTab({ url: pageUrl(page) });
  return Taro.navigateTo({ url: pageUrl(page, params) });
}

/** Replaces the current page (no way back to it), e.g. checkout → pay → order. */
export function replacePage(page: PagePath, params: PageParams = {}): Promise<unknown> {
  if (isTabPage(page)) return Taro.reLaunch({ url: pageUrl(page, params) });
  return Taro.redirectTo({ url: pageUrl(page, params) });
}
