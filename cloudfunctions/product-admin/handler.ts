import { productAdminApi } from '../../src/contracts/api/product-admin';
import { createHandler } from '../shared/kernel/handler/create-handler';
import { exportProducts } from './actions/export-products';
import { getProduct } from './actions/get-product';
import { importProducts } from './actions/import-products';
import { listProducts } from './actions/list-products';
import { saveProduct } from './actions/save-product';
import { setOnShelf } from './actions/set-on-shelf';
import { uploadProductImage } from './actions/upload-product-image';
import { deleteCategory } from './actions/delete-category';
import { listCategories } from './actions/list-categories';
import { reorderCategories } from './actions/reorder-categories';
import { saveCategory } from './actions/save-category';
import { saveHotWords } from './actions/save-hot-words';
import { listReviews, replyReview, setReviewHidden } from './actions/reviews';

/** 商品管理 (staff with 'products'): every product incl. off shelf, create / edit with SKUs, on / off shelf, images, CSV or Excel (.xlsx) export and import, categories. */
export const productAdminHandler = createHandler(productAdminApi, { listProducts, getProduct, saveProduct, setOnShelf, uploadProductImage, exportProducts, importProducts, listCategories, saveCategory, reorderCategories, deleteCategory, saveHotWords, listReviews, setReviewHidden, replyReview });
