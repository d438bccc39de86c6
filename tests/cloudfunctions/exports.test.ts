import fs from 'node:fs';
import path from 'node:path';
import type { ExportFileView } from '../../src/contracts/export-file';
import { parseCsv } from '../../src/domain/export/parse-csv';
import { readXlsx, writeXlsx } from '../../cloudfunctions/shared/kernel/files/xlsx-file';
import { writeZip } from '../../cloudfunctions/shared/kernel/files/write-zip';
import { readZip } from '../../cloudfunctions/shared/kernel/files/read-zip';
import { xlsxPackageParts } from '../../src/domain/export/xlsx-package-parts';
import { snapshotStore } from '../support/snapshot-store';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { aWithdrawalRequestId, createStaff, earnSettledCommission } from '../support/withdrawal-fixtures';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const read = (file: ExportFileView) => fs.readFileSync(path.join(rt.dataDir, file.url.slice('/files/'.length)), 'utf8');
const today = () => new Date(rt.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);

test('finance exports entries and withdrawals of a date range as BOM CSV in yuan, writing nothing but an audit record each', async () => {
  await earnSettledCommission(rt);
  const w = await rt.ok('commission', 'requestWithdrawal', { requestId: aWithdrawalRequestId(), amountFen: 3000, method: 'WECHAT_CHANGE', account: '' }, 'dev_distributor');
  const clerk = await createStaff(rt, ['finance']);
  const before = await snapshotStore(rt.store);

  const entries = await rt.ok('finance', 'exportCommissionEntries', { from: '2026-01-01', to: today() }, clerk);
  expect(entries.rowCount).toBeGreaterThan(0);
  const text = read(entries);
  expect(text.startsWith('\uFEFF流水号,')).toBe(true);
  const rows = parseCsv(text) ?? [];
  expect(rows.slice(1).every((r) => /^-?\d+\.\d{2}$/.test(r[11] ?? ''))).toBe(true);

  const withdrawals = await rt.ok('finance', 'exportWithdrawals', { from: today(), to: today() }, clerk);
  expect(withdrawals).toMatchObject({ rowCount: 1, capped: false });
  expect(parseCsv(read(withdrawals))?.[1]?.slice(0, 1)).toEqual([w.id]);
  expect((parseCsv(read(withdrawals))?.[1] ?? [])[6]).toBe('30.00');

  const none = await rt.ok('finance', 'exportWithdrawals', { from: '2025-01-01', to: '2025-01-31' }, clerk);
  expect(none.rowCount).toBe(0);
  const { audit_log: auditsAfter, ...after } = await snapshotStore(rt.store);
  const { audit_log: auditsBefore, ...unchanged } = before;
  expect(after).toEqual(unchanged);
  const added = (auditsAfter ?? []).filter((a) => !(auditsBefore ?? []).some((b) => JSON.stringify(a) === JSON.stringify(b)));
  expect(added).toHaveLength(3);
  for (const f of [entries, withdrawals, none]) expect(added).toContainEqual(expect.objectContaining({ actorId: clerk, action: 'export', target: f.fileName }));

  const backwards = await rt.call('finance', 'exportWithdrawals', { from: '2026-02-01', to: '2026-01-01' }, clerk);
  expect(backwards).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });
});

test('products export: one row per SKU with the import columns', async () => {
  const file = await rt.ok('product-admin', 'exportProducts', {}, 'dev_staff');
  const rows = parseCsv(read(file)) ?? [];
  expect(rows[0]).toEqual(['商品编号', '商品名称', '副标题', '分类编号', '分类名称', '上架', '图片', '描述', 'SKU编号', '规格', '价格(元)', '库存', '导出时库存']);
  expect(rows.length - 1).toBe(file.rowCount);
  expect(rows.find((r) => r[8] === 'p01-s1')?.[0]).toBe('p01');
});

