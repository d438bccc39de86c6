import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { formatFen } from '../../src/domain/money/format-fen';
import { applyRateFloor, toBps, toFen } from '../../src/domain/money/fen';
import { startE2eShop, type E2eShop } from './support/e2e-shop';
import { browserAvailable } from './support/launch-browser';
import { eventually } from './support/eventually';

const maybe = browserAvailable() ? describe : describe.skip;
const PICKS = ['p02', 'p03', 'p06'];
const SHOP_NAME = '小李的鲜果铺子';

/** A 96×96 two-colour PNG to upload as the shop logo. */
function writeLogo(file: string): void {
  const png = new PNG({ width: 96, height: 96 });
  for (let y = 0; y < 96; y += 1) {
    for (let x = 0; x < 96; x += 1) {
      const i = (y * 96 + x) * 4;
      const inner = (x - 48) ** 2 + (y - 48) ** 2 < 36 ** 2;
      png.data[i] = inner ? 250 : 255;
      png.data[i + 1] = inner ? 44 : 236;
      png.data[i + 2] = inner ? 25 : 200;
      png.data[i + 3] = 255;
    }
  }
  fs.writeFileSync(file, PNG.sync.write(png));
}

maybe('distributor shop in Chromium: set up shop → shopper opens shop code → buys → team and earnings', () => {
  let shop: E2eShop;
  let workDir: string;
  beforeAll(async () => {
    shop = await startE2eShop('distributor-shop');
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wfx-e2e-logo-'));
  }, 300_000);
  afterAll(async () => {
    await shop?.close();
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  });
  const text = (page: Page, selector: string) => shop.text(page, selector);
  const shot = (page: Page, name: string) => shop.shot(page, name);
  /** An action as a persona would send it from the client (the staff and receipt steps are not under test here). */
  const act = (openid: string, fn: string, action: string, payload: object) => shop.api(fn, action, payload, openid);

  test('the shopper sees exactly the 3 picks under the shop’s name; the purchase shows in team and earnings', async () => {
    // 1. The distributor names the shop, uploads a logo and picks 3 products.
    const distributor = await shop.pageAs('dev_distributor');
    await distributor.goto(`${shop.server.url}/pages/me/index`);
    await distributor.locator('#my-shop-link').first().click();
    await distributor.locator('#shop-name-input input').first().waitFor();
    await distributor.locator('#shop-name-input input').first().fill(SHOP_NAME);
    await distributor.locator('#shop-intro-input textarea, textarea#shop-intro-input').first().fill('每天现摘，总部直发');
    await distributor.locator('#shop-save').first().click();
    const logoFile = path.join(workDir, 'logo.png');
    writeLogo(logoFile);
    const [chooser] = await Promise.all([distributor.waitForEvent('filechooser'), distributor.locator('#shop-logo-upload').first().click()]);
    await chooser.setFiles(logoFile);
    await distributor.locator('#my-shop-logo').first().waitFor();
    for (const id of PICKS) await distributor.locator(`#pick-${id}`).first().click();
    expect(await text(distributor, '#picked-count')).toContain('已选 3 件');
    await distributor.locator('#shop-products-save').first().click();
    expect(await eventually(() => text(distributor, '#shop-preview'), (v) => v.includes('3 件'))).toContain('3 件');
    expect(await distributor.locator('#shop-name-input input').first().inputValue()).toBe(SHOP_NAME);
    await shot(distributor, 'distributor-sets-up-shop');

    // 2. The shop code: a QR of the public shop page's H5 URL with a scene, no user id.
    await distributor.locator('#shop-share').first().click();
    await distributor.locator('#share-h5-url').first().waitFor();
    const shopUrl = await text(distributor, '#share-h5-url');
    expect(shopUrl).toMatch(new RegExp(`^${shop.server.url}/packages/shop/pages/home/index\\?scene=[0-9A-Za-z]{16}$`));
    // The poster: banner-less shop, so the logo, the name and the code drawn on a canvas.
    await distributor.locator('#share-poster-button').first().click();
    await distributor.locator('#share-poster-image').first().waitFor();
    const poster = await distributor.locator('#share-poster-image img, img#share-poster-image').first().getAttribute('src');
    expect(poster).toMatch(/^data:image\/png;base64,/);
    const size = await distributor.evaluate(async (src) => {
      const img = new Image();
      img.src = src ?? '';
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, poster);
    expect(size).toEqual([600, 900]);
    await shot(distributor, 'distributor-shop-code-and-poster');

    // 3. A brand-new shopper opens it: the shop's name and logo, exactly the 3 picks.
    const shopper = await shop.pageAs(null);
    await shopper.goto(shopUrl);
    await shopper.locator('#shop-name').first().waitFor();
    expect(await eventually(() => text(shopper, '#shop-name'), (v) => v === SHOP_NAME)).toBe(SHOP_NAME);
    const logoSrc = await shopper.locator('#shop-logo img, img#shop-logo').first().getAttribute('src');
    expect((await fetch(new URL(logoSrc ?? '', shop.server.url))).headers.get('content-type')).toBe('image/jpeg');
    const shown = await shopper.locator('#shop-products [id^="shop-product-"]').evaluateAll((els) => els.map((e) => e.id));
    expect(shown).toEqual(PICKS.map((id) => `shop-product-${id}`));
    await shot(shopper, 'shopper-opens-shop');

    // 4. Buys one of them (海南金煌芒, one SKU at 29.90).
    await shopper.locator('#shop-product-p03').first().click();
    await shopper.locator('#product-title').first().waitFor();
    expect(await text(shopper, '#product-title')).toContain('海南金煌芒');
    await shopper.locator('#buy-now').first().click();
    await shopper.locator('#submit-order').first().waitFor();
    const fill = (id: string, value: string) => shopper.locator(`#${id} input, input#${id}`).first().fill(value);
    await fill('addr-name', '王小二');
    await fill('addr-phone', '13912345678');
    await fill('addr-region', '广东省 深圳市 南山区');
    await fill('addr-detail', '科技园 1 号');
    const paidFen = toFen(2990);
    expect(await text(shopper, '#checkout-total')).toContain(formatFen(paidFen));
    await shopper.locator('#submit-order').first().click();
    await shopper.locator('#pay-confirm').first().waitFor();
    await shopper.locator('#pay-confirm').first().click();
    await shopper.locator('#order-status').first().waitFor();
    expect(await eventually(() => text(shopper, '#order-status'), (v) => v.includes('已付款'))).toContain('已付款');
    await shot(shopper, 'shopper-paid');

    // 5. The distributor's team shows the shopper (masked) with one paid order and the commission.
    const commission = formatFen(applyRateFloor(paidFen, toBps(1000)));
    await distributor.goto(`${shop.server.url}/packages/member/pages/team/index`);
    expect(await eventually(() => text(distributor, '#team-level1-count'), (v) => v === '1')).toBe('1');
    await distributor.locator('#team-list .team-member').first().waitFor();
    expect(await distributor.locator('#team-list .team-member').count()).toBe(1);
    const member = await text(distributor, '#team-list .team-member');
    expect(member).toContain('*');
    expect(member).toContain('付款订单 1');
    expect(member).toContain(commission);
    await shot(distributor, 'distributor-team');

    // 6. The earnings page: the pending entry, settling 7 days after receipt …
    await distributor.goto(`${shop.server.url}/packages/member/pages/earnings/index`);
    expect(await eventually(() => text(distributor, '#earn-pending'), (v) => v.includes(commission))).toContain(commission);
    await distributor.locator('#earn-entries .earn-entry').first().waitFor();
    const entry = await text(distributor, '#earn-entries .earn-entry');
    expect(entry).toContain('海南金煌芒');
    expect(entry).toContain('待结算');
    expect(entry).toContain(commission);
    expect(entry).toContain('确认收货后 7 天结算');
    await shot(distributor, 'distributor-earnings-before-receipt');

    // … and, once shipped and received, its expected settle date.
    const orderId = new URL(shopper.url()).searchParams.get('orderId') ?? '';
    const shopperId = await shopper.evaluate(() => window.localStorage.getItem('wfx.dev-openid') ?? '');
    await act('dev_staff', 'order-admin', 'shipOrder', { orderId, carrierCode: 'SF', trackingNo: 'SF1234567890' });
    await act(shopperId, 'orders', 'confirmReceipt', { orderId });
    const due = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
    const dueText = `预计 ${due.getFullYear()}-${String(due.getMonth() + 1).padStart(2, '0')}-${String(due.getDate()).padStart(2, '0')} 结算`;
    await distributor.reload();
    expect(await eventually(() => text(distributor, '#earn-entries .earn-entry'), (v) => v.includes(dueText))).toContain(dueText);
    await shot(distributor, 'distributor-earnings-settle-date');
  }, 240_000);
});
