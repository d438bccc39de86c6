import type { ImportProblem } from '../domain/shop/catalog-csv-columns';

export { CATALOG_COLUMNS, CATALOG_HEADER, IMAGE_SEPARATOR, IMPORT_ROWS_MAX, type ImportProblem } from '../domain/shop/catalog-csv-columns';

export interface ImportReport {
  dryRun: boolean;
  /** Data rows read (header excluded). */
  rowCount: number;
  /** Products the file creates / updates. */
  newProducts: number;
  updatedProducts: number;
  skuCount: number;
  problems: ImportProblem[];
  /** True only for a real run of a file without problems: the catalogue was changed. */
  applied: boolean;
}

/** The CSV text a call may carry (the whole request must stay under the 100 KB body limit). */
export const IMPORT_CSV_MAX_CHARS = 60_000;
/** The base64 of an .xlsx a call may carry: ≈ 70 KB of file (500 rows of catalogue pack to far less). */
export const IMPORT_XLSX_MAX_BASE64_CHARS = 96_000;
