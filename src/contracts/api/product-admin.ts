import { defineApi, returns, type ResultsOf } from './define-api';
import { reviewAdminInputs } from '../reviews-inputs';
import { productAdminInputs } from '../product-admin-inputs';
import type { Page } from '../paging';
import type { AdminReviewView } from '../reviews';
import type { SearchHints } from '../catalog';
import { PRODUCT_ADMIN_FN, type AdminCategoryView, type AdminProductView } from '../product-admin';
import type { ImportReport } from '../catalog-csv';
import type { ExportFileView } from '../export-file';

/** The product-admin function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const productAdminApi = defineApi(PRODUCT_ADMIN_FN, {
  listProducts: { input: productAdminInputs.listProducts, result: returns<Page<AdminProductView>>(), permission: 'products' },
  getProduct: { input: productAdminInputs.getProduct, result: returns<AdminProductView>(), permission: 'products' },
  saveProduct: { input: productAdminInputs.saveProduct, result: returns<AdminProductView>(), permission: 'products' },
  setOnShelf: { input: productAdminInputs.setOnShelf, result: returns<AdminProductView>(), permission: 'products' },
  uploadProductImage: { input: productAdminInputs.uploadProductImage, result: returns<{ url: string }>(), permission: 'products' },
  exportProducts: { input: productAdminInputs.exportProducts, result: returns<ExportFileView>(), permission: 'products' },
  importProducts: { input: productAdminInputs.importProducts, result: returns<ImportReport>(), permission: 'products' },
  listCategories: { input: productAdminInputs.listCategories, result: returns<Page<AdminCategoryView>>(), permission: 'products' },
  saveCategory: { input: productAdminInputs.saveCategory, result: returns<AdminCategoryView>(), permission: 'products' },
  reorderCategories: { input: productAdminInputs.reorderCategories, result: returns<AdminCategoryView[]>(), permission: 'products' },
  deleteCategory: { input: productAdminInputs.deleteCategory, result: returns<{ categoryId: string; deleted: boolean }>(), permission: 'products' },
  listReviews: { input: reviewAdminInputs.listReviews, result: returns<Page<AdminReviewView>>(), permission: 'products' },
  setReviewHidden: { input: reviewAdminInputs.setReviewHidden, result: returns<AdminReviewView>(), permission: 'products' },
  replyReview: { input: reviewAdminInputs.replyReview, result: returns<AdminReviewView>(), permission: 'products' },
  saveHotWords: { input: productAdminInputs.saveHotWords, result: returns<SearchHints>(), permission: 'products' },
});

/** Every action's result by name (from the API map). */
export type ProductAdminResults = ResultsOf<typeof productAdminApi>;
