import type { DistributorView } from '../../src/contracts/distributor';
import { toFen } from '../../src/domain/money/fen';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../../server/seed/personas';
import { buyAndPay, OWNER, savePolicy } from '../support/distribution-steps';
import { refund } from '../support/money-flow';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const become = (openid: string, payload: object = {}) => rt.call<DistributorView>('distributor', 'becomeDistributor', payload, openid);
const panel = (openid: string) => rt.ok('distributor', 'getMyPanel', {}, openid);
const APPLICATION = { realName: '赵小明', phone: '13912345678', reason: '想把好水果推荐给同事' };

/** Becoming a distributor never touches money: no order, no entry, no balance change. */
async function moneyFootprint() {
  return {
    orders: await rt.store.count(COLLECTIONS.orders, {}),
    entries: await rt.store.count(COLLECTIONS.commissionEntries, {}),
    balances: await rt.store.find(COLLECTIONS.balances, {}, { limit: 1000 }),
  };
}

test('UNCONDITIONAL (default): any shopper becomes ACTIVE at once, free, and a repeat returns the same record', async () => {
  const shopper = await createNewUser(rt);
  const before = await moneyFootprint();
  const first = await become(shopper);
  expect(first).toMatchObject({ ok: true, data: { status: 'ACTIVE', gradeId: null } });
  expect(await become(shopper)).toEqual(first);
  expect(await moneyFootprint()).toEqual(before);
  expect((await panel(shopper)).distributor?.status).toBe('ACTIVE');
});

test('FIRST_PAID_ORDER: refused with what is missing until the shopper has paid an order, then ACTIVE', async () => {
  await savePolicy(rt, { qualification: { kind: 'FIRST_PAID_ORDER' } });
  const shopper = await createNewUser(rt);
  expect(await become(shopper)).toMatchObject({ ok: false, code: 'DISTRIBUTOR.NEEDS_PAID_ORDER', message: expect.stringContaining('首笔订单') });
  expect(await rt.store.get(COLLECTIONS.distributors, shopper)).toBeNull();
  expect((await panel(shopper)).qualification).toEqual({ kind: 'FIRST_PAID_ORDER' });

  await buyAndPay(rt, shopper, 'p03-s1', 1);
  expect(await become(shopper)).toMatchObject({ ok: true, data: { status: 'ACTIVE' } });
});

test('SPEND_AT_LEAST: the threshold counts paid spend net of refunds, met at ≥, and the refusal says how much is missing', async () => {
  await savePolicy(rt, { qualification: { kind: 'SPEND_AT_LEAST', thresholdFen: toFen(5980) } });
  const shopper = await createNewUser(rt);
  const order = await buyAndPay(rt, shopper, 'p03-s1', 2); // 2 × 2990 = 5980: exactly the threshold …
  await refund(rt, order, 0, 1); // … but one unit (2990) is refunded
  expect(await become(shopper)).toMatchObject({ ok: false, code: 'DISTRIBUTOR.SPEND_BELOW_THRESHOLD', message: expect.stringContaining('¥29.90') });
  expect(await rt.store.get(COLLECTIONS.distributors, shopper)).toBeNull();

  await buyAndPay(rt, shopper, 'p03-s1', 1); // net 5980 again: ≥ qualifies
  expect(await become(shopper)).toMatchObject({ ok: true, data: { status: 'ACTIVE' } });
});

