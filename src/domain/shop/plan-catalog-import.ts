import { CATALOG_COLUMNS, IMAGE_SEPARATOR, IMPORT_ROWS_MAX, type ImportProblem } from './catalog-csv-columns';
import { parseYuan } from '../money/parse-yuan';

export interface PlannedSku {
  row: number;
  skuId?: string;
  specs: string;
  priceFen: number;
  stock: number;
  /** 导出时库存, when the file has it: an existing SKU's stock changes by stock − stockAtExport. */
  stockAtExport?: number;
}

export interface PlannedProduct {
  /** First spreadsheet row of the product. */
  row: number;
  /** Absent: a new product (rows without 商品编号 and the same 商品名称 form one). */
  productId?: string;
  /** Stable within the file: the product id, or "new:<title>". */
  key: string;
  title: string;
  subtitle: string;
  categoryId: string;
  description: string;
  images: string[];
  skus: PlannedSku[];
}

export interface CatalogKnowledge {
  categoryIds: ReadonlySet<string>;
  /** Category name → id, for rows that give only 分类名称. */
  categoryByName: ReadonlyMap<string, string>;
}

const C = CATALOG_COLUMNS;
const REQUIRED = [C.title, C.images, C.specs, C.price, C.stock] as const;
const IMAGE_URL = /^(\/files\/|cloud:\/\/|https:\/\/)\S{1,290}$/;
const ID = /^[0-9A-Za-z_-]{1,48}$/;

/**
 * Reads catalogue CSV rows (header first, as parseCsv returns them) into products with their SKUs, and every
 * problem it can see without the store: missing columns, empty or too long fields, bad prices / stock / images,
 * unknown categories, a product whose rows disagree, too many SKUs. Row numbers are spreadsheet rows (header = 1).
 * The 上架 column is ignored: new products are created off shelf, existing ones keep their shelf state.
 */
export function planCatalogImport(rows: readonly string[][], known: CatalogKnowledge): { products: PlannedProduct[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const [header = [], ...data] = rows;
  const col = new Map(header.map((h, i) => [h.trim(), i]));
  for (const name of REQUIRED) if (!col.has(name)) problems.push({ row: 1, field: name, message: `缺少「${name}」列` });
  if (!col.has(C.categoryId) && !col.has(C.categoryName)) problems.push({ row: 1, field: C.categoryId, message: `缺少「${C.categoryId}」或「${C.categoryName}」列` });
  if (problems.length) return { products: [], problems };
  if (!data.length) return { products: [], problems: [{ row: 2, field: '', message: '文件中没有商品数据' }] };
  if (data.length > IMPORT_ROWS_MAX) return { products: [], problems: [{ row: IMPORT_ROWS_MAX + 2, field: '', message: `一次最多导入 ${IMPORT_ROWS_MAX} 行，请分批导入` }] };

  const products = new Map<string, PlannedProduct>();
  data.forEach((cells, index) => {
    const row = index + 2;
    const get = (name: string) => (cells[col.get(name) ?? -1] ?? '').trim();
    const bad = (field: string, message: string) => problems.push({ row, field, message });
    const before = problems.length;

    const productId = get(C.productId);
    if (productId && !ID.test(productId)) bad(C.productId, '商品编号格式不正确');
    const title = get(C.title);
    if (!title) bad(C.title, '商品名称不能为空');
    else if (title.length > 40) bad(C.title, '商品名称最多 40 个字');
    const subtitle = get(C.subtitle);
    if (subtitle.length > 60) bad(C.subtitle, '副标题最多 60 个字');
    const description = get(C.description);
    if (description.length > 2000) bad(C.description, '描述最多 2000 个字');

    let categoryId = get(C.categoryId);
    const categoryName = get(C.categoryName);
    if (!categoryId && categoryName) categoryId = known.categoryByName.get(categoryName) ?? '';
    if (!categoryId) bad(C.categoryId, categoryName ? `找不到分类「${categoryName}」` : '分类不能为空');
    else if (!known.categoryIds.has(categoryId)) bad(C.categoryId, `分类编号 ${categoryId} 不存在`);

    const images = get(C.images).split(IMAGE_SEPARATOR).map((s) => s.trim()).filter(Boolean);
    if (!images.length) bad(C.images, '请至少填写一张图片地址');
    else if (images.length > 9) bad(C.images, '图片最多 9 张');
    else if (images.some((u) => !IMAGE_URL.test(u))) bad(C.images, `图片地址应以 /files/、cloud:// 或 https:// 开头，多张用「${IMAGE_SEPARATOR}」分隔`);

    const skuId = get(C.skuId);
    if (skuId && !ID.test(skuId)) bad(C.skuId, 'SKU编号格式不正确');
    if (skuId && !productId) bad(C.skuId, '填写了SKU编号时必须填写商品编号');
    const specs = get(C.specs);
    if (!specs) bad(C.specs, '规格不能为空');
    else if (specs.length > 30) bad(C.specs, '规格最多 30 个字');
    const priceFen = parseYuan(get(C.price));
    if (priceFen === null || priceFen < 1 || priceFen > 99_999_999) bad(C.price, '价格应为大于 0 的金额（元），最多两位小数');
    const stockText = get(C.stock);
    const stock = /^\d{1,6}$/.test(stockText) ? Number(stockText) : NaN;
    if (Number.isNaN(stock)) bad(C.stock, '库存应为 0 到 999999 的整数');
    const atExportText = get(C.stockAtExport);
    const stockAtExport = atExportText === '' ? undefined : /^\d{1,6}$/.test(atExportText) ? Number(atExportText) : NaN;
    if (Number.isNaN(stockAtExport)) bad(C.stockAtExport, '导出时库存应为 0 到 999999 的整数（请勿修改这一列）');
    if (problems.length > before) return;

    const key = productId || `new:${title}`;
    const sku: PlannedSku = { row, ...(skuId ? { skuId } : {}), specs, priceFen: priceFen as number, stock, ...(stockAtExport !== undefined ? { stockAtExport } : {}) };
    const existing = products.get(key);
    if (!existing) {
      products.set(key, { row, ...(productId ? { productId } : {}), key, title, subtitle, categoryId, description, images, skus: [sku] });
      return;
    }
    const differs = (field: string, a: string, b: string) => a !== b && bad(field, `与第 ${existing.row} 行同一商品的「${field}」不一致`);
    differs(C.title, title, existing.title);
    differs(C.subtitle, subtitle, existing.subtitle);
    differs(C.categoryId, categoryId, existing.categoryId);
    differs(C.description, description, existing.description);
    differs(C.images, images.join(IMAGE_SEPARATOR), existing.images.join(IMAGE_SEPARATOR));
    if (skuId && existing.skus.some((s) => s.skuId === skuId)) bad(C.skuId, `SKU编号 ${skuId} 重复`);
    else if (existing.skus.some((s) => s.specs === specs && !s.skuId && !skuId)) bad(C.specs, `规格「${specs}」重复`);
    else if (existing.skus.length >= 20) bad(C.specs, '一个商品最多 20 个规格');
    if (problems.length === before) existing.skus.push(sku);
  });
  return { products: [...products.values()], problems };
}
