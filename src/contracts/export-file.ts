/** Rows an export writes at most; beyond it the file is cut and `capped` says so (narrow the date range). */
export const EXPORT_ROW_CAP = 20_000;

export { XLSX_ERRORS } from '../domain/export/xlsx-errors';

/** csv: UTF-8 with BOM, every cell text; xlsx: one-sheet Excel workbook, numbers and amounts as numbers. */
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A generated CSV (UTF-8 with BOM) or .xlsx file (money in yuan with 2 decimals) ready to download. */
export interface ExportFileView {
  /** Local: `/files/exports/…csv|xlsx`; production: a temporary cloud-storage download link. */
  url: string;
  fileName: string;
  rowCount: number;
  /** True when there were more rows than `cap`: the file holds the first `cap` only. */
  capped: boolean;
  cap: number;
}