test('APPLICATION: needs real name, phone and reason → APPLIED; staff reject with a note; re-applying is allowed; approval → ACTIVE', async () => {
  await savePolicy(rt, { qualification: { kind: 'APPLICATION' } });
  const shopper = await createNewUser(rt);
  const before = await moneyFootprint();
  expect(await become(shopper)).toMatchObject({ ok: false, code: 'DISTRIBUTOR.APPLICATION_REQUIRED' });
  expect(await become(shopper, { application: { ...APPLICATION, phone: '12345' } })).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });

  expect(await become(shopper, { application: APPLICATION })).toMatchObject({ ok: true, data: { status: 'APPLIED' } });
  expect(await become(shopper, { application: APPLICATION })).toMatchObject({ ok: true, data: { status: 'APPLIED' } });
  expect((await panel(shopper)).distributor?.status).toBe('APPLIED');
  // An applicant cannot share yet.
  expect(await rt.call('distributor', 'createShareCode', { target: { kind: 'shop' } }, shopper)).toMatchObject({ ok: false, code: 'DISTRIBUTOR.NOT_DISTRIBUTOR' });

  const queue = await rt.ok('distribution-admin', 'listApplications', {}, OWNER);
  expect(queue.items).toEqual([expect.objectContaining({ userId: shopper, application: APPLICATION })]);

  const rejected = await rt.ok('distribution-admin', 'reviewApplication', { userId: shopper, approve: false, note: '资料不全' }, OWNER);
  expect(rejected.status).toBe('REJECTED');
  expect((await panel(shopper)).distributor).toMatchObject({ status: 'REJECTED', reviewNote: '资料不全' });

  expect(await become(shopper, { application: { ...APPLICATION, reason: '补充：我在公司负责团购' } })).toMatchObject({ ok: true, data: { status: 'APPLIED', reviewNote: null } });
  const approved = await rt.ok('distribution-admin', 'reviewApplication', { userId: shopper, approve: true }, OWNER);
  expect(approved.status).toBe('ACTIVE');
  expect((await panel(shopper)).distributor?.status).toBe('ACTIVE');
  expect((await rt.ok('distribution-admin', 'listApplications', {}, OWNER)).items).toEqual([]);
  // Reviewing again: the same decision is a no-op, the other one is refused by the transition table.
  expect(await rt.call('distribution-admin', 'reviewApplication', { userId: shopper, approve: true }, OWNER)).toMatchObject({ ok: true });
  expect(await rt.call('distribution-admin', 'reviewApplication', { userId: shopper, approve: false }, OWNER)).toMatchObject({
    ok: false,
    code: 'DISTRIBUTOR.INVALID_TRANSITION',
  });
  expect(await moneyFootprint()).toEqual(before);
});

test('STAFF_ONLY: self-service is refused; staff designation makes the user ACTIVE', async () => {
  await savePolicy(rt, { qualification: { kind: 'STAFF_ONLY' } });
  const shopper = await createNewUser(rt);
  expect(await become(shopper)).toMatchObject({ ok: false, code: 'DISTRIBUTOR.STAFF_ONLY' });
  expect(await become(shopper, { application: APPLICATION })).toMatchObject({ ok: false, code: 'DISTRIBUTOR.STAFF_ONLY' });
  expect(await rt.store.get(COLLECTIONS.distributors, shopper)).toBeNull();

  const designated = await rt.ok('distribution-admin', 'designateDistributor', { userId: shopper }, OWNER);
  expect(designated).toMatchObject({ userId: shopper, status: 'ACTIVE' });
  expect(await become(shopper)).toMatchObject({ ok: true, data: { status: 'ACTIVE' } });
  expect((await rt.ok('commission', 'getMyBalance', {}, shopper)).pendingFen).toBe(0);
});

test('a revoked distributor cannot make themself a distributor again; staff can re-admit them', async () => {
  const shopper = await createNewUser(rt);
  await rt.ok('distributor', 'becomeDistributor', {}, shopper);
  await rt.ok('distribution-admin', 'setDistributorStatus', { userId: shopper, status: 'REVOKED' }, OWNER);
  expect(await become(shopper)).toMatchObject({ ok: false, code: 'DISTRIBUTOR.REVOKED' });
  expect((await panel(shopper)).distributor?.status).toBe('REVOKED');
  await rt.ok('distribution-admin', 'designateDistributor', { userId: shopper }, OWNER);
  expect((await panel(shopper)).distributor?.status).toBe('ACTIVE');
});
