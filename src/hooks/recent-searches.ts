import Taro from '@tarojs/taro';
import { MAX_RECENT_SEARCHES } from '@/contracts/catalog';

const RECENT_KEY = 'wfx.recent-searches';

/** The searches made on this device, newest first (never sent to the server). */
export function readRecentSearches(): string[] {
  const saved: unknown = Taro.getStorageSync(RECENT_KEY);
  return Array.isArray(saved) ? saved.filter((s): s is string => typeof s === 'string').slice(0, MAX_RECENT_SEARCHES) : [];
}

/** Puts `query` first (once), keeping at most MAX_RECENT_SEARCHES. */
export function rememberSearch(query: string): string[] {
  const next = [query, ...readRecentSearches().filter((q) => q !== query)].slice(0, MAX_RECENT_SEARCHES);
  Taro.setStorageSync(RECENT_KEY, next);
  return next;
}

export function clearRecentSearches(): void {
  Taro.removeStorageSync(RECENT_KEY);
}
