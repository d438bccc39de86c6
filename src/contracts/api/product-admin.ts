import { defineApi, returns } from './define-api';
import { productAdminInputs } from '../product-admin-inputs';
import { PRODUCT_ADMIN_FN, type AdminCategoryView, type AdminProductView } from '../product-admin';
import type { ImportReport } from '../catalog-csv';
import type { ExportFileView } from '../export-file';
import type { Page } from '../paging';

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
});
