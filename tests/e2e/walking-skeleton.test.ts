import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formatFen } from '../../src/domain/money/format-fen';
import { applyRateFloor, toBps, toFen } from '../../src/domain/money/fen';
import { quietLogger } from '../../server/local-runtime';
import { startLocalServer, type LocalServer } from '../../server/start-local-server';
import { H5_DIR, ensureH5Build } from './support/ensure-h5-build';
import { browserAvailable, launchBrowser } from './support/launch-browser';
import { eventually } from './support/eventually';

const ARTIFACTS = path.join(__dirname, 'artifacts', 'walking-skeleton');
const maybe = browserAvailable() ? describe : describe.skip;

maybe('walking skeleton in Chromium: share → bind → buy two → pay → commission', () => {
  let server: LocalServer;
  let browser: Browser;
  let dataDir: string;

  beforeAll(async () => {
    ensureH5Build();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wfx-e2e-'));
    server = await startLocalServer({ port: 0, dataDir, h5Dir: H5_DIR, log: quietLogger });
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** A browser profile signed in as a persona (or, with null, a brand-new visitor). */
  async function personaContext(openid: string | null): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN' });
    if (openid) await context.addInitScript((id) => window.localStorage.setItem('wfx.dev-openid', id), openid);
    return context;
  }

  let step = 0;
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${String(++step).padStart(2, '0')}-${name}.png`), fullPage: true });
  const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').trim();

  test('the distributor’s pending commission equals floor(paid × rate) to the 分', async () => {
    // 1. The distributor opens a product and gets its share code.
    const distributor = await (await personaContext('dev_distributor')).newPage();
    await distributor.goto(`${server.url}/packages/store/pages/product/index?productId=p01`);
    await distributor.locator('#product-title').first().waitFor();
    expect(await text(distributor, '#product-title')).toContain('赣南脐橙');
    expect(await text(distributor, '#share-earn')).toContain(formatFen(toFen(399)));
    await distributor.locator('#share-button').first().click();
    await distributor.locator('#share-h5-url').first().waitFor();
    const shareUrl = await text(distributor, '#share-h5-url');
    expect(shareUrl).toMatch(new RegExp(`^${server.url}/packages/store/pages/product/index\\?scene=[0-9A-Za-z]{16}$`));
    const codeSrc = await distributor.locator('#share-code-image img, img#share-code-image').first().getAttribute('src');
    const codeImage = await fetch(new URL(codeSrc ?? '', server.url));
    expect(codeImage.headers.get('content-type')).toBe('image/png');
    await shot(distributor, 'distributor-share-code');

    // 2. A brand-new shopper opens the code's URL: bound to the distributor before the page renders.
    const shopper = await (await personaContext(null)).newPage();
    await shopper.goto(shareUrl);
    await shopper.locator('#product-title').first().waitFor();
    expect(await text(shopper, '#product-title')).toContain('赣南脐橙');
    await shot(shopper, 'shopper-opens-code');

    // 3. Two units, checkout with an address.
    await shopper.locator('#qty-plus').first().click();
    const quantity = () => text(shopper, '#qty-value').then(async (v) => v || shopper.locator('#qty-value input').first().inputValue());
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
    expect(await text(shopper, '#checkout-total')).toContain(formatFen(paidFen));
    await shot(shopper, 'shopper-checkout');
    await shopper.locator('#submit-order').first().click();

    // 4. The simulated WeChat Pay page runs the real payment callback.
    await shopper.locator('#pay-confirm').first().waitFor();
    expect(await text(shopper, '#pay-amount')).toContain(formatFen(paidFen));
    await shot(shopper, 'shopper-pay');
    await shopper.locator('#pay-confirm').first().click();
    await shopper.locator('#order-status').first().waitFor();
    expect(await eventually(() => text(shopper, '#order-status'), (v) => v.includes('已付款'))).toContain('已付款');
    expect(await text(shopper, '#order-total')).toContain(formatFen(paidFen));
    await shot(shopper, 'shopper-order-paid');

    // 5. The distributor's member centre shows the pending commission and the new team member.
    await distributor.goto(`${server.url}/pages/me/index`);
    await distributor.locator('#pending-commission').first().waitFor();
    const expected = formatFen(applyRateFloor(paidFen, toBps(1000)));
    expect(await eventually(() => text(distributor, '#pending-commission'), (v) => v.includes(expected))).toContain(expected);
    expect(await text(distributor, '#team-count')).toContain('1');
    await shot(distributor, 'distributor-commission');
  }, 180_000);
});
