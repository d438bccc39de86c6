import fs from 'node:fs';
import path from 'node:path';
import type { WithdrawalView } from '../../src/contracts/commission';
import type { ExportFileView } from '../../src/contracts/export-file';
import { parseCsv } from '../../src/domain/export/parse-csv';
import { snapshotStore } from '../support/snapshot-store';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { aWithdrawalRequestId, createStaff, earnSettledCommission } from '../support/withdrawal-fixtures';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const read = (file: ExportFileView) => fs.readFileSync(path.join(rt.dataDir, file.url.slice('/files/'.length)), 'utf8');
const today = () => new Date(rt.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);

test('finance exports entries and withdrawals of a date range as BOM CSV in yuan, writing nothing else', async () => {
  await earnSettledCommission(rt);
  const w = await rt.ok<WithdrawalView>('commission', 'requestWithdrawal', { requestId: aWithdrawalRequestId(), amountFen: 3000, method: 'WECHAT_CHANGE', account: '' }, 'dev_distributor');
  const clerk = await createStaff(rt, ['finance']);
  const before = await snapshotStore(rt.store);

  const entries = await rt.ok<ExportFileView>('finance', 'exportCommissionEntries', { from: '2026-01-01', to: today() }, clerk);
  expect(entries.rowCount).toBeGreaterThan(0);
  const text = read(entries);
  expect(text.startsWith('\uFEFF流水号,')).toBe(true);
  const rows = parseCsv(text) ?? [];
  expect(rows.slice(1).every((r) => /^-?\d+\.\d{2}$/.test(r[11] ?? ''))).toBe(true);

  const withdrawals = await rt.ok<ExportFileView>('finance', 'exportWithdrawals', { from: today(), to: today() }, clerk);
  expect(withdrawals).toMatchObject({ rowCount: 1, capped: false });
  expect(parseCsv(read(withdrawals))?.[1]?.slice(0, 1)).toEqual([w.id]);
  expect((parseCsv(read(withdrawals))?.[1] ?? [])[6]).toBe('30.00');

  const none = await rt.ok<ExportFileView>('finance', 'exportWithdrawals', { from: '2025-01-01', to: '2025-01-31' }, clerk);
  expect(none.rowCount).toBe(0);
  expect(await snapshotStore(rt.store)).toEqual(before);

  const backwards = await rt.call('finance', 'exportWithdrawals', { from: '2026-02-01', to: '2026-01-01' }, clerk);
  expect(backwards).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });
});

test('products export: one row per SKU with the import columns', async () => {
  const file = await rt.ok<ExportFileView>('product-admin', 'exportProducts', {}, 'dev_staff');
  const rows = parseCsv(read(file)) ?? [];
  expect(rows[0]).toEqual(['商品编号', '商品名称', '副标题', '分类编号', '分类名称', '上架', '图片', '描述', 'SKU编号', '规格', '价格(元)', '库存']);
  expect(rows.length - 1).toBe(file.rowCount);
  expect(rows.find((r) => r[8] === 'p01-s1')?.[0]).toBe('p01');
});

describe('catalogue import', () => {
  const header = '商品编号,商品名称,副标题,分类编号,图片,描述,SKU编号,规格,价格(元),库存';
  const category = async () => (await rt.store.find<{ _id: string }>('categories', {}, { limit: 1 }))[0]?._id ?? '';

  test('a dry run reports every problem and writes nothing; a clean file applies once, off shelf', async () => {
    const cat = await category();
    const before = await snapshotStore(rt.store);
    const badCsv = `${header}\n,新品柚子,,${cat},/files/images/p01.svg,,,大果,abc,5\n,新品柚子,,nope,/files/images/p01.svg,,,小果,9.9,5\nzz9,改名,,${cat},/files/images/p01.svg,,,默认,1,1\n`;
    const dry = await rt.ok<{ problems: Array<{ row: number; field: string }>; applied: boolean }>('product-admin', 'importProducts', { requestId: aRequestIdLocal(), csv: badCsv, dryRun: true }, 'dev_staff');
    expect(dry.problems.map((p) => [p.row, p.field])).toEqual([[2, '价格(元)'], [3, '分类编号'], [4, '商品编号']]);
    const real = await rt.ok<{ applied: boolean }>('product-admin', 'importProducts', { requestId: aRequestIdLocal(), csv: badCsv, dryRun: false }, 'dev_staff');
    expect(real.applied).toBe(false);
    expect(await snapshotStore(rt.store)).toEqual(before);

    const csv = `\uFEFF${header}\n,新品柚子,甜,${cat},/files/images/p01.svg,好吃,,大果,19.90,5\n,新品柚子,甜,${cat},/files/images/p01.svg,好吃,,小果,9.90,8\np01,${'x'},,${cat},/files/images/p01.svg,,p01-s1,默认,12.34,7\n`;
    const requestId = aRequestIdLocal();
    const ok = await rt.ok<{ applied: boolean; newProducts: number; updatedProducts: number }>('product-admin', 'importProducts', { requestId, csv, dryRun: false }, 'dev_staff');
    expect(ok).toMatchObject({ applied: true, newProducts: 1, updatedProducts: 1 });
    const countAfter = await rt.store.count('skus', {});
    await rt.ok('product-admin', 'importProducts', { requestId, csv, dryRun: false }, 'dev_staff');
    expect(await rt.store.count('skus', {})).toBe(countAfter);
    const created = await rt.store.find<{ _id: string; title: string; onShelf: boolean }>('products', { title: '新品柚子' }, { limit: 5 });
    expect(created).toHaveLength(1);
    expect(created[0]?.onShelf).toBe(false);
    expect((await rt.store.get<{ _id: string; priceFen: number }>('skus', 'p01-s1'))?.priceFen).toBe(1234);
  });
});

let seq = 0;
function aRequestIdLocal(): string {
  seq += 1;
  return `import-test-${seq}-${Date.now()}`;
}
