import type { FnPayload } from '../../src/contracts/api/apis';
import type { Envelope } from '../../src/contracts/envelope';
import { makeOwner } from '../../cloudfunctions/shared/flows/auth/make-owner';
import { createNewUser } from '../../server/seed/personas';
import { buyAndPay } from '../support/money-flow';
import { snapshotStore } from '../support/snapshot-store';
import { aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => {
  delete process.env.WFX_OWNER_OPENID;
  return rt.close();
});

const OWNER = 'dev_staff';
const invite = (permissions: FnPayload<'staff-admin', 'createInvite'>['permissions'], extra: object = {}) =>
  rt.ok('staff-admin', 'createInvite', { requestId: aRequestId(), permissions, ...extra }, OWNER);
const code = (res: Envelope<unknown>) => (res.ok ? 'OK' : res.code);

test('getMyRole: owner has every permission, a shopper none', async () => {
  expect(await rt.ok('staff', 'getMyRole', {}, OWNER)).toEqual({ role: 'owner', permissions: ['products', 'orders', 'distribution', 'finance', 'settings', 'marketing'], nickname: '王店长' });
  expect(await rt.ok('staff', 'getMyRole', {}, 'dev_customer')).toMatchObject({ role: 'shopper', permissions: [] });
});

test('an invitation is redeemed once: the redeemer becomes staff with exactly its permissions, audited', async () => {
  const inv = await invite(['orders']);
  expect(inv.code).toMatch(/^[2-9A-HJ-NP-Z]{12}$/);
  const alice = await createNewUser(rt);
  const bob = await createNewUser(rt);
  rt.advance(60_000);

  // Codes are case-insensitive; a repeat by the same person is a no-op.
  expect(await rt.ok('staff', 'redeemInvite', { code: inv.code.toLowerCase() }, alice)).toMatchObject({ role: 'staff', permissions: ['orders'] });
  expect(await rt.ok('staff', 'redeemInvite', { code: inv.code }, alice)).toMatchObject({ role: 'staff', permissions: ['orders'] });
  const before = await snapshotStore(rt.store);
  expect(code(await rt.call('staff', 'redeemInvite', { code: inv.code }, bob))).toBe('STAFF.INVITE_USED');
  expect(code(await rt.call('staff', 'redeemInvite', { code: 'ABCDEFGHJKLM' }, bob))).toBe('STAFF.INVITE_NOT_FOUND');
  expect(await snapshotStore(rt.store)).toEqual(before);

  // The new staff member may list orders but not touch finance.
  expect(code(await rt.call('order-admin', 'listOrders', {}, alice))).toBe('OK');
  expect(code(await rt.call('finance', 'listWithdrawals', {}, alice))).toBe('AUTH.FORBIDDEN');

  const log = await rt.ok('staff-admin', 'listAuditLog', {}, OWNER);
  expect(log.items.map((a) => `${a.actorId} ${a.action} ${a.target}`)).toEqual([`${alice} redeemInvite ${alice}`, `${OWNER} createInvite ${inv.code}`]);
  expect(log.items[0]?.before).toEqual({ role: 'shopper', permissions: [] });
});

test('a retried createInvite returns the same code; an expired code is refused', async () => {
  const requestId = aRequestId();
  const a = await rt.ok('staff-admin', 'createInvite', { requestId, permissions: ['finance'], validDays: 1 }, OWNER);
  const b = await rt.ok('staff-admin', 'createInvite', { requestId, permissions: ['finance'], validDays: 1 }, OWNER);
  expect(b.code).toBe(a.code);
  expect((await rt.ok('staff-admin', 'listInvites', {}, OWNER)).items).toHaveLength(1);
  rt.advance(25 * 60 * 60 * 1000);
  expect(code(await rt.call('staff', 'redeemInvite', { code: a.code }, await createNewUser(rt)))).toBe('STAFF.INVITE_EXPIRED');
  expect(code(await rt.call('staff', 'redeemInvite', { code: (await invite(['orders'])).code }, OWNER))).toBe('STAFF.ALREADY_OWNER');
});

