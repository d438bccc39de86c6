/**
 * @jest-environment ./tests/weapp/support/jsdom-with-server-globals.js
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { PAGES } from '../../src/contracts/pages';
import { invokeFunction } from '../../server/local-runtime';
import { startSimulatedApp, type SimulatedApp } from './support/simulate-taro';
import { DISTRIBUTOR, OWNER, startWeappShop, WEAPP_DIR, type WeappShop } from './support/weapp-shop';

/**
 * The built components rendered by miniprogram-simulate through WeChat's own WXML/WXSS compiler (jsdom): the
 * custom tab bar, and the product card, price and share sheet as the home and product pages draw them. Taps go
 * through the template's `bindtap="eh"` into Taro's event handler and on to the React handlers.
 */
let shop: WeappShop;
let app: SimulatedApp;
const backend = {
  openid: OWNER,
  callFunction: (name: string, data: unknown) => invokeFunction(shop.rt, name, JSON.parse(JSON.stringify(data)), { openid: backend.openid, source: 'wx_client' }),
  requestPayment: async () => undefined,
};

let warn: jest.SpyInstance;
beforeAll(async () => {
  // The simulator's WXML runtime warns "Template `tmpl_0_i` not found" while it walks Taro's recursive templates;
  // what each test asserts is what was rendered. Any other warning still prints.
  const print = console.warn.bind(console);
  warn = jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).startsWith('WXMLRT_')) print(...args);
  });
  shop = await startWeappShop();
  app = await startSimulatedApp(WEAPP_DIR, backend);
}, 60_000);
afterAll(async () => {
  warn.mockRestore();
  await shop.close();
});

test('the custom tab bar renders the four shop tabs plus 管理 for the owner, and a tap switches tab', async () => {
  app.pages.splice(0, app.pages.length, { route: PAGES.home });
  const tabBar = app.render('custom-tab-bar/index');
  await app.until(() => tabBar.dom!.textContent!.includes('管理'));
  const labels = Array.from(tabBar.dom!.querySelectorAll('wx-text')).map((n) => n.textContent);
  expect(labels).toEqual(['首页', '分类', '购物车', '我的', '管理']);
  // The current tab's label carries the "on" style; its icon is the active one.
  expect(tabBar.dom!.querySelector('wx-text')!.className).toContain('wfx-tab-bar__text--on');

  app.tap(tabBar, '管理');
  await app.until(() => app.calls.some((c) => c.api === 'switchTab'));
  expect(app.calls.filter((c) => c.api === 'switchTab').map((c) => (c.args as { url: string }).url)).toEqual([`/${PAGES.admin}`]);
});

test('the home page draws product cards with their prices from the catalogue', async () => {
  const home = await app.openPage(PAGES.home);
  await app.until(() => home.dom!.textContent!.includes('赣南脐橙'));
  const cards = Array.from(home.dom!.querySelectorAll('[class*="product-card__body"]')).map((card) => ({
    title: card.querySelector('[class*="product-card__title"]')?.textContent,
    price: card.querySelector('[class*="price-tag"]')?.textContent,
  }));
  expect(cards.slice(0, 3)).toEqual([
    { title: '赣南脐橙', price: '¥39.90' },
    { title: '烟台红富士苹果', price: '¥35.80' },
    { title: '海南金煌芒', price: '¥29.90' },
  ]);
  // The page's WXSS went through the compiler into the document, scoped to the page.
  expect(Array.from(document.querySelectorAll('style')).map((s) => s.textContent).join('\n')).toMatch(/\.pages-home-index--home__banner\{/);
});

test('a distributor taps 分享 on the product page and the share sheet opens with their code', async () => {
  backend.openid = DISTRIBUTOR;
  const product = await app.openPage(PAGES.product, { productId: 'p01' });
  await app.until(() => product.dom!.textContent!.includes('分享赚'));
  expect(product.dom!.querySelector('[class*="product__share-earn"]')?.textContent).toBe('分享赚 ¥3.99');
  app.tap(product, '分享');
  await app.until(() => product.dom!.textContent!.includes('长按识别或扫码打开'));
  expect(product.dom!.textContent).toContain('发送给微信好友');
  expect(product.dom!.textContent).toContain('一键复制文案');
  app.tap(product, '一键复制文案');
  await app.until(() => app.calls.some((c) => c.api === 'setClipboardData'));
});
