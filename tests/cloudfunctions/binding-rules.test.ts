import type { UserDoc } from '../../cloudfunctions/shared/kernel/docs/docs';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../../server/seed/personas';
import { DAY_MS, OWNER, bind as bindAs, buyAndPay, createOrder, distributorCode as codeOf, savePolicy } from '../support/distribution-steps';
import { snapshotStore } from '../support/snapshot-store';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

// Every distributor here renders a real share code image (the local platform draws a QR PNG), which is slow.
jest.setTimeout(30_000);

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const bind = async (scene: string, openid: string) => (await bindAs(rt, scene, openid)).outcome;
const distributorCode = (openid: string) => codeOf(rt, openid);
const user = async (openid: string) => (await rt.store.get(COLLECTIONS.users, openid)) as UserDoc;
const bindings = (userId: string) => rt.store.find(COLLECTIONS.bindings, { userId }, { limit: 50, orderBy: [{ field: 'createdAt', direction: 'asc' }] });
const pending = async (openid: string) => (await rt.ok('commission', 'getMyBalance', {}, openid)).pendingFen;

/** A fresh distributor with a code, and a fresh shopper. */
async function newDistributor(): Promise<{ id: string; scene: string }> {
  const id = await createNewUser(rt);
  return { id, scene: await distributorCode(id) };
}

/** `shopper` becomes a distributor with a child and a grandchild below, to watch their uplines follow a move. */
async function giveTeam(shopper: string): Promise<{ child: string; grandchild: string }> {
  const child = await createNewUser(rt);
  await bind(await distributorCode(shopper), child);
  const grandchild = await createNewUser(rt);
  await bind(await distributorCode(child), grandchild);
  return { child, grandchild };
}

describe('first touch (default)', () => {
  test('binds once and for good, recording who, from, to, source and time', async () => {
    const [d1, d2] = [await newDistributor(), await newDistributor()];
    const shopper = await createNewUser(rt);
    expect(await bind(d1.scene, shopper)).toBe('BOUND');
    rt.advance(400 * DAY_MS);
    expect(await bind(d2.scene, shopper)).toBe('ALREADY_BOUND');
    expect((await user(shopper)).superiorId).toBe(d1.id);
    expect(await bindings(shopper)).toEqual([
      expect.objectContaining({ userId: shopper, fromSuperiorId: null, toSuperiorId: d1.id, source: 'scene', scene: d1.scene, createdAt: '2026-11-20T02:00:00.000Z' }),
    ]);
    const listed = await rt.ok('distribution-admin', 'listBindings', { userId: shopper }, OWNER);
    expect(listed.items).toEqual([expect.objectContaining({ fromSuperiorId: null, toSuperiorId: d1.id, source: 'scene' })]);
  });

  test('a revoked distributor’s code binds nobody', async () => {
    const d1 = await newDistributor();
    await rt.ok('distribution-admin', 'setDistributorStatus', { userId: d1.id, status: 'REVOKED' }, OWNER);
    const shopper = await createNewUser(rt);
    expect(await bind(d1.scene, shopper)).toBe('SHARER_NOT_DISTRIBUTOR');
    expect((await user(shopper)).superiorId).toBeNull();
  });
});

