import fs from 'node:fs';
import path from 'node:path';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createStore, OWNER } from '../support/o2o-steps';
import { snapshotStore } from '../support/snapshot-store';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { createStaff } from '../support/withdrawal-fixtures';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

test('a store photo is uploaded (content-addressed, audited), saved with an edit of every field, and shown to shoppers', async () => {
  const store = await createStore(rt);
  const upload = { contentType: 'image/png' as const, dataBase64: ONE_PIXEL_PNG };
  const { url } = await rt.ok('store-admin', 'uploadStoreImage', upload, OWNER);
  expect(url).toMatch(/^\/files\/uploads\/stores\/[0-9a-f]{16}\.png$/);
  expect(fs.readFileSync(path.join(rt.dataDir, url.replace('/files/', ''))).toString('base64')).toBe(ONE_PIXEL_PNG);
  expect((await rt.ok('store-admin', 'uploadStoreImage', upload, OWNER)).url).toBe(url);
  expect(await rt.store.find(COLLECTIONS.auditLog, { action: 'uploadStoreImage' }, { limit: 5 })).toEqual(
    expect.arrayContaining([expect.objectContaining({ actorId: OWNER, after: { url } })]),
  );

  const edit = {
    storeId: store.id,
    expectedVersion: store.version,
    name: '西湖旗舰店（新装修）',
    address: '杭州市西湖区文三路 300 号',
    region: { province: '浙江省', city: '杭州市', district: '西湖区' },
    location: { latitude: 30.28, longitude: 120.14 },
    phone: '0571-88880000',
    hours: { open: '10:00', close: '22:00' },
    photos: [url, 'https://img.example.com/store-front.jpg'],
    open: true,
    slotTimes: ['11:00'],
    slotCapacity: 3,
  };
  const saved = await rt.ok('store-admin', 'saveStore', edit, OWNER);
  expect(saved).toMatchObject({ version: store.version + 1, photos: edit.photos, hours: edit.hours, location: edit.location, name: edit.name });
  const shopperView = await rt.ok('stores', 'getStore', { storeId: store.id }, 'dev_customer');
  expect(shopperView.photos).toEqual(edit.photos);
  const nearby = await rt.ok('stores', 'listNearbyStores', {}, 'dev_customer');
  expect(nearby.find((s) => s.id === store.id)?.photos).toEqual(edit.photos);
});

test('not an image, a photo address from elsewhere, or a caller without settings: refused, nothing written', async () => {
  const store = await createStore(rt);
  const cashier = await createStaff(rt, ['orders']);
  const before = await snapshotStore(rt.store);
  expect(await rt.call('store-admin', 'uploadStoreImage', { contentType: 'image/png', dataBase64: Buffer.from('not a png at all').toString('base64') }, OWNER)).toMatchObject({
    ok: false,
    code: 'STORE.INVALID_IMAGE',
  });
  expect(await rt.call('store-admin', 'uploadStoreImage', { contentType: 'image/png', dataBase64: ONE_PIXEL_PNG }, cashier)).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
  const { id, distanceM: _d, staff: _s, distributorId: _dist, version, ...fields } = store;
  expect(await rt.call('store-admin', 'saveStore', { ...fields, photos: ['javascript:alert(1)'], storeId: id, expectedVersion: version }, OWNER)).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });
  expect(await rt.call('store-admin', 'saveStore', { ...fields, storeId: id, expectedVersion: version }, cashier)).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
  expect(await snapshotStore(rt.store)).toEqual(before);
});
