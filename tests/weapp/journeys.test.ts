import type { ShareCode } from '../../src/contracts/distributor';
import { PAGES } from '../../src/contracts/pages';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import type { MiniProgram } from './support/mini-program';
import { CUSTOMER, DISTRIBUTOR, OWNER, startWeappShop, type WeappShop } from './support/weapp-shop';

let shop: WeappShop;
beforeAll(async () => {
  shop = await startWeappShop();
});
afterAll(() => shop.close());

/** Scene value WeChat reports when the mini program was opened by scanning a mini-program code. */
const SCANNED_CODE = 1047;

const userOf = (openid: string) => shop.rt.store.get(COLLECTIONS.users, openid);

/** A scanned code opens its page with the scene, URL-encoded, as `query.scene` (the code's page has no query). */
async function scan(openid: string, code: ShareCode): Promise<MiniProgram> {
  const page = code.sharePath.replace(/^\//, '').split('?')[0] ?? '';
  return shop.phone(openid, { path: page, query: { scene: encodeURIComponent(code.scene) }, scene: SCANNED_CODE });
}

test('scanning a distributor’s product code binds the new shopper and opens the product', async () => {
  const code = await shop.rt.ok('distributor', 'createShareCode', { target: { kind: 'product', productId: 'p01' } }, DISTRIBUTOR);
  const phone = await scan('weapp-scan-1', code);
  expect(phone.errors).toEqual([]);
  expect(phone.currentPage?.route).toBe(PAGES.product);
  expect(phone.visibleText()).toContain('赣南脐橙');
  expect((await userOf('weapp-scan-1'))?.superiorId).toBe(DISTRIBUTOR);
  expect(phone.calls.filter((c) => c.api === 'showToast').map((c) => (c.args as { title: string }).title)).toContain('已成为 李分享的鲜果铺 的好友客户');
});

test('add to cart → checkout → WeChat Pay: the order is paid through the payment callback and the distributor earns commission', async () => {
  const code = await shop.rt.ok('distributor', 'createShareCode', { target: { kind: 'product', productId: 'p01' } }, DISTRIBUTOR);
  const buyer = 'weapp-buyer-1';
  const phone = await scan(buyer, code);
  await phone.tap('加入购物车');
  await phone.tap('购物车', phone.currentPage!.tabBar ?? undefined);
  // The product page's bar links to the cart; the tab bar is the other way in.
  if (phone.currentPage?.route !== PAGES.cart) await phone.tap('购物车');
  expect(phone.currentPage?.route).toBe(PAGES.cart);
  expect(phone.visibleText()).toContain('赣南脐橙');
  await phone.tap(/^去结算/);
  expect(phone.currentPage?.route).toBe(PAGES.checkout);
  await phone.input('addr-name', '张三');
  await phone.input('addr-phone', '13800138000');
  await phone.input('addr-region', '浙江省 杭州市 西湖区');
  await phone.input('addr-detail', '文三路 100 号');
  await phone.tap('提交订单');
  expect(phone.errors).toEqual([]);

  const payments = phone.calls.filter((c) => c.api === 'requestPayment');
  expect(payments).toHaveLength(1);
  expect(payments[0]?.args).toEqual(expect.objectContaining({ package: expect.stringMatching(/^prepay_id=/), signType: 'RSA' }));
  expect(phone.currentPage?.route).toBe(PAGES.order);
  const orderId = phone.currentPage?.options.orderId ?? '';
  const order = await shop.rt.ok('orders', 'getOrder', { orderId }, buyer);
  expect(order.status).toBe('PAID');
  expect(order.totalFen).toBe(3990);
  expect(phone.visibleText()).toMatch(/已付款/);
  const entries = await shop.rt.store.find(COLLECTIONS.commissionEntries, { orderId }, { limit: 10 });
  expect(entries.map((e) => [e.beneficiaryId, e.level, e.amountFen, e.status])).toEqual([[DISTRIBUTOR, 1, 399, 'PENDING']]);
});

test('the product page’s share card carries the distributor’s attribution, and opening it binds the friend', async () => {
  const phone = await shop.phone(DISTRIBUTOR, { path: PAGES.product, query: { productId: 'p02' } });
  const page = phone.currentPage!;
  expect(phone.visibleText(page)).toContain('分享赚');
  const share = phone.call(page, 'onShareAppMessage', phone.inner({ from: 'menu' })) as { title: string; path: string; imageUrl: string };
  expect(phone.errors).toEqual([]);
  // The card names the shop (店铺设置) after the product.
  expect(share.title).toBe('烟台红富士苹果｜鲜甜生活馆');
  expect(share.path).toMatch(new RegExp(`^/${PAGES.product}\\?scene=`));

  const [path, search] = share.path.slice(1).split('?');
  const friend = await shop.phone('weapp-friend-1', { path: path!, query: Object.fromEntries(new URLSearchParams(search)), scene: 1007 });
  expect(friend.errors).toEqual([]);
  expect(friend.currentPage?.route).toBe(PAGES.product);
  expect(friend.visibleText()).toContain('烟台红富士苹果');
  expect((await userOf('weapp-friend-1'))?.superiorId).toBe(DISTRIBUTOR);
});

test('the custom tab bar shows 管理 to the owner and not to a shopper', async () => {
  const owner = await shop.phone(OWNER);
  const customer = await shop.phone(CUSTOMER);
  const tabs = (phone: MiniProgram) => phone.visibleText(phone.currentPage!.tabBar!).split(/\s+/).filter(Boolean);
  expect(tabs(owner)).toEqual(['首页', '分类', '购物车', '我的', '管理']);
  expect(tabs(customer)).toEqual(['首页', '分类', '购物车', '我的']);
  await owner.tap('管理', owner.currentPage!.tabBar!);
  expect(owner.currentPage?.route).toBe(PAGES.admin);
  expect(owner.visibleText()).toContain('经营数据');
  expect(owner.errors).toEqual([]);
  expect(customer.errors).toEqual([]);
});
