import type { UserDoc } from '../../cloudfunctions/shared/kernel/docs/docs';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { UPLINE_MOVES_ID } from '../../cloudfunctions/shared/flows/referral/upline-moves';
import { invokeFunction } from '../../server/local-runtime';
import { createNewUser } from '../../server/seed/personas';
import { CountingStore } from '../../bench/counting-store';
import { OWNER, bind, distributorCode, savePolicy } from '../support/distribution-steps';
import { buyAndPay } from '../support/money-flow';
import { PoisonedStore } from '../support/poisoned-store';
import { seedTeam } from '../../bench/seed-team';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

/**
 * Big teams: moving a user with a large team returns in bounded time — a bounded slice of the upline rewrite runs in
 * the call, the rest as a resumable job on the jobs timer — and payment never pays from a stale upline meanwhile.
 */
const TEAM = 700; // above the part one call rewrites
const MAX_CALL_OPS = 400; // whatever the team size

let rt: TestRuntime;
let counting: CountingStore;
beforeEach(async () => (rt = await createTestRuntime({ wrapStore: (s) => (counting = new CountingStore(s)) })));
afterEach(() => rt.close());

const user = async (id: string) => (await rt.store.get(COLLECTIONS.users, id)) as UserDoc;
const jobs = () => invokeFunction(rt, 'jobs', {}, { openid: null, source: 'local_timer' }) as Promise<{ ok: boolean; data: { uplineRewrites: { rewritten: number; pending: boolean } } }>;

async function teamLeader() {
  const leader = await createNewUser(rt);
  const members = await seedTeam(rt.store, leader, TEAM, rt.now().getTime() - 30 * 24 * 3600_000);
  const target = await createNewUser(rt);
  await distributorCode(rt, target);
  return { leader, members, target };
}

test('a staff move of a leader with a big team returns after a bounded slice; the jobs timer finishes the rewrite', async () => {
  const { leader, members, target } = await teamLeader();
  counting.reset();
  const moved = await rt.ok('distribution-admin', 'rebindUser', { userId: leader, newSuperiorId: target }, OWNER);
  const callOps = counting.counts.reads + counting.counts.writes;
  expect(moved).toMatchObject({ superiorId: target, upline: [target], rewritePending: true });
  expect(moved.descendantsRewritten).toBeLessThan(TEAM);
  expect(callOps).toBeLessThanOrEqual(MAX_CALL_OPS);

  let runs = 0;
  for (let done = false; !done && runs < 20; runs++) done = !(await jobs()).data.uplineRewrites.pending;
  expect(runs).toBeLessThan(20);
  for (const id of [members[0]!, members[TEAM - 1]!]) expect((await user(id)).upline.slice(-2)).toEqual([leader, target]);
  const stale = (await rt.store.find(COLLECTIONS.users, { upline: { $has: leader } }, { limit: 1000 })).filter((u) => u.upline.at(-1) !== target);
  expect(stale).toEqual([]);
});

test('while the rewrite is pending, a team member’s payment pays the new chain, not the stale stored upline', async () => {
  await savePolicy(rt, { levels: 3, ratesBps: [1000, 500, 200] as never }, { acknowledgeThreeLevels: true });
  const { leader, members, target } = await teamLeader();
  await rt.ok('distribution-admin', 'designateDistributor', { userId: leader }, OWNER);
  await rt.ok('distribution-admin', 'rebindUser', { userId: leader, newSuperiorId: target }, OWNER);
  // The last member bound is rewritten last: its stored upline still ends at the leader.
  const buyer = members[TEAM - 1]!;
  expect((await user(buyer)).upline.at(-1)).toBe(leader);
  const order = await buyAndPay(rt, buyer, [{ skuId: 'p03-s1', quantity: 1 }]);
  const entries = await rt.store.find(COLLECTIONS.commissionEntries, { orderId: order.id }, { limit: 10 });
  // Level 1: the buyer's superior (a direct member of the leader); level 2: the leader; level 3: the leader's new superior.
  expect(entries.map((e) => [e.level, e.beneficiaryId]).sort()).toEqual([[2, leader], [3, target]]);
});

