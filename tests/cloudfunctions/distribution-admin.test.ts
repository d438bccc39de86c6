import type { DistributorAdminView } from '../../src/contracts/distribution-admin';
import type { OrderView } from '../../src/contracts/orders';
import type { DistributorGrade } from '../../src/domain/distribution/distribution-policy';
import { toBps, toFen } from '../../src/domain/money/fen';
import type { UserDoc } from '../../cloudfunctions/shared/kernel/docs/docs';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { newUserDoc } from '../../cloudfunctions/shared/flows/users/ensure-user';
import { createNewUser } from '../../server/seed/personas';
import { OWNER, bind, buyAndPay, distributorCode, savePolicy } from '../support/distribution-steps';
import { DAY_MS, refund, runSettlement, shipAndReceive } from '../support/money-flow';
import { snapshotStore } from '../support/snapshot-store';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const admin = <T = unknown>(action: string, payload: object, who = OWNER) => rt.call<T>('distribution-admin', action, payload, who);
const getPolicy = () => rt.ok('distribution-admin', 'getPolicy', {}, OWNER);
const pending = async (openid: string) => (await rt.ok('commission', 'getMyBalance', {}, openid)).pendingFen;
const distributor = (openid: string) => rt.store.get(COLLECTIONS.distributors, openid);
const user = async (openid: string) => (await rt.store.get(COLLECTIONS.users, openid)) as UserDoc;

/** The stored policy as an edit (what the admin form would send back). */
async function currentEdit() {
  const { policy } = await getPolicy();
  const { version, threeLevelAck: _ack, ...edit } = policy;
  return { edit, version };
}

/** A shopper bound to dev_distributor. */
async function boundShopper(): Promise<string> {
  const scene = await distributorCode(rt, 'dev_distributor');
  const shopper = await createNewUser(rt);
  expect((await bind(rt, scene, shopper)).outcome).toBe('BOUND');
  return shopper;
}

describe('policy', () => {
  test('the default until saved; a save bumps the version, records who and when, and is audited', async () => {
    const initial = await getPolicy();
    expect(initial).toMatchObject({ policy: { version: 1, levels: 2, qualification: { kind: 'UNCONDITIONAL' } }, updatedBy: null, updatedAt: null });
    const saved = await savePolicy(rt, { freezeDays: 10 });
    expect(saved).toMatchObject({ policy: { version: 2, freezeDays: 10 }, updatedBy: OWNER, updatedAt: rt.now().toISOString() });
    expect(await getPolicy()).toEqual(saved);
    const audits = await rt.store.find(COLLECTIONS.auditLog, { action: 'updatePolicy' }, { limit: 10 });
    expect(audits).toEqual([expect.objectContaining({ actorId: OWNER, target: 'distribution-policy', after: saved.policy })]);
  });

  test('an edit made from a stale version is refused and writes nothing', async () => {
    const { edit, version } = await currentEdit();
    await savePolicy(rt, { freezeDays: 3 }); // someone else saves first
    const before = await snapshotStore(rt.store);
    expect(await admin('updatePolicy', { policy: { ...edit, freezeDays: 9 }, expectedVersion: version })).toMatchObject({
      ok: false,
      code: 'DISTRIBUTION.STALE_VERSION',
    });
    expect(await snapshotStore(rt.store)).toEqual(before);
  });

  test.each([
    ['an entry fee', { entryFeeFen: 9900 }, 'COMPLIANCE.ENTRY_FEE'],
    ['a paid distributor package', { distributorPackage: { priceFen: 39900, productIds: ['p12'] } }, 'COMPLIANCE.PAID_PACKAGE'],
    ['buying given products to qualify', { requiredProductIds: ['p01'] }, 'COMPLIANCE.PURCHASE_REQUIRED'],
    ['a "buy product" qualification', { qualification: { kind: 'BUY_PRODUCT', productIds: ['p01'] } }, 'COMPLIANCE.PURCHASE_REQUIRED'],
    ['cash per recruit', { recruitRewardFen: 500 }, 'COMPLIANCE.RECRUIT_REWARD'],
    ['more than 3 levels', { levels: 4, ratesBps: [1000, 500, 200, 100] }, 'COMPLIANCE.TOO_MANY_LEVELS'],
    ['3 levels without acknowledgement', { levels: 3, ratesBps: [1000, 500, 200] }, 'COMPLIANCE.THREE_LEVELS_NOT_ACKNOWLEDGED'],
    ['rates above 100%', { ratesBps: [6000, 5000] }, 'COMPLIANCE.RATES_OVER_100'],
    ['more than 10 grades', { grades: Array.from({ length: 11 }, (_, i) => grade(`g${i}`, i, [100, 50], { orderCount: i })) }, 'DISTRIBUTION.TOO_MANY_GRADES'],
    ['a validity shorter than protection', { binding: { rule: { kind: 'PROTECTED', protectionDays: 10, validityDays: 5 }, onlyNewUsers: false, trigger: 'OPEN' } }, 'DISTRIBUTION.INVALID_POLICY'],
  ])('%s is refused with its own code and nothing is written', async (_name, change, code) => {
    const { edit, version } = await currentEdit();
    const before = await snapshotStore(rt.store);
    expect(await admin('updatePolicy', { policy: { ...edit, ...change }, expectedVersion: version })).toMatchObject({ ok: false, code });
    expect(await snapshotStore(rt.store)).toEqual(before);
  });

  test('3 levels store the acknowledgement of the caller and the server time, never one from the payload', async () => {
    const { edit, version } = await currentEdit();
    const three = { ...edit, levels: 3, ratesBps: [1000, 500, 200] };
    expect(await admin('updatePolicy', { policy: { ...three, threeLevelAck: { byUserId: 'someone', atIso: '2020-01-01T00:00:00Z' } }, expectedVersion: version })).toMatchObject({
      ok: false,
      code: 'COMMON.INVALID_PAYLOAD',
    });
    const saved = await rt.ok('distribution-admin', 'updatePolicy', { policy: three, expectedVersion: version, acknowledgeThreeLevels: true }, OWNER);
    const ack = { byUserId: OWNER, atIso: rt.now().toISOString() };
    expect(saved.policy).toMatchObject({ levels: 3, threeLevelAck: ack });
    rt.advance(60_000);
    expect((await savePolicy(rt, { freezeDays: 5 })).policy.threeLevelAck).toEqual(ack); // kept while 3 levels stay
    expect((await savePolicy(rt, { levels: 2, ratesBps: [toBps(1000), toBps(500)] })).policy.threeLevelAck).toBeNull();
  });
});