describe('protection period P + validity V (有赞 style)', () => {
  beforeEach(() => savePolicy(rt, { binding: { rule: { kind: 'PROTECTED', protectionDays: 7, validityDays: 30 }, onlyNewUsers: false, trigger: 'OPEN' } }));

  test('during P nobody can take the customer; after P another sharer can, and the whole team below follows', async () => {
    const [d1, d2] = [await newDistributor(), await newDistributor()];
    const shopper = await createNewUser(rt);
    expect(await bind(d1.scene, shopper)).toBe('BOUND');
    const { child, grandchild } = await giveTeam(shopper);

    rt.advance(6 * DAY_MS);
    expect(await bind(d2.scene, shopper)).toBe('PROTECTED');
    expect((await user(shopper)).superiorId).toBe(d1.id);

    rt.advance(2 * DAY_MS); // day 8: protection over, binding still valid
    expect(await bind(d2.scene, shopper)).toBe('REBOUND');
    expect((await user(shopper)).upline).toEqual([d2.id]);
    expect((await user(child)).upline).toEqual([shopper, d2.id]);
    expect((await user(grandchild)).upline).toEqual([child, shopper, d2.id]);
    expect((await bindings(shopper)).map((b) => [b.fromSuperiorId, b.toSuperiorId, b.source])).toEqual([
      [null, d1.id, 'scene'],
      [d1.id, d2.id, 'scene'],
    ]);
    // The new binding has its own protection period: the old sharer cannot take the customer straight back.
    expect(await bind(d1.scene, shopper)).toBe('PROTECTED');
  });

  test('after V the binding has lapsed: the old superior earns nothing on a new paid order; a new bind restores it', async () => {
    const d1 = await newDistributor();
    const shopper = await createNewUser(rt);
    await bind(d1.scene, shopper);

    rt.advance(29 * DAY_MS);
    await buyAndPay(rt, shopper, 'p03-s1', 1); // 2990 inside V → floor(10%) = 299
    expect(await pending(d1.id)).toBe(299);

    rt.advance(2 * DAY_MS); // day 31: lapsed
    const late = await buyAndPay(rt, shopper, 'p03-s1', 1);
    expect(await pending(d1.id)).toBe(299);
    expect(await rt.store.count(COLLECTIONS.commissionEntries, { orderId: late.id })).toBe(0);
    const skips = await rt.store.find(COLLECTIONS.commissionSkips, { orderId: late.id }, { limit: 10 });
    expect(skips).toContainEqual(expect.objectContaining({ level: 1, candidateId: d1.id, reason: 'BINDING_LAPSED' }));

    // A lapsed binding counts as none: the old sharer (or anyone) binds afresh, and earning resumes.
    expect(await bind(d1.scene, shopper)).toBe('REBOUND');
    await buyAndPay(rt, shopper, 'p03-s1', 1);
    expect(await pending(d1.id)).toBe(598);
  });
});

describe('always override (latest share wins)', () => {
  beforeEach(() => savePolicy(rt, { binding: { rule: 'ALWAYS_OVERRIDE', onlyNewUsers: false, trigger: 'OPEN' } }));

  test('every other sharer takes the customer and the team; the same sharer again changes nothing', async () => {
    const [d1, d2] = [await newDistributor(), await newDistributor()];
    const shopper = await createNewUser(rt);
    expect(await bind(d1.scene, shopper)).toBe('BOUND');
    const { child, grandchild } = await giveTeam(shopper);
    expect(await bind(d2.scene, shopper)).toBe('REBOUND');
    expect(await bind(d2.scene, shopper)).toBe('ALREADY_BOUND');
    expect((await user(grandchild)).upline).toEqual([child, shopper, d2.id]);
    expect(await bind(d1.scene, shopper)).toBe('REBOUND');
    expect((await user(grandchild)).upline).toEqual([child, shopper, d1.id]);
    expect((await bindings(shopper)).map((b) => b.toSuperiorId)).toEqual([d1.id, d2.id, d1.id]);

    // Commission follows the current binding.
    await buyAndPay(rt, shopper, 'p03-s1', 1);
    expect(await pending(d1.id)).toBe(299);
    expect(await pending(d2.id)).toBe(0);
  });
});

describe('only new users can be bound', () => {
  test('a shopper who has paid an order is not bound (nor moved); a new one is', async () => {
    await savePolicy(rt, { binding: { rule: 'ALWAYS_OVERRIDE', onlyNewUsers: true, trigger: 'OPEN' } });
    const [d1, d2] = [await newDistributor(), await newDistributor()];
    await buyAndPay(rt, 'dev_customer', 'p03-s1', 1);
    expect(await bind(d1.scene, 'dev_customer')).toBe('NOT_NEW_USER');
    expect((await user('dev_customer')).superiorId).toBeNull();

    const shopper = await createNewUser(rt);
    expect(await bind(d1.scene, shopper)).toBe('BOUND');
    await buyAndPay(rt, shopper, 'p03-s1', 1);
    expect(await bind(d2.scene, shopper)).toBe('NOT_NEW_USER');
    expect((await user(shopper)).superiorId).toBe(d1.id);
  });
});

