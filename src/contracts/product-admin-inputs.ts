import { z } from 'zod';
import { IMPORT_CSV_MAX_CHARS, IMPORT_XLSX_MAX_BASE64_CHARS } from './catalog-csv';
import { EXPORT_FORMATS } from './export-file';
import { pageInput } from './page-input';
import { MAX_CATEGORIES } from './product-admin';
import { MAX_HOT_WORDS, MAX_QUERY_LENGTH } from './catalog';
import { MAX_KEYWORD_LENGTH, MAX_KEYWORDS } from '../domain/catalog/search-tokens';

const productId = z.string().regex(/^[0-9A-Za-z_-]{1,40}$/);
const categoryId = z.string().regex(/^[0-9A-Za-z_-]{1,64}$/);
/** Images the shop serves itself (`/files/…`), cloud storage ids, or https URLs. */
const imageUrl = z.string().max(300).regex(/^(\/files\/|cloud:\/\/|https:\/\/)/, '图片地址不正确');

/** Payload schemas of the product-admin function (server side; the client imports only ./product-admin). */
export const productAdminInputs = {
  listProducts: z.object({ onShelf: z.boolean().optional(), categoryId: z.string().min(1).max(64).optional(), ...pageInput }).strict(),
  getProduct: z.object({ productId }).strict(),
  saveProduct: z
    .object({
      requestId: z.string().regex(/^[0-9A-Za-z_-]{8,64}$/),
      productId: productId.optional(),
      title: z.string().trim().min(1).max(40),
      subtitle: z.string().trim().max(60),
      categoryId: z.string().min(1).max(64),
      description: z.string().max(2000),
      images: z.array(imageUrl).min(1, '请至少上传一张图片').max(9),
      /** What distributors post with one tap: copy text and images; null clears it, absent leaves it as is. */
      shareMaterial: z.object({ copy: z.string().trim().min(1).max(500), images: z.array(imageUrl).max(9) }).strict().nullable().optional(),
      /** Extra words shoppers find the product by (搜索关键词); absent leaves them as they are. */
      keywords: z.array(z.string().trim().min(1).max(MAX_KEYWORD_LENGTH)).max(MAX_KEYWORDS).optional(),
      skus: z
        .array(
          z
            .object({
              skuId: z.string().regex(/^[0-9A-Za-z_-]{1,48}$/).optional(),
              specs: z.string().trim().min(1).max(30),
              priceFen: z.number().int().min(1).max(99_999_999),
              stock: z.number().int().min(0).max(999_999),
              /** The stock the form loaded, required with skuId (an edit): a different `stock` is saved only while the SKU still holds it (else PRODUCT.STOCK_CHANGED), so an edit never overwrites a reservation made meanwhile. SKUs are never deleted (orders refer to them): set stock 0. */
              expectedStock: z.number().int().min(0).max(999_999).optional(),
            })
            .strict()
            .refine((s) => s.skuId === undefined || s.expectedStock !== undefined, { message: '修改已有规格时须带上加载时的库存', path: ['expectedStock'] }),
        )
        .min(1)
        .max(20),
    })
    .strict(),
  setOnShelf: z.object({ productId, onShelf: z.boolean() }).strict(),
  saveHotWords: z.object({ words: z.array(z.string().trim().min(1).max(MAX_QUERY_LENGTH)).max(MAX_HOT_WORDS) }).strict(),
  uploadProductImage: z
    .object({
      contentType: z.enum(['image/png', 'image/jpeg']),
      // ≈ 70 KB of image: the whole call must stay under the 100 KB body limit of CloudBase and the gateway.
      dataBase64: z.string().min(8).max(96_000).regex(/^[A-Za-z0-9+/]+={0,2}$/),
    })
    .strict(),
  /** Absent format: csv, as before. */
  exportProducts: z.object({ format: z.enum(EXPORT_FORMATS).optional() }).strict(),
  /** Exactly one of `csv` (text) and `xlsxBase64` (the bytes of an .xlsx file, base64). */
  importProducts: z
    .object({
      requestId: z.string().regex(/^[0-9A-Za-z_-]{8,64}$/),
      csv: z.string().min(1, '请粘贴或选择 CSV 文件').max(IMPORT_CSV_MAX_CHARS, `CSV 最多 ${IMPORT_CSV_MAX_CHARS} 个字符，请分批导入`).optional(),
      xlsxBase64: z
        .string()
        .min(8, '请选择 Excel 文件')
        .max(IMPORT_XLSX_MAX_BASE64_CHARS, 'Excel 文件过大（最大约 70 KB），请删除图片等内容或分批导入')
        .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Excel 文件内容不正确')
        .optional(),
      dryRun: z.boolean(),
    })
    .strict()
    .refine((p) => (p.csv === undefined) !== (p.xlsxBase64 === undefined), { message: '请粘贴 CSV 或选择一个 Excel 文件（二选一）' }),
  listCategories: z.object({ ...pageInput }).strict(),
  saveCategory: z
    .object({
      requestId: z.string().regex(/^[0-9A-Za-z_-]{8,64}$/),
      /** Absent: a new category (last in order). */
      categoryId: categoryId.optional(),
      name: z.string().trim().min(1, '请填写分类名称').max(10, '分类名称最多 10 个字'),
    })
    .strict(),
  reorderCategories: z.object({ categoryIds: z.array(categoryId).min(1).max(MAX_CATEGORIES) }).strict(),
  deleteCategory: z.object({ categoryId }).strict(),
};
