import type { ShareMaterial } from './catalog';
import type { Fen } from '../domain/money/fen';

/** 商品管理 (staff with the 'products' permission): create and edit products and SKUs, on / off shelf, images. */
export const PRODUCT_ADMIN_FN = 'product-admin';

export interface AdminSkuView {
  id: string;
  specs: string;
  priceFen: Fen;
  stock: number;
}

export interface AdminProductView {
  id: string;
  title: string;
  subtitle: string;
  categoryId: string;
  description: string;
  images: string[];
  onShelf: boolean;
  minPriceFen: Fen;
  skus: AdminSkuView[];
  shareMaterial: ShareMaterial | null;
  /** The merchant's extra search words. */
  keywords: string[];
}

export interface SaveProductInput {
  requestId: string;
  /** Absent: a new product (created off shelf). */
  productId?: string;
  title: string;
  subtitle: string;
  categoryId: string;
  description: string;
  images: string[];
  /** Copy and images distributors post with one tap; null clears, absent keeps what is saved. */
  shareMaterial?: ShareMaterial | null;
  /** 搜索关键词: extra words shoppers find the product by; absent keeps what is saved. */
  keywords?: string[];
  /**
   * `skuId` edits that SKU; without one a SKU is added. SKUs are never deleted (orders refer to them): set stock 0.
   * An edited SKU carries `expectedStock`, the stock the form loaded: a different `stock` is saved only while the SKU
   * still holds that value (else PRODUCT.STOCK_CHANGED), so an edit never overwrites a reservation made meanwhile.
   */
  skus: Array<{ skuId?: string; specs: string; priceFen: number; stock: number; expectedStock?: number }>;
}

/** A category as staff manage it; `productCount` counts products on and off shelf (a category with any cannot be deleted). */
export interface AdminCategoryView {
  id: string;
  name: string;
  sort: number;
  productCount: number;
}

/** At most this many categories (the shopper's category tab reads them in one call). */
export const MAX_CATEGORIES = 100;

export { PRODUCT_ADMIN_ERRORS } from '../domain/catalog/product-admin-errors';
