import { DomainError } from '../shared/domain-error';

/** Why an uploaded spreadsheet is refused as a whole (row problems go in the import report instead). */
export const XLSX_ERRORS = {
  /** Not a readable .xlsx: broken ZIP, missing workbook parts, bad XML, checksum mismatch. */
  INVALID_FILE: 'XLSX.INVALID_FILE',
  /** A real spreadsheet we deliberately do not read: password-protected, old .xls, ZIP64, a formula without a value. */
  UNSUPPORTED: 'XLSX.UNSUPPORTED',
  /** Beyond the size caps (file, unpacked parts, compression ratio, rows, columns, cells): a zip bomb or far too big. */
  TOO_LARGE: 'XLSX.TOO_LARGE',
} as const;

export const invalidXlsx = (detail: string) => new DomainError(XLSX_ERRORS.INVALID_FILE, `文件不是有效的 Excel（.xlsx）文件：${detail}`);
export const unsupportedXlsx = (message: string) => new DomainError(XLSX_ERRORS.UNSUPPORTED, message);
export const tooLargeXlsx = (message: string) => new DomainError(XLSX_ERRORS.TOO_LARGE, message);