test('the owner changes or removes a staff member’s permissions; the owner’s own cannot be set', async () => {
  const alice = await createNewUser(rt);
  await rt.ok('staff', 'redeemInvite', { code: (await invite(['orders'])).code }, alice);
  expect(await rt.ok('staff-admin', 'setStaffPermissions', { userId: alice, permissions: ['finance'] }, OWNER)).toMatchObject({ permissions: ['finance'] });
  expect(code(await rt.call('finance', 'listWithdrawals', {}, alice))).toBe('OK');
  const staff = await rt.ok('staff-admin', 'listStaff', {}, OWNER);
  expect(staff.items.map((s) => `${s.role}:${s.userId}`).sort()).toEqual([`owner:${OWNER}`, `staff:${alice}`].sort());

  await rt.ok('staff-admin', 'setStaffPermissions', { userId: alice, permissions: [] }, OWNER);
  expect(await rt.ok('staff', 'getMyRole', {}, alice)).toMatchObject({ role: 'shopper', permissions: [] });
  expect(code(await rt.call('staff-admin', 'setStaffPermissions', { userId: OWNER, permissions: ['orders'] }, OWNER))).toBe('STAFF.OWNER_FIXED');
  expect(code(await rt.call('staff-admin', 'setStaffPermissions', { userId: alice, permissions: ['orders'] }, OWNER))).toBe('STAFF.NOT_STAFF');
});

test('WFX_OWNER_OPENID makes the first owner on their first call, audited; nobody else', async () => {
  const first = await createNewUser(rt);
  process.env.WFX_OWNER_OPENID = first;
  expect(await rt.ok('staff', 'getMyRole', {}, 'dev_customer')).toMatchObject({ role: 'shopper' });
  expect(await rt.ok('staff', 'getMyRole', {}, first)).toMatchObject({ role: 'owner' });
  const log = await rt.ok('staff-admin', 'listAuditLog', {}, first);
  expect(log.items.map((a) => `${a.actorId} ${a.action} ${a.target}`)).toEqual([`env:WFX_OWNER_OPENID makeOwner ${first}`]);
});

test('makeOwner (npm run owner:set) creates an unseen user as owner and is a no-op the second time', async () => {
  const ctx = { now: rt.now(), requestId: 'cli-test' };
  expect(await makeOwner(rt.store, ctx, { openid: 'oWeChatOwner123', actorId: 'cli' })).toBe(true);
  expect(await makeOwner(rt.store, ctx, { openid: 'oWeChatOwner123', actorId: 'cli' })).toBe(false);
  expect(await rt.ok('staff', 'getMyRole', {}, 'oWeChatOwner123')).toMatchObject({ role: 'owner' });
});

test('order detail shows the commission entries the order created', async () => {
  const shopper = await createNewUser(rt);
  const code = await rt.ok('distributor', 'createShareCode', { target: { kind: 'shop' } }, 'dev_distributor');
  await rt.ok('referral', 'bindByScene', { scene: code.scene }, shopper);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p01-s1', quantity: 1 }]);
  const detail = await rt.ok(
    'order-admin',
    'getOrderDetail',
    { orderId: order.id },
    OWNER,
  );
  expect(detail.order).toMatchObject({ buyerId: shopper, status: 'PAID' });
  expect(detail.commissionEntries).toEqual([expect.objectContaining({ beneficiaryId: 'dev_distributor', level: 1, amountFen: 399, state: 'PENDING' })]);
  const paid = await rt.ok('order-admin', 'listOrders', { status: 'PAID' }, OWNER);
  expect(paid.items.map((o) => o.id)).toEqual([order.id]);
});

test('the dashboard adds up paid orders, refunds, growth and commission by Beijing day', async () => {
  const shopper = await createNewUser(rt);
  const code = await rt.ok('distributor', 'createShareCode', { target: { kind: 'shop' } }, 'dev_distributor');
  await rt.ok('referral', 'bindByScene', { scene: code.scene }, shopper);
  const a = await buyAndPay(rt, shopper, [{ skuId: 'p01-s1', quantity: 2 }]); // 2 × 3990
  await buyAndPay(rt, 'dev_customer', [{ skuId: 'p01-s1', quantity: 1 }]); // 3990, no upline
  await rt.ok('order-admin', 'refundOrderLine', { requestId: aRequestId(), orderId: a.id, lineId: a.lines[0]?.lineId as string, units: 1, reason: '不想要了' }, OWNER);
  const d = await rt.ok('finance', 'getDashboard', {}, OWNER);
  const paid = a.totalFen + 3990;
  expect(d.periods.today).toMatchObject({ grossFen: paid, refundedFen: 3990, netFen: paid - 3990, paidOrders: 2, averageOrderFen: Math.floor((paid - 3990) / 2) });
  expect(d.periods.today?.newShoppers).toBeGreaterThanOrEqual(1);
  expect(d.daily.at(-1)?.netFen).toBe(paid - 3990);
  expect(d.topProducts[0]).toMatchObject({ productId: 'p01', units: 3 });
  // 10% of the one unit kept: 399 pending, nothing settled or paid out yet.
  expect(d.topDistributors).toEqual([expect.objectContaining({ userId: 'dev_distributor', amountFen: 399 })]);
  expect(d.commission).toEqual({ pendingFen: 399, settledUnpaidFen: 0, paidOutFen: 0 });
  expect(d.complete).toBe(true);
});
