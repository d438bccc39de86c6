import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import type { ShareCode } from '../../src/contracts/distributor';
import type { OfficialAccountView } from '../../src/contracts/official-account';
import { describeShop } from './support/e2e-shop';
import { eventually } from './support/eventually';

const ACCOUNT = '鲜果铺子服务号';

/** A 120×120 black-and-white checker standing in for the account's QR image. */
function qrPngBase64(): string {
  const png = new PNG({ width: 120, height: 120 });
  for (let y = 0; y < 120; y += 1) {
    for (let x = 0; x < 120; x += 1) {
      const i = (y * 120 + x) * 4;
      const dark = (Math.floor(x / 12) + Math.floor(y / 12)) % 2 === 0;
      png.data[i] = png.data[i + 1] = png.data[i + 2] = dark ? 20 : 250;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png).toString('base64');
}

describeShop('关注公众号 in Chromium: staff switch it on in 店铺设置; a scan-opened page shows the QR and name, others none', 'official-account', {}, (shop) => {

  /** Opens `url` and waits for the product page and, when the page mounts the follow block, for its getFollowInfo answer. */
  const openProduct = async (page: Page, url: string, scanned: boolean) => {
    const followInfo = scanned ? page.waitForResponse((r) => r.url().endsWith('/api/fn/catalog') && (r.request().postData() ?? '').includes('getFollowInfo')) : null;
    await page.goto(url);
    await page.locator('#product-title').first().waitFor();
    await followInfo;
    await page.waitForTimeout(300);
  };

  test('on: QR image and name on the scan-opened page only; off: none', async () => {
    // The QR image the shop serves: uploaded as staff, the same way 店铺设置 uploads its logo.
    const { url: qrImageUrl } = await shop.api<{ url: string }>('settings-admin', 'uploadShopLogo', { contentType: 'image/png', dataBase64: qrPngBase64() }, 'dev_staff');
    expect(qrImageUrl).toMatch(/^\/files\//);
    expect((await fetch(new URL(qrImageUrl, shop.server.url))).headers.get('content-type')).toBe('image/png');

    // 1. Staff open 店铺设置 from the admin tab and switch the follow block on with the name and the QR image.
    const staff = await shop.pageAs('dev_staff');
    await staff.goto(`${shop.server.url}/pages/admin/index`);
    await staff.locator('#admin-entry-shop').first().click();
    await staff.locator('#official-account-settings').first().waitFor();
    await staff.locator('#oa-show-true').first().click();
    await staff.locator('#oa-name input, input#oa-name').first().fill(ACCOUNT);
    await staff.locator('#oa-qr input, input#oa-qr').first().fill(qrImageUrl);
    await staff.locator('#official-account-settings').first().scrollIntoViewIfNeeded();
    await shop.shot(staff, 'staff-switches-follow-on');
    await staff.locator('#oa-save').first().click();
    const saved = await eventually(
      () => shop.api<OfficialAccountView>('settings-admin', 'getOfficialAccount', {}, 'dev_staff'),
      (v) => v.showOnScan,
    );
    expect(saved).toEqual({ showOnScan: true, name: ACCOUNT, qrImageUrl });
    await staff.reload();
    await staff.locator('#official-account-settings').first().waitFor();
    expect(await eventually(() => staff.locator('#oa-name input, input#oa-name').first().inputValue(), (v) => v === ACCOUNT)).toBe(ACCOUNT);
    expect(await staff.locator('#oa-show-true').first().getAttribute('class')).toContain('policy__chip--on');
    await shop.shot(staff, 'staff-follow-saved');

    // 2. A brand-new shopper opens a shared product code (a scan): the account's QR image and name under the page.
    const code = await shop.api<ShareCode>('distributor', 'createShareCode', { target: { kind: 'product', productId: 'p01' } }, 'dev_distributor');
    expect(code.h5Url).toMatch(/\?scene=[0-9A-Za-z]{16}$/);
    const scanner = await shop.pageAs(null);
    await openProduct(scanner, code.h5Url ?? '', true);
    await scanner.locator('#follow-official-account').first().waitFor();
    expect(await shop.text(scanner, '#follow-official-account')).toContain(`关注公众号「${ACCOUNT}」`);
    const qr = scanner.locator('#follow-official-account img').first();
    expect(new URL((await qr.getAttribute('src')) ?? '', shop.server.url).pathname).toBe(qrImageUrl);
    expect(await eventually(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), (w) => w === 120)).toBe(120);
    // Seen, not just present: the product page's fixed 购买 bar must not cover the QR.
    await qr.scrollIntoViewIfNeeded();
    const uncovered = await qr.evaluate((img: HTMLElement) => {
      const box = img.getBoundingClientRect();
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return Boolean(top && img.closest('#follow-official-account')?.contains(top));
    });
    expect(uncovered).toBe(true);
    await shop.shot(scanner, 'shopper-scan-sees-follow');

    // 3. The same product opened without a scan: no follow block.
    const browsing = await shop.pageAs(null);
    await openProduct(browsing, `${shop.server.url}/packages/store/pages/product/index?productId=p01`, false);
    expect(await shop.text(browsing, '#product-title')).toContain('赣南脐橙');
    expect(await browsing.locator('#follow-official-account').count()).toBe(0);
    expect(await browsing.locator('body').innerText()).not.toContain(ACCOUNT);
    await shop.shot(browsing, 'shopper-no-scan-no-follow');

    // 4. Staff switch it off: the scan-opened page shows none.
    await staff.locator('#oa-show-false').first().click();
    await staff.locator('#oa-save').first().click();
    expect(await eventually(() => shop.api<OfficialAccountView>('settings-admin', 'getOfficialAccount', {}, 'dev_staff'), (v) => !v.showOnScan)).toMatchObject({ showOnScan: false });
    await shop.shot(staff, 'staff-switches-follow-off');
    const later = await shop.pageAs(null);
    await openProduct(later, code.h5Url ?? '', true);
    expect(await later.locator('#follow-official-account').count()).toBe(0);
    expect(await later.locator('body').innerText()).not.toContain(ACCOUNT);
    await shop.shot(later, 'shopper-scan-after-off-no-follow');
  }, 180_000);
});
