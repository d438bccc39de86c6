import { readXlsx, writeXlsx } from '../cloudfunctions/shared/kernel/files/xlsx-file';
import { CATALOG_HEADER, IMPORT_XLSX_MAX_BASE64_CHARS } from '../src/contracts/catalog-csv';
import { toFen } from '../src/domain/money/fen';
import type { SheetCell } from '../src/domain/export/xlsx-package-parts';
import { row, type BenchRow } from './bench-row';

/** Catalogue rows as exportProducts writes them: three SKUs per product, Chinese text, an image URL each. */
function catalogueRows(count: number): SheetCell[][] {
  return Array.from({ length: count }, (_, i) => {
    const p = Math.floor(i / 3);
    return [`p${p}`, `赣南脐橙 第${p}号`, '果园直发 酸甜多汁', 'fruit', '生鲜水果', '否', `/files/images/p${p % 40}.svg`, '产地直发，坏果包赔', `p${p}-s${i % 3}`, `${(i % 3) * 5 + 5}斤装`, { fen: toFen(1990 + i) }, 100 + (i % 7)];
  });
}

const timed = <T>(run: () => T): [T, number] => {
  const started = process.hrtime.bigint();
  const out = run();
  return [out, Number(process.hrtime.bigint() - started) / 1e6];
};

/** The XLSX codec: an import-sized file must fit the call, and the export cap must write in well under a second. */
export function xlsxCodec(): BenchRow[] {
  const [importFile, writeImportMs] = timed(() => writeXlsx('商品', CATALOG_HEADER, catalogueRows(500)));
  const [, readImportMs] = timed(() => readXlsx(importFile));
  const [exportFile, writeExportMs] = timed(() => writeXlsx('商品', CATALOG_HEADER, catalogueRows(20_000)));
  // The worst a caller can make us parse: the reader's cell limit nearly filled (the call cap stops far earlier in practice).
  const [limitRows, readLimitMs] = timed(() => readXlsx(writeXlsx('商品', CATALOG_HEADER, catalogueRows(8_000))));
  return [
    row('xlsx', '500-row catalogue as base64 (import call cap 96,000)', Math.ceil(importFile.length / 3) * 4, 'chars', { max: IMPORT_XLSX_MAX_BASE64_CHARS }),
    row('xlsx', 'write 500 rows', writeImportMs, 'ms', { max: 200 }),
    row('xlsx', 'read 500 rows', readImportMs, 'ms', { max: 200 }),
    row('xlsx', 'write 20,000 rows (export cap)', writeExportMs, 'ms', { max: 3000 }),
    row('xlsx', '20,000-row file size', exportFile.length / 1024, 'KB'),
    row('xlsx', `read ${limitRows.length} rows (near the reader's 100,000-cell limit)`, readLimitMs, 'ms', { max: 3000 }),
  ];
}
