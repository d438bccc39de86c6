import type { ExportFileView } from '../../src/contracts/export-file';
import { readXlsx, writeXlsx } from '../../cloudfunctions/shared/kernel/files/xlsx-file';
import { toFen } from '../../src/domain/money/fen';
import { describeShop } from './support/e2e-shop';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describeShop('catalogue as Excel in Chromium: export, pick an .xlsx, dry run, import', 'catalog-xlsx', {}, (shop) => {

  test('staff export an Excel file and import one picked from disk, problems by its own row numbers', async () => {
    const staff = await shop.pageAs('dev_staff');
    await staff.goto(`${shop.server.url}/packages/admin/pages/import/index`);
    await staff.locator('#export-products-xlsx').first().click();
    await staff.locator('.export-file', { hasText: '.xlsx' }).first().waitFor();
    await staff.getByText('下载 Excel').first().waitFor();
    await shop.shot(staff, 'exported-xlsx');
    const file = await shop.api<ExportFileView>('product-admin', 'exportProducts', { format: 'xlsx' }, 'dev_staff');
    const download = await fetch(`${shop.server.url}${file.url}`);
    const rows = readXlsx(Buffer.from(await download.arrayBuffer()));
    expect(rows[0]?.cells.slice(0, 2)).toEqual(['商品编号', '商品名称']);
    expect(rows).toHaveLength(file.rowCount + 1);

    const header = ['商品名称', '分类编号', '图片', '规格', '价格(元)', '库存'];
    const pick = async (name: string, bytes: Buffer) => {
      const [chooser] = await Promise.all([staff.waitForEvent('filechooser'), staff.locator('#import-choose-file').first().click()]);
      await chooser.setFiles({ name, mimeType: XLSX_TYPE, buffer: bytes });
      await staff.locator('#import-xlsx-file', { hasText: name }).first().waitFor();
    };
    await pick('有问题.xlsx', writeXlsx('商品', header, [['Excel 新品', 'fruit', '/files/images/p01.svg', '大果', { fen: toFen(990) }, 5], ['Excel 新品', 'nope', '/files/images/p01.svg', '小果', 'abc', 5]]));
    await staff.locator('#import-dry-run').first().click();
    await staff.locator('.import-problem').first().waitFor();
    expect(await staff.locator('.import-problem').count()).toBe(2);
    expect((await staff.locator('.import-problem').first().textContent())?.startsWith('3')).toBe(true);
    await shop.shot(staff, 'xlsx-dry-run-problems');

    await pick('新品.xlsx', writeXlsx('商品', header, [['Excel 新品', 'fruit', '/files/images/p01.svg', '大果', { fen: toFen(990) }, 5]]));
    await staff.locator('#import-dry-run').first().click();
    await staff.getByText('没有发现问题，可以导入。').first().waitFor();
    await staff.locator('#import-apply').first().click();
    await staff.locator('.taro-model__confirm').first().click();
    await staff.getByText('导入完成').first().waitFor();
    await shop.shot(staff, 'xlsx-imported');
    const created = await shop.api<{ items: Array<{ title: string; onShelf: boolean }> }>('product-admin', 'listProducts', { onShelf: false }, 'dev_staff');
    expect(created.items.filter((p) => p.title === 'Excel 新品')).toHaveLength(1);

    // The 数据导出 page offers the catalogue too, to staff who may manage products.
    await staff.goto(`${shop.server.url}/packages/admin/pages/exports/index`);
    await staff.locator('#export-catalog-xlsx').first().click();
    await staff.locator('.export-file', { hasText: '.xlsx' }).first().waitFor();
    await shop.shot(staff, 'exports-page-catalog-xlsx');
  }, 180_000);
});
