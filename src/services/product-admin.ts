import { PRODUCT_ADMIN_FN, type ProductAdminResults, type SaveProductInput } from '../contracts/product-admin';
import type { ExportFormat } from '../contracts/export-file';
import { callAction } from './call-function';

export const listAdminProducts = (payload: { onShelf?: boolean; categoryId?: string; cursor?: number; limit?: number } = {}) =>
  callAction<ProductAdminResults['listProducts']>(PRODUCT_ADMIN_FN, 'listProducts', payload);

export const getAdminProduct = (productId: string) => callAction<ProductAdminResults['getProduct']>(PRODUCT_ADMIN_FN, 'getProduct', { productId });

export const saveProduct = (payload: SaveProductInput) => callAction<ProductAdminResults['saveProduct']>(PRODUCT_ADMIN_FN, 'saveProduct', payload);

export const setOnShelf = (productId: string, onShelf: boolean) =>
  callAction<ProductAdminResults['setOnShelf']>(PRODUCT_ADMIN_FN, 'setOnShelf', { productId, onShelf });

export const uploadProductImage = (payload: { contentType: 'image/png' | 'image/jpeg'; dataBase64: string }) =>
  callAction<ProductAdminResults['uploadProductImage']>(PRODUCT_ADMIN_FN, 'uploadProductImage', payload);

export const exportProducts = (format: ExportFormat = 'csv') => callAction<ProductAdminResults['exportProducts']>(PRODUCT_ADMIN_FN, 'exportProducts', { format });

/** Exactly one of `csv` (text) and `xlsxBase64` (an .xlsx file's bytes). */
export const importProducts = (payload: { requestId: string; dryRun: boolean } & ({ csv: string } | { xlsxBase64: string })) =>
  callAction<ProductAdminResults['importProducts']>(PRODUCT_ADMIN_FN, 'importProducts', payload);

export const listAdminCategories = (payload: { cursor?: number; limit?: number } = {}) =>
  callAction<ProductAdminResults['listCategories']>(PRODUCT_ADMIN_FN, 'listCategories', payload);

export const saveCategory = (payload: { requestId: string; categoryId?: string; name: string }) =>
  callAction<ProductAdminResults['saveCategory']>(PRODUCT_ADMIN_FN, 'saveCategory', payload);

export const reorderCategories = (categoryIds: string[]) => callAction<ProductAdminResults['reorderCategories']>(PRODUCT_ADMIN_FN, 'reorderCategories', { categoryIds });

export const deleteCategory = (categoryId: string) => callAction<ProductAdminResults['deleteCategory']>(PRODUCT_ADMIN_FN, 'deleteCategory', { categoryId });

export const saveHotWords = (words: string[]) => callAction<ProductAdminResults['saveHotWords']>(PRODUCT_ADMIN_FN, 'saveHotWords', { words });

export const listAdminReviews = (payload: { productId?: string; cursor?: number; limit?: number } = {}) =>
  callAction<ProductAdminResults['listReviews']>(PRODUCT_ADMIN_FN, 'listReviews', payload);

export const setReviewHidden = (reviewId: string, hidden: boolean) => callAction<ProductAdminResults['setReviewHidden']>(PRODUCT_ADMIN_FN, 'setReviewHidden', { reviewId, hidden });

export const replyReview = (reviewId: string, text: string) => callAction<ProductAdminResults['replyReview']>(PRODUCT_ADMIN_FN, 'replyReview', { reviewId, text });