function grade(id: string, weight: number, ratesBps: number[], conditions: DistributorGrade['upgrade']['conditions'], mode: 'ANY' | 'ALL' = 'ANY'): DistributorGrade {
  return { id, name: `等级${weight}`, weight, ratesBps: ratesBps.map(toBps), upgrade: { mode, conditions } };
}

describe('grades', () => {
  test('completed orders lift the grade (own orders, own spend); each level earns its receiver’s grade rate; grades never fall', async () => {
    await savePolicy(rt, {
      grades: [
        grade('silver', 1, [1500, 600], { orderCount: 1 }),
        grade('gold', 2, [2000, 800], { ownSpendFen: toFen(10000), orderCount: 2 }, 'ALL'),
      ],
    });
    /** The distributor's own order shipped, received and past its after-sale window: settlement completes it. */
    const completeOwn = async (order: OrderView) => {
      await shipAndReceive(rt, order, 'dev_distributor');
      rt.advance(8 * DAY_MS);
      await runSettlement(rt);
    };
    const shopper = await boundShopper();
    const own = await buyAndPay(rt, 'dev_distributor', 'p03-s1', 1); // own order 2990
    expect((await distributor('dev_distributor'))?.gradeId).toBeNull(); // paid, but it may still be refunded
    await completeOwn(own);
    expect((await distributor('dev_distributor'))?.gradeId).toBe('silver');

    await buyAndPay(rt, shopper, 'p03-s1', 1); // 2990 × 15% (silver) = 448
    expect(await pending('dev_distributor')).toBe(448);

    const big = await buyAndPay(rt, 'dev_distributor', 'p11-s1', 1); // own spend 13880 ≥ 10000, two own orders
    await completeOwn(big);
    expect((await distributor('dev_distributor'))?.gradeId).toBe('gold');
    await buyAndPay(rt, shopper, 'p03-s1', 1); // 2990 × 20% (gold) = 598
    expect(await pending('dev_distributor')).toBe(448 + 598);

    // Spend falls (a refund after completion) and the bar rises: the grade already granted stays.
    await refund(rt, big, 0, 1);
    const { policy } = await getPolicy();
    await savePolicy(rt, { grades: policy.grades.map((g) => (g.id === 'gold' ? { ...g, upgrade: { mode: 'ALL' as const, conditions: { ownSpendFen: toFen(1_000_000) } } } : g)) });
    await completeOwn(await buyAndPay(rt, 'dev_distributor', 'p03-s1', 1));
    expect((await distributor('dev_distributor'))?.gradeId).toBe('gold');
  });

  test('staff set a grade by hand, only one the policy has', async () => {
    await savePolicy(rt, { grades: [grade('silver', 1, [1500, 600], { orderCount: 5 })] });
    expect(await admin<DistributorAdminView>('setDistributorGrade', { userId: 'dev_distributor', gradeId: 'silver' })).toMatchObject({ ok: true, data: { gradeId: 'silver' } });
    expect(await admin('setDistributorGrade', { userId: 'dev_distributor', gradeId: 'platinum' })).toMatchObject({ ok: false, code: 'DISTRIBUTION.GRADE_NOT_FOUND' });
    expect(await admin('setDistributorGrade', { userId: 'dev_distributor', gradeId: null })).toMatchObject({ ok: true, data: { gradeId: null } });
    expect(await admin('setDistributorGrade', { userId: 'dev_customer', gradeId: 'silver' })).toMatchObject({ ok: false, code: 'DISTRIBUTION.DISTRIBUTOR_NOT_FOUND' });
  });
});

