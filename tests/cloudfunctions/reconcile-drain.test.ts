import { reconcileUnpaidOrders } from '../../cloudfunctions/shared/flows/payments/reconcile-unpaid-orders';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { invokeFunction } from '../../server/local-runtime';
import { seedStaleOrders } from '../../bench/seed-stale-orders';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

/**
 * A backlog of unpaid orders whose notify never came (WeChat Pay: NOTPAY, past the deadline) drains in the runs its
 * size needs: each run keeps asking and cancelling, batch after batch, up to its cap.
 */
let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const stillUnpaid = () => rt.store.count(COLLECTIONS.orders, { status: 'PENDING_PAY' });
const ctx = () => ({ store: rt.store, platform: rt.platform, now: rt.now(), log: rt.log, requestId: 'reconcile-test', openid: null });

test('a backlog within one run’s cap is resolved by one run of the timer', async () => {
  await seedStaleOrders(rt.store, 450, rt.now().getTime());
  const report = ((await invokeFunction(rt, 'reconcile', {}, { openid: null, source: 'wx_trigger' })) as { data: Record<string, number> }).data;
  expect(report).toMatchObject({ checked: 450, cancelled: 450, errors: 0 });
  expect(await stillUnpaid()).toBe(0);
  expect((await rt.store.get(COLLECTIONS.orders, 'OSTALE0000449'))?.status).toBe('CANCELLED');
}, 60_000);

test('a bigger backlog takes ⌈backlog / cap⌉ runs, each within its cap', async () => {
  await seedStaleOrders(rt.store, 450, rt.now().getTime());
  const checked: number[] = [];
  for (let run = 0; run < 10 && (await stillUnpaid()) > 0; run++) checked.push((await reconcileUnpaidOrders(ctx() as never, { maxOrders: 200 })).checked);
  expect(checked).toEqual([200, 200, 50]);
}, 60_000);
