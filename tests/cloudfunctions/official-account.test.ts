import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

test('关注公众号 is off until staff switch it on; shoppers then read the name and QR image; only staff may set it', async () => {
  expect(await rt.ok('catalog', 'getFollowInfo', {}, 'dev_customer')).toEqual({ showOnScan: false, name: '', qrImageUrl: null });
  expect(await rt.call('settings-admin', 'setOfficialAccount', { showOnScan: true, name: '鲜果铺', qrImageUrl: null }, 'dev_customer')).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
  expect(await rt.call('settings-admin', 'setOfficialAccount', { showOnScan: true, name: '鲜果铺', qrImageUrl: 'http://evil.example/qr.png' }, 'dev_staff')).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });
  await rt.ok('settings-admin', 'setOfficialAccount', { showOnScan: true, name: '鲜果铺', qrImageUrl: 'https://example.com/qr.png' }, 'dev_staff');
  expect(await rt.ok('catalog', 'getFollowInfo', {}, 'dev_customer')).toEqual({ showOnScan: true, name: '鲜果铺', qrImageUrl: 'https://example.com/qr.png' });
  await rt.ok('settings-admin', 'setOfficialAccount', { showOnScan: false, name: '鲜果铺', qrImageUrl: 'https://example.com/qr.png' }, 'dev_staff');
  expect(await rt.ok('settings-admin', 'getOfficialAccount', {}, 'dev_staff')).toMatchObject({ showOnScan: false, name: '鲜果铺' });
});
