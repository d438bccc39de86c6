import { FULL_REDUCTION_WINDOW_ID } from '../../cloudfunctions/shared/flows/marketing/full-reduction-window';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { invokeFunction } from '../../server/local-runtime';
import { createNewUser } from '../../server/seed/personas';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';

/**
 * Checkout looks for 满减 activities only inside the window in which one can be in force: saving or resuming one moves
 * the window in its transaction, and the jobs timer builds it once from the activities already there.
 */
const OWNER = 'dev_staff';
const DAY = 24 * 3600_000;
let rt: TestRuntime;
let activityQueries = 0;
beforeEach(async () => {
  rt = await createTestRuntime();
  activityQueries = 0;
  const find = rt.store.find.bind(rt.store);
  rt.store.find = (c, f, o) => ((activityQueries += c === COLLECTIONS.fullReductions ? 1 : 0), find(c, f, o));
});
afterEach(() => rt.close());

const jobs = () => invokeFunction(rt, 'jobs', {}, { openid: null, source: 'local_timer' });
const saveFullReduction = (days: number) =>
  rt.ok('marketing-admin', 'saveFullReduction', {
    requestId: aRequestId(),
    name: '满100减10',
    tiers: [{ thresholdFen: 10000, reductionFen: 1000 }],
    productIds: null,
    startAt: new Date(rt.now().getTime() - 3600_000).toISOString(),
    endAt: new Date(rt.now().getTime() + days * DAY).toISOString(),
  }, OWNER);
/** 2 × ¥89.00: over the ¥100 threshold. */
const order = async () => {
  const buyer = await createNewUser(rt);
  const before = activityQueries;
  const view = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: 'p05-s1', quantity: 2 }], address: ADDRESS }, buyer);
  return { reduced: view.discounts.some((d) => d.kind === 'FULL_REDUCTION'), queried: activityQueries > before };
};
const window = () => rt.store.get(COLLECTIONS.merchant, FULL_REDUCTION_WINDOW_ID);

test('with no 满减 ever saved, an order once the timer has built the window reads no activity', async () => {
  expect(await order()).toEqual({ reduced: false, queried: true }); // before the timer: unknown, so it looks
  await jobs();
  expect(await window()).toMatchObject({ until: '', complete: true });
  expect(await order()).toEqual({ reduced: false, queried: false });
});

test('a 满减 saved before the timer ran is in the window it builds; one saved after moves it at once', async () => {
  const early = await saveFullReduction(3);
  expect(await window()).toMatchObject({ complete: false });
  await jobs();
  expect(await window()).toMatchObject({ until: early.endAt, complete: true });
  expect(await order()).toEqual({ reduced: true, queried: true });
  await rt.ok('marketing-admin', 'setFullReductionStatus', { activityId: early.id, status: 'STOPPED' }, OWNER);
  const later = await saveFullReduction(10);
  expect((await window())?.until).toBe(later.endAt);
  rt.advance(5 * DAY);
  expect(await order()).toEqual({ reduced: true, queried: true });
  rt.advance(6 * DAY);
  expect(await order()).toEqual({ reduced: false, queried: false });
});

test('resuming a stopped 满减 reopens the window', async () => {
  await jobs();
  const fr = await saveFullReduction(2);
  await rt.ok('marketing-admin', 'setFullReductionStatus', { activityId: fr.id, status: 'STOPPED' }, OWNER);
  rt.advance(3 * DAY);
  expect(await order()).toEqual({ reduced: false, queried: false });
  await rt.ok('marketing-admin', 'saveFullReduction', {
    activityId: fr.id,
    expectedVersion: 2,
    requestId: aRequestId(),
    name: fr.name,
    tiers: [{ thresholdFen: 10000, reductionFen: 1000 }],
    productIds: null,
    startAt: fr.startAt,
    endAt: new Date(rt.now().getTime() + 2 * DAY).toISOString(),
  }, OWNER);
  await rt.ok('marketing-admin', 'setFullReductionStatus', { activityId: fr.id, status: 'ACTIVE' }, OWNER);
  expect(await order()).toEqual({ reduced: true, queried: true });
});
