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

export const PRODUCT_ADMIN_ERRORS = {
  NOT_FOUND: 'PRODUCT.NOT_FOUND',
  CATEGORY_NOT_FOUND: 'PRODUCT.CATEGORY_NOT_FOUND',
  SKU_NOT_FOUND: 'PRODUCT.SKU_NOT_FOUND',
  INVALID_IMAGE: 'PRODUCT.INVALID_IMAGE',
  BUSY: 'PRODUCT.BUSY',
  /** Products (on or off shelf) still belong to the category: move them first. */
  CATEGORY_NOT_EMPTY: 'PRODUCT.CATEGORY_NOT_EMPTY',
  CATEGORY_NAME_TAKEN: 'PRODUCT.CATEGORY_NAME_TAKEN',
  TOO_MANY_CATEGORIES: 'PRODUCT.TOO_MANY_CATEGORIES',
  /** A reorder must list every category exactly once (someone else added or deleted one meanwhile). */
  CATEGORY_ORDER_MISMATCH: 'PRODUCT.CATEGORY_ORDER_MISMATCH',
  /** The SKU's stock moved (an order or a cancel) since the form loaded it: reload and type the change again. */
  STOCK_CHANGED: 'PRODUCT.STOCK_CHANGED',
} as const;
