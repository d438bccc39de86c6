import type { ResultsOf } from './api/define-api';
import type { catalogApi } from './api/catalog';
import type { Fen } from '../domain/money/fen';

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
  categoryId: string;
}

export interface SkuView {
  id: string;
  specs: string;
  priceFen: Fen;
  stock: number;
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

/** Every action's result by name (from the API map). */
export type CatalogResults = ResultsOf<typeof catalogApi>;

export const CATALOG_ERRORS = { PRODUCT_NOT_FOUND: 'CATALOG.PRODUCT_NOT_FOUND' } as const;
