import type { UserDoc } from '../../cloudfunctions/shared/kernel/docs/docs';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { createNewUser } from '../../server/seed/personas';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { snapshotStore } from '../support/snapshot-store';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

async function distributorCode(openid: string): Promise<string> {
  await rt.ok('distributor', 'becomeDistributor', {}, openid);
  return (await rt.ok('distributor', 'createShareCode', { target: { kind: 'shop' } }, openid)).scene;
}
const bind = (scene: string, openid: string) => rt.ok('referral', 'bindByScene', { scene }, openid);
const user = (openid: string) => rt.store.get(COLLECTIONS.users, openid);

test('opening one’s own code never binds', async () => {
  const scene = await distributorCode('dev_distributor');
  expect((await bind(scene, 'dev_distributor')).outcome).toBe('SELF');
  expect((await user('dev_distributor'))?.superiorId).toBeNull();
});

test('first touch is permanent: a second distributor’s code does not move the shopper', async () => {
  const first = await distributorCode('dev_distributor');
  const second = await distributorCode(await createNewUser(rt));
  const shopper = await createNewUser(rt);
  expect((await bind(first, shopper)).outcome).toBe('BOUND');
  expect((await bind(second, shopper)).outcome).toBe('ALREADY_BOUND');
  expect((await user(shopper))?.superiorId).toBe('dev_distributor');
  expect(await rt.store.count(COLLECTIONS.bindings, { userId: shopper })).toBe(1);
});

test('a cycle at any depth is refused, including through an unbound root', async () => {
  // A is unbound; B under A; C under B; D under C. A opening D's code would close A→D→C→B→A.
  const a = await createNewUser(rt);
  const sceneA = await distributorCode(a);
  const b = await createNewUser(rt);
  await bind(sceneA, b);
  const sceneB = await distributorCode(b);
  const c = await createNewUser(rt);
  await bind(sceneB, c);
  const sceneC = await distributorCode(c);
  const d = await createNewUser(rt);
  await bind(sceneC, d);
  const sceneD = await distributorCode(d);

  const before = await snapshotStore(rt.store);
  expect((await bind(sceneD, a)).outcome).toBe('CYCLE');
  expect(await snapshotStore(rt.store)).toEqual(before);
});

test('when a root with a team binds, the whole team’s uplines continue through the new superior', async () => {
  const root = await createNewUser(rt);
  const rootScene = await distributorCode(root);
  const child = await createNewUser(rt);
  await bind(rootScene, child);
  const childScene = await distributorCode(child);
  const grandchild = await createNewUser(rt);
  await bind(childScene, grandchild);

  const top = await distributorCode('dev_distributor');
  expect((await bind(top, root)).outcome).toBe('BOUND');
  expect((await user(root))?.upline).toEqual(['dev_distributor']);
  expect((await user(child))?.upline).toEqual([root, 'dev_distributor']);
  expect((await user(grandchild))?.upline).toEqual([child, root, 'dev_distributor']);
});

test('a code of someone who is not a distributor binds nobody; an unknown scene is a typed error', async () => {
  const scene = await distributorCode('dev_distributor');
  await rt.store.update(COLLECTIONS.distributors, 'dev_distributor', {}, { status: 'FROZEN' });
  const shopper = await createNewUser(rt);
  expect((await bind(scene, shopper)).outcome).toBe('BOUND'); // frozen distributors still earn and bind
  expect(await rt.call('referral', 'bindByScene', { scene: 'NoSuchScene123' }, shopper)).toMatchObject({
    ok: false,
    code: 'REFERRAL.SCENE_NOT_FOUND',
  });
  expect(await rt.call('distributor', 'createShareCode', { target: { kind: 'shop' } }, shopper)).toMatchObject({
    ok: false,
    code: 'DISTRIBUTOR.NOT_DISTRIBUTOR',
  });
});

test('concurrent opposite binds between two unbound distributors never form a cycle', async () => {
  const a = await createNewUser(rt);
  const b = await createNewUser(rt);
  const [sceneA, sceneB] = [await distributorCode(a), await distributorCode(b)];
  const outcomes = await Promise.all([bind(sceneB, a), bind(sceneA, b)]);
  expect(outcomes.map((o) => o.outcome).sort()).toEqual(['BOUND', 'CYCLE']);
  const [ua, ub] = [await user(a), await user(b)];
  expect(ua?.upline.includes(a) || ub?.upline.includes(b)).toBe(false);
});

test('a cycle is refused even while stored uplines still lag a move that just committed', async () => {
  // X has a team (T under X). V binds under T: until the rewrite after that commit reaches V's team, Y (below V)
  // still carries an upline without T and X. X opening Y's code in that window must still be refused.
  const x = await createNewUser(rt);
  const sceneX = await distributorCode(x);
  const t = await createNewUser(rt);
  expect((await bind(sceneX, t)).outcome).toBe('BOUND');
  const sceneT = await distributorCode(t);
  const v = await createNewUser(rt);
  const sceneV = await distributorCode(v);
  const y = await createNewUser(rt);
  expect((await bind(sceneV, y)).outcome).toBe('BOUND');
  const sceneY = await distributorCode(y);
  expect((await bind(sceneT, v)).outcome).toBe('BOUND');
  // Roll Y's stored upline back to what it was before V moved (the rewrite had not reached it yet).
  const stale = (await user(y)) as UserDoc;
  await rt.store.update(COLLECTIONS.users, y, { treeVersion: stale.treeVersion }, { upline: [v] });

  expect((await bind(sceneY, x)).outcome).toBe('CYCLE');
  expect((await user(x))?.superiorId).toBeNull();
  expect((await user(x))?.hasTeam).toBe(true);
});
