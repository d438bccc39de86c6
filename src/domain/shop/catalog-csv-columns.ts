/**
 * The catalogue CSV: one row per SKU, the product's columns repeated on each of its rows. Export writes exactly
 * these headers and import reads them, so an exported file edited in Excel can be imported back.
 */
export const CATALOG_COLUMNS = {
  productId: '商品编号',
  title: '商品名称',
  subtitle: '副标题',
  categoryId: '分类编号',
  categoryName: '分类名称',
  onShelf: '上架',
  images: '图片',
  description: '描述',
  skuId: 'SKU编号',
  specs: '规格',
  price: '价格(元)',
  stock: '库存',
  /**
   * The stock when the file was exported. Stock moves with every order and cancel, so an existing SKU's 库存 is read
   * as a change from this value (库存 − 导出时库存), added to what the SKU holds at import time.
   */
  stockAtExport: '导出时库存',
} as const;

export const CATALOG_HEADER: readonly string[] = Object.values(CATALOG_COLUMNS);

/** Images share one cell, separated by this character (never part of a URL the shop accepts). */
export const IMAGE_SEPARATOR = '|';

/** One problem of an import file: the spreadsheet row (1 = header), the column, and what is wrong, in Chinese. */
export interface ImportProblem {
  row: number;
  field: string;
  message: string;
}


/** Rows one import may carry. */
export const IMPORT_ROWS_MAX = 500;
