import type { DashboardView } from '../../src/contracts/finance';
import { CountingStore } from '../../bench/counting-store';
import { DASHBOARD_DOCUMENT_BUDGET } from '../../bench/operation-budgets';
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
  const view = await rt.ok<DashboardView>('finance', 'getDashboard', {}, 'dev_staff');
  expect(view.periods.days30.paidOrders).toBe(60);
  expect(view.complete).toBe(true);
  expect(counter.counts.documents).toBeLessThanOrEqual(DASHBOARD_DOCUMENT_BUDGET);
}, 60_000);
