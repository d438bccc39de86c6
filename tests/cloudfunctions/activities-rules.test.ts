import type { GroupBuyView } from '../../src/contracts/activities';
import { AGENT_REGISTRY_ID } from '../../cloudfunctions/shared/flows/o2o/agent-registry';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import type { CollectionName, Store } from '../../cloudfunctions/shared/kernel/store/store';
import { createNewUser } from '../../server/seed/personas';
import { ACTIVITY_SKU, createFlashSale, createGroupBuy } from '../support/activity-fixtures';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
/** Every store read of the agent registry (the one document agentSnapshotFor reads). */
let registryReads = 0;
beforeEach(async () => {
  registryReads = 0;
  rt = await createTestRuntime({
    wrapStore: (inner: Store) =>
      new Proxy(inner, {
        get(target, prop, receiver) {
          const value = Reflect.get(target, prop, receiver) as unknown;
          if (prop !== 'get' || typeof value !== 'function') return typeof value === 'function' ? value.bind(target) : value;
          return (collection: CollectionName, id: string) => {
            if (collection === COLLECTIONS.merchant && id === AGENT_REGISTRY_ID) registryReads += 1;
            return (value as Store['get']).call(target, collection, id);
          };
        },
      }),
  });
});
afterEach(() => rt.close());

const ZJ = { province: '浙江省', city: null, district: null };
const saved = (orderId: string) => rt.store.get(COLLECTIONS.orders, orderId);

describe('activity orders and the regional agent', () => {
  test('an activity paying commission snapshots the agent of the address; one paying none reads nothing for it', async () => {
    const agent = await createNewUser(rt);
    await rt.ok('store-admin', 'saveAgent', { userId: agent, region: ZJ, rateBps: 300 }, 'dev_staff');
    const buyer = await createNewUser(rt);

    const plain = await createFlashSale(rt, { paysCommission: false });
    registryReads = 0;
    const noCommission = await rt.ok('activities', 'buyFlashSale', { requestId: aRequestId(), saleId: plain.id, quantity: 1, address: ADDRESS }, buyer);
    expect(registryReads).toBe(0);
    expect((await saved(noCommission.id))?.agent).toBeNull();

    const paying = await createFlashSale(rt, { paysCommission: true, perUserLimit: null });
    const withCommission = await rt.ok('activities', 'buyFlashSale', { requestId: aRequestId(), saleId: paying.id, quantity: 1, address: ADDRESS }, buyer);
    expect((await saved(withCommission.id))?.agent).toEqual({ userId: agent, rateBps: 300 });
    // Payment pays the snapshot's agent: one registry read, only to check they were not removed meanwhile.
    registryReads = 0;
    expect((await rt.pay(withCommission.id)).errcode).toBe(0);
    expect(registryReads).toBe(1);
  });
});

describe('editing an activity', () => {
  const editGroupBuy = (activity: GroupBuyView, fields: Record<string, unknown>) =>
    rt.call<GroupBuyView>(
      'activity-admin',
      'saveGroupBuy',
      { id: activity.id, requestId: aRequestId(), skuId: ACTIVITY_SKU, startAt: activity.startAt, endAt: activity.endAt, priceFen: 2990, leaderPriceFen: 2790, requiredMembers: 3, hours: 24, ...fields },
      'dev_staff',
    );

  test('the SKU cannot be swapped on edit (typed code, nothing changes)', async () => {
    const activity = await createGroupBuy(rt);
    expect(await editGroupBuy(activity, { skuId: 'p01-s2' })).toMatchObject({ ok: false, code: 'ACTIVITY.SKU_LOCKED' });
    expect(await rt.store.get(COLLECTIONS.groupBuys, activity.id)).toMatchObject({ skuId: ACTIVITY_SKU, updatedAt: expect.any(String) });
    const sale = await createFlashSale(rt);
    const res = await rt.call('activity-admin', 'saveFlashSale', { id: sale.id, requestId: aRequestId(), skuId: 'p02-s1', startAt: sale.startAt, endAt: sale.endAt, priceFen: 1990, stockTotal: 10, perUserLimit: 1 }, 'dev_staff');
    expect(res).toMatchObject({ ok: false, code: 'ACTIVITY.SKU_LOCKED' });
  });

  test('an opened group keeps the price it opened with; groups opened after the edit use the new price', async () => {
    const activity = await createGroupBuy(rt);
    const [leader, friend] = [await createNewUser(rt), await createNewUser(rt)];
    const opened = await rt.ok('activities', 'openGroup', { requestId: aRequestId(), activityId: activity.id, address: ADDRESS }, leader);
    expect((await rt.pay(opened.order.id)).errcode).toBe(0);
    expect((await rt.store.get(COLLECTIONS.groups, opened.groupId))?.priceFen).toBe(2990);

    expect(await editGroupBuy(activity, { priceFen: 2490, leaderPriceFen: 2390 })).toMatchObject({ ok: true });
    const joined = await rt.ok('activities', 'joinGroup', { requestId: aRequestId(), groupId: opened.groupId, address: ADDRESS }, friend);
    expect(joined.order.totalFen).toBe(2990);
    // The share card shows the same price the join charges.
    expect((await rt.ok('activities', 'getGroup', { groupId: opened.groupId }, friend)).activity.priceFen).toBe(2990);

    const [leader2, friend2] = [await createNewUser(rt), await createNewUser(rt)];
    const opened2 = await rt.ok('activities', 'openGroup', { requestId: aRequestId(), activityId: activity.id, address: ADDRESS }, leader2);
    expect(opened2.order.totalFen).toBe(2390);
    expect((await rt.pay(opened2.order.id)).errcode).toBe(0);
    const joined2 = await rt.ok('activities', 'joinGroup', { requestId: aRequestId(), groupId: opened2.groupId, address: ADDRESS }, friend2);
    expect(joined2.order.totalFen).toBe(2490);
  });
});
