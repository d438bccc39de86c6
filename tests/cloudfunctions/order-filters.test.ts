import type { Envelope } from '../../src/contracts/envelope';
import { createNewUser } from '../../server/seed/personas';
import { distributorCode, bind, buyAndPay, createOrder, DAY_MS } from '../support/distribution-steps';
import { boundShopper } from '../support/money-flow';
import type { TestRuntime } from '../support/test-runtime';
import { runtimeWithStaff } from '../support/withdrawal-fixtures';

/** Staff's order list filtered by Beijing days and by distributor (the upline snapshot taken at payment). */
let rt: TestRuntime;
let clerk: string;
beforeEach(async () => ({ rt, staff: clerk } = await runtimeWithStaff(['orders'])));
afterEach(() => rt.close());

const code = (res: Envelope<unknown>) => (res.ok ? 'OK' : res.code);
const list = (filter: object) => rt.ok('order-admin', 'listOrders', filter, clerk);
const ids = async (filter: object) => (await list({ limit: 50, ...filter })).items.map((o) => o.id);

test('by Beijing days, both included, newest first, paged', async () => {
  // The runtime starts at 2026-11-20 10:00 Beijing time.
  const shopper = await createNewUser(rt);
  const day20 = await createOrder(rt, shopper, 'p01-s1', 1);
  rt.advance(DAY_MS);
  const day21a = await createOrder(rt, shopper, 'p02-s1', 1);
  rt.advance(60_000);
  const day21b = await createOrder(rt, shopper, 'p03-s1', 1);
  rt.advance(DAY_MS);
  const day22 = await createOrder(rt, shopper, 'p01-s1', 1);

  expect(await ids({ from: '2026-11-21', to: '2026-11-21' })).toEqual([day21b.id, day21a.id]);
  expect(await ids({ from: '2026-11-21' })).toEqual([day22.id, day21b.id, day21a.id]);
  expect(await ids({ to: '2026-11-20' })).toEqual([day20.id]);
  expect(await ids({ from: '2026-11-23' })).toEqual([]);
  const first = await list({ from: '2026-11-20', to: '2026-11-22', limit: 2 });
  expect([first.items.map((o) => o.id), first.nextCursor]).toEqual([[day22.id, day21b.id], 2]);
  const second = await list({ from: '2026-11-20', to: '2026-11-22', cursor: 2, limit: 2 });
  expect([second.items.map((o) => o.id), second.nextCursor]).toEqual([[day21a.id, day20.id], null]);
  // Combined with a status: only unpaid ones exist.
  expect(await ids({ status: 'PAID', from: '2026-11-20' })).toEqual([]);
});

test('by distributor: DIRECT = paid orders of their own customers, TEAM = anywhere below them', async () => {
  // dev_distributor ← second (a distributor bound under it) ← grandchild shopper; plus a direct shopper.
  const second = await createNewUser(rt);
  await bind(rt, await distributorCode(rt, 'dev_distributor'), second);
  const grandchild = await createNewUser(rt);
  await bind(rt, await distributorCode(rt, second), grandchild);
  const direct = await boundShopper(rt);
  const stranger = await createNewUser(rt);

  const directOrder = await buyAndPay(rt, direct, 'p01-s1', 1);
  rt.advance(60_000);
  const teamOrder = await buyAndPay(rt, grandchild, 'p02-s1', 1);
  await buyAndPay(rt, stranger, 'p03-s1', 1);
  await createOrder(rt, direct, 'p01-s1', 1); // unpaid: no upline snapshot yet

  expect(await ids({ distributorId: 'dev_distributor' })).toEqual([directOrder.id]);
  expect(await ids({ distributorId: 'dev_distributor', distributorScope: 'TEAM' })).toEqual([teamOrder.id, directOrder.id]);
  expect(await ids({ distributorId: second })).toEqual([teamOrder.id]);
  expect(await ids({ distributorId: stranger, distributorScope: 'TEAM' })).toEqual([]);
  expect(await ids({ distributorId: 'dev_distributor', distributorScope: 'TEAM', from: '2026-11-21' })).toEqual([]);
});

test('a range that ends before it starts, or a malformed day, is refused', async () => {
  expect(code(await rt.call('order-admin', 'listOrders', { from: '2026-11-22', to: '2026-11-21' }, clerk))).toBe('COMMON.INVALID_PAYLOAD');
  expect(code(await rt.call('order-admin', 'listOrders', { from: '11/21/2026' }, clerk))).toBe('COMMON.INVALID_PAYLOAD');
});

test('search by order number finds that order; by the recipient phone, every order to it, newest first', async () => {
  const shopper = await createNewUser(rt);
  const first = await createOrder(rt, shopper, 'p01-s1', 1);
  rt.advance(60_000);
  const second = await createOrder(rt, shopper, 'p02-s1', 1);
  const other = await rt.ok('orders', 'createOrder', { requestId: 'search-other-1', lines: [{ skuId: 'p03-s1', quantity: 1 }], address: { name: '李四', phone: '13911112222', region: '浙江省 杭州市 西湖区', detail: '文三路 1 号' } }, shopper);
  expect(await ids({ search: second.id })).toEqual([second.id]);
  const byPhone = await ids({ search: '13800138000' });
  expect(byPhone.indexOf(second.id)).toBeLessThan(byPhone.indexOf(first.id));
  expect(byPhone).not.toContain(other.id);
  expect(await ids({ search: '13911112222' })).toEqual([other.id]);
  expect(await ids({ search: 'nosuchorder1' })).toEqual([]);
  expect(code(await rt.call('order-admin', 'listOrders', { search: '138 0013' }, clerk))).toBe('COMMON.INVALID_PAYLOAD');
});
