import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { OrderView } from '../../src/contracts/orders';
import type { ProductReviewsPage } from '../../src/contracts/reviews';
import { startE2eShop, type E2eShop } from './support/e2e-shop';
import { browserAvailable } from './support/launch-browser';
import { eventually } from './support/eventually';

const ADDRESS = { name: '张三', phone: '13800138000', region: '浙江省 杭州市 西湖区', detail: '文三路 100 号' };
const maybe = browserAvailable() ? describe : describe.skip;

/** A one-colour 120×120 PNG (a different colour is a different file). */
function writePhoto(file: string, rgb: [number, number, number]): void {
  const png = new PNG({ width: 120, height: 120 });
  for (let i = 0; i < png.data.length; i += 4) {
    png.data[i] = rgb[0];
    png.data[i + 1] = rgb[1];
    png.data[i + 2] = rgb[2];
    png.data[i + 3] = 255;
  }
  fs.writeFileSync(file, PNG.sync.write(png));
}

maybe('search and reviews in Chromium: search → product; a received order → a review with photos → on the product page', () => {
  let shop: E2eShop;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wfx-e2e-reviews-'));
  beforeAll(async () => (shop = await startE2eShop('search-and-reviews')), 300_000);
  afterAll(async () => {
    await shop?.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  });
  const textOf = (page: Parameters<E2eShop['text']>[0], selector: string, wanted: (t: string) => boolean) => eventually(() => shop.text(page, selector), wanted);

  test('a shopper searches from home, sorts, opens the product; reviews a received line with two photos; the product page and the list show it', async () => {
    const buyer = (await shop.dev<{ openid: string }>('new-user')).openid;
    const shopper = await shop.pageAs(buyer);

    // 1. Home → the search bar → the shop's hot words, then a Chinese keyword.
    await shopper.goto(`${shop.server.url}/pages/home/index`);
    await shopper.locator('#search-bar').first().click();
    expect(await textOf(shopper, '#hot-0', (t) => t.length > 0)).toBe('脐橙');
    await shop.shot(shopper, 'search-hints');
    await shopper.locator('#search-input input, input#search-input').first().fill('水果');
    await shopper.locator('#search-submit').first().click();
    expect(await textOf(shopper, '#search-results', (t) => t.includes('赣南脐橙'))).toContain('烟台红富士苹果');
    await shopper.locator('#sort-price').first().click();
    await eventually(() => shopper.locator('#search-results .product-card__title').allTextContents(), (t) => t[0] === '烟台红富士苹果');
    await shop.shot(shopper, 'search-results-by-price');

    // Nothing found: the hot words are offered; one tap searches it.
    await shopper.locator('#search-input input, input#search-input').first().fill('榴莲');
    await shopper.locator('#search-submit').first().click();
    expect(await textOf(shopper, '#suggest-0', (t) => t.length > 0)).toBe('脐橙');
    await shop.shot(shopper, 'search-empty-suggestions');
    await shopper.locator('#suggest-0').first().click();
    expect(await textOf(shopper, '#search-results', (t) => t.includes('赣南脐橙'))).toContain('赣南脐橙');

    // 2. From the results to the product page.
    await shopper.locator('#search-results .product-card').first().click();
    expect(await textOf(shopper, '#product-title', (t) => t.length > 0)).toBe('赣南脐橙');
    expect(await shop.text(shopper, '#product-sold')).toBe('已售 0');
    await shop.shot(shopper, 'product-from-search');

    // 3. The shopper's order of 脐橙 is paid, shipped and received.
    const order = await shop.api<OrderView>('orders', 'createOrder', { requestId: `e2e-rv-${Date.now()}`, lines: [{ skuId: 'p01-s1', quantity: 2 }], address: ADDRESS }, buyer);
    expect(await shop.dev('pay', { orderId: order.id })).toMatchObject({ errcode: 0 });
    await shop.api('order-admin', 'shipOrder', { orderId: order.id, carrierCode: 'SF', trackingNo: 'SF2026112009' }, 'dev_staff');
    await shop.api('orders', 'confirmReceipt', { orderId: order.id }, buyer);

    // 4. The order page offers 评价 on the received line; the review: 4 stars, text, two photos.
    await shopper.goto(`${shop.server.url}/packages/member/pages/order/index?orderId=${order.id}`);
    expect(await textOf(shopper, '#review-0', (t) => t.length > 0)).toBe('评价');
    await shop.shot(shopper, 'received-order-review-entry');
    await shopper.locator('#review-0').first().click();
    await shopper.locator('#review-star-4').first().click();
    expect(await shop.text(shopper, '#review-rating-label')).toBe('满意');
    await shopper.locator('#review-text textarea, textarea#review-text').first().fill('果子很甜，个头均匀，家里老人孩子都爱吃');
    for (const [i, rgb] of ([[250, 140, 20], [60, 170, 80]] as Array<[number, number, number]>).entries()) {
      const file = path.join(workDir, `photo-${i}.png`);
      writePhoto(file, rgb);
      const [chooser] = await Promise.all([shopper.waitForEvent('filechooser'), shopper.locator('#review-add-photo').first().click()]);
      await chooser.setFiles(file);
      await eventually(() => shopper.locator('.write-review__photo').count(), (n) => n === i + 1);
    }
    await shop.shot(shopper, 'write-review-with-photos');
    await shopper.locator('#review-submit').first().click();

    // 5. Back on the product page: the review with its stars, average, count and 有图; 已售 counts the order.
    expect(await textOf(shopper, '#product-reviews', (t) => t.includes('果子很甜'))).toContain('商品评价（1）');
    expect(await shop.text(shopper, '#review-average')).toBe('4.0 分');
    expect(await shop.text(shopper, '#product-sold')).toBe('已售 2');
    expect(await shopper.locator('#product-reviews .review-item__photo').count()).toBe(2);
    expect(await shop.text(shopper, '#product-reviews')).not.toContain(buyer);
    await shopper.locator('#product-reviews').first().scrollIntoViewIfNeeded();
    await shop.shot(shopper, 'product-page-shows-review');

    // 6. The full list, 有图 only.
    await shopper.locator('#reviews-with-photos').first().click();
    expect(await textOf(shopper, '#reviews-summary', (t) => t.includes('共'))).toBe('4.0 分 · 共 1 条评价');
    expect(await shop.text(shopper, '#reviews-photos')).toBe('有图（1）');
    await shop.shot(shopper, 'product-reviews-with-photos');

    // 7. Staff reply in 评价管理; the shopper reads the reply.
    const [review] = (await shop.api<ProductReviewsPage>('reviews', 'listProductReviews', { productId: 'p01' }, buyer)).items;
    const staff = await shop.pageAs('dev_staff');
    await staff.goto(`${shop.server.url}/packages/admin/pages/reviews/index`);
    await staff.locator(`#reply-${review!.id}`).first().click();
    await staff.locator(`#reply-text-${review!.id} input, input#reply-text-${review!.id}`).first().fill('感谢您的认可，欢迎再来～');
    await staff.locator(`#reply-send-${review!.id}`).first().click();
    expect(await textOf(staff, `#review-${review!.id}`, (t) => t.includes('商家回复'))).toContain('感谢您的认可');
    await shop.shot(staff, 'staff-replied');
    await shopper.reload();
    expect(await textOf(shopper, '#reviews-summary', (t) => t.includes('共'))).toContain('共 1 条');
    expect(await textOf(shopper, '.review-item__reply', (t) => t.length > 0)).toBe('商家回复：感谢您的认可，欢迎再来～');
    await shop.shot(shopper, 'shopper-reads-reply');
  });
});
