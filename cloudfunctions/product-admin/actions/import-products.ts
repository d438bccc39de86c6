import { productAdminApi } from '../../../src/contracts/api/product-admin';
import { CATALOG_COLUMNS, type ImportProblem, type ImportReport } from '../../../src/contracts/catalog-csv';
import { parseCsv } from '../../../src/domain/export/parse-csv';
import { sheetRowNumber } from '../../../src/domain/export/sheet-row-number';
import { toFen } from '../../../src/domain/money/fen';
import { planCatalogImport, type PlannedProduct } from '../../../src/domain/shop/plan-catalog-import';
import { isLiveCategory } from '../../shared/flows/catalog/live-categories';
import { readXlsx } from '../../shared/kernel/files/xlsx-file';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import type { Store } from '../../shared/kernel/store/store';
import { saveProductWithSkus } from '../save-product-with-skus';

/**
 * Catalogue import from CSV text or an .xlsx file (its first sheet; the columns exportProducts writes). An .xlsx the
 * codec refuses (broken, encrypted, too large) is a typed XLSX.* error before anything is read. A dry run reports
 * every row's problems (by the sheet's own row numbers) and writes nothing; a real run re-checks the file and applies it only when there is no problem at all: one transaction per
 * product (saveProductWithSkus, audited), new products off shelf. Idempotent by requestId: new products take ids
 * from it, and a product whose import step is already in the audit log is skipped, so a retry changes nothing more.
 */
export const importProducts = defineAction(productAdminApi.actions.importProducts, async (ctx, input): Promise<ImportReport> => {
  const sheet = input.xlsxBase64 !== undefined ? xlsxSheet(input.xlsxBase64) : csvSheet(input.csv ?? '');
  const report = (problems: ImportProblem[], plan: PlannedProduct[], rowCount: number, applied: boolean): ImportReport => ({
    dryRun: input.dryRun,
    rowCount,
    newProducts: plan.filter((p) => !p.productId).length,
    updatedProducts: plan.filter((p) => p.productId).length,
    skuCount: plan.reduce((n, p) => n + p.skus.length, 0),
    problems,
    applied,
  });
  if (!sheet) return report([{ row: 1, field: '', message: '文件不是有效的 CSV（引号未闭合）' }], [], 0, false);

  const categories = (await ctx.store.find(COLLECTIONS.categories, {}, { limit: 1000 })).filter(isLiveCategory);
  const plan = planCatalogImport(sheet.rows, { categoryIds: new Set(categories.map((c) => c._id)), categoryByName: new Map(categories.map((c) => [c.name, c._id])) });
  // The plan counts the rows it was given; the report names the sheet's own rows (an .xlsx keeps its empty rows' numbers).
  const at = (row: number) => sheetRowNumber(sheet.rowNumbers, row);
  const products = plan.products.map((p) => ({ ...p, row: at(p.row), skus: p.skus.map((s) => ({ ...s, row: at(s.row) })) }));
  const planProblems = plan.problems.map((p) => ({ ...p, row: at(p.row) }));
  const problems = [...planProblems, ...(await storeProblems(ctx.store, products))].sort((a, b) => a.row - b.row);
  const rowCount = Math.max(0, sheet.rows.length - 1);
  if (input.dryRun || problems.length) return report(problems, products, rowCount, false);

  for (const [index, p] of products.entries()) {
    const step = { ...ctx, requestId: `${input.requestId}-${index}` };
    const action = p.productId ? 'saveProduct' : 'createProduct';
    const target = p.productId ?? '';
    if (p.productId && (await ctx.store.get(COLLECTIONS.auditLog, `${step.requestId}:${action}:${target}`.slice(0, 128)))) continue;
    await saveProductWithSkus(step, {
      requestId: `${input.requestId}:${p.key}`,
      ...(p.productId ? { productId: p.productId } : {}),
      title: p.title,
      subtitle: p.subtitle,
      categoryId: p.categoryId,
      description: p.description,
      images: p.images,
      // An existing SKU's stock moves by what the file changed since its export (never set absolutely: orders and
      // cancels since then would be lost or duplicated); storeProblems refused a changed 库存 without 导出时库存.
      skus: p.skus.map((s) => ({ ...(s.skuId ? { skuId: s.skuId, addStock: s.stock - (s.stockAtExport ?? s.stock) } : {}), specs: s.specs, priceFen: toFen(s.priceFen), stock: s.stock })),
    });
  }
  return report([], products, rowCount, true);
});

interface ImportSheet {
  rows: string[][];
  /** Each row's number in the file as a spreadsheet shows it. */
  rowNumbers: number[];
}

/** CSV rows are numbered as read (parseCsv drops blank lines); null when a quote is left open. */
function csvSheet(csv: string): ImportSheet | null {
  const rows = parseCsv(csv);
  return rows ? { rows, rowNumbers: rows.map((_, i) => i + 1) } : null;
}

/** The first worksheet's non-empty rows; throws XLSX.* (typed, Chinese) for a file the codec refuses. */
function xlsxSheet(base64: string): ImportSheet {
  const rows = readXlsx(Buffer.from(base64, 'base64'));
  return { rows: rows.map((r) => r.cells), rowNumbers: rows.map((r) => r.row) };
}

/**
 * Problems only the store can see: a 商品编号 that does not exist, a SKU编号 of another product, too many SKUs, and a
 * 库存 changed on an existing SKU in a file without 导出时库存 (there is nothing to read the change from), or one that
 * would take the SKU below zero.
 */
async function storeProblems(store: Store, products: readonly PlannedProduct[]): Promise<ImportProblem[]> {
  const problems: ImportProblem[] = [];
  for (const p of products) {
    if (!p.productId) continue;
    const [product, skus] = await Promise.all([store.get(COLLECTIONS.products, p.productId), store.find(COLLECTIONS.skus, { productId: p.productId }, { limit: 50 })]);
    if (!product) {
      problems.push({ row: p.row, field: CATALOG_COLUMNS.productId, message: `商品编号 ${p.productId} 不存在（新商品请留空）` });
      continue;
    }
    const own = new Set(skus.map((s) => s._id));
    const stockOf = new Map(skus.map((s) => [s._id, s.stock]));
    for (const s of p.skus) {
      if (s.skuId && !own.has(s.skuId)) problems.push({ row: s.row, field: CATALOG_COLUMNS.skuId, message: `SKU编号 ${s.skuId} 不属于商品 ${p.productId}` });
      const current = s.skuId ? stockOf.get(s.skuId) : undefined;
      if (current === undefined) continue;
      if (s.stockAtExport === undefined && s.stock !== current) {
        problems.push({ row: s.row, field: CATALOG_COLUMNS.stock, message: `已有规格的库存请在导出的文件里修改（需要「${CATALOG_COLUMNS.stockAtExport}」列），或在商品编辑页调整` });
      } else if (s.stockAtExport !== undefined && current + s.stock - s.stockAtExport < 0) {
        problems.push({ row: s.row, field: CATALOG_COLUMNS.stock, message: `库存将低于 0：导出后已售出或占用 ${s.stockAtExport - current} 件，当前库存 ${current}` });
      }
    }
    const added = p.skus.filter((s) => !s.skuId).length;
    if (skus.length + added > 20) problems.push({ row: p.row, field: CATALOG_COLUMNS.specs, message: `商品 ${p.productId} 的规格将超过 20 个` });
  }
  return problems;
}
