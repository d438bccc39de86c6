import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { crc32 } from '../../cloudfunctions/shared/kernel/files/crc32';
import { readZip, ZIP_LIMITS } from '../../cloudfunctions/shared/kernel/files/read-zip';
import { writeZip } from '../../cloudfunctions/shared/kernel/files/write-zip';
import { readXlsx, writeXlsx } from '../../cloudfunctions/shared/kernel/files/xlsx-file';
import { XLSX_ERRORS } from '../../src/contracts/export-file';
import { toFen } from '../../src/domain/money/fen';
import { isDomainError } from '../../src/domain/shared/domain-error';
import { xlsxPackageParts } from '../../src/domain/export/xlsx-package-parts';

const refusal = (run: () => unknown): { code: string; message: string } => {
  try {
    run();
  } catch (e) {
    return { code: (e as { code?: string }).code ?? 'untyped', message: (e as Error).message };
  }
  return { code: 'no error', message: '' };
};

/** A workbook whose first sheet's XML is `sheetXml`, zipped by our writer. */
const workbookWithSheet = (sheetXml: string | Buffer) =>
  writeZip(
    Object.entries(xlsxPackageParts('S', ['h'], [])).map(([name, xml]) => ({ name, bytes: name === 'xl/worksheets/sheet1.xml' ? Buffer.from(sheetXml) : Buffer.from(xml) })),
  );

/** Offset of the central-directory record of `name`. */
const centralRecord = (zip: Buffer, name: string) => {
  const at = zip.indexOf(Buffer.from(name), zip.readUInt32LE(zip.length - 6));
  return at - 46;
};

test('CRC-32 is the ZIP one', () => {
  expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  expect(crc32(Buffer.alloc(0))).toBe(0);
});

test('an exported workbook reads back to the same rows: Chinese, empty cells, 价格(元) 39.9 as a number', () => {
  const header = ['商品编号', '商品名称', '副标题', '价格(元)', '库存'];
  const bytes = writeXlsx('商品', header, [
    ['p01', '赣南脐橙', '', { fen: toFen(3990) }, 500],
    ['', '新品「柚子」 & <礼盒>', null, { fen: toFen(5) }, 0],
  ]);
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  expect(readXlsx(bytes)).toEqual([
    { row: 1, cells: header },
    { row: 2, cells: ['p01', '赣南脐橙', '', '39.9', '500'] },
    { row: 3, cells: ['', '新品「柚子」 & <礼盒>', '', '0.05', '0'] },
  ]);
  // Same rows, same bytes: a retried export writes the identical file.
  expect(writeXlsx('商品', header, [['p01', '赣南脐橙', '', { fen: toFen(3990) }, 500], ['', '新品「柚子」 & <礼盒>', null, { fen: toFen(5) }, 0]]).equals(bytes)).toBe(true);
});

test('a workbook zipped by another ZIP writer (data descriptors, Excel-style XML) reads by its own row numbers', () => {
  const bytes = fs.readFileSync(path.join(__dirname, 'fixtures', 'catalog-excel-style.xlsx'));
  expect(bytes.readUInt16LE(6) & 0x08).toBe(0x08);
  const rows = readXlsx(bytes);
  expect(rows.map((r) => r.row)).toEqual([1, 3, 4, 6]);
  expect(rows[1]?.cells).toEqual(['', '脐橙礼盒', '  甜  ', 'fruit', 'TRUE', '/files/images/p01.svg', '果园直发 & 包邮', '', '5斤装', '39.9', '100']);
  expect(rows[2]?.cells.slice(8)).toEqual(['10斤装', '69.9', '50']);
  expect(rows[3]?.cells.slice(0, 2)).toEqual(['p01', '赣南脐橙']);
});

