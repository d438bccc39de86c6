import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { createStaff } from '../support/withdrawal-fixtures';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const RETURN_ADDRESS = '鲜甜生活馆售后部 0571-88886666 浙江省杭州市西湖区文三路 100 号';

test('staff with "settings" change the shop info; new orders use the new pay timeout; the change is audited', async () => {
  const clerk = await createStaff(rt, ['settings']);
  expect(await rt.ok('settings-admin', 'getShopSettings', {}, clerk)).toEqual({ shopName: '鲜甜生活馆', payTimeoutMinutes: 30, afterSaleDays: 7, autoReceiveDays: 10, returnAddress: RETURN_ADDRESS, maxUnpaidOrders: 5, maxHeldUnitsPerSku: 20, logoUrl: '/files/images/shop-logo.svg', servicePhone: '0571-88886666' });
  await rt.ok('settings-admin', 'updateShopSettings', { shopName: '鲜甜生活馆·旗舰店', payTimeoutMinutes: 15, afterSaleDays: 10 }, clerk);
  expect(await rt.ok('settings-admin', 'getShopSettings', {}, clerk)).toEqual({ shopName: '鲜甜生活馆·旗舰店', payTimeoutMinutes: 15, afterSaleDays: 10, autoReceiveDays: 10, returnAddress: RETURN_ADDRESS, maxUnpaidOrders: 5, maxHeldUnitsPerSku: 20, logoUrl: '/files/images/shop-logo.svg', servicePhone: '0571-88886666' });

  const order = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: 'p01-s1', quantity: 1 }], address: ADDRESS }, 'dev_customer');
  expect(Date.parse(order.payDeadline) - Date.parse(order.createdAt)).toBe(15 * 60_000);
  const [audit] = await rt.store.find(COLLECTIONS.auditLog, { target: 'settings' }, { limit: 5 });
  expect(audit).toMatchObject({ actorId: clerk, action: 'updateShopSettings', before: { payTimeoutMinutes: 30 }, after: { payTimeoutMinutes: 15 } });
});

test('an after-sale window below the 7 days of 七日无理由退货 is refused', async () => {
  const res = await rt.call('settings-admin', 'updateShopSettings', { shopName: '店', payTimeoutMinutes: 30, afterSaleDays: 3 }, 'dev_staff');
  expect(res).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });
});

test('the shop logo and 客服 phone from 店铺设置 reach shoppers through catalog.getShopProfile; a bad phone is refused', async () => {
  const clerk = await createStaff(rt, ['settings']);
  expect(await rt.ok('catalog', 'getShopProfile', {}, 'dev_customer')).toEqual({ shopName: '鲜甜生活馆', logoUrl: '/files/images/shop-logo.svg', servicePhone: '0571-88886666' });
  const onePixelPng = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
  const { url } = await rt.ok('settings-admin', 'uploadShopLogo', { contentType: 'image/png', dataBase64: onePixelPng }, clerk);
  expect(url).toMatch(/^\/files\/uploads\/shop\/[0-9a-f]{16}\.png$/);
  await rt.ok('settings-admin', 'updateShopSettings', { shopName: '鲜甜生活馆·旗舰店', payTimeoutMinutes: 30, afterSaleDays: 7, logoUrl: url, servicePhone: '400-800-8888' }, clerk);
  expect(await rt.ok('catalog', 'getShopProfile', {}, 'dev_customer')).toEqual({ shopName: '鲜甜生活馆·旗舰店', logoUrl: url, servicePhone: '400-800-8888' });
  for (const servicePhone of ['12345', '110', '1380013800a']) {
    expect(await rt.call('settings-admin', 'updateShopSettings', { shopName: '店', payTimeoutMinutes: 30, afterSaleDays: 7, servicePhone }, clerk)).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });
  }
  expect(await rt.call('settings-admin', 'uploadShopLogo', { contentType: 'image/png', dataBase64: onePixelPng }, 'dev_customer')).toMatchObject({ ok: false });
  // Clearing: '' removes the phone (the 客服 button then has nothing to call).
  await rt.ok('settings-admin', 'updateShopSettings', { shopName: '鲜甜生活馆', payTimeoutMinutes: 30, afterSaleDays: 7, servicePhone: '' }, clerk);
  expect(await rt.ok('catalog', 'getShopProfile', {}, 'dev_customer')).toMatchObject({ servicePhone: '' });
});
