import { formatFen } from '../../src/domain/money/format-fen';
import { applyRateFloor, toBps, toFen } from '../../src/domain/money/fen';
import { describeShop } from './support/e2e-shop';
import { eventually } from './support/eventually';

describeShop('walking skeleton in Chromium: share → bind → buy two → pay → commission', 'walking-skeleton', {}, (shop) => {

  test('the distributor’s pending commission equals floor(paid × rate) to the 分', async () => {
    // 1. The distributor opens a product and gets its share code.
    const distributor = await shop.pageAs('dev_distributor');
    await distributor.goto(`${shop.server.url}/packages/store/pages/product/index?productId=p01`);
    await distributor.locator('#product-title').first().waitFor();
    expect(await shop.text(distributor, '#product-title')).toContain('赣南脐橙');
    expect(await shop.text(distributor, '#share-earn')).toContain(formatFen(toFen(399)));
    await distributor.locator('#share-button').first().click();
    await distributor.locator('#share-h5-url').first().waitFor();
    const shareUrl = await shop.text(distributor, '#share-h5-url');
    expect(shareUrl).toMatch(new RegExp(`^${shop.server.url}/packages/store/pages/product/index\\?scene=[0-9A-Za-z]{16}$`));
    const codeSrc = await distributor.locator('#share-code-image img, img#share-code-image').first().getAttribute('src');
    const codeImage = await fetch(new URL(codeSrc ?? '', shop.server.url));
    expect(codeImage.headers.get('content-type')).toBe('image/png');
    await shop.shot(distributor, 'distributor-share-code');

    // 2. A brand-new shopper opens the code's URL: bound to the distributor before the page renders.
    const shopper = await shop.pageAs(null);
    await shopper.goto(shareUrl);
    await shopper.locator('#product-title').first().waitFor();
    expect(await shop.text(shopper, '#product-title')).toContain('赣南脐橙');
    await shop.shot(shopper, 'shopper-opens-code');

    // 3. Two units, checkout with an address.
    await shopper.locator('#qty-plus').first().click();
    const quantity = () => shop.text(shopper, '#qty-value').then(async (v) => v || shopper.locator('#qty-value input').first().inputValue());
    expect(await eventually(quantity, (v) => v === '2')).toBe('2');
    await shopper.locator('#buy-now').first().click();
    await shopper.locator('#submit-order').first().waitFor();
    const fill = async (id: string, value: string) => {
      const input = shopper.locator(`#${id} input, input#${id}, #${id} textarea, textarea#${id}`).first();
      await input.fill(value);
    };
    await fill('addr-name', '王小二');
    await fill('addr-phone', '13912345678');
    await fill('addr-region', '广东省 深圳市 南山区');
    await fill('addr-detail', '科技园 1 号');
    const paidFen = toFen(3990 * 2);
    expect(await shop.text(shopper, '#checkout-total')).toContain(formatFen(paidFen));
    await shop.shot(shopper, 'shopper-checkout');
    await shopper.locator('#submit-order').first().click();

    // 4. The simulated WeChat Pay page runs the real payment callback.
    await shopper.locator('#pay-confirm').first().waitFor();
    expect(await shop.text(shopper, '#pay-amount')).toContain(formatFen(paidFen));
    await shop.shot(shopper, 'shopper-pay');
    await shopper.locator('#pay-confirm').first().click();
    await shopper.locator('#order-status').first().waitFor();
    expect(await eventually(() => shop.text(shopper, '#order-status'), (v) => v.includes('已付款'))).toContain('已付款');
    expect(await shop.text(shopper, '#order-total')).toContain(formatFen(paidFen));
    await shop.shot(shopper, 'shopper-order-paid');

    // 5. The distributor's member centre shows the pending commission and the new team member.
    await distributor.goto(`${shop.server.url}/pages/me/index`);
    await distributor.locator('#pending-commission').first().waitFor();
    const expected = formatFen(applyRateFloor(paidFen, toBps(1000)));
    expect(await eventually(() => shop.text(distributor, '#pending-commission'), (v) => v.includes(expected))).toContain(expected);
    expect(await shop.text(distributor, '#team-count')).toContain('1');
    await shop.shot(distributor, 'distributor-commission');
  }, 180_000);
});
