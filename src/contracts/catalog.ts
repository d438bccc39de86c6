import type { Fen } from '../domain/money/fen';
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

/** Copy text and images HQ publishes per product for distributors to post as they are. */
export interface ShareMaterial {
  copy: string;
  images: string[];
}

export interface CatalogResults {
  listCategories: CategoryView[];
  listProducts: Page<ProductCard>;
  getProduct: ProductDetail;
  getShopProfile: ShopProfileView;
}

/** What shoppers see of the shop: its name and logo (headers, pay page, posters, share titles) and its 客服 phone. */
export interface ShopProfileView {
  shopName: string;
  /** '' when the merchant has not uploaded one. */
  logoUrl: string;
  /** '' when the merchant has not set one. */
  servicePhone: string;
}

export const CATALOG_ERRORS = { PRODUCT_NOT_FOUND: 'CATALOG.PRODUCT_NOT_FOUND' } as const;
