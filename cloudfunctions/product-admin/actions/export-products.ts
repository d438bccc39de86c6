import { productAdminApi } from '../../../src/contracts/api/product-admin';
import { EXPORT_ROW_CAP, type ExportFileView } from '../../../src/contracts/export-file';
import type { SheetCell } from '../../../src/domain/export/xlsx-package-parts';
import { readCapped } from '../../shared/flows/exports/read-capped';
import { saveSheetExport } from '../../shared/flows/exports/save-sheet-export';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { CATALOG_HEADER, IMAGE_SEPARATOR } from '../../../src/contracts/catalog-csv';

/** 50 products × at most 20 SKUs each fit one store page. */
const PRODUCTS_PER_SKU_QUERY = 50;

/**
 * Every product (on and off shelf) with its SKUs as CSV or .xlsx, one row per SKU, in shelf order; the same columns
 * the import reads (in .xlsx the price and stock are numbers), 导出时库存 repeating the stock so an import reads an
 * edited 库存 as a change. Writes only the file (audited); at most EXPORT_ROW_CAP rows.
 */
export const exportProducts = defineAction(productAdminApi.actions.exportProducts, async (ctx, input): Promise<ExportFileView> => {
  const products = await readCapped(
    (skip, limit) => ctx.store.find(COLLECTIONS.products, {}, { skip, limit, orderBy: [{ field: 'sort', direction: 'asc' }, { field: '_id', direction: 'asc' }] }),
    EXPORT_ROW_CAP,
  );
  const categories = await ctx.store.find(COLLECTIONS.categories, {}, { limit: 1000 });
  const categoryName = new Map(categories.map((c) => [c._id, c.name]));
  const rows: SheetCell[][] = [];
  let capped = products.capped;
  for (let i = 0; i < products.docs.length && !capped; i += PRODUCTS_PER_SKU_QUERY) {
    const batch = products.docs.slice(i, i + PRODUCTS_PER_SKU_QUERY);
    const skus = await ctx.store.find(COLLECTIONS.skus, { productId: { $in: batch.map((p) => p._id) } }, { limit: 1000, orderBy: [{ field: '_id', direction: 'asc' }] });
    for (const p of batch) {
      for (const s of skus.filter((k) => k.productId === p._id)) {
        if (rows.length >= EXPORT_ROW_CAP) {
          capped = true;
          break;
        }
        rows.push([
          p._id,
          p.title,
          p.subtitle,
          p.categoryId,
          categoryName.get(p.categoryId) ?? '',
          p.onShelf ? '是' : '否',
          p.images.join(IMAGE_SEPARATOR),
          p.description,
          s._id,
          s.specs,
          { fen: s.priceFen },
          s.stock,
          s.stock,
        ]);
      }
    }
  }
  return saveSheetExport(ctx, { kind: 'products', sheetName: '商品', header: CATALOG_HEADER, rows, capped, format: input.format ?? 'csv' });
});