describe('catalogue import', () => {
  const header = '商品编号,商品名称,副标题,分类编号,图片,描述,SKU编号,规格,价格(元),库存';
  const category = async () => (await rt.store.find('categories', {}, { limit: 1 }))[0]?._id ?? '';

  test('a dry run reports every problem and writes nothing; a clean file applies once, off shelf', async () => {
    const cat = await category();
    const before = await snapshotStore(rt.store);
    const badCsv = `${header}\n,新品柚子,,${cat},/files/images/p01.svg,,,大果,abc,5\n,新品柚子,,nope,/files/images/p01.svg,,,小果,9.9,5\nzz9,改名,,${cat},/files/images/p01.svg,,,默认,1,1\n`;
    const dry = await rt.ok('product-admin', 'importProducts', { requestId: aRequestIdLocal(), csv: badCsv, dryRun: true }, 'dev_staff');
    expect(dry.problems.map((p) => [p.row, p.field])).toEqual([[2, '价格(元)'], [3, '分类编号'], [4, '商品编号']]);
    const real = await rt.ok('product-admin', 'importProducts', { requestId: aRequestIdLocal(), csv: badCsv, dryRun: false }, 'dev_staff');
    expect(real.applied).toBe(false);
    expect(await snapshotStore(rt.store)).toEqual(before);

    // An existing SKU's 库存 moves only relative to the 导出时库存 the file carries; without it a change is a problem.
    const withoutAtExport = `${header}\np01,${'x'},,${cat},/files/images/p01.svg,,p01-s1,默认,12.34,7\n`;
    const refused = await rt.ok('product-admin', 'importProducts', { requestId: aRequestIdLocal(), csv: withoutAtExport, dryRun: true }, 'dev_staff');
    expect(refused.problems.map((p) => [p.row, p.field])).toEqual([[2, '库存']]);
    const csv = `\uFEFF${header},导出时库存\n,新品柚子,甜,${cat},/files/images/p01.svg,好吃,,大果,19.90,5,\n,新品柚子,甜,${cat},/files/images/p01.svg,好吃,,小果,9.90,8,\np01,${'x'},,${cat},/files/images/p01.svg,,p01-s1,默认,12.34,7,500\n`;
    const requestId = aRequestIdLocal();
    const ok = await rt.ok('product-admin', 'importProducts', { requestId, csv, dryRun: false }, 'dev_staff');
    expect(ok).toMatchObject({ applied: true, newProducts: 1, updatedProducts: 1 });
    const countAfter = await rt.store.count('skus', {});
    await rt.ok('product-admin', 'importProducts', { requestId, csv, dryRun: false }, 'dev_staff');
    expect(await rt.store.count('skus', {})).toBe(countAfter);
    const created = await rt.store.find('products', { title: '新品柚子' }, { limit: 5 });
    expect(created).toHaveLength(1);
    expect(created[0]?.onShelf).toBe(false);
    expect((await rt.store.get('skus', 'p01-s1'))?.priceFen).toBe(1234);
  });
});