test('stored (uncompressed) entries read too; the writer stores what deflate cannot shrink', () => {
  const zip = writeZip([{ name: 'a.bin', bytes: Buffer.from([1, 2, 3]) }, { name: 'b.txt', bytes: Buffer.from('x'.repeat(1000)) }]);
  const reader = readZip(zip);
  expect(reader.names).toEqual(['a.bin', 'b.txt']);
  expect(zip.readUInt16LE(8)).toBe(0);
  expect(reader.read('a.bin')).toEqual(Buffer.from([1, 2, 3]));
  expect(reader.read('b.txt')?.toString()).toBe('x'.repeat(1000));
  expect(reader.read('missing')).toBeNull();
});

describe('refused with a typed error and a Chinese message', () => {
  const good = writeXlsx('S', ['a'], [['b']]);

  test('not a ZIP, cut short, or corrupted', () => {
    expect(refusal(() => readXlsx(Buffer.from('商品编号,商品名称\n')))).toMatchObject({ code: XLSX_ERRORS.INVALID_FILE, message: expect.stringMatching(/不是有效的 Excel/) });
    expect(refusal(() => readXlsx(good.subarray(0, good.length - 30))).code).toBe(XLSX_ERRORS.INVALID_FILE);
    expect(refusal(() => readXlsx(Buffer.alloc(0))).code).toBe(XLSX_ERRORS.INVALID_FILE);
    const flipped = Buffer.from(good);
    const sheetData = centralRecord(flipped, 'xl/worksheets/sheet1.xml');
    const local = flipped.readUInt32LE(sheetData + 42);
    const at = local + 30 + 'xl/worksheets/sheet1.xml'.length + 5;
    flipped.writeUInt8(flipped.readUInt8(at) ^ 0xff, at);
    expect(refusal(() => readXlsx(flipped)).code).toBe(XLSX_ERRORS.INVALID_FILE);
    const noWorkbook = writeZip([{ name: 'hello.txt', bytes: Buffer.from('hi') }]);
    expect(refusal(() => readXlsx(noWorkbook)).code).toBe(XLSX_ERRORS.INVALID_FILE);
    const twice = writeZip([{ name: 'xl/workbook.xml', bytes: Buffer.from('a') }, { name: 'xl/workbook.xml', bytes: Buffer.from('b') }]);
    expect(refusal(() => readXlsx(twice)).code).toBe(XLSX_ERRORS.INVALID_FILE);
  });

  test('password-protected, old .xls, ZIP-encrypted, ZIP64, other compression methods', () => {
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    expect(refusal(() => readXlsx(cfb))).toEqual({ code: XLSX_ERRORS.UNSUPPORTED, message: expect.stringMatching(/\.xls/) });
    const encrypted = Buffer.concat([cfb, Buffer.from('EncryptedPackage', 'utf16le')]);
    expect(refusal(() => readXlsx(encrypted))).toEqual({ code: XLSX_ERRORS.UNSUPPORTED, message: expect.stringMatching(/密码/) });
    const zipCrypto = Buffer.from(good);
    zipCrypto.writeUInt16LE(zipCrypto.readUInt16LE(centralRecord(zipCrypto, '_rels/.rels') + 8) | 1, centralRecord(zipCrypto, '_rels/.rels') + 8);
    expect(refusal(() => readXlsx(zipCrypto))).toEqual({ code: XLSX_ERRORS.UNSUPPORTED, message: expect.stringMatching(/加密/) });
    const zip64 = Buffer.from(good);
    zip64.writeUInt32LE(0xffffffff, centralRecord(zip64, '_rels/.rels') + 24);
    expect(refusal(() => readXlsx(zip64)).code).toBe(XLSX_ERRORS.UNSUPPORTED);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    const eocd = good.subarray(good.length - 22);
    expect(refusal(() => readXlsx(Buffer.concat([good.subarray(0, good.length - 22), locator, eocd]))).code).toBe(XLSX_ERRORS.UNSUPPORTED);
    const bzip2 = Buffer.from(good);
    bzip2.writeUInt16LE(12, centralRecord(bzip2, '_rels/.rels') + 10);
    expect(refusal(() => readXlsx(bzip2)).code).toBe(XLSX_ERRORS.UNSUPPORTED);
  });

  test('zip bombs: too big unpacked, a suspicious ratio, or a header that understates the size', () => {
    const padding = (bytes: number) => `<worksheet><sheetData></sheetData></worksheet>${' '.repeat(bytes)}`;
    const huge = workbookWithSheet(padding(ZIP_LIMITS.maxEntryBytes + 1));
    expect(huge.length).toBeLessThan(96_000 * 0.75);
    expect(refusal(() => readXlsx(huge))).toEqual({ code: XLSX_ERRORS.TOO_LARGE, message: expect.stringMatching(/过大/) });
    expect(refusal(() => readXlsx(workbookWithSheet(padding(2 * 1024 * 1024))))).toEqual({ code: XLSX_ERRORS.TOO_LARGE, message: expect.stringMatching(/压缩比/) });
    const lying = workbookWithSheet(padding(2 * 1024 * 1024));
    const record = centralRecord(lying, 'xl/worksheets/sheet1.xml');
    lying.writeUInt32LE(60_000, record + 24);
    expect(refusal(() => readXlsx(lying))).toEqual({ code: XLSX_ERRORS.TOO_LARGE, message: expect.stringMatching(/声明/) });
    const many = writeZip(Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, (_, i) => ({ name: `f${i}`, bytes: Buffer.alloc(0) })));
    expect(refusal(() => readXlsx(many)).code).toBe(XLSX_ERRORS.TOO_LARGE);
  });

  test('a huge sheet: too many rows, far columns, too many cells', () => {
    const rows = (n: number) => `<worksheet><sheetData>${Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('')}</sheetData></worksheet>`;
    expect(refusal(() => readXlsx(workbookWithSheet(rows(10_001)))).code).toBe(XLSX_ERRORS.TOO_LARGE);
    expect(readXlsx(workbookWithSheet(rows(10_000)))).toHaveLength(10_000);
    expect(refusal(() => readXlsx(workbookWithSheet('<worksheet><sheetData><row r="1"><c r="CW1"><v>1</v></c></row></sheetData></worksheet>'))).code).toBe(XLSX_ERRORS.TOO_LARGE);
    const wide = `<worksheet><sheetData>${Array.from({ length: 1100 }, (_, i) => `<row r="${i + 1}">${Array.from({ length: 100 }, (_, j) => `<c><v>${i * 100 + j}</v></c>`).join('')}</row>`).join('')}</sheetData></worksheet>`;
    expect(refusal(() => readXlsx(workbookWithSheet(wide)))).toEqual({ code: XLSX_ERRORS.TOO_LARGE, message: expect.stringMatching(/单元格/) });
  });

  test('our own deflate of a lie is caught by the CRC even when sizes match', () => {
    const zip = writeZip([{ name: 'x', bytes: Buffer.from('hello') }]);
    const body = deflateRawSync(Buffer.from('jello'));
    const local = 30 + 1;
    body.copy(zip, local);
    expect(refusal(() => readZip(zip).read('x')).code).toBe(XLSX_ERRORS.INVALID_FILE);
  });
});

test('random damage to a real file, or random bytes: rows or a typed XLSX refusal in Chinese, never a crash', () => {
  const good = writeXlsx('商品', ['商品编号', '价格(元)'], [['p01', { fen: toFen(3990) }], ['p02', { fen: toFen(1) }]]);
  const outcome = (bytes: Buffer) => {
    try {
      return Array.isArray(readXlsx(bytes));
    } catch (e) {
      return isDomainError(e) && /^XLSX\.[A-Z_]+$/.test(e.code) && /[\u4e00-\u9fa5]/.test(e.message);
    }
  };
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.nat(good.length), (edits, cut) => {
      const damaged = Buffer.from(good);
      for (const [at, value] of edits) damaged[at] = value;
      expect(outcome(damaged)).toBe(true);
      expect(outcome(damaged.subarray(0, cut))).toBe(true);
    }),
    { numRuns: 300 },
  );
  fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => expect(outcome(Buffer.from(bytes))).toBe(true)));
});
