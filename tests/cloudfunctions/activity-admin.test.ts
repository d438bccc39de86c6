import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import type { CollectionDocs, CollectionName, Store } from '../../cloudfunctions/shared/kernel/store/store';
import { invokeFunction } from '../../server/local-runtime';
import { createNewUser } from '../../server/seed/personas';
import { ACTIVITY_SKU, createFlashSale, createGroupBuy } from '../support/activity-fixtures';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';

describe('activity-admin', () => {
  let rt: TestRuntime;
  beforeEach(async () => (rt = await createTestRuntime()));
  afterEach(() => rt.close());

  test('editing a sale moves its unsold stock by the change, never below what is sold; saves and deletes are audited', async () => {
    const sale = await createFlashSale(rt, { stockTotal: 5, perUserLimit: 2 });
    await rt.ok('activities', 'buyFlashSale', { requestId: aRequestId(), saleId: sale.id, quantity: 2, address: ADDRESS }, await createNewUser(rt));
    const edit = { id: sale.id, requestId: aRequestId(), skuId: ACTIVITY_SKU, startAt: sale.startAt, endAt: sale.endAt, priceFen: 1990, perUserLimit: 2 };
    expect(await rt.ok('activity-admin', 'saveFlashSale', { ...edit, stockTotal: 8 }, 'dev_staff')).toMatchObject({ stockTotal: 8, stockLeft: 6 });
    expect(await rt.call('activity-admin', 'saveFlashSale', { ...edit, stockTotal: 1 }, 'dev_staff')).toMatchObject({ ok: false, code: 'ACTIVITY.STOCK_BELOW_SOLD' });
    expect(await rt.call('activity-admin', 'saveFlashSale', { ...edit, stockTotal: 8, priceFen: 3990 }, 'dev_staff')).toMatchObject({ ok: false, code: 'ACTIVITY.INVALID_PRICE' });

    await rt.ok('activity-admin', 'deleteFlashSale', { id: sale.id }, 'dev_staff');
    const list = await rt.ok('activities', 'listActivities', {}, 'dev_customer');
    expect(list.flashSales.map((s) => s.id)).not.toContain(sale.id);
    expect(await rt.call('activities', 'getFlashSale', { saleId: sale.id }, 'dev_customer')).toMatchObject({ ok: false, code: 'ACTIVITY.NOT_FOUND' });
    const audit = await rt.store.find(COLLECTIONS.auditLog, { target: sale.id }, { limit: 10 });
    expect(audit.map((a) => a.action).sort()).toEqual(['deleteFlashSale', 'saveFlashSale', 'saveFlashSale']);
  });

  test('a retried create makes one activity; commission is off unless chosen', async () => {
    const payload = { requestId: aRequestId(), skuId: ACTIVITY_SKU, startAt: rt.now().toISOString(), endAt: new Date(rt.now().getTime() + 3_600_000).toISOString(), priceFen: 990, stockTotal: 3, perUserLimit: null };
    const a = await rt.ok('activity-admin', 'saveFlashSale', payload, 'dev_staff');
    const b = await rt.ok('activity-admin', 'saveFlashSale', payload, 'dev_staff');
    expect(b.id).toBe(a.id);
    expect(a.paysCommission).toBe(false);
    expect(await rt.store.count(COLLECTIONS.flashSales, {})).toBe(1);
  });
});

/** A store whose inserts into one collection fail while `failing` is set: the function instance dies right there. */
function failingInsertsInto(collection: string) {
  const state = { failing: false };
  const wrap = (store: Store): Store =>
    new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === 'insert') {
          return async (c: CollectionName, doc: CollectionDocs[CollectionName]) => {
            if (state.failing && c === collection) throw new Error('injected crash');
            return target.insert(c, doc);
          };
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return { state, wrap };
}

test('拼团: a payment whose group step crashed is placed by the next timer run (nothing lost, nothing doubled)', async () => {
  const fault = failingInsertsInto(COLLECTIONS.groups);
  const rt = await createTestRuntime({ wrapStore: fault.wrap });
  try {
    const activity = await createGroupBuy(rt, { requiredMembers: 2 });
    const leader = await createNewUser(rt);
    const { groupId, order } = await rt.ok('activities', 'openGroup', { requestId: aRequestId(), activityId: activity.id, address: ADDRESS }, leader);
    fault.state.failing = true;
    expect((await rt.pay(order.id)).errcode).toBe(0); // the payment itself stands
    fault.state.failing = false;
    expect(await rt.store.get(COLLECTIONS.groups, groupId)).toBeNull();
    expect((await rt.store.get(COLLECTIONS.orders, order.id))?.status).toBe('PAID');

    const timer = () => invokeFunction(rt, 'activity-timer', {}, { openid: null, source: 'local_timer' });
    await timer();
    await timer();
    const group = await rt.ok('activities', 'getGroup', { groupId }, leader);
    expect(group).toMatchObject({ status: 'OPEN', placesLeft: 1, iAmMember: true });
    expect((await rt.store.get(COLLECTIONS.orders, order.id))?.activity?.groupState).toBe('JOINED');
  } finally {
    await rt.close();
  }
});