describe('catalogue as .xlsx', () => {
  const bytesOf = (file: ExportFileView) => fs.readFileSync(path.join(rt.dataDir, file.url.slice('/files/'.length)));
  const importXlsx = (bytes: Buffer, dryRun: boolean, requestId = aRequestIdLocal()) =>
    rt.call('product-admin', 'importProducts', { requestId, xlsxBase64: bytes.toString('base64'), dryRun }, 'dev_staff');

  test('the export as .xlsx holds the CSV rows, price and stock as numbers; imported back it changes nothing', async () => {
    const csv = parseCsv(read(await rt.ok('product-admin', 'exportProducts', {}, 'dev_staff'))) ?? [];
    const file = await rt.ok('product-admin', 'exportProducts', { format: 'xlsx' }, 'dev_staff');
    expect(file.fileName).toMatch(/^products-\d{8}-.+\.xlsx$/);
    const bytes = bytesOf(file);
    const sheet = readXlsx(bytes);
    expect(sheet).toHaveLength(file.rowCount + 1);
    expect(sheet.map((r) => r.cells)).toEqual(csv.map((r) => r.map((c, i) => (i === 10 && /^\d/.test(c) ? String(Number(c)) : c)).slice(0, r.reduce((n, c, i) => (c !== '' ? i + 1 : n), 0))));
    expect(readZip(bytes).read('xl/worksheets/sheet1.xml')?.toString()).toMatch(/<c r="K2" s="2"><v>\d+\.\d{2}<\/v><\/c><c r="L2"><v>\d+<\/v><\/c>/);

    const before = await snapshotStore(rt.store);
    const dry = await importXlsx(bytes, true);
    expect(dry).toMatchObject({ ok: true, data: { rowCount: file.rowCount, newProducts: 0, problems: [] } });
    expect(await snapshotStore(rt.store)).toEqual(before);
  });

  test('an Excel-style workbook applies once; problems name the sheet\'s own rows', async () => {
    const fixture = fs.readFileSync(path.join(__dirname, 'fixtures', 'catalog-excel-style.xlsx'));
    const requestId = aRequestIdLocal();
    const ok = await rt.ok('product-admin', 'importProducts', { requestId, xlsxBase64: fixture.toString('base64'), dryRun: false }, 'dev_staff');
    expect(ok).toMatchObject({ applied: true, rowCount: 3, newProducts: 1, updatedProducts: 1, skuCount: 3 });
    const created = await rt.store.find('products', { title: '脐橙礼盒' }, { limit: 5 });
    expect(created).toMatchObject([{ subtitle: '甜', description: '果园直发 & 包邮', onShelf: false }]);
    const skus = await rt.store.find('skus', { productId: created[0]?._id ?? '' }, { limit: 5 });
    expect(skus.map((s) => [s.specs, s.priceFen, s.stock]).sort()).toEqual([['10斤装', 6990, 50], ['5斤装', 3990, 100]]);
    expect((await rt.store.get('skus', 'p01-s1'))).toMatchObject({ priceFen: 1234, stock: 7 });
    const count = await rt.store.count('skus', {});
    await rt.ok('product-admin', 'importProducts', { requestId, xlsxBase64: fixture.toString('base64'), dryRun: false }, 'dev_staff');
    expect(await rt.store.count('skus', {})).toBe(count);

    // Rows 2 and 5 are empty in Excel: the bad price sits in row 6 and the unknown product in row 9, as Excel shows.
    const parts = xlsxPackageParts('商品', [], []);
    const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const row = (r: number, cells: string[]) => `<row r="${r}">${cells.map((t, i) => (t ? cell(`${String.fromCharCode(65 + i)}${r}`, t) : '')).join('')}</row>`;
    const head = ['商品编号', '商品名称', '分类编号', '图片', '规格', '价格(元)', '库存'];
    parts['xl/worksheets/sheet1.xml'] = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${row(1, head)}${row(3, ['', '新柚', 'fruit', '/files/images/p01.svg', '大果', '9.9', '5'])}${row(6, ['', '新柚', 'fruit', '/files/images/p01.svg', '小果', '九块', '5'])}${row(9, ['zz9', '改名', 'fruit', '/files/images/p01.svg', '默认', '1', '1'])}</sheetData></worksheet>`;
    const gappy = writeZip(Object.entries(parts).map(([name, xml]) => ({ name, bytes: Buffer.from(xml) })));
    const before = await snapshotStore(rt.store);
    const dry = await rt.ok('product-admin', 'importProducts', { requestId: aRequestIdLocal(), xlsxBase64: gappy.toString('base64'), dryRun: true }, 'dev_staff');
    expect(dry.problems.map((p) => [p.row, p.field])).toEqual([[6, '价格(元)'], [9, '商品编号']]);
    const real = await rt.ok('product-admin', 'importProducts', { requestId: aRequestIdLocal(), xlsxBase64: gappy.toString('base64'), dryRun: false }, 'dev_staff');
    expect(real.applied).toBe(false);
    expect(await snapshotStore(rt.store)).toEqual(before);
  });

  test('a broken, bombed or oversized file is a typed error that writes nothing; csv and xlsx are one or the other', async () => {
    const before = await snapshotStore(rt.store);
    const notZip = await importXlsx(Buffer.from('商品编号,商品名称\n,x\n'), false);
    expect(notZip).toMatchObject({ ok: false, code: 'XLSX.INVALID_FILE', message: expect.stringMatching(/Excel/) });
    const bomb = writeZip(Object.entries(xlsxPackageParts('S', ['h'], [])).map(([name, xml]) => ({ name, bytes: Buffer.from(name.includes('sheet1') ? xml + ' '.repeat(3_000_000) : xml) })));
    expect(await importXlsx(bomb, false)).toMatchObject({ ok: false, code: 'XLSX.TOO_LARGE' });
    const tooManyBytes = await importXlsx(Buffer.alloc(80_000, 7), true);
    expect(tooManyBytes).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD', message: expect.stringMatching(/过大/) });
    const both = await rt.call('product-admin', 'importProducts', { requestId: aRequestIdLocal(), csv: 'a', xlsxBase64: writeXlsx('S', ['a'], []).toString('base64'), dryRun: true }, 'dev_staff');
    expect(both).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD', message: expect.stringMatching(/二选一/) });
    const neither = await rt.call('product-admin', 'importProducts', { requestId: aRequestIdLocal(), dryRun: true }, 'dev_staff');
    expect(neither).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });
    expect(await rt.call('product-admin', 'exportProducts', { format: 'xls' }, 'dev_staff')).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });
    expect(await snapshotStore(rt.store)).toEqual(before);
  });
});

let seq = 0;
function aRequestIdLocal(): string {
  seq += 1;
  return `import-test-${seq}-${Date.now()}`;
}