test('payment learns pending moves from their listing once the jobs timer keeps it (no query of the jobs); a finished rewrite leaves it', async () => {
  await savePolicy(rt, { levels: 3, ratesBps: [1000, 500, 200] as never }, { acknowledgeThreeLevels: true });
  const { leader, members, target } = await teamLeader();
  await rt.ok('distribution-admin', 'designateDistributor', { userId: leader }, OWNER);
  await jobs(); // the listing of pending moves is complete from here on
  const moved = await rt.ok('distribution-admin', 'rebindUser', { userId: leader, newSuperiorId: target }, OWNER);
  expect(moved.rewritePending).toBe(true);
  const listing = await rt.store.get(COLLECTIONS.merchant, UPLINE_MOVES_ID);
  expect(listing).toMatchObject({ complete: true });
  expect(Object.values(listing?.pending ?? {})).toEqual([leader]);

  const queriedJobs: string[] = [];
  const find = rt.store.find.bind(rt.store);
  rt.store.find = (c, f, o) => (c === COLLECTIONS.uplineJobs && queriedJobs.push(c), find(c, f, o));
  const order = await buyAndPay(rt, members[TEAM - 1]!, [{ skuId: 'p03-s1', quantity: 1 }]);
  rt.store.find = find;
  expect(queriedJobs).toEqual([]);
  const entries = await rt.store.find(COLLECTIONS.commissionEntries, { orderId: order.id }, { limit: 10 });
  expect(entries.map((e) => [e.level, e.beneficiaryId]).sort()).toEqual([[2, leader], [3, target]]);

  for (let runs = 0; runs < 20 && (await jobs()).data.uplineRewrites.pending; runs++);
  expect((await rt.store.get(COLLECTIONS.merchant, UPLINE_MOVES_ID))?.pending).toEqual({});
});

test('a leader with a big team who opens a share code is bound in bounded time too', async () => {
  const { leader, target } = await teamLeader();
  const scene = await distributorCode(rt, target);
  counting.reset();
  expect((await bind(rt, scene, leader)).outcome).toBe('BOUND');
  expect(counting.counts.reads + counting.counts.writes).toBeLessThanOrEqual(MAX_CALL_OPS);
  expect((await user(leader)).upline).toEqual([target]);
});

test('a rewrite that stops part-way (a failing member) resumes where it stopped; every member is rewritten exactly once', async () => {
  let store!: PoisonedStore;
  const poisoned = await createTestRuntime({ wrapStore: (s) => (store = new PoisonedStore(s)) });
  try {
    const leader = await createNewUser(poisoned);
    const members = await seedTeam(poisoned.store, leader, TEAM, poisoned.now().getTime() - 30 * 24 * 3600_000);
    const target = await createNewUser(poisoned);
    await poisoned.ok('distribution-admin', 'designateDistributor', { userId: target }, OWNER);
    await poisoned.ok('distribution-admin', 'rebindUser', { userId: leader, newSuperiorId: target }, OWNER);
    store.poison = (op, collection, id) => op === 'write' && collection === COLLECTIONS.users && id === members[450];
    const run = async () => (await invokeFunction(poisoned, 'jobs', {}, { openid: null, source: 'local_timer' })) as { data: { uplineRewrites: { pending: boolean } } };
    expect((await run()).data.uplineRewrites.pending).toBe(true);
    expect((await poisoned.store.get(COLLECTIONS.users, members[449]!))?.upline.at(-1)).toBe(target);
    store.poison = () => false;
    for (let i = 0; i < 5 && (await run()).data.uplineRewrites.pending; i++);
    const team = await poisoned.store.find(COLLECTIONS.users, { upline: { $has: leader } }, { limit: 1000 });
    expect(team).toHaveLength(TEAM);
    expect(team.filter((u) => u.upline.at(-1) !== target || u.treeVersion !== 1)).toEqual([]);
  } finally {
    await poisoned.close();
  }
});
