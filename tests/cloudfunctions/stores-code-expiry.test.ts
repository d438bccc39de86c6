import type { StoreAdminView } from '../../src/contracts/stores';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../../server/seed/personas';
import { OWNER, storeWithStaff } from '../support/o2o-steps';
import { snapshotStore } from '../support/snapshot-store';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const setStaff = (store: StoreAdminView, staff: Array<{ userId: string; title: string }>, distributorId: string | null) =>
  rt.ok('store-admin', 'setStoreStaff', { storeId: store.id, expectedVersion: store.version, distributorId, staff }, OWNER);

test('a removed clerk’s store code is expired: scanning it binds nothing and answers a typed code', async () => {
  const { store, clerk, code } = await storeWithStaff(rt);
  await setStaff(store, [], null);
  const shopper = await createNewUser(rt);
  const before = await snapshotStore(rt.store);
  expect(await rt.call('referral', 'bindByScene', { scene: code.scene }, shopper)).toMatchObject({ ok: false, code: 'REFERRAL.SCENE_EXPIRED' });
  expect(await rt.call('referral', 'resolveScene', { scene: code.scene }, shopper)).toMatchObject({ ok: false, code: 'REFERRAL.SCENE_EXPIRED' });
  expect(await snapshotStore(rt.store)).toEqual(before);
  expect((await rt.store.get(COLLECTIONS.users, shopper))?.superiorId ?? null).toBeNull();
  expect(await rt.store.count(COLLECTIONS.bindings, { userId: shopper })).toBe(0);
  // Re-adding the clerk makes the same printed code live again.
  const current = (await rt.ok('store-admin', 'listStores', {}, OWNER)).find((s) => s.id === store.id) as StoreAdminView;
  await setStaff(current, [{ userId: clerk, title: '店员 小王' }], null);
  expect(await rt.ok('referral', 'bindByScene', { scene: code.scene }, shopper)).toMatchObject({ outcome: 'BOUND' });
});

test('a store-account code expires when the store account changes; a current clerk’s code still binds', async () => {
  const { store, clerk, code: clerkCode } = await storeWithStaff(rt);
  const account = await createNewUser(rt);
  const withAccount = await setStaff(store, [{ userId: clerk, title: '店员 小王' }], account);
  const accountCode = await rt.ok('store-admin', 'createStoreCode', { storeId: store.id }, OWNER);
  expect(accountCode.sharerId).toBe(account);
  await setStaff(withAccount, [{ userId: clerk, title: '店员 小王' }], null);
  const shopper = await createNewUser(rt);
  expect(await rt.call('referral', 'bindByScene', { scene: accountCode.scene }, shopper)).toMatchObject({ ok: false, code: 'REFERRAL.SCENE_EXPIRED' });
  expect(await rt.ok('referral', 'bindByScene', { scene: clerkCode.scene }, shopper)).toMatchObject({ outcome: 'BOUND' });
  expect((await rt.store.get(COLLECTIONS.users, shopper))?.superiorId).toBe(clerk);
});
