import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { boundShopper, buyAndPay } from '../support/money-flow';
import { snapshotStore } from '../support/snapshot-store';
import type { TestRuntime } from '../support/test-runtime';
import { runtimeWithStaff, earnSettledCommission } from '../support/withdrawal-fixtures';

let rt: TestRuntime;
let accountant: string;
beforeEach(async () => ({ rt, staff: accountant } = await runtimeWithStaff(['finance'])));
afterEach(() => rt.close());

const check = () => rt.ok('finance', 'checkLedger', {}, accountant);

test('a clean ledger after real purchases checks OK, and the check writes nothing', async () => {
  const shopper = await boundShopper(rt);
  await buyAndPay(rt, shopper, [{ skuId: 'p01-s1', quantity: 2 }]);
  await buyAndPay(rt, shopper, [{ skuId: 'p02-s1', quantity: 1 }]);
  const before = await snapshotStore(rt.store);
  expect(await check()).toMatchObject({ ok: true, users: 1, lines: 2, problemCount: 0, problems: [], checkedAt: rt.now().toISOString() });
  expect(await snapshotStore(rt.store)).toEqual(before);
});

test('a deliberately corrupted cached balance is reported with the user and the fields that disagree', async () => {
  await earnSettledCommission(rt);
  const balance = await rt.store.get(COLLECTIONS.balances, 'dev_distributor');
  expect(balance?.availableFen).toBe(9870);
  expect(await check()).toMatchObject({ ok: true });
  await rt.store.update(COLLECTIONS.balances, 'dev_distributor', {}, { availableFen: 10_000 });

  const report = await check();
  expect(report).toMatchObject({ ok: false, problemCount: 1 });
  expect(report.problems).toEqual([{ kind: 'BALANCE_MISMATCH', subject: 'dev_distributor', detail: 'availableFen: cached 10000 ≠ entries 9870' }]);
});