describe('distributor status', () => {
  test('a frozen distributor still earns on a new paid order; unfreezing restores ACTIVE', async () => {
    const shopper = await boundShopper();
    expect(await admin('setDistributorStatus', { userId: 'dev_distributor', status: 'FROZEN' })).toMatchObject({ ok: true, data: { status: 'FROZEN' } });
    await buyAndPay(rt, shopper, 'p03-s1', 1);
    expect(await pending('dev_distributor')).toBe(299);
    expect(await admin('setDistributorStatus', { userId: 'dev_distributor', status: 'ACTIVE' })).toMatchObject({ ok: true, data: { status: 'ACTIVE' } });
    const audits = await rt.store.find(COLLECTIONS.auditLog, { action: 'setDistributorStatus' }, { limit: 10 });
    expect(audits).toHaveLength(2);
  });

  test('a revoked distributor earns nothing on a new paid order, the skip is recorded as REVOKED, and revocation is final', async () => {
    const shopper = await boundShopper();
    await buyAndPay(rt, shopper, 'p03-s1', 1);
    expect(await pending('dev_distributor')).toBe(299); // earned before revocation stays
    await rt.ok('distribution-admin', 'setDistributorStatus', { userId: 'dev_distributor', status: 'REVOKED' }, OWNER);
    const order = await buyAndPay(rt, shopper, 'p03-s1', 1);
    expect(await pending('dev_distributor')).toBe(299);
    const skips = await rt.store.find(COLLECTIONS.commissionSkips, { orderId: order.id }, { limit: 10 });
    expect(skips).toContainEqual(expect.objectContaining({ level: 1, candidateId: 'dev_distributor', reason: 'REVOKED' }));
    expect(await admin('setDistributorStatus', { userId: 'dev_distributor', status: 'ACTIVE' })).toMatchObject({ ok: false, code: 'DISTRIBUTOR.INVALID_TRANSITION' });
    expect(await admin('setDistributorStatus', { userId: 'dev_customer', status: 'FROZEN' })).toMatchObject({ ok: false, code: 'DISTRIBUTION.DISTRIBUTOR_NOT_FOUND' });
  });

  test('listDistributors filters by status and pages', async () => {
    const ids = [await createNewUser(rt), await createNewUser(rt), await createNewUser(rt)];
    for (const id of ids) await rt.ok('distribution-admin', 'designateDistributor', { userId: id }, OWNER);
    await rt.ok('distribution-admin', 'setDistributorStatus', { userId: ids[0] as string, status: 'FROZEN' }, OWNER);
    const frozen = await rt.ok('distribution-admin', 'listDistributors', { status: 'FROZEN' }, OWNER);
    expect(frozen.items.map((d) => d.userId)).toEqual([ids[0]]);
    const first = await rt.ok('distribution-admin', 'listDistributors', { status: 'ACTIVE', limit: 2 }, OWNER);
    const second = await rt.ok('distribution-admin', 'listDistributors', { status: 'ACTIVE', limit: 2, cursor: first.nextCursor as number }, OWNER);
    expect([...first.items, ...second.items].map((d) => d.userId).sort()).toEqual([ids[1], ids[2], 'dev_distributor'].sort());
    expect(second.nextCursor).toBeNull();
  });
});

