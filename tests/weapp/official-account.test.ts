import { PAGES } from '../../src/contracts/pages';
import { createNewUser } from '../../server/seed/personas';
import { findPath, type TreeNode } from './support/render-tree';
import { OWNER, startWeappShop, type WeappShop } from './support/weapp-shop';

let shop: WeappShop;
beforeAll(async () => {
  shop = await startWeappShop();
});
afterAll(() => shop.close());

const SCANNED_CODE = 1047;

/** Whether the page's render tree holds WeChat's official-account component (by the tag of the node's template). */
function hasOfficialAccount(phone: Awaited<ReturnType<WeappShop['phone']>>): boolean {
  const templates = (phone as unknown as { templates: Map<string, { tag: string }> }).templates;
  const page = phone.currentPage!;
  return findPath(page.data as Record<string, unknown>, (n: TreeNode) => templates.get(String(n.nn))?.tag === 'official-account').length > 0;
}

test('a scanned 优惠买单 code opens the counter page; WeChat’s official-account component shows only once staff switch it on', async () => {
  const [store] = await shop.rt.ok('store-admin', 'listStores', {}, OWNER);
  const clerk = await createNewUser(shop.rt);
  await shop.rt.ok('store-admin', 'setStoreStaff', { storeId: store!.id, expectedVersion: store!.version, distributorId: null, staff: [{ userId: clerk, title: '店员 小王' }] }, OWNER);
  const code = await shop.rt.ok('store-admin', 'createStoreCode', { storeId: store!.id, staffUserId: clerk, purpose: 'COUNTER' }, OWNER);
  const scan = (openid: string) => shop.phone(openid, { path: PAGES.counter, query: { scene: encodeURIComponent(code.scene) }, scene: SCANNED_CODE });

  const before = await scan('weapp-counter-1');
  expect(before.errors).toEqual([]);
  expect(before.currentPage?.route).toBe(PAGES.counter);
  expect(before.visibleText()).toContain('满100减10，满200减30');
  expect(hasOfficialAccount(before)).toBe(false);

  await shop.rt.ok('settings-admin', 'setOfficialAccount', { showOnScan: true, name: '鲜果铺', qrImageUrl: null }, OWNER);
  const after = await scan('weapp-counter-2');
  expect(after.errors).toEqual([]);
  expect(after.visibleText()).toContain('西湖旗舰店');
  expect(hasOfficialAccount(after)).toBe(true);
});
