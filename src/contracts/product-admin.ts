import type { ImportReport } from './catalog-csv';
import type { ExportFileView } from './export-file';
import type { ShareMaterial } from './catalog';
import type { Fen } from '../domain/money/fen';
import type { Page } from './paging';

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
  /** `skuId` edits that SKU; without one a SKU is added. SKUs are never deleted (orders refer to them): set stock 0. */
  skus: Array<{ skuId?: string; specs: string; priceFen: number; stock: number }>;
}

export interface ProductAdminResults {
  listProducts: Page<AdminProductView>;
  getProduct: AdminProductView;
  saveProduct: AdminProductView;
  setOnShelf: AdminProductView;
  uploadProductImage: { url: string };
  exportProducts: ExportFileView;
  importProducts: ImportReport;
}

export const PRODUCT_ADMIN_ERRORS = {
  NOT_FOUND: 'PRODUCT.NOT_FOUND',
  CATEGORY_NOT_FOUND: 'PRODUCT.CATEGORY_NOT_FOUND',
  SKU_NOT_FOUND: 'PRODUCT.SKU_NOT_FOUND',
  INVALID_IMAGE: 'PRODUCT.INVALID_IMAGE',
  BUSY: 'PRODUCT.BUSY',
} as const;
