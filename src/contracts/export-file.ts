/** Rows an export writes at most; beyond it the file is cut and `capped` says so (narrow the date range). */
export const EXPORT_ROW_CAP = 20_000;

/** A generated CSV (UTF-8 with BOM, money in yuan with 2 decimals) ready to download. */
export interface ExportFileView {
  /** Local: `/files/exports/…csv`; production: a temporary cloud-storage download link. */
  url: string;
  fileName: string;
  rowCount: number;
  /** True when there were more rows than `cap`: the file holds the first `cap` only. */
  capped: boolean;
  cap: number;
}
