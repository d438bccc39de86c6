import type { Fen } from '../domain/money/fen';
import type { ShareMaterial } from '../domain/shop/share-material';
import type { Page } from './paging';

export const CATALOG_FN = 'catalog';

export interface CategoryView {
  id: string;
  name: string;
}

export interface ProductCard {
  id: string;
  title: string;
  subtitle: string;
  imageUrl: string;
  /** Lowest SKU price. */
  priceFen: Fen;
  /** The SKUs differ in price: `priceFen` is the lowest and reads 「¥x 起」; false for one price. */
  priceFrom: boolean;
  categoryId: string;
  /** 已售: units sold net of refunds. */
  soldCount: number;
}

export interface SkuView {
  id: string;
  specs: string;
  priceFen: Fen;
  stock: number;
  /** 分享赚 for this SKU (level-1 commission on one unit); null unless the caller is a distributor. */
  shareEarnFen: Fen | null;
}

export interface ProductDetail extends ProductCard {
  images: string[];
  description: string;
  skus: SkuView[];
  /** What the caller earns at level 1 if a friend buys the cheapest SKU through their share; null if not a distributor. */
  shareEarnFen: Fen | null;
  /** HQ's share material, for distributors only (null for others, or when HQ has published none). */
  shareMaterial: ShareMaterial | null;
}

export type { ShareMaterial } from '../domain/shop/share-material';

/** A page of search results; on an empty first page, words to try instead (the shop's hot words). */
export interface SearchResultPage extends Page<ProductCard> {
  suggestions: string[];
}

/** What the search page shows before anything is typed: the shop's 热门搜索 (recent searches stay on the device). */
export interface SearchHints {
  hotWords: string[];
}

export { SEARCH_SORTS, type SearchSort } from '../domain/catalog/search-rank';
/** Recent searches kept on the device, newest first. */
export const MAX_RECENT_SEARCHES = 10;
export const MAX_HOT_WORDS = 10;
export const MAX_QUERY_LENGTH = 30;

/** What shoppers see of the shop: its name and logo (headers, pay page, posters, share titles) and its 客服 phone. */
export interface ShopProfileView {
  shopName: string;
  /** '' when the merchant has not uploaded one. */
  logoUrl: string;
  /** '' when the merchant has not set one. */
  servicePhone: string;
}

export { CATALOG_ERRORS } from '../domain/catalog/catalog-errors';
