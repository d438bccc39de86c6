import { PRODUCT_ADMIN_FN } from '../contracts/product-admin';
import type { ExportFormat } from '../contracts/export-file';
import { apiClient } from './call-function';
import type { productAdminApi } from '../contracts/api/product-admin';

const productAdminClient = apiClient<typeof productAdminApi>(PRODUCT_ADMIN_FN);

export const listAdminProducts = productAdminClient.listProducts;

export const getAdminProduct = (productId: string) => productAdminClient.getProduct({ productId });

export const saveProduct = productAdminClient.saveProduct;

export const setOnShelf = (productId: string, onShelf: boolean) =>
  productAdminClient.setOnShelf({ productId, onShelf });

export const uploadProductImage = productAdminClient.uploadProductImage;

export const exportProducts = (format: ExportFormat = 'csv') => productAdminClient.exportProducts({ format });

/** Exactly one of `csv` (text) and `xlsxBase64` (an .xlsx file's bytes). */
export const importProducts = productAdminClient.importProducts;

export const listAdminCategories = productAdminClient.listCategories;

export const saveCategory = productAdminClient.saveCategory;

export const reorderCategories = (categoryIds: string[]) => productAdminClient.reorderCategories({ categoryIds });

export const deleteCategory = (categoryId: string) => productAdminClient.deleteCategory({ categoryId });

export const saveHotWords = (words: string[]) => productAdminClient.saveHotWords({ words });

export const listAdminReviews = productAdminClient.listReviews;

export const setReviewHidden = (reviewId: string, hidden: boolean) => productAdminClient.setReviewHidden({ reviewId, hidden });

export const replyReview = (reviewId: string, text: string) => productAdminClient.replyReview({ reviewId, text });
