import { createNewUser } from '../../server/seed/personas';
import { bind, distributorCode } from '../support/distribution-steps';
import { boundShopper, buyAndPay } from '../support/money-flow';
import type { TestRuntime } from '../support/test-runtime';
import { runtimeWithStaff, earnSettledCommission } from '../support/withdrawal-fixtures';

let rt: TestRuntime;
let manager: string;
beforeEach(async () => ({ rt, staff: manager } = await runtimeWithStaff(['distribution'])));
afterEach(() => rt.close());

const rows = async () => (await rt.ok('distribution-admin', 'listDistributors', { status: 'ACTIVE', limit: 50 }, manager)).items;

test('each distributor row carries team size (direct + level 2) and earnings (settled + pending)', async () => {
  // dev_distributor: 1 settled customer, 1 pending customer, and a sub-distributor with one customer of their own.
  await earnSettledCommission(rt); // 9870 settled
  const pendingBuyer = await boundShopper(rt);
  await buyAndPay(rt, pendingBuyer, [{ skuId: 'p01-s1', quantity: 1 }]); // 399 pending
  const sub = await createNewUser(rt);
  await bind(rt, await distributorCode(rt, 'dev_distributor'), sub);
  const subCustomer = await createNewUser(rt);
  await bind(rt, await distributorCode(rt, sub), subCustomer);
  await buyAndPay(rt, subCustomer, [{ skuId: 'p02-s1', quantity: 1 }]); // L1 sub 358, L2 dev_distributor 179

  const list = await rows();
  expect(list.find((r) => r.userId === 'dev_distributor')).toMatchObject({
    team: { direct: 3, level2: 1 },
    earnings: { settledFen: 9870, pendingFen: 399 + 179 },
  });
  expect(list.find((r) => r.userId === sub)).toMatchObject({ team: { direct: 1, level2: 0 }, earnings: { settledFen: 0, pendingFen: 358 } });
});

test('a distributor with no team and no balance shows zeros', async () => {
  const fresh = await createNewUser(rt);
  await rt.ok('distribution-admin', 'designateDistributor', { userId: fresh }, manager);
  expect((await rows()).find((r) => r.userId === fresh)).toMatchObject({ team: { direct: 0, level2: 0 }, earnings: { settledFen: 0, pendingFen: 0 } });
});