describe('bind trigger: first order', () => {
  beforeEach(() => savePolicy(rt, { binding: { rule: 'FIRST_TOUCH', onlyNewUsers: false, trigger: 'FIRST_ORDER' } }));

  test('opening codes only remembers the latest sharer; the first order binds to them; later opens and orders never bind', async () => {
    const [d1, d2, d3] = [await newDistributor(), await newDistributor(), await newDistributor()];
    const shopper = await createNewUser(rt);
    expect(await bind(d1.scene, shopper)).toBe('PENDING_FIRST_ORDER');
    expect(await bind(d2.scene, shopper)).toBe('PENDING_FIRST_ORDER');
    expect(await user(shopper)).toMatchObject({ superiorId: null, pendingSharerId: d2.id });
    expect(await bindings(shopper)).toEqual([]);

    const order = await createOrder(rt, shopper, 'p03-s1', 1);
    expect(await user(shopper)).toMatchObject({ superiorId: d2.id, upline: [d2.id], bindSource: 'order', pendingSharerId: null });
    expect(await bindings(shopper)).toEqual([expect.objectContaining({ fromSuperiorId: null, toSuperiorId: d2.id, source: 'order', scene: d2.scene })]);
    await rt.pay(order.id);
    expect(await pending(d2.id)).toBe(299);
    expect(await pending(d1.id)).toBe(0);

    expect(await bind(d3.scene, shopper)).toBe('ALREADY_BOUND');
    await createOrder(rt, shopper, 'p03-s1', 1);
    expect((await user(shopper)).superiorId).toBe(d2.id);
  });

  test('a shopper who has already ordered can no longer be bound by opening a code', async () => {
    const d1 = await newDistributor();
    await createOrder(rt, 'dev_customer', 'p03-s1', 1);
    expect(await bind(d1.scene, 'dev_customer')).toBe('AFTER_FIRST_ORDER');
    await createOrder(rt, 'dev_customer', 'p03-s1', 1);
    expect(await user('dev_customer')).toMatchObject({ superiorId: null });
    expect(await bindings('dev_customer')).toEqual([]);
  });
});

describe('no cycle at any depth (A→B→C, then C binding A), by share or by staff rebind', () => {
  /** chain[0] is the root; chain[i] is bound under chain[i-1]; everyone is a distributor with a code. */
  async function chainOf(length: number): Promise<Array<{ id: string; scene: string }>> {
    const chain = [await newDistributor()];
    for (let i = 1; i < length; i++) {
      const next = await newDistributor();
      expect(await bind((chain[i - 1] as { scene: string }).scene, next.id)).toBe('BOUND');
      chain.push(next);
    }
    return chain;
  }

  // Always-override is the rule under which a bound user could otherwise move, so only the cycle check stops it.
  test.each([3, 4, 5])('a chain of %i: every ancestor opening any descendant’s code, or moved under it by staff, is refused', async (length) => {
    await savePolicy(rt, { binding: { rule: 'ALWAYS_OVERRIDE', onlyNewUsers: false, trigger: 'OPEN' } });
    const chain = await chainOf(length);
    expect((await user((chain[length - 1] as { id: string }).id)).upline).toEqual(chain.slice(0, -1).map((n) => n.id).reverse());
    const before = await snapshotStore(rt.store);
    for (let i = 0; i < length; i++) {
      for (let j = i + 1; j < length; j++) {
        const [ancestor, descendant] = [chain[i] as { id: string }, chain[j] as { id: string; scene: string }];
        expect(await bind(descendant.scene, ancestor.id)).toBe('CYCLE');
        expect(await rt.call('distribution-admin', 'rebindUser', { userId: ancestor.id, newSuperiorId: descendant.id }, OWNER)).toMatchObject({
          ok: false,
          code: 'REFERRAL.CYCLE',
        });
      }
    }
    expect(await snapshotStore(rt.store)).toEqual(before);
  });

  test('the same holds under first touch for the unbound root, and for a root whose chain grew by a staff move', async () => {
    const [a, b, c] = await chainOf(3);
    const x = await newDistributor();
    // Staff move the whole A→B→C chain under X: C's upline must now reach X, so X opening C's code is a cycle.
    await rt.ok('distribution-admin', 'rebindUser', { userId: a!.id, newSuperiorId: x.id }, OWNER);
    expect((await user(c!.id)).upline).toEqual([b!.id, a!.id, x.id]);
    expect(await bind(c!.scene, x.id)).toBe('CYCLE');
    expect(await bind(c!.scene, a!.id)).toBe('ALREADY_BOUND'); // first touch answers first; the cycle check backs it up
    expect(await rt.call('distribution-admin', 'rebindUser', { userId: x.id, newSuperiorId: c!.id }, OWNER)).toMatchObject({ ok: false, code: 'REFERRAL.CYCLE' });
    expect(await rt.call('distribution-admin', 'rebindUser', { userId: a!.id, newSuperiorId: a!.id }, OWNER)).toMatchObject({ ok: false, code: 'REFERRAL.SELF' });
  });
});
