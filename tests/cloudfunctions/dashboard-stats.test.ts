import { CountingStore } from '../../bench/counting-store';
import { DASHBOARD_DOCUMENT_BUDGET } from '../../bench/operation-budgets';
import { recountDashboard } from '../../cloudfunctions/shared/flows/stats/recount-dashboard';
import { boundShopper, buyAndPay, DAY_MS } from '../support/money-flow';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

/**
 * 经营数据 from daily statistics: the dashboard's cost does not grow with the shop, and it never reports partial figures.
 */
let rt: TestRuntime;
let counter: CountingStore;
beforeEach(async () => (rt = await createTestRuntime({ wrapStore: (s) => (counter = new CountingStore(s)) })));
afterEach(() => rt.close());

test(`the dashboard reads at most ${DASHBOARD_DOCUMENT_BUDGET} documents however many orders the month has, and its figures are complete`, async () => {
  const buyers = [await boundShopper(rt), await boundShopper(rt), 'dev_customer'];
  for (let i = 0; i < 60; i++) {
    await buyAndPay(rt, buyers[i % buyers.length]!, [{ skuId: 'p11-s1', quantity: 1 }]);
    if (i % 3 === 2) rt.advance(DAY_MS / 3);
  }
  counter.reset();
  const view = await rt.ok('finance', 'getDashboard', {}, 'dev_staff');
  expect(view.periods.days30.paidOrders).toBe(60);
  expect(view.complete).toBe(true);
  expect(counter.counts.documents).toBeLessThanOrEqual(DASHBOARD_DOCUMENT_BUDGET);
}, 60_000);

test('admitting, freezing and revoking distributors moves the new distributors of the day they were admitted, as a recount does', async () => {
  const newDistributors = async () => (await rt.ok('finance', 'getDashboard', {}, 'dev_staff')).periods.today.newDistributors;
  const recounted = async () => (await recountDashboard({ store: rt.store, now: rt.now() })).periods.today.newDistributors;
  const shopper = await boundShopper(rt);
  const before = await newDistributors();
  await rt.ok('distributor', 'becomeDistributor', {}, shopper);
  expect(await newDistributors()).toBe(before + 1);
  await rt.ok('distribution-admin', 'setDistributorStatus', { userId: shopper, status: 'FROZEN' }, 'dev_staff');
  expect(await newDistributors()).toBe(before + 1);
  await rt.ok('distribution-admin', 'setDistributorStatus', { userId: shopper, status: 'REVOKED' }, 'dev_staff');
  expect(await newDistributors()).toBe(before);
  expect(await newDistributors()).toBe(await recounted());
});
