import type { PolicyDoc } from '../../cloudfunctions/shared/kernel/docs/docs';
import { POLICY_DOC_ID } from '../../cloudfunctions/shared/flows/merchant/get-distribution-policy';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { invokeFunction } from '../../server/local-runtime';
import { OWNER, savePolicy } from '../support/distribution-steps';
import { boundShopper, buyAndPay } from '../support/money-flow';
import { snapshotStore } from '../support/snapshot-store';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

/**
 * No grade or qualification by head count (《禁止传销条例》第七条第一项, WeChat's 多级分销 rules): a condition that
 * counts recruits is refused with COMPLIANCE.RECRUIT_CONDITION; conditions on the distributor's own results stay;
 * a stored policy that still holds one is migrated by the jobs timer with the condition removed and an audit record.
 */
let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const grade = (id: string, weight: number, conditions: Record<string, number>) => ({ id, name: `等级${weight}`, weight, ratesBps: [1500, 600], upgrade: { mode: 'ANY', conditions } });

async function attempt(change: Record<string, unknown>) {
  const { policy } = await rt.ok('distribution-admin', 'getPolicy', {}, OWNER);
  const { version, threeLevelAck: _ack, ...edit } = policy;
  return rt.call('distribution-admin', 'updatePolicy', { policy: { ...edit, ...change }, expectedVersion: version }, OWNER);
}

test.each([
  ['paying direct downlines', { grades: [grade('g1', 1, { paidDirectDownlines: 3 })] }],
  ['team size, next to an own-spend condition', { grades: [grade('g1', 1, { ownSpendFen: 10000, teamSize: 10 })] }],
  ['a qualification by recruits', { qualification: { kind: 'RECRUITS', count: 3 } }],
])('a condition on %s is refused with COMPLIANCE.RECRUIT_CONDITION and nothing is written', async (_name, change) => {
  const before = await snapshotStore(rt.store);
  const res = await attempt(change);
  expect(res).toMatchObject({ ok: false, code: 'COMPLIANCE.RECRUIT_CONDITION', message: expect.stringContaining('第七条第一项') });
  expect(await snapshotStore(rt.store)).toEqual(before);
});

test('conditions on the distributor’s own results are accepted, and a grade may be left to staff (no condition)', async () => {
  const res = await attempt({ grades: [grade('g1', 1, { ownSpendFen: 10000, settledCommissionFen: 5000, orderCount: 3 }), grade('g2', 2, {})] });
  expect(res).toMatchObject({ ok: true });
});

test('a stored policy holding recruit conditions is migrated by the jobs timer: conditions removed, new version, audited; recruits no longer lift the grade', async () => {
  await savePolicy(rt, { freezeDays: 7 });
  // Saved before the rule existed: written as the data would be, not through updatePolicy (which now refuses it).
  const doc = (await rt.store.get(COLLECTIONS.merchant, POLICY_DOC_ID)) as PolicyDoc;
  const old = { ...doc.policy, grades: [grade('silver', 1, { paidDirectDownlines: 1, orderCount: 3 }), grade('gold', 2, { paidDirectDownlines: 2 })] };
  await rt.store.update(COLLECTIONS.merchant, POLICY_DOC_ID, {}, { policy: old });

  const run = await invokeFunction(rt, 'jobs', {}, { openid: null, source: 'local_timer' });
  expect(run).toMatchObject({ ok: true });
  const { policy } = await rt.ok('distribution-admin', 'getPolicy', {}, OWNER);
  expect(policy.version).toBe(old.version + 1);
  expect(policy.grades.map((g) => [g.id, g.upgrade.conditions])).toEqual([['silver', { orderCount: 3 }], ['gold', {}]]);
  const audits = await rt.store.find(COLLECTIONS.auditLog, { action: 'migrateRecruitConditions' }, { limit: 10 });
  expect(audits).toEqual([expect.objectContaining({ target: POLICY_DOC_ID, before: old, after: policy })]);

  // Running again changes nothing.
  await invokeFunction(rt, 'jobs', {}, { openid: null, source: 'local_timer' });
  expect((await rt.ok('distribution-admin', 'getPolicy', {}, OWNER)).policy.version).toBe(old.version + 1);

  // Two paying direct customers lift nobody; the grade card shows no head-count condition.
  for (let i = 0; i < 2; i += 1) await buyAndPay(rt, await boundShopper(rt), [{ skuId: 'p03-s1', quantity: 1 }]);
  expect((await rt.store.get(COLLECTIONS.distributors, 'dev_distributor'))?.gradeId ?? null).toBeNull();
  const card = await rt.ok('distributor', 'getMyGrade', {}, 'dev_distributor');
  expect(JSON.stringify(card)).not.toContain('paidDirectDownlines');
});
