import { readXlsxParts, type SheetLimits, type SheetRow } from '../../../../src/domain/export/read-xlsx-parts';
import { invalidXlsx } from '../../../../src/domain/export/xlsx-errors';
import { xlsxPackageParts, type SheetCell } from '../../../../src/domain/export/xlsx-package-parts';
import { readZip, type ZipLimits } from './read-zip';
import { writeZip } from './write-zip';

/** A one-sheet .xlsx file: the workbook parts of src/domain/export zipped. */
export function writeXlsx(sheetName: string, header: readonly string[], rows: ReadonlyArray<readonly SheetCell[]>): Buffer {
  const parts = xlsxPackageParts(sheetName, header, rows);
  return writeZip(Object.entries(parts).map(([name, xml]) => ({ name, bytes: Buffer.from(xml, 'utf8') })));
}

/** The first worksheet's non-empty rows with their row numbers; a typed DomainError (XLSX.*) for anything refused. */
export function readXlsx(bytes: Buffer, limits?: { zip?: ZipLimits; sheet?: SheetLimits }): SheetRow[] {
  const zip = readZip(bytes, limits?.zip);
  return readXlsxParts((path) => {
    const data = zip.read(path);
    return data === null ? null : xmlText(data, path);
  }, limits?.sheet);
}

/** Workbook XML is UTF-8 (sometimes with a BOM); UTF-16 is allowed by XML and read too. */
function xmlText(data: Buffer, path: string): string {
  if (data[0] === 0xff && data[1] === 0xfe) return data.toString('utf16le', 2);
  if (data[0] === 0xfe && data[1] === 0xff) {
    if (data.length % 2) throw invalidXlsx(`${path} 的编码不正确`);
    return Buffer.from(data.subarray(2)).swap16().toString('utf16le');
  }
  return data.toString('utf8', data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0);
}