describe('staff rebind', () => {
  test('moves the user with their whole team, records source staff and the staff member, and can detach', async () => {
    const shopper = await boundShopper();
    const child = await createNewUser(rt);
    await bind(rt, await distributorCode(rt, shopper), child);
    const other = await createNewUser(rt);
    await distributorCode(rt, other);

    const moved = await rt.ok('distribution-admin', 'rebindUser', { userId: shopper, newSuperiorId: other }, OWNER);
    expect(moved).toEqual({ userId: shopper, superiorId: other, upline: [other], descendantsRewritten: 1, rewritePending: false });
    expect((await user(child)).upline).toEqual([shopper, other]);
    expect(await user(shopper)).toMatchObject({ bindSource: 'staff', boundAt: rt.now().toISOString() });
    const records = await rt.store.find(COLLECTIONS.bindings, { userId: shopper, source: 'staff' }, { limit: 10 });
    expect(records).toEqual([expect.objectContaining({ fromSuperiorId: 'dev_distributor', toSuperiorId: other, byStaffId: OWNER })]);
    expect(await rt.store.count(COLLECTIONS.auditLog, { action: 'rebindUser', target: shopper })).toBe(1);

    // The same move again is a no-op.
    expect(await rt.ok('distribution-admin', 'rebindUser', { userId: shopper, newSuperiorId: other }, OWNER)).toMatchObject({ descendantsRewritten: 0 });
    expect(await rt.store.count(COLLECTIONS.bindings, { userId: shopper })).toBe(2);

    const detached = await rt.ok('distribution-admin', 'rebindUser', { userId: shopper, newSuperiorId: null }, OWNER);
    expect(detached).toMatchObject({ superiorId: null, upline: [] });
    expect((await user(child)).upline).toEqual([shopper]);
    expect(await rt.store.count(COLLECTIONS.bindings, { userId: shopper })).toBe(3);
  });

  test('the new superior must be an earning distributor, and both users must exist', async () => {
    const shopper = await boundShopper();
    expect(await admin('rebindUser', { userId: shopper, newSuperiorId: 'dev_customer' })).toMatchObject({ ok: false, code: 'DISTRIBUTION.SUPERIOR_NOT_DISTRIBUTOR' });
    expect(await admin('rebindUser', { userId: 'nobody', newSuperiorId: 'dev_distributor' })).toMatchObject({ ok: false, code: 'DISTRIBUTION.USER_NOT_FOUND' });
    expect(await admin('rebindUser', { userId: shopper, newSuperiorId: 'nobody' })).toMatchObject({ ok: false, code: 'DISTRIBUTION.USER_NOT_FOUND' });
    expect((await user(shopper)).superiorId).toBe('dev_distributor');
  });
});

describe('authorization', () => {
  const CALLS: Array<[string, object]> = [
    ['getPolicy', {}],
    ['updatePolicy', { policy: {}, expectedVersion: 1 }],
    ['listApplications', {}],
    ['reviewApplication', { userId: 'dev_customer', approve: true }],
    ['designateDistributor', { userId: 'dev_customer' }],
    ['setDistributorStatus', { userId: 'dev_distributor', status: 'REVOKED' }],
    ['setDistributorGrade', { userId: 'dev_distributor', gradeId: null }],
    ['rebindUser', { userId: 'dev_customer', newSuperiorId: 'dev_distributor' }],
    ['listDistributors', {}],
    ['listBindings', { userId: 'dev_customer' }],
  ];

  test('a shopper, a distributor and staff without the distribution permission are refused every action; nothing changes', async () => {
    const clerk = 'dev_clerk_orders_only';
    await rt.store.insert(COLLECTIONS.users, { ...newUserDoc(clerk, '店员小王', rt.now()), role: 'staff', permissions: ['orders', 'finance'] });
    const { edit, version } = await currentEdit();
    const calls: Array<[string, object]> = CALLS.map(([a, p]) => (a === 'updatePolicy' ? [a, { policy: { ...edit, freezeDays: 1 }, expectedVersion: version }] : [a, p]));
    const before = await snapshotStore(rt.store);
    for (const who of ['dev_customer', 'dev_distributor', clerk]) {
      for (const [action, payload] of calls) {
        expect([who, action, await admin(action, payload, who)]).toEqual([who, action, expect.objectContaining({ ok: false, code: 'AUTH.FORBIDDEN' })]);
      }
    }
    expect(await snapshotStore(rt.store)).toEqual(before);
  });

  test('staff with the distribution permission may act', async () => {
    const manager = 'dev_manager_distribution';
    await rt.store.insert(COLLECTIONS.users, { ...newUserDoc(manager, '运营小李', rt.now()), role: 'staff', permissions: ['distribution'] });
    expect(await admin('designateDistributor', { userId: 'dev_customer' }, manager)).toMatchObject({ ok: true, data: { status: 'ACTIVE' } });
    expect(await rt.store.count(COLLECTIONS.auditLog, { actorId: manager })).toBe(1);
  });
});
